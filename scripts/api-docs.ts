// `npm run docs:api`: writes docs/API.md from the contract.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderApiDocs } from './api-docs-render'

const root = resolve(import.meta.dirname, '..')
writeFileSync(resolve(root, 'docs/API.md'), renderApiDocs(resolve(root, 'preload/contract')))
console.log('docs/API.md written')
