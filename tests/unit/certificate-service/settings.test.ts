// Profile and settings validation at the API boundary, and what is persisted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openHarness, type Harness } from './helpers'

let h: Harness
beforeEach(async () => {
  h = await openHarness()
})
afterEach(async () => {
  await h.close()
})

const invalid = async (channel: 'profile:save' | 'settings:save', args: unknown) => {
  const result = await h.attempt(channel, args)
  return result.ok ? null : result.error
}

describe('profile', () => {
  it('starts empty and incomplete', async () => {
    expect(await h.call('profile:get', {})).toMatchObject({
      fullName: '',
      credentials: null,
      complete: false
    })
  })

  it.each([
    ['an empty name', { fullName: '   ', credentials: 'MD' }, /fullName/],
    ['a name over 120 characters', { fullName: 'x'.repeat(121), credentials: 'MD' }, /fullName/],
    ['unknown credentials', { fullName: 'Ada', credentials: 'DDS' }, /credentials/],
    ['"other" without saying which', { fullName: 'Ada', credentials: 'other' }, /credentialsOther/],
    ['a malformed email', { fullName: 'Ada', credentials: 'RN', email: 'ada@' }, /email/],
    ['unknown fields', { fullName: 'Ada', credentials: 'RN', role: 'admin' }, /role|Unrecognized/],
    // Issue #14 §7: text that would lie on screen or in a terminal.
    ['ESC in the name', { fullName: 'Ada\u001b[2K', credentials: 'MD' }, /fullName.*U\+001B/],
    ['CR in the name', { fullName: 'Ada\rVALID', credentials: 'MD' }, /fullName.*U\+000D/],
    ['a C1 control', { fullName: 'Ada\u0085', credentials: 'MD' }, /fullName.*U\+0085/],
    ['a bidi override', { fullName: 'Ada \u202eRAF', credentials: 'MD' }, /fullName.*U\+202E/],
    ['a bidi isolate', { fullName: 'Ada \u2066x', credentials: 'MD' }, /fullName.*U\+2066/],
    ['a zero-width space', { fullName: 'Ada\u200bO', credentials: 'MD' }, /fullName.*U\+200B/],
    [
      'a zero-width joiner in "other" credentials',
      { fullName: 'Ada', credentials: 'other', credentialsOther: 'MB\u200dBS' },
      /credentialsOther.*U\+200D/
    ],
    [
      'a bidi mark in the licence ID',
      { fullName: 'Ada', credentials: 'MD', licenceId: 'GMC\u200f123' },
      /licenceId.*U\+200F/
    ]
  ])('refuses %s', async (_name, args, where) => {
    const error = await invalid('profile:save', args)
    expect(error?.code).toBe('INVALID_ARGS')
    expect(error?.message).toMatch(where)
    expect(h.ctx.services.store.data().profile).toBeNull()
  })

  it('trims, drops empty optional fields, and persists', async () => {
    const saved = await h.call('profile:save', {
      fullName: '  李小龍 ',
      credentials: 'PharmD',
      credentialsOther: 'ignored unless other',
      licenceId: '',
      email: ''
    })
    expect(saved).toMatchObject({ fullName: '李小龍', credentials: 'PharmD', complete: true })
    expect(saved.unprintable).toEqual([])
    expect(h.ctx.services.store.data().profile).toEqual({
      fullName: '李小龍',
      credentials: 'PharmD'
    })
  })

  it('keeps an NPI of 10 digits and refuses any other', async () => {
    for (const npi of ['123456789', '12345678901', '12345abcde']) {
      const error = await invalid('profile:save', { fullName: 'Ada', credentials: 'MD', npi })
      expect(error?.code).toBe('INVALID_ARGS')
      expect(error?.message).toMatch(/npi.*10 digits/)
    }
    const saved = await h.call('profile:save', {
      fullName: 'Ada',
      credentials: 'MD',
      npi: '1234567893'
    })
    expect(saved.npi).toBe('1234567893')
    expect(h.ctx.services.store.data().profile).toMatchObject({ npi: '1234567893' })
  })

  it('warns about characters no certificate font can print', async () => {
    const saved = await h.call('profile:save', { fullName: '김민준', credentials: 'RN' })
    expect(saved.unprintable.length).toBeGreaterThan(0)
  })
})

describe('settings', () => {
  it('saves display settings and keeps the course settings read-only', async () => {
    const saved = await h.call('settings:save', { theme: 'dark', textScale: 150 })
    expect(saved).toMatchObject({
      theme: 'dark',
      textScale: 150,
      reducedMotion: 'system',
      course: { passMarkPercent: 75, minItems: 20 }
    })
    expect(saved.certificateRule).toMatch(/at least 20 items/)
    expect((await invalid('settings:save', { passMarkPercent: 10 }))?.code).toBe('INVALID_ARGS')
    expect((await invalid('settings:save', { textScale: 250 }))?.code).toBe('INVALID_ARGS')
    expect((await h.call('settings:get', {})).theme).toBe('dark')
  })
})
