// Public surface of the store. Other modules import from here, not from individual files.
export type { AttemptRepository, RecoveryNotice, Validator } from './types'
export {
  openDataStore,
  validateAttemptRecord,
  CASEBOOK_FILE_NAME,
  ATTEMPTS_DIR_NAME,
  type AttemptRecord,
  type DataStore,
  type OpenDataStoreOptions
} from './data-store'
export { DurableJsonFile, type DurableJsonFileOptions } from './durable-json-file'
export { acquireDataLock, DataLockedError, LOCK_FILE_NAME, type DataLock } from './lock'
export { resolveDataDir, parseDataDirArg, DATA_DIR_ENV, type ResolveDataDirInput } from './data-dir'
export {
  ATTEMPT_ID_PATTERN,
  InvalidAttemptIdError,
  assertAttemptId,
  attemptIdProblem,
  caseCollisions
} from './attempt-id'
export {
  CasebookSchema,
  ProfileSchema,
  SettingsSchema,
  CURRENT_SCHEMA_VERSION,
  CREDENTIALS,
  createDefaultData,
  type CasebookData,
  type Profile,
  type Settings,
  type Credentials
} from './schema'
export { migrate, migrations, validateCasebook, FutureVersionError } from './migrations'
