// Issue #17 item 3: a restore that fails changes nothing, and says so truthfully. A backup nested
// 3,000 levels deep is refused before any write (it used to pass inspection and throw after the
// attempt files were overwritten); a restore whose writes fail late is rolled back.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { restoreBackup } from '../../../main/services/exports-restore'
import type { DataStore } from '../../../main/store/data-store'
import type { AttemptRecord } from '../../../questions/engine'
import { openHarness, takeQuiz, type Harness } from '../certificate-service/helpers'

const open: Harness[] = []
afterEach(async () => {
  for (const h of open.splice(0)) await h.close()
})
const harness = async (): Promise<Harness> => {
  const h = await openHarness()
  open.push(h)
  return h
}

/** What the app's data is: casebook.json's bytes, and every attempt file as parsed JSON. */
async function dataOf(dir: string) {
  const attempts: Record<string, unknown> = {}
  for (const name of (await readdir(path.join(dir, 'attempts'))).sort()) {
    if (name.endsWith('.json')) {
      attempts[name] = JSON.parse(await readFile(path.join(dir, 'attempts', name), 'utf8'))
    }
  }
  const backups = await readdir(path.join(dir, 'backups')).catch(() => [])
  return { casebook: await readFile(path.join(dir, 'casebook.json'), 'utf8'), attempts, backups }
}

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = i % 2 ? { x: value } : [value]
  return value
}

describe('a failed restore changes nothing', () => {
  it('refuses a backup nested 3,000 levels deep at inspection, before any write', async () => {
    const h = await harness()
    await takeQuiz(h, { count: 3, exam: false })
    const good = JSON.parse((await h.call('data:exportBackup', {})).content)
    good.casebook.reviewCards = { deep: { card: deeplyNested(3000) } }
    const content = JSON.stringify(good)
    const before = await dataOf(h.dir)
    for (const call of [
      h.attempt('data:inspectBackup', { content }),
      h.attempt('data:restoreBackup', { content, confirm: true })
    ]) {
      const result = await call
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_BACKUP' } })
      expect(result.ok || result.error.message).toMatch(/nested more than 40 levels deep/)
    }
    expect(await dataOf(h.dir)).toEqual(before)
  })

  it.each([
    ['the third attempt file', 3, false],
    ['casebook.json, after every attempt file', Infinity, true]
  ])('rolls back when writing %s fails', async (_name, failAtWrite, failUpdate) => {
    const source = await harness()
    await takeQuiz(source, { count: 3, exam: false })
    await takeQuiz(source, { count: 2, exam: false })
    const target = await harness()
    const own = await takeQuiz(target, { count: 2, exam: false })
    // The backup holds the target's own attempt (an overwrite) and two new ones (creations).
    const backup = JSON.parse((await source.call('data:exportBackup', {})).content)
    const ownFile = JSON.parse((await target.call('data:exportBackup', {})).content).attempts[0]
    backup.attempts = [ownFile, ...backup.attempts]
    const before = await dataOf(target.dir)
    const history = await target.call('history:list', {})

    const store = target.ctx.services.store
    let writes = 0
    const failing = {
      dataDir: store.dataDir,
      data: () => store.data(),
      update: async (mutator: Parameters<typeof store.update>[0]) => {
        if (failUpdate) throw new Error('disk full (simulated)')
        return store.update(mutator)
      },
      attempts: {
        read: (id: string) => store.attempts.read(id),
        list: () => store.attempts.list(),
        remove: (id: string) => store.attempts.remove!(id),
        write: async (id: string, record: AttemptRecord) => {
          if (++writes === failAtWrite) throw new Error('disk full (simulated)')
          return store.attempts.write(id, record)
        }
      },
      notices: [],
      close: () => store.close()
    } as unknown as DataStore<AttemptRecord>
    const attempt = restoreBackup(
      { ...target.ctx.services, store: failing },
      JSON.stringify(backup)
    )
    const error = (await attempt.then(
      () => null,
      (e: unknown) => e
    )) as { code?: string; message?: string } | null
    expect(error?.code).toBe('RESTORE_FAILED')
    expect(error?.message).toMatch(
      /failed while writing \(disk full \(simulated\)\)\. What it had written was put back/
    )
    expect(await dataOf(target.dir)).toEqual(before)
    expect(await target.call('history:list', {})).toEqual(history)
    // The attempt that was overwritten and put back is this installation's again.
    expect(await target.ctx.services.attempts.vouch(own, false)).toEqual({
      vouched: true,
      reasons: []
    })
  })
})
