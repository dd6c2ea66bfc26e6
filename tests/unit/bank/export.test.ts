import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assembleQuiz } from '../../../questions/assemble'
import { BANK } from '../../../questions/bank'
import { escapeGift, exportDocument, giftDocument } from '../../../scripts/bank-export-format'
import { repoRoot } from './helpers'
import { rlsCausesCourse } from '../../../questions/content/course'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bank-export-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('GIFT escaping', () => {
  it('escapes ~ = # { } : and the backslash, and flattens line breaks', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h')
    expect(escapeGift('one\n\ntwo')).toBe('one two')
    expect(escapeGift('plain; text')).toBe('plain; text')
  })
})

describe('export documents', () => {
  const items = assembleQuiz({ course: rlsCausesCourse, count: 12, seed: 5 })

  it('JSON carries bank id/version, seed, items and the cited references', () => {
    const doc = exportDocument(items, 5)
    expect(doc.bank).toEqual({ id: BANK.id, version: BANK.version })
    expect(doc.seed).toBe(5)
    expect(doc.items).toHaveLength(12)
    for (const it of items)
      for (const r of it.references) expect(doc.references[r]?.citation).toBeTruthy()
  })

  it('GIFT has one question per item, one "=" answer each and feedback on every option', () => {
    const gift = giftDocument(items, 5)
    const blocks = gift.split(/\n\n(?=\/\/ )/).filter((b) => b.includes('::'))
    expect(blocks).toHaveLength(items.length)
    blocks.forEach((b, i) => {
      const answers = b.split('\n').filter((l) => /^\t[=~]/.test(l))
      expect(answers).toHaveLength(items[i]?.options.length ?? 0)
      expect(answers.filter((l) => l.startsWith('\t='))).toHaveLength(1)
      for (const a of answers) expect(a).toMatch(/[^\\]#/) // unescaped # starts the feedback
      expect(b).toContain('####')
      // Outside the structural markers, no GIFT control character is left unescaped.
      const body = b
        .split('\n')
        .filter((l) => !l.startsWith('//'))
        .join('\n')
        .replace(/^::[^\n]*?::\[html\]/m, '')
        .replace(/\{\n/, '\n')
        .replace(/\n\}\n?$/, '')
        .replace(/^\t(=|~|####)/gm, '')
        .replace(/([^\\])#/g, '$1')
      expect(body).not.toMatch(/(^|[^\\])[~={}]/)
    })
  })
})

describe('npm run bank:export', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bank-export.ts', ...args], {
      cwd: repoRoot,
      encoding: 'utf8'
    })

  it('writes JSON for a seed and count, reproducibly', () => {
    const a = path.join(tmp, 'a.json')
    const b = path.join(tmp, 'b.json')
    expect(run(['--seed', '7', '--count', '10', '--format', 'json', '--out', a]).status).toBe(0)
    expect(run(['--seed', '7', '--count', '10', '--format', 'json', '--out', b]).status).toBe(0)
    const doc = JSON.parse(readFileSync(a, 'utf8'))
    expect(doc.items).toHaveLength(10)
    expect(doc.seed).toBe(7)
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'))
  })

  it('--after draws the next quiz as the Unused pool would, and rejects a file that is no export', () => {
    const first = path.join(tmp, 'first.json')
    const next = path.join(tmp, 'next.json')
    expect(run(['--seed', '11', '--count', '20', '--out', first]).status).toBe(0)
    expect(run(['--seed', '12', '--count', '20', '--after', first, '--out', next]).status).toBe(0)
    const ids = (f: string) =>
      (JSON.parse(readFileSync(f, 'utf8')).items as { id: string }[]).map((i) => i.id)
    const met = new Set(ids(first))
    expect(ids(next)).toHaveLength(20)
    expect(ids(next).filter((id) => met.has(id))).toEqual([])
    const junk = path.join(tmp, 'junk.json')
    writeFileSync(junk, '{"items": [1, 2]}')
    const r = run(['--seed', '12', '--after', junk])
    expect(r.status).not.toBe(0)
    expect(r.stderr).toContain('not a bank:export JSON file')
    expect(run(['--seed', '12', '--after', path.join(tmp, 'missing.json')]).stderr).toContain(
      '--after'
    )
  })

  it('writes GIFT, and rejects a bad format', () => {
    const g = path.join(tmp, 'q.gift')
    expect(run(['--seed', '3', '--count', '4', '--format', 'gift', '--out', g]).status).toBe(0)
    expect(readFileSync(g, 'utf8')).toContain('$CATEGORY:')
    expect(run(['--seed', '3', '--format', 'xml']).status).not.toBe(0)
  })
})
