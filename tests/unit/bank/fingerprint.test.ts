// Bank versions that cannot drift: the checked-in fingerprint must match the bank's output for
// BANK.version, and any change to what a seed produces changes the fingerprint.
import { describe, expect, it } from 'vitest'
import { BANK } from '../../../questions/bank'
import { FINGERPRINTS } from '../../../questions/bank-fingerprint'
import { bankFingerprint } from '../../../questions/check/fingerprint'
import { templates } from '../../../questions/templates/index'
import type { Template } from '../../../questions/templates/types'
import { rlsCausesCourse } from '../../../questions/content/course'

describe('bank fingerprint', () => {
  it('matches the fingerprint recorded for BANK.version (else bump it and run npm run bank:fingerprint)', () => {
    const recorded = FINGERPRINTS.find((f) => f.version === BANK.version)
    expect(recorded, `no fingerprint recorded for v${BANK.version}`).toBeDefined()
    expect(bankFingerprint(rlsCausesCourse)).toBe(recorded?.fingerprint)
  })
  it('records each version once', () => {
    const versions = FINGERPRINTS.map((f) => f.version)
    expect(new Set(versions).size).toBe(versions.length)
  })
  it('changes when one template changes one word of its output', () => {
    const first = templates[0] as Template
    const edited: Template = {
      ...first,
      generate(rng) {
        const d = first.generate(rng)
        return { ...d, explanation: `${d.explanation} ` }
      }
    }
    const course = { ...rlsCausesCourse, templates }
    const base = bankFingerprint(course, 4)
    expect(bankFingerprint({ ...course, templates: [edited, ...templates.slice(1)] }, 4)).not.toBe(
      base
    )
    expect(bankFingerprint(course, 4)).toBe(base)
  })
})
