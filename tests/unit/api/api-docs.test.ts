// docs/API.md is generated from the contract; this fails when someone changes a channel without
// regenerating it (run `npm run docs:api`), leaves a channel undescribed, or adds an error code
// the document does not list. (In the slow tier: the type checker reads the contract's types.)
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract, ERROR_CODES, type ErrorCode } from '../../../preload/contract'
import { channelDescriptions, renderApiDocs } from '../../../scripts/api-docs-render'

const root = resolve(__dirname, '../../..')
const contractDir = resolve(root, 'preload/contract')
const doc = renderApiDocs(contractDir)

describe('docs/API.md', () => {
  it('matches the contract', () => {
    expect(readFileSync(resolve(root, 'docs/API.md'), 'utf8')).toBe(doc)
  })

  it('describes every channel and shows its result shape', () => {
    const notes = channelDescriptions(contractDir)
    for (const name of Object.keys(contract)) {
      expect(notes.get(name) ?? '', name).toMatch(/\w{3,}.*\w{3,}/)
      const section = doc.split(`### \`${name}\``)[1]?.split('\n### ')[0] ?? ''
      expect(section, name).toMatch(/^Result: `[^`]+`$/m)
    }
    const quizView = doc.split('### `quiz:get`')[1]?.split('\n### ')[0] ?? ''
    expect(quizView).toContain('| `attemptId` | `string` |')
  })

  it('lists every error code with its meaning, and the list is closed', () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(doc).toContain(`| \`${code}\` | ${meaning} |`)
    }
    // @ts-expect-error: a code that is not declared is a compile error (ErrorCode is closed)
    const undeclared: ErrorCode = 'MADE_UP_CODE'
    expect(undeclared in ERROR_CODES).toBe(false)
  })
})
