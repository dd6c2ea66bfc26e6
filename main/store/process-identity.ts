// What tells one process apart from a later one that got the same pid, and one boot of this
// computer from the next. Linux exposes all of it under /proc; elsewhere every value is null and
// the lock falls back to "is that pid alive?" (and says which file to remove when in doubt).
import { readFileSync, readlinkSync } from 'node:fs'

export interface HostIdentity {
  /** Changes on every boot: a process from another boot cannot still be running. */
  bootId: string | null
  /** The pid namespace: pids are only comparable within one (containers have their own). */
  pidNamespace: string | null
  /** Stable per installation, across renames of the computer. */
  machineId: string | null
}

function readTrimmed(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim()
    return text === '' ? null : text
  } catch {
    return null
  }
}

export function hostIdentity(): HostIdentity {
  let pidNamespace: string | null = null
  try {
    pidNamespace = readlinkSync('/proc/self/ns/pid')
  } catch {
    // no /proc (macOS, Windows) or no namespaces
  }
  return {
    bootId: readTrimmed('/proc/sys/kernel/random/boot_id'),
    pidNamespace,
    machineId: readTrimmed('/etc/machine-id') ?? readTrimmed('/var/lib/dbus/machine-id')
  }
}

/**
 * When process `pid` started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or null
 * when it cannot be read. A pid reused by a later process has a later start time.
 */
export function processStartTime(pid: number): string | null {
  const stat = readTrimmed(`/proc/${pid}/stat`)
  if (stat === null) return null
  // Field 2 is the command name in parentheses and may itself hold spaces or ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const start = fields[22 - 3]
  return start !== undefined && /^\d+$/.test(start) ? start : null
}
