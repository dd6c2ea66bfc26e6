// Course data: references, claims, sections and the vetted drug lists (issue #3 §1).
export * from './references'
export * from './claims'
export * from './sections'
export * from './drugs'
export * from './mimics'
export * from './lab-reference'
