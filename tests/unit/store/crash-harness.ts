// Parent side of the crash harness: run the child, SIGKILL it at a random moment, reopen the data
// folder with the real store and check every acknowledged answer survived intact.
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { openDataStore } from '../../../main/store/data-store'
import { validateCasebookFile } from '../../../main/store/migrations'

export interface HarnessOptions {
  childScript: string // bundled crash-child.mjs
  mode: 'durable' | 'naive'
  dataDir: string
  kills: number
  /** Stop at the first failure (the naive run only needs to show the harness can fail). */
  stopOnFailure?: boolean
  random?: () => number
}

export interface HarnessResult {
  kills: number
  killedBeforeReady: number
  ackedAnswers: number
  ackedUpdates: number
  failures: string[]
  ms: number
}

export async function runCrashHarness(opts: HarnessOptions): Promise<HarnessResult> {
  const random = opts.random ?? Math.random
  const lastAnswer = new Map<string, number>() // attempt id -> highest acknowledged answer
  const items = new Set<string>()
  const result: HarnessResult = {
    kills: 0,
    killedBeforeReady: 0,
    ackedAnswers: 0,
    ackedUpdates: 0,
    failures: [],
    ms: 0
  }
  const started = Date.now()
  for (let i = 0; i < opts.kills; i++) {
    // 1 run in 6 is killed early, often during start-up recovery or the lock takeover.
    const early = random() < 1 / 6
    const delay = early ? random() * 40 : 5 + random() * 45
    const run = await runAndKill(opts.childScript, [opts.mode, opts.dataDir, `c${i}`], early, delay)
    result.kills++
    if (!run.ready) result.killedBeforeReady++
    if (run.exitedOnItsOwn) result.failures.push(`run ${i}: child exited itself: ${run.stderr}`)
    for (const line of run.lines) {
      const [kind, a, b] = line.split(' ')
      if (kind === 'A' && a && b) {
        lastAnswer.set(a, Math.max(lastAnswer.get(a) ?? 0, Number(b)))
        result.ackedAnswers++
      } else if (kind === 'U' && a) {
        items.add(a)
        result.ackedUpdates++
      }
    }
    const problems = await verify(opts.dataDir, lastAnswer, items)
    result.failures.push(...problems.map((p) => `run ${i}: ${p}`))
    if (problems.length > 0 && opts.stopOnFailure) break
  }
  result.ms = Date.now() - started
  return result
}

interface Run {
  lines: string[]
  ready: boolean
  exitedOnItsOwn: boolean
  stderr: string
}

function runAndKill(script: string, args: string[], early: boolean, delay: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const run: Run = { lines: [], ready: false, exitedOnItsOwn: true, stderr: '' }
    let buffered = ''
    let timer: NodeJS.Timeout | undefined
    const kill = (): void => {
      run.exitedOnItsOwn = false
      child.kill('SIGKILL')
    }
    if (early) timer = setTimeout(kill, delay)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? '' // an unterminated last line was never fully acknowledged
      for (const line of parts) {
        if (line === 'READY') {
          run.ready = true
          if (!early) timer = setTimeout(kill, delay)
        } else run.lines.push(line)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk))
    child.on('error', reject)
    child.on('close', () => {
      clearTimeout(timer)
      resolve(run)
    })
  })
}

/** Checks the folder as the next start-up would see it. Returns human-readable problems. */
async function verify(
  dataDir: string,
  lastAnswer: Map<string, number>,
  items: Set<string>
): Promise<string[]> {
  const problems: string[] = []
  // 1. Before the store touches anything: the file must parse and validate as it lies on disk.
  try {
    validateCasebookFile(JSON.parse(await readFile(path.join(dataDir, 'casebook.json'), 'utf8')))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || items.size > 0) {
      problems.push(`casebook.json unreadable: ${(err as Error).message.slice(0, 120)}`)
    }
  }
  // 2. Open as the app would (this also takes over the killed child's stale lock).
  let store
  try {
    store = await openDataStore({ dataDir })
  } catch (err) {
    return [...problems, `open failed: ${(err as Error).message}`]
  }
  try {
    for (const n of store.notices) problems.push(`recovery was needed: ${n.file}: ${n.reason}`)
    const used = new Set(store.data().usedItemIds)
    const lost = [...items].filter((id) => !used.has(id))
    if (lost.length > 0) problems.push(`${lost.length} acknowledged updates lost (e.g. ${lost[0]})`)
    for (const [id, last] of lastAnswer) {
      const record = (await store.attempts.read(id)) as { answers?: number[] } | null
      const answers = record?.answers ?? []
      const intact = answers.length >= last && answers.every((v, j) => v === j + 1)
      if (!intact)
        problems.push(`attempt ${id}: acknowledged ${last} answers, found ${answers.length}`)
    }
    // 3. Start-up must have removed every temp file a killed writer left behind.
    const names = [
      ...(await readdir(dataDir)),
      ...(await readdir(path.join(dataDir, 'attempts')).catch(() => []))
    ]
    const temps = names.filter((n) => n.endsWith('.tmp'))
    if (temps.length > 0) problems.push(`temp files left after open: ${temps.join(', ')}`)
  } finally {
    await store.close()
  }
  return problems
}
