// Reads the live process tree from /proc: which processes descend from a pid, and what their
// command lines and environments hold (what any local user, or only the owner, can read).
import { readdirSync, readFileSync } from 'node:fs'

export interface ProcessInfo {
  pid: number
  argv: string[]
  /** Readable by the owner (and root) only, unlike argv. */
  environ: string[]
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null // the process exited meanwhile
  }
}

function parentOf(pid: number): number | null {
  const stat = read(`/proc/${pid}/stat`)
  if (!stat) return null
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}

/** `root` and every process below it, as they are now. */
export function descendants(root: number): ProcessInfo[] {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const pid = Number(name)
    const parent = parentOf(pid)
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  const out: ProcessInfo[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift()!
    const cmdline = read(`/proc/${pid}/cmdline`)
    if (cmdline !== null) {
      out.push({
        pid,
        argv: cmdline.split('\0').filter(Boolean),
        environ: (read(`/proc/${pid}/environ`) ?? '').split('\0').filter(Boolean)
      })
    }
    queue.push(...(children.get(pid) ?? []))
  }
  return out
}
