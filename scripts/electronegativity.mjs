#!/usr/bin/env node
// Electron security scan: runs @doyensec/electronegativity over the Electron code (main/, preload/
// and the renderer's index.html, which carries the CSP meta tag) and, when it exists, the built
// app in out/. The tool always exits 0, so this script reads its SARIF output and fails on any
// result of level "warning" or "error". Note-level results must each be justified by a comment
// at the flagged line ("electronegativity note <RULE>"); an unjustified source note fails too.
// Reports: .tmp/electronegativity/{source,out}.sarif. See docs/RELIABILITY.md "Electron security".
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.tmp', 'electronegativity')
const require = createRequire(import.meta.url)
const cli = join(
  dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist/index.js'
)
// The installed Electron's version, so checks use its defaults (the tool cannot detect it from a
// folder without package.json and would otherwise assume v0.1.0).
const electronVersion = JSON.parse(
  readFileSync(join(dirname(require.resolve('electron/package.json')), 'package.json'), 'utf8')
).version

rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })

// The tool takes one input folder; stage the source with repo-relative paths so every SARIF
// location is a path in this repository (line numbers unchanged: files are copied as they are).
const staged = join(work, 'source')
for (const path of ['main', 'preload', 'renderer/index.html']) {
  cpSync(join(root, path), join(staged, path), { recursive: true })
}

const scans = [{ name: 'source', input: staged, justify: true }]
if (existsSync(join(root, 'out', 'main'))) {
  // The shipped bundle: warnings fail here too; its notes repeat the source notes (bundled code
  // keeps no comments), so they are listed, not required to carry a comment.
  scans.push({ name: 'out', input: join(root, 'out'), justify: false })
}

let failures = 0
for (const scan of scans) {
  const sarifPath = join(work, `${scan.name}.sarif`)
  const run = spawnSync(
    process.execPath,
    [cli, '-i', scan.input, '-o', sarifPath, '-r', '-v', 'false', '-e', electronVersion],
    { encoding: 'utf8', timeout: 120_000 }
  )
  if (run.status !== 0 || !existsSync(sarifPath)) {
    console.error(`electronegativity did not produce a report for ${scan.name}:`)
    console.error(run.stdout, run.stderr, run.error ?? '')
    process.exit(1)
  }
  const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'))
  const results = sarif.runs.flatMap((r) => r.results ?? [])
  console.log(
    `electronegativity (${scan.name}, Electron ${electronVersion}): ${results.length} results`
  )
  for (const result of results) {
    const where = result.locations?.[0]?.physicalLocation
    const file = where?.artifactLocation?.uri?.replace(/^file:\/\//, '') ?? '?'
    const line = where?.region?.startLine ?? 0
    const label = `${result.level} ${result.ruleId} ${file}:${line}`
    if (result.level === 'warning' || result.level === 'error') {
      console.error(`✖ ${label} — ${result.message?.text ?? ''}`)
      failures++
      continue
    }
    if (scan.justify && !isJustified(join(staged, file), line, result.ruleId)) {
      console.error(`✖ ${label} — no "electronegativity note ${result.ruleId}" comment near it`)
      failures++
      continue
    }
    console.log(`  ok ${label}`)
  }
}
if (failures > 0) {
  console.error(`electronegativity: ${failures} finding(s) fail the scan`)
  process.exit(1)
}
console.log('electronegativity: no warning- or error-level findings; every note is justified')

/** A justification is a comment naming the rule within the 4 lines above the flagged line. */
function isJustified(file, line, ruleId) {
  if (!existsSync(file) || line < 1) return false
  const lines = readFileSync(file, 'utf8').split('\n')
  const window = lines.slice(Math.max(0, line - 5), line).join('\n')
  return window.includes(`electronegativity note ${ruleId}`)
}
