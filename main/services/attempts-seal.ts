// Attempts this installation can vouch for. Every attempt file the attempt service writes carries
// an HMAC-SHA256 of its contents under a key kept in the data folder (`attempt-key`, mode 0600,
// created on first run and never exported). A file edited by hand, made on another computer or
// hand-written into a backup does not verify, so it never earns a certificate. This raises the bar
// from "edit a JSON file" to "read the key and write a program"; see docs/RELIABILITY.md for what
// it cannot stop (a learner who controls the computer can read their own key).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { open, readFile, rename } from 'node:fs/promises'
import path from 'node:path'
import type { AttemptRecord } from '../../questions/engine'

export const ATTEMPT_KEY_FILE = 'attempt-key'
const DOMAIN = 'rls-casebook attempt v1\n'
const KEY_PATTERN = /^[0-9a-f]{64}$/

export interface AttemptSeal {
  /** The record with `mac` set (a new object; events are shared, not copied). */
  seal(record: AttemptRecord): AttemptRecord
  /** True when the record's `mac` was made with this installation's key over exactly its data. */
  verify(record: AttemptRecord): boolean
}

/** Reads the key, or creates it (exclusively, 0600) on first run. A damaged key is set aside. */
export async function openAttemptSeal(dataDir: string, log = console.error): Promise<AttemptSeal> {
  const file = path.join(dataDir, ATTEMPT_KEY_FILE)
  let key = await readKey(file)
  if (key === 'invalid') {
    const aside = `${file}.corrupt-${Date.now()}`
    await rename(file, aside)
    log(
      `The attempt key was unreadable and was moved to ${aside}; earlier attempts cannot be vouched for.`
    )
    key = null
  }
  key ??= await createKey(file)
  return sealWithKey(key)
}

async function readKey(file: string): Promise<Buffer | null | 'invalid'> {
  try {
    const text = (await readFile(file, 'utf8')).trim()
    return KEY_PATTERN.test(text) ? Buffer.from(text, 'hex') : 'invalid'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function createKey(file: string): Promise<Buffer> {
  const key = randomBytes(32)
  let handle
  try {
    handle = await open(file, 'wx', 0o600)
  } catch (error) {
    // Another opener won the race: use its key.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const existing = await readKey(file)
    if (existing instanceof Buffer) return existing
    throw new Error(`The attempt key ${file} is unreadable.`)
  }
  try {
    await handle.writeFile(`${key.toString('hex')}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return key
}

export function sealWithKey(key: Buffer): AttemptSeal {
  const macOf = (record: AttemptRecord): string =>
    createHmac('sha256', key).update(DOMAIN).update(macInput(record)).digest('hex')
  return {
    seal: (record) => ({ ...withoutMac(record), mac: macOf(record) }),
    verify(record) {
      if (typeof record.mac !== 'string' || !KEY_PATTERN.test(record.mac)) return false
      return timingSafeEqual(Buffer.from(record.mac, 'hex'), Buffer.from(macOf(record), 'hex'))
    }
  }
}

function withoutMac(record: AttemptRecord): AttemptRecord {
  const { mac: _mac, ...rest } = record
  return rest
}

// Events never change once appended, so each one's canonical text is computed once.
const eventText = new WeakMap<object, string>()

/** Canonical text of everything but the MAC: keys sorted, undefined dropped, as JSON. */
export function macInput(record: AttemptRecord): string {
  const events = record.events.map((event) => {
    let text = eventText.get(event)
    if (text === undefined) {
      text = stable(event)
      eventText.set(event, text)
    }
    return text
  })
  const rest = stable({ ...withoutMac(record), events: null })
  return `${rest}\n${events.join('\n')}`
}

function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    if (text === undefined) throw new TypeError('macInput: unserialisable value')
    return text
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : stable(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`
}
