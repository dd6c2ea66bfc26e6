// The preload exposes one named function per channel and nothing else: no ipcRenderer, no
// generic send. Each function forwards only its own channel name.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { buildBridge } from '../../../preload/bridge'
import { contract } from '../../../preload/contract'

describe('preload bridge', () => {
  it('has exactly one function per contract channel', () => {
    const bridge = buildBridge(async () => undefined) as unknown as Record<string, unknown>
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(contract).sort())
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('forwards each call on its own channel only', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }))
    const bridge = buildBridge(invoke)
    await bridge['quiz:get']({ attemptId: 'a1' })
    expect(invoke).toHaveBeenCalledWith('quiz:get', { attemptId: 'a1' })
  })

  it('never hands ipcRenderer itself to the page', () => {
    const source = readFileSync(resolve(__dirname, '../../../preload/index.ts'), 'utf8')
    expect(source).toMatch(/exposeInMainWorld\(\s*'casebook'/)
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/)
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1)
    expect(source).not.toMatch(/ipcRenderer\.(send|on|sendSync)\b/)
  })
})
