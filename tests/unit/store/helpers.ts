// Real folders on disk for every store test (never lowdb's memory adapters).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { onTestFinished } from 'vitest'

/** A fresh folder, removed when the calling test finishes. Per test, not a module-level
 * afterEach: the "fast" project runs files in one worker without isolation, where a module's
 * hook is registered for the first file that imports it only, and later files left 52 folders
 * in /tmp. */
export async function tempDir(prefix = 'casebook-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Every kind of bad file from issue #7 §2, generated so no binary fixture is committed. */
export function corruptFixtures(
  goodJson: string
): { kind: string; bytes: Buffer; reason: RegExp }[] {
  return [
    { kind: 'empty', bytes: Buffer.alloc(0), reason: /empty/ },
    {
      kind: 'truncated',
      bytes: Buffer.from(goodJson.slice(0, Math.floor(goodJson.length / 2))),
      reason: /not valid JSON/
    },
    {
      kind: 'NUL bytes',
      bytes: Buffer.concat([Buffer.from(goodJson.slice(0, 10)), Buffer.alloc(4096)]),
      reason: /NUL bytes/
    },
    {
      kind: 'invalid UTF-8',
      bytes: Buffer.concat([
        Buffer.from('{"schemaVersion":1,"x":"'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}')
      ]),
      reason: /UTF-8/
    },
    { kind: 'wrong shape', bytes: Buffer.from('{"hello":"world"}'), reason: /schemaVersion/ },
    { kind: 'wrong shape (array)', bytes: Buffer.from('[1,2,3]'), reason: /array/ },
    {
      kind: 'future schema version',
      bytes: Buffer.from(JSON.stringify({ ...JSON.parse(goodJson), schemaVersion: 99 })),
      reason: /newer version/
    }
  ]
}
