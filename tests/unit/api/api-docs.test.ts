// docs/API.md is generated from the contract; this fails when someone changes a channel without
// regenerating it (run `npm run docs:api`).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../preload/contract'
import { renderApiDocs } from '../../../scripts/api-docs-render'

const root = resolve(__dirname, '../../..')

describe('docs/API.md', () => {
  it('matches the contract', () => {
    const committed = readFileSync(resolve(root, 'docs/API.md'), 'utf8')
    expect(committed).toBe(renderApiDocs(resolve(root, 'preload/contract')))
  })
  it('documents every channel', () => {
    const doc = renderApiDocs(resolve(root, 'preload/contract'))
    for (const name of Object.keys(contract)) expect(doc).toContain(`### \`${name}\``)
  })
})
