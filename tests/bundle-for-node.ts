// One esbuild call for the test aids that start a TypeScript entry many times (the certificate
// verifier's worker, the crash harness's child): a plain bundle starts in a fraction of the
// ~0.5–1 s of CPU that registering tsx and compiling the entry costs per process.
import { build } from 'esbuild'

export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Some dependencies are CommonJS and require Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
    },
    outfile,
    logLevel: 'silent'
  })
}
