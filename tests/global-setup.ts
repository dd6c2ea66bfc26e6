// Once per vitest run: a bundle of the certificate verifier's worker, so each verification
// started from source loads one plain file instead of registering tsx and compiling the
// TypeScript entry (main/certificate/worker-run.ts, RLS_CASEBOOK_TEST_WORKER_DIR). The built
// app has its own bundle and never reads the variable.
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export async function setup(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rls-casebook-workers-'))
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
  await build({
    entryPoints: [path.join(import.meta.dirname, '../main/certificate/verify-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Some dependencies are CommonJS and require Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
    },
    outfile: path.join(dir, 'certificate-verify-worker.js'),
    logLevel: 'silent'
  })
  process.env.RLS_CASEBOOK_TEST_WORKER_DIR = dir
  return () => rmSync(dir, { recursive: true, force: true })
}
