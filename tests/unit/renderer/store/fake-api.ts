// A fake of the whole API for the renderer store's tests. It is typed as the contract's `Api`, so
// a channel added, removed or re-typed in preload/contract/ fails to compile here until the fake
// follows. Quiz channels run the real pure engine (questions/engine) over two hand-made items, so
// steps, stale views, tutor locks and scoring behave as main's attempt service would make them;
// other channels answer with small fixed values. `fail(channel, error)` makes the next call to a
// channel fail, and `calls` records every request as the store sent it.
import type {
  Api,
  ApiErrorBody,
  AppInfo,
  Channel,
  ProfileView,
  Result,
  SettingsView
} from '../../../../preload/contract'
import {
  applyEvent,
  applyIntent,
  certificateRuleText,
  initialState,
  normalizeQuizConfig,
  playerView,
  reviewView,
  summarizeAttempt,
  timeLimitMs,
  type AttemptEvent,
  type AttemptState,
  type Intent,
  type PlayerView
} from '../../../../questions/engine'
import type { Item, ItemOption } from '../../../../questions/item'
import { rlsCausesCourse } from '../../../../questions/content/course'
import { COURSE_RULES } from '../../../../questions/content/course-rules'

const NOW = '2026-03-02T09:00:00.000Z'

function option(id: ItemOption['id'], correct: boolean): ItemOption {
  return { id, text: `Option ${id}`, code: id, correct, rationale: `Why ${id}` }
}

/** Two small items whose key is B (first) and C (second). */
export function fakeItems(): Item[] {
  return [0, 1].map((n) => ({
    id: `fake-item-${n}`,
    bankVersion: 'fake-1',
    template: 'fake',
    family: 'fake',
    section: 'genetics',
    claims: [`claim-${n}`],
    difficulty: 1,
    estimatedSeconds: 60,
    stem: `Stem ${n}`,
    question: `Question ${n}?`,
    options: (['A', 'B', 'C', 'D'] as const).map((id) => option(id, id === (n ? 'C' : 'B'))),
    objective: 'Objective',
    explanation: 'Explanation',
    evidenceNote: null,
    references: [],
    facts: {}
  }))
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value })
const err = (code: ApiErrorBody['code'], message: string): Result<never> => ({
  ok: false,
  error: { code, message }
})
const notModelled = (channel: Channel): Result<never> =>
  err('INTERNAL', `The fake API does not model ${channel}.`)

export interface FakeApi {
  api: Api
  /** Every request in the order the store sent it. */
  calls: { channel: Channel; args: unknown }[]
  /** The next call to `channel` answers with this error instead. */
  fail(channel: Channel, error: ApiErrorBody): void
  /** The fake main's own copy of an attempt, to change it behind the page's back. */
  attempt(attemptId: string): AttemptState
  /** Appends an event as main would on its own (a tick's auto-submit, another window's answer). */
  applyBehindPage(attemptId: string, event: AttemptEvent): void
  settings: SettingsView
  profile: ProfileView
}

export function createFakeApi(edition: AppInfo['edition'] = 'browser'): FakeApi {
  const calls: FakeApi['calls'] = []
  const failures = new Map<Channel, ApiErrorBody>()
  const attempts = new Map<string, AttemptState>()
  let nextId = 1
  // Main's clock for the fake: one second of active time passes per request.
  let elapsedMs = 0
  const tick = (): number => (elapsedMs += 1000)

  const settings: SettingsView = {
    theme: 'system',
    textScale: 100,
    reducedMotion: 'system',
    certificateRule: certificateRuleText(COURSE_RULES),
    course: COURSE_RULES
  }
  let profile: ProfileView = {
    fullName: '',
    credentials: null,
    credentialsOther: '',
    licenceId: '',
    npi: '',
    email: '',
    complete: false,
    unprintable: []
  }

  const view = (state: AttemptState): Result<PlayerView> => ok(playerView(state, elapsedMs))
  const find = (attemptId: string): AttemptState | Result<never> =>
    attempts.get(attemptId) ?? err('NOT_FOUND', 'There is no attempt with this id.')
  const act = (attemptId: string, intent: Intent): Result<PlayerView> => {
    const state = find(attemptId)
    if ('ok' in state) return state
    const outcome = applyIntent(state, intent, tick(), NOW)
    if (!outcome.ok) return err(outcome.error.code, outcome.error.message)
    const next = applyEvent(state, outcome.event)
    attempts.set(attemptId, next)
    return view(next)
  }
  const running = (): AttemptState | undefined =>
    [...attempts.values()].find((a) => a.status !== 'submitted')

  const handlers: Api = {
    'course:info': async () =>
      ok({
        id: rlsCausesCourse.id,
        version: rlsCausesCourse.version,
        title: rlsCausesCourse.title,
        sections: rlsCausesCourse.sections.map((s) => ({ ...s })),
        objectives: [...rlsCausesCourse.objectives],
        rules: COURSE_RULES,
        ruleText: certificateRuleText(COURSE_RULES),
        provider: rlsCausesCourse.provider
      }),
    'app:info': async () =>
      ok({
        appName: 'RLS Casebook',
        appVersion: '0.0.0-fake',
        bank: { id: 'fake', version: 'fake-1', title: 'Fake course' },
        edition,
        dataDir: '/fake',
        notices: [],
        timerPolicy: 'Fake timer policy.'
      }),
    // Main opens links itself only where it has a system browser (Electron).
    'app:openExternal': async ({ url }) =>
      url.startsWith('https://')
        ? ok({ opened: edition === 'electron' })
        : err('NOT_ALLOWED', 'Only https links to references can be opened.'),
    'app:dismissNotices': async () => ok({ dismissed: 0 }),
    'profile:get': async () => ok(profile),
    'profile:save': async (input) => {
      profile = {
        ...profile,
        fullName: input.fullName,
        credentials: input.credentials ?? null,
        complete: input.fullName.trim() !== ''
      }
      return ok(profile)
    },
    'settings:get': async () => ok(settings),
    'settings:save': async (change) => {
      Object.assign(settings, change)
      return ok({ ...settings })
    },
    'certificate:eligibility': async () => notModelled('certificate:eligibility'),
    'certificate:issue': async () => notModelled('certificate:issue'),
    'certificate:list': async () => ok([]),
    'certificate:claimable': async () => ok([]),
    'certificate:pdf': async () => notModelled('certificate:pdf'),
    'certificate:verify': async () => notModelled('certificate:verify'),
    'claim:prepare': async () => notModelled('claim:prepare'),
    'claim:export': async () => notModelled('claim:export'),
    'notes:save': async () => notModelled('notes:save'),
    'notes:search': async () => ok([]),
    'progress:dashboard': async () => notModelled('progress:dashboard'),
    'progress:reviewDue': async () => ok({ count: 0 }),
    'progress:itemHistory': async () => ok([]),
    'data:exportCsv': async () => notModelled('data:exportCsv'),
    'data:exportXapi': async () => notModelled('data:exportXapi'),
    'data:exportBackup': async () => notModelled('data:exportBackup'),
    'data:inspectBackup': async () => notModelled('data:inspectBackup'),
    'data:restoreBackup': async () => notModelled('data:restoreBackup'),
    'quiz:start': async (setup) => {
      if (running()) return err('CONFLICT', 'Another quiz is still open.')
      const items = fakeItems()
      const config = normalizeQuizConfig(
        { ...setup, passMarkPercent: COURSE_RULES.passMarkPercent },
        items.length,
        rlsCausesCourse
      )
      if (!config.ok) return err(config.error.code, config.error.message)
      const id = `fake-attempt-${nextId++}`
      const state = initialState(id, {
        type: 'started',
        at: NOW,
        config: config.value,
        items,
        timeLimitMs: timeLimitMs(config.value),
        seed: id,
        elapsedMs
      })
      attempts.set(id, state)
      return view(state)
    },
    'quiz:startReview': async () => err('NOT_FOUND', 'No concepts are due for review right now.'),
    'quiz:get': async ({ attemptId }) => {
      const state = find(attemptId)
      return 'ok' in state ? state : view(state)
    },
    'quiz:resumable': async () => {
      const state = running()
      return ok(state ? playerView(state, elapsedMs) : null)
    },
    'quiz:unfinished': async () => ok([]),
    'quiz:answer': async ({ attemptId, ...rest }) => act(attemptId, { kind: 'answer', ...rest }),
    'quiz:flag': async ({ attemptId, ...rest }) => act(attemptId, { kind: 'flag', ...rest }),
    'quiz:strike': async ({ attemptId, ...rest }) => act(attemptId, { kind: 'strike', ...rest }),
    'quiz:visit': async ({ attemptId, ...rest }) => act(attemptId, { kind: 'visit', ...rest }),
    'quiz:heartbeat': async ({ attemptId }) => {
      const state = find(attemptId)
      if ('ok' in state) return state
      tick()
      return view(state)
    },
    'quiz:suspend': async ({ attemptId }) => {
      const state = find(attemptId)
      if ('ok' in state) return state
      const next = applyEvent(state, {
        type: 'suspended',
        reason: 'user',
        elapsedMs: tick(),
        at: NOW
      })
      attempts.set(attemptId, next)
      return view(next)
    },
    'quiz:resume': async ({ attemptId }) => {
      const state = find(attemptId)
      if ('ok' in state) return state
      const next = applyEvent(state, { type: 'resumed', at: NOW, elapsedMs })
      attempts.set(attemptId, next)
      return view(next)
    },
    'quiz:submit': async ({ attemptId, step }) => act(attemptId, { kind: 'submit', step }),
    'quiz:review': async ({ attemptId }) => {
      const state = find(attemptId)
      if ('ok' in state) return state
      if (state.status !== 'submitted') {
        return err('NOT_SUBMITTED', 'The review opens once the quiz is submitted.')
      }
      return ok(reviewView(state))
    },
    'history:list': async () =>
      ok([...attempts.values()].filter((a) => a.status === 'submitted').map(summarizeAttempt))
  }

  // Every channel goes through one wrapper that records the call and applies injected failures.
  const api = Object.fromEntries(
    (Object.keys(handlers) as Channel[]).map((channel) => [
      channel,
      async (args: unknown) => {
        calls.push({ channel, args })
        const failure = failures.get(channel)
        if (failure) {
          failures.delete(channel)
          return { ok: false, error: failure }
        }
        return (handlers[channel] as (a: unknown) => Promise<Result<unknown>>)(args)
      }
    ])
  ) as Api

  return {
    api,
    calls,
    fail: (channel, error) => void failures.set(channel, error),
    attempt: (attemptId) => {
      const state = attempts.get(attemptId)
      if (!state) throw new Error(`no attempt ${attemptId}`)
      return state
    },
    applyBehindPage: (attemptId, event) => {
      const state = attempts.get(attemptId)
      if (!state) throw new Error(`no attempt ${attemptId}`)
      attempts.set(attemptId, applyEvent(state, event))
    },
    settings,
    get profile() {
      return profile
    }
  }
}
