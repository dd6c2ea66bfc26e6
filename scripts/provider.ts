// npm run provider -- <command> (docs/PROVIDER.md)
//   init DIR [--course ID]                       a provider folder: key pair and provider.json
//   review CLAIMS_DIR --provider DIR [--out OUT]  judge every *.rlsclaim.json; writes OUT/review.json
//   issue --provider DIR [--review FILE] [--out OUT] [--page-size A4|Letter]
//                                                certificates, refusals.json and roster.csv in OUT
// OUT defaults to DIR/review. Exit code 0 when the command ran (refusals are results, not
// errors), 1 on misuse or failure. Text from claim files is escaped before it reaches the terminal.
import path from 'node:path'
import {
  defaultEnv,
  initCommand,
  issueCommand,
  reviewCommand,
  REVIEW_FILE,
  type CommandEnv
} from '../main/provider/commands'
import { KNOWN_COURSES } from '../main/provider/courses'
import { courseRulesWithMinSeconds } from '../questions/content/course-rules'
import { printable } from '../preload/contract/clean-text'

const USAGE = `usage:
  npm run provider -- init DIR [--course rls-causes]
  npm run provider -- review CLAIMS_DIR --provider DIR [--out OUT]
  npm run provider -- issue --provider DIR [--review OUT/review.json] [--out OUT] [--page-size A4|Letter]`

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name)
  if (i < 0) return undefined
  const value = argv[i + 1]
  if (value === undefined || value.startsWith('--')) throw new Usage(`${name} needs a value`)
  return value
}

/** Positional arguments: everything that is neither an option nor an option's value. */
function positional(argv: string[]): string[] {
  return argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'))
}

class Usage extends Error {}

/**
 * End-to-end tests only, as the browser edition's flag of the same name (docs/RELIABILITY.md,
 * "Test flag"): the course's rules with another minimum working time, under their own id, so only
 * exams taken under the same test rules pass, never a learner's. Announced on stderr.
 */
function commandEnv(): CommandEnv {
  const value = process.env.RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM
  if (value === undefined) return defaultEnv
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 600) {
    throw new Usage('RLS_CASEBOOK_TEST_MIN_SECONDS_PER_ITEM must be a whole number of seconds.')
  }
  const rules = courseRulesWithMinSeconds(seconds)
  console.error(`TEST COURSE RULES IN FORCE (${rules.id}): not for real claims.`)
  return {
    ...defaultEnv,
    known: KNOWN_COURSES.map((k) => ({ ...k, course: { ...k.course, rules } }))
  }
}

async function main(argv: string[]): Promise<string> {
  const [command, ...rest] = argv
  const env = commandEnv()
  const args = positional(rest)
  switch (command) {
    case 'init': {
      if (args.length !== 1) throw new Usage('init needs one folder')
      return (await initCommand(args[0]!, option(rest, '--course') ?? 'rls-causes', env)).text
    }
    case 'review': {
      const provider = option(rest, '--provider')
      if (args.length !== 1 || !provider)
        throw new Usage('review needs CLAIMS_DIR and --provider DIR')
      const out = option(rest, '--out') ?? path.join(provider, 'review')
      return (await reviewCommand(args[0]!, provider, out, env)).text
    }
    case 'issue': {
      const provider = option(rest, '--provider')
      if (!provider) throw new Usage('issue needs --provider DIR')
      const out = option(rest, '--out') ?? path.join(provider, 'review')
      const review = option(rest, '--review') ?? path.join(out, REVIEW_FILE)
      const size = option(rest, '--page-size') ?? 'A4'
      if (size !== 'A4' && size !== 'Letter') throw new Usage('--page-size is A4 or Letter')
      return (await issueCommand(provider, review, out, size, env)).text
    }
    default:
      throw new Usage(command ? `unknown command "${command}"` : 'no command')
  }
}

main(process.argv.slice(2)).then(
  (text) => {
    console.log(text) // built from escaped parts (review.ts, commands.ts)
    process.exit(0)
  },
  (err: unknown) => {
    const message = String((err as Error).message ?? err)
    console.error(`provider: ${printable(message)}`)
    if (err instanceof Usage) console.error(USAGE)
    process.exit(1)
  }
)
