// Once per vitest run: a bundle of the certificate verifier's worker, so each verification
// started from source loads one plain file instead of registering tsx and compiling the
// TypeScript entry (main/certificate/worker-run.ts, RLS_CASEBOOK_TEST_WORKER_DIR). The built
// app has its own bundle and never reads the variable.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bundleForNode } from './bundle-for-node'

export async function setup(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rls-casebook-workers-'))
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
  await bundleForNode(
    path.join(import.meta.dirname, '../main/certificate/verify-worker.ts'),
    path.join(dir, 'certificate-verify-worker.js')
  )
  process.env.RLS_CASEBOOK_TEST_WORKER_DIR = dir
  return () => rmSync(dir, { recursive: true, force: true })
}
