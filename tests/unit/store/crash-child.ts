// Child process for the crash harness (crash.test.ts). It records "answers" in a loop and prints
// `A <attempt> <n>` / `U <item>` only after the write has resolved (i.e. is durable), so every ACK
// line the parent sees is a promise the store must keep after a SIGKILL.
//   usage: node crash-child.mjs <durable|naive> <dataDir> <runId>
import { mkdir, open, readFile } from 'node:fs/promises'
import path from 'node:path'
import { openDataStore } from '../../../main/store/data-store'

const [mode, dataDir, runId] = process.argv.slice(2) as [string, string, string]
// Pipes are synchronous on Linux/macOS, so a line written here survives an immediate SIGKILL.
const ack = (line: string): void => void process.stdout.write(`${line}\n`)
const IN_FLIGHT = 4 // a few unawaited writes at once, so group commit is exercised under kills

async function durable(): Promise<void> {
  const store = await openDataStore({ dataDir })
  ack('READY')
  const answers: number[] = []
  for (let n = 1; ; n++) {
    answers.push(n)
    const batch = [
      store.attempts.write(runId, { answers: [...answers] }).then(() => ack(`A ${runId} ${n}`)),
      store
        .update((d) => void d.usedItemIds.push(`${runId}-${n}`))
        .then(() => ack(`U ${runId}-${n}`))
    ]
    if (n % IN_FLIGHT === 0) await Promise.all(batch)
  }
}

/**
 * What a hand-rolled store would do: truncate the file in place and write it, no temp file, no
 * fsync. SIGKILL keeps the OS page cache, so a torn file only appears if the process dies between
 * two write syscalls; the content is written in two chunks with a short await in between (the
 * shape of any writer that streams or awaits mid-write) so the harness has a real window to hit.
 * A power loss would tear it far more often, but cannot be simulated from user space.
 */
async function naiveWrite(file: string, text: string): Promise<void> {
  const fh = await open(file, 'w') // O_TRUNC: the old content is gone from here on
  const half = Math.floor(text.length / 2)
  await fh.write(text.slice(0, half))
  await new Promise((resolve) => setTimeout(resolve, 1))
  await fh.write(text.slice(half))
  await fh.close()
}

async function naive(): Promise<void> {
  await mkdir(path.join(dataDir, 'attempts'), { recursive: true })
  const mainFile = path.join(dataDir, 'casebook.json')
  let data: { schemaVersion: number; usedItemIds: string[] } = { schemaVersion: 1, usedItemIds: [] }
  try {
    data = JSON.parse(await readFile(mainFile, 'utf8'))
  } catch {
    // start empty, as a naive app would
  }
  ack('READY')
  const answers: number[] = []
  for (let n = 1; ; n++) {
    answers.push(n)
    await naiveWrite(path.join(dataDir, 'attempts', `${runId}.json`), JSON.stringify({ answers }))
    ack(`A ${runId} ${n}`)
    data.usedItemIds.push(`${runId}-${n}`)
    await naiveWrite(mainFile, JSON.stringify(data, null, 2))
    ack(`U ${runId}-${n}`)
  }
}

;(mode === 'naive' ? naive() : durable()).catch((err: unknown) => {
  process.stderr.write(`crash-child failed: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(2)
})
