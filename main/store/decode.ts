// Turns raw file bytes into parsed JSON, or a reason a learner can read ("file is empty"). The
// checks run cheapest-first so 50 MB of junk is rejected without building a giant string twice.

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

export function decodeJson(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' }
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { ok: false, reason: 'file is blank' }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    // The usual signature of a write cut short by a power loss: the size was extended but the data
    // blocks never reached the disk.
    return { ok: false, reason: `file contains NUL bytes (first at byte ${nul})` }
  }
  let text: string
  try {
    text = utf8.decode(bytes) // also drops a leading BOM left by a text editor
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8 text' }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (err) {
    return { ok: false, reason: `file is not valid JSON (${(err as Error).message.slice(0, 160)})` }
  }
}
