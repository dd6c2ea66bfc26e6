// Quiz set-up as the form holds it, and what the learner is told before starting. The page only
// previews the time limit and eligibility; main computes the real ones when the quiz starts.
import type { QuizSetup } from '../../../../preload/contract'
import {
  DEFAULT_SECONDS_PER_ITEM,
  MAX_SECONDS_PER_ITEM,
  MIN_SECONDS_PER_ITEM,
  timeLimitMs,
  type CourseRules
} from '../../../../questions/engine'

/** The API accepts up to 100 items per quiz. */
export const MAX_CUSTOM_ITEMS = 100
export const PRESET_COUNTS = [10, 20, 40] as const

/**
 * 'exam' is the Certificate exam (course rules: fresh items, every section, the course's time per
 * item); 'timed' is timed practice with the learner's own choices; 'tutor' is practice with
 * feedback. The first two are both `mode: 'timed'` to main; only the exam sets `exam: true`.
 */
export type FormMode = 'exam' | QuizSetup['mode']

export interface SetupForm {
  mode: FormMode
  countChoice: '10' | '20' | '40' | 'custom'
  customCount: string
  sections: QuizSetup['sections']
  pool: QuizSetup['pool']
  secondsPerItem: string
  accommodation: QuizSetup['accommodation']
  confidence: boolean
}

/** The form as last used, or the defaults over all of the course's sections (`sectionIds`). */
export function initialForm(last: QuizSetup | null, sectionIds: readonly string[]): SetupForm {
  if (!last) {
    return {
      mode: 'exam',
      countChoice: '20',
      customCount: '30',
      sections: [...sectionIds],
      pool: 'all',
      secondsPerItem: String(DEFAULT_SECONDS_PER_ITEM),
      accommodation: 1,
      confidence: false
    }
  }
  const preset = (PRESET_COUNTS as readonly number[]).includes(last.itemCount)
  return {
    mode: last.exam ? 'exam' : last.mode,
    countChoice: preset ? (String(last.itemCount) as SetupForm['countChoice']) : 'custom',
    customCount: String(last.itemCount),
    // A section the course no longer has (another course's last set-up) is dropped.
    sections: last.sections.filter((s) => sectionIds.includes(s)),
    pool: last.pool,
    secondsPerItem: String(last.secondsPerItem),
    accommodation: last.accommodation,
    confidence: last.confidence
  }
}

export function itemCountOf(form: SetupForm): number {
  return form.countChoice === 'custom' ? Number(form.customCount) : Number(form.countChoice)
}

/** Problems that stop the quiz from starting, each said as what to do. */
export function validate(form: SetupForm, rules: CourseRules): string[] {
  const errors: string[] = []
  const count = itemCountOf(form)
  if (!Number.isInteger(count) || count < 1 || count > MAX_CUSTOM_ITEMS) {
    errors.push(`Enter a number of items from 1 to ${MAX_CUSTOM_ITEMS}.`)
  } else if (form.mode === 'exam' && count < rules.minItems) {
    errors.push(`A Certificate exam has at least ${rules.minItems} items.`)
  }
  if (form.mode === 'exam') return errors
  if (form.sections.length === 0) errors.push('Choose at least one section.')
  const seconds = Number(form.secondsPerItem)
  if (
    !Number.isInteger(seconds) ||
    seconds < MIN_SECONDS_PER_ITEM ||
    seconds > MAX_SECONDS_PER_ITEM
  ) {
    errors.push(
      `Enter a time per item from ${MIN_SECONDS_PER_ITEM} to ${MAX_SECONDS_PER_ITEM} seconds.`
    )
  }
  return errors
}

export function toSetup(form: SetupForm, rules: CourseRules): QuizSetup {
  if (form.mode === 'exam') {
    const allowed = rules.accommodations as readonly QuizSetup['accommodation'][]
    return {
      mode: 'timed',
      exam: true,
      itemCount: itemCountOf(form),
      sections: [...rules.requiredSections],
      pool: 'all',
      secondsPerItem: rules.secondsPerItem,
      accommodation: allowed.includes(form.accommodation) ? form.accommodation : 1,
      confidence: form.confidence
    }
  }
  return {
    mode: form.mode,
    itemCount: itemCountOf(form),
    sections: [...form.sections],
    pool: form.pool,
    secondsPerItem: Number(form.secondsPerItem),
    // Untimed is practice only; a timed exam always has a clock.
    accommodation:
      form.mode === 'timed' && form.accommodation === 'untimed' ? 1 : form.accommodation,
    confidence: form.confidence
  }
}

/** null = untimed; NaN-safe for a half-typed form. */
export function previewLimitMs(form: SetupForm, rules: CourseRules): number | null {
  const setup = toSetup(form, rules)
  const limit = timeLimitMs(setup)
  return limit === null || Number.isFinite(limit) ? limit : 0
}

/** Why this set-up could not earn a certificate, before a score is known (empty = it can). */
export function certificateBlockers(form: SetupForm, rules: CourseRules): string[] {
  const setup = toSetup(form, rules)
  const reasons: string[] = []
  if (form.mode === 'tutor') reasons.push('it is a Tutor (practice) session')
  if (form.mode === 'timed') reasons.push('it is timed practice (choose Certificate exam)')
  if (setup.accommodation === 'untimed') reasons.push('it is untimed')
  if (!(setup.itemCount >= rules.minItems))
    reasons.push(`it has fewer than ${rules.minItems} items`)
  if (form.mode !== 'exam' && !rules.requiredSections.every((s) => setup.sections.includes(s))) {
    reasons.push('it does not cover every section')
  }
  return reasons
}
