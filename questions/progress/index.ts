// Progress: dashboard figures, FSRS review scheduling, and data portability (CSV, xAPI, backup).
// Pure: no node or DOM imports; main supplies clocks, ids and files.
export * from './outcomes'
export * from './stats'
export * from './fsrs'
export * from './csv'
export * from './xapi'
export * from './backup'
