import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
// @ts-expect-error: a plain .mjs build script without type declarations
import { staleBuildReason } from '../../../scripts/build-freshness.mjs'

const roots: string[] = []
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'rls-fresh-'))
  roots.push(root)
  for (const f of ['main/a.ts', 'renderer/src/b.tsx', 'questions/c.ts', 'package.json']) {
    mkdirSync(join(root, f, '..'), { recursive: true })
    writeFileSync(join(root, f), 'x')
  }
  return root
}
function build(root: string, at: number): void {
  for (const f of ['out/main/serve.js', 'out/main/index.js', 'out/renderer/index.html']) {
    mkdirSync(join(root, f, '..'), { recursive: true })
    writeFileSync(join(root, f), 'built')
    utimesSync(join(root, f), at, at)
  }
}
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true })
})

describe('is the build older than its sources?', () => {
  it('asks for a build when there is none', () => {
    expect(staleBuildReason(project())).toMatch(/no build yet/)
  })

  it('is current when every source is older than the build', () => {
    const root = project()
    build(root, Date.now() / 1000 + 60)
    expect(staleBuildReason(root)).toBeNull()
  })

  it('is stale once any source under a source folder is edited after the build', () => {
    const root = project()
    const now = Date.now() / 1000
    build(root, now)
    const edited = join(root, 'renderer/src/b.tsx')
    utimesSync(edited, now + 5, now + 5)
    expect(staleBuildReason(root)).toMatch(/sources changed/)
  })
})
