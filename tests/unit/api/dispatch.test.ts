// The contract is enforced at the boundary: unknown channels, malformed and extra fields all get a
// structured error; handler failures never escape as exceptions.
import { describe, expect, it, vi } from 'vitest'
import { createDispatch, type Handlers } from '../../../main/api/dispatch'
import { ApiError } from '../../../main/api/errors'
import { contract } from '../../../preload/contract'
import { CHANNELS } from '../../../preload/contract/channels'

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const base = Object.fromEntries(
    Object.keys(contract).map((name) => [name, () => ({ channel: name })])
  ) as unknown as Handlers
  return { ...base, ...overrides }
}

const ctx = { transport: 'http' as const }

describe('contract', () => {
  it('lists exactly the contract channels for the preload', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort())
  })
  it('names every channel domain:verb', () => {
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })
})

describe('createDispatch', () => {
  it('passes validated arguments to the handler and wraps the value', async () => {
    const handler = vi.fn(() => ({ opened: true }))
    const dispatch = createDispatch(handlersWith({ 'app:openExternal': handler }))
    const result = await dispatch(
      'app:openExternal',
      { url: 'https://doi.org/10.5664/jcsm.11390' },
      ctx
    )
    expect(result).toEqual({ ok: true, value: { opened: true } })
    expect(handler).toHaveBeenCalledWith({ url: 'https://doi.org/10.5664/jcsm.11390' }, ctx)
  })

  it('refuses an unknown channel with UNKNOWN_CHANNEL', async () => {
    const dispatch = createDispatch(handlersWith({}))
    const result = await dispatch('quiz:deleteEverything', {}, ctx)
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it.each([
    ['a wrong type', { attemptId: 'a1', step: 'three', itemIndex: 0, optionId: 'A' }],
    ['a missing field', { attemptId: 'a1', itemIndex: 0, optionId: 'A' }],
    [
      'an extra (forged) field',
      { attemptId: 'a1', step: 1, itemIndex: 0, optionId: 'A', elapsedMs: 0 }
    ],
    ['an option that does not exist', { attemptId: 'a1', step: 1, itemIndex: 0, optionId: 'Z' }],
    ['a path-like attempt id', { attemptId: '../../etc', step: 1, itemIndex: 0, optionId: 'A' }],
    ['not an object', 'A'],
    ['null', null]
  ])('refuses %s with INVALID_ARGS and never calls the handler', async (_label, payload) => {
    const handler = vi.fn()
    const dispatch = createDispatch(handlersWith({ 'quiz:answer': handler }))
    const result = await dispatch('quiz:answer', payload, ctx)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } })
    if (!result.ok) expect(result.error.message).toMatch(/quiz:answer/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('keeps the code of an expected failure', async () => {
    const dispatch = createDispatch(
      handlersWith({
        'quiz:get': () => {
          throw new ApiError('NOT_FOUND', 'No such attempt.')
        }
      })
    )
    const result = await dispatch('quiz:get', { attemptId: 'missing' }, ctx)
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No such attempt.' } })
  })

  it('turns a bug into INTERNAL without leaking its message', async () => {
    const log = vi.fn()
    const dispatch = createDispatch(
      handlersWith({
        'history:list': () => {
          throw new TypeError('secret internals')
        }
      }),
      log
    )
    const result = await dispatch('history:list', {}, ctx)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('secret internals')
    expect(log).toHaveBeenCalledOnce()
  })
})
