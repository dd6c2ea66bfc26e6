// npm run package:fuses -- PATH_TO_PACKAGED_ELECTRON_BINARY_OR_.app [--no-asar]
// Flips the fuses declared in main/electron/fuses.ts into a packaged app's Electron binary, then
// reads them back and fails unless every one is as declared. Run it on the packaged copy (never
// on node_modules/electron, which `npm start` runs with ELECTRON_RUN_AS_NODE to probe it). With
// --no-asar (an app packaged as a folder) the asar fuses are left alone, and it says so.
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { pathToFileURL } from 'node:url'
import { ELECTRON_FUSES, type FuseName } from '../main/electron/fuses'

const ENABLED = '1'.charCodeAt(0)
const DISABLED = '0'.charCodeAt(0)

export interface FlipOptions {
  asar: boolean
}

/** The @electron/fuses config for this app: every fuse decided (strict), asar ones if packaged so. */
export function fuseConfig({ asar }: FlipOptions) {
  const config: Record<number, boolean> = {}
  for (const [name, setting] of Object.entries(ELECTRON_FUSES)) {
    if (setting.needsAsar && !asar) continue
    config[FuseV1Options[name as FuseName]] = setting.enabled
  }
  return { version: FuseVersion.V1, ...config } as const
}

/** Flips and verifies; returns each fuse's state as now written in the binary. */
export async function flipAppFuses(
  binary: string,
  options: FlipOptions
): Promise<Record<FuseName, 'enabled' | 'disabled' | 'untouched'>> {
  const config = fuseConfig(options)
  await flipFuses(binary, {
    ...config,
    resetAdHocDarwinSignature: process.platform === 'darwin' && binary.includes('.app')
  })
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
  const out = {} as Record<FuseName, 'enabled' | 'disabled' | 'untouched'>
  for (const name of Object.keys(ELECTRON_FUSES) as FuseName[]) {
    const index = FuseV1Options[name]
    const wanted = (config as Record<number, boolean | undefined>)[index]
    const state = wire[index]
    if (wanted === undefined) {
      out[name] = 'untouched'
      continue
    }
    if (state !== (wanted ? ENABLED : DISABLED)) {
      throw new Error(`Fuse ${name} reads ${String(state)} after flipping; expected ${wanted}`)
    }
    out[name] = wanted ? 'enabled' : 'disabled'
  }
  return out
}

async function main(argv: string[]): Promise<number> {
  const binary = argv.find((a) => !a.startsWith('--'))
  if (!binary) {
    console.error('usage: npm run package:fuses -- PACKAGED_ELECTRON_BINARY [--no-asar]')
    return 1
  }
  const asar = !argv.includes('--no-asar')
  const states = await flipAppFuses(binary, { asar })
  for (const [name, state] of Object.entries(states)) console.log(`${state.padEnd(9)} ${name}`)
  if (!asar) console.log('asar fuses left untouched (--no-asar): package as app.asar to set them')
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exit(1)
    }
  )
}
