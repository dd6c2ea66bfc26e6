// xAPI 1.0.3 statements for submitted attempts: one "answered" per answered item (a cmi.interaction
// of type "choice") and, per attempt, "completed" plus "passed" or "failed" with a scaled score.
// Statement ids come from an injected generator so the caller chooses deterministic (name-based)
// or random UUIDs; timestamps come from the attempt log, never from the export time.
//
// Item activity ids are short and stable: the course IRI plus a 64-bit hash of the readable item
// id (which is kept in a definition extension). The readable id is 100–250 characters, and as a
// percent-encoded IRI it took Learning Locker's validator seconds to minutes per statement.
import { foldAttempt, summarizeAttempt, type AttemptRecord } from '../engine'
import { stemText } from '../exhibits'
import { outcomesOf } from './outcomes'

/** Activity ids live under this IRI; an organisation hosting an LRS may substitute its own. */
export const XAPI_BASE = 'https://rls-casebook.app/xapi'
const ADL = 'http://adlnet.gov/expapi'
export const VERBS = {
  answered: `${ADL}/verbs/answered`,
  completed: `${ADL}/verbs/completed`,
  passed: `${ADL}/verbs/passed`,
  failed: `${ADL}/verbs/failed`
} as const
const CONFIDENCE_EXT = `${XAPI_BASE}/extensions/confidence`
/** The readable item id (`template:param=value;…`), for a provider who wants to look it up. */
export const ITEM_ID_EXT = `${XAPI_BASE}/extensions/item-id`
/** The course's activity IRI, from its id (the RLS course: …/courses/rls-causes, as before). */
export function courseIri(courseId: string): string {
  return `${XAPI_BASE}/courses/${encodeURIComponent(courseId)}`
}

/** FNV-1a, 64 bits, over the UTF-16 code units: 16 hex digits, the same on every machine. */
export function itemHash(itemId: string): string {
  let hash = 0xcbf29ce484222325n
  for (let i = 0; i < itemId.length; i++) {
    hash ^= BigInt(itemId.charCodeAt(i))
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}

/** The activity IRI of an item: about 70 characters whatever the length of its readable id. */
export function itemActivityIri(itemId: string, courseId: string): string {
  return `${courseIri(courseId)}/items/${itemHash(itemId)}`
}
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export interface XapiProfile {
  fullName?: string
  email?: string
  licenceId?: string
}

export interface XapiOptions {
  /** The course the statements are grouped under (course.id). */
  courseId: string
  /** A UUID for the statement named by `key` (stable across exports when name-based). */
  statementId(key: string): string
  /** Identifies the learner when no email is set (account name). */
  accountName?: string
}

type Json = Record<string, unknown>

/** ISO 8601 duration with centisecond precision, as xAPI asks: 83_456 ms → "PT1M23.46S". */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10))
  const h = Math.floor(cs / 360_000)
  const m = Math.floor((cs % 360_000) / 6000)
  const s = (cs % 6000) / 100
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`
}

export function xapiActor(profile: XapiProfile | null, options: XapiOptions): Json {
  const name = profile?.fullName?.trim()
  const email = profile?.email?.trim()
  const base = { objectType: 'Agent', ...(name ? { name } : {}) }
  if (email && /^[^\s@]+@[^\s@]+$/.test(email)) return { ...base, mbox: `mailto:${email}` }
  const account = options.accountName ?? profile?.licenceId?.trim() ?? ''
  return { ...base, account: { homePage: XAPI_BASE, name: account || 'local-learner' } }
}

const lang = (text: string): Json => ({ 'en-US': text })

export function xapiStatements(
  records: readonly AttemptRecord[],
  profile: XapiProfile | null,
  options: XapiOptions
): Json[] {
  const actor = xapiActor(profile, options)
  const out: Json[] = []
  for (const record of records) {
    const state = foldAttempt(record)
    if (state.status !== 'submitted' || !state.submittedAt) continue
    const attemptIri = `${XAPI_BASE}/attempts/${encodeURIComponent(state.id)}`
    const attemptActivity = {
      objectType: 'Activity',
      id: attemptIri,
      definition: {
        type: `${ADL}/activities/assessment`,
        name: lang(`RLS Casebook ${state.config.mode === 'timed' ? 'timed exam' : 'tutor quiz'}`)
      }
    }
    const context: Json = {
      ...(UUID_RE.test(state.id) ? { registration: state.id.toLowerCase() } : {}),
      platform: 'RLS Casebook',
      language: 'en-US',
      contextActivities: {
        parent: [{ objectType: 'Activity', id: attemptIri }],
        grouping: [{ objectType: 'Activity', id: courseIri(options.courseId) }]
      }
    }
    for (const o of outcomesOf(record)) {
      if (o.chosen === null) continue
      const item = state.items[o.index]!
      const key = item.options.find((opt) => opt.correct)?.id
      out.push({
        id: options.statementId(`${state.id}/answered/${o.index}`),
        version: '1.0.3',
        actor,
        verb: { id: VERBS.answered, display: lang('answered') },
        object: {
          objectType: 'Activity',
          id: itemActivityIri(item.id, options.courseId),
          definition: {
            type: `${ADL}/activities/cmi.interaction`,
            extensions: { [ITEM_ID_EXT]: item.id },
            name: lang(item.question),
            description: lang(stemText(item)),
            interactionType: 'choice',
            choices: item.options.map((opt) => ({ id: opt.id, description: lang(opt.text) })),
            correctResponsesPattern: key ? [key] : []
          }
        },
        result: { success: o.correct, response: o.chosen, duration: isoDuration(o.ms) },
        context: o.confidence
          ? { ...context, extensions: { [CONFIDENCE_EXT]: o.confidence } }
          : context,
        timestamp: o.answeredAt ?? state.submittedAt
      })
    }
    const summary = summarizeAttempt(state)
    const result = {
      score: {
        scaled: summary.itemCount === 0 ? 0 : summary.correct / summary.itemCount,
        raw: summary.correct,
        min: 0,
        max: summary.itemCount
      },
      success: summary.passed,
      completion: true,
      duration: isoDuration(summary.elapsedMs)
    }
    for (const verb of ['completed', summary.passed ? 'passed' : 'failed'] as const) {
      out.push({
        id: options.statementId(`${state.id}/${verb}`),
        version: '1.0.3',
        actor,
        verb: { id: VERBS[verb], display: lang(verb) },
        object: attemptActivity,
        result,
        context: {
          ...context,
          contextActivities: {
            grouping: [{ objectType: 'Activity', id: courseIri(options.courseId) }]
          }
        },
        timestamp: state.submittedAt
      })
    }
  }
  return out
}
