// The quiz engine: pure functions over an append-only attempt log. Main's attempt service owns
// the clock and the files; the renderer only ever receives views.
export * from './types'
export * from './timer'
export * from './config'
export * from './fold'
export * from './intents'
export * from './scoring'
export * from './views'
export * from './eligibility'
export * from './course-rules'
