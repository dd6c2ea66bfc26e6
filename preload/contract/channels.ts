// Channel names only, with no zod: the sandboxed preload imports this list, not the schemas.
// A compile-time check in preload/index.ts keeps it equal to the contract's keys.
export const CHANNELS = [
  'app:info',
  'app:openExternal',
  'app:dismissNotices',
  'quiz:start',
  'quiz:startReview',
  'quiz:get',
  'quiz:resumable',
  'quiz:answer',
  'quiz:flag',
  'quiz:strike',
  'quiz:visit',
  'quiz:heartbeat',
  'quiz:suspend',
  'quiz:resume',
  'quiz:submit',
  'quiz:review',
  'history:list',
  'progress:dashboard',
  'progress:reviewDue',
  'data:exportCsv',
  'data:exportXapi',
  'data:exportBackup',
  'data:inspectBackup',
  'data:restoreBackup'
] as const
