// The follow-up gate (read 22, P3): a learner takes a default 40-item quiz, then a 20-item quiz
// of the mission's two skills (medications + iron status) from the Unused pool — the protocol the
// read-throughs use for their second file. Read 22 counted four of that file's 20 items MAJOR for
// replaying a template of the first quiz with the same key role (the same culprit slot with
// another drug, or the same adult iron decision under a sibling template). The figure is the
// share of follow-up items whose key role (`keyRoles`) the first quiz keyed.
import { assembleQuiz } from '../assemble'
import type { CourseBank } from '../course/bank'
import { keyRoles } from './teaching-points'
import { problem, type Problem } from './types'

/** Learners simulated; 20 × 20 = 400 follow-up items keep one learner's luck below 1 point. */
export const FOLLOW_UP_LEARNERS = 20
/** The repeat limit (≤ 15% of items repeat what the learner met) read for key roles. */
export const MAX_FOLLOW_UP_ROLE_SHARE = 0.15

export interface FollowUpFigure {
  items: number
  replays: number
}

export function followUpRoleRepeats(
  course: CourseBank,
  learners = FOLLOW_UP_LEARNERS
): { figure: FollowUpFigure; problems: Problem[] } {
  const figure: FollowUpFigure = { items: 0, replays: 0 }
  for (let l = 0; l < learners; l++) {
    const first = assembleQuiz({ course, count: 40, seed: `follow-up-first-${l}` })
    const met = new Set(first.flatMap((it) => keyRoles(it)))
    const next = assembleQuiz({
      course,
      count: 20,
      seed: `follow-up-next-${l}`,
      sections: ['medications', 'iron-status'],
      exclude: new Set(first.map((it) => it.id)),
      seenItems: first
    })
    figure.items += next.length
    figure.replays += next.filter((it) => keyRoles(it).some((r) => met.has(r))).length
  }
  const share = figure.replays / Math.max(1, figure.items)
  const problems =
    share > MAX_FOLLOW_UP_ROLE_SHARE
      ? [
          problem(
            'follow-up-replay',
            `${figure.replays} of ${figure.items} follow-up items (${(100 * share).toFixed(1)}%) key a role the learner's first quiz keyed (limit ${100 * MAX_FOLLOW_UP_ROLE_SHARE}%)`
          )
        ]
      : []
  return { figure, problems }
}
