// Parses `serve` flags: --port P --data-dir DIR --token T --no-open. Pure, so it is tested directly.
// --token is a test/debug aid only: a command line is readable by every local user
// (/proc/<pid>/cmdline), so the launcher never uses it; it passes RLS_CASEBOOK_TOKEN in the
// environment (private to the user) or lets serve make its own token.
export interface ServeArgs {
  port: number
  dataDir?: string
  token?: string
  open: boolean
  staticRoot?: string
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args: ServeArgs = { port: 0, open: true }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = (): string => {
      const next = argv[++i]
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`)
      return next
    }
    switch (flag) {
      case '--port': {
        const port = Number(value())
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error('--port must be an integer from 0 to 65535')
        }
        args.port = port
        break
      }
      case '--data-dir':
        args.dataDir = value()
        break
      case '--token':
        args.token = checkToken(value(), '--token')
        break
      case '--static-root':
        args.staticRoot = value()
        break
      case '--no-open':
        args.open = false
        break
      case '--open':
        args.open = true
        break
      default:
        throw new Error(
          `Unknown option ${flag}. Usage: serve [--port P] [--data-dir DIR] [--token T] [--no-open]`
        )
    }
  }
  return args
}

export const TOKEN_ENV = 'RLS_CASEBOOK_TOKEN'

function checkToken(token: string, from: string): string {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) {
    throw new Error(`${from} must be 16–128 characters of A–Z, a–z, 0–9, _ or -`)
  }
  return token
}

/**
 * The token serve was handed, if any: --token (visible to other local users, so only for tests
 * and debugging), else RLS_CASEBOOK_TOKEN from the environment; undefined means "make one".
 */
export function givenToken(
  args: ServeArgs,
  env: Readonly<Record<string, string | undefined>>
): { token: string; from: 'argv' | 'env' } | undefined {
  if (args.token) return { token: args.token, from: 'argv' }
  const fromEnv = env[TOKEN_ENV]
  if (fromEnv) return { token: checkToken(fromEnv, TOKEN_ENV), from: 'env' }
  return undefined
}
