import { describe, expect, it } from 'vitest'
import { givenToken, parseServeArgs } from '../../../main/web/cli-args'

describe('serve arguments', () => {
  it('reads --port, --data-dir, --token and --no-open', () => {
    expect(
      parseServeArgs([
        '--port',
        '5123',
        '--data-dir',
        '/tmp/d',
        '--token',
        'abcdefghijklmnop',
        '--no-open'
      ])
    ).toEqual({ port: 5123, dataDir: '/tmp/d', token: 'abcdefghijklmnop', open: false })
  })
  it('defaults to a free port and opening a window', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, open: true })
  })
  it.each([[['--port', '70000']], [['--port']], [['--token', 'short']], [['--frobnicate']]])(
    'rejects %j with a clear message',
    (argv) => {
      expect(() => parseServeArgs(argv)).toThrow(/port|needs a value|token|Unknown option/)
    }
  )
})

describe('the token serve is handed', () => {
  const args = parseServeArgs([])
  it('comes from RLS_CASEBOOK_TOKEN (environment, private to the user) or not at all', () => {
    const token = 'from-the-environment-123'
    expect(givenToken(args, { RLS_CASEBOOK_TOKEN: token })).toEqual({ token, from: 'env' })
    expect(givenToken(args, {})).toBeUndefined()
    expect(() => givenToken(args, { RLS_CASEBOOK_TOKEN: 'short' })).toThrow(/RLS_CASEBOOK_TOKEN/)
  })
  it('--token (test/debug aid) wins and is marked as coming from argv', () => {
    const withFlag = parseServeArgs(['--token', 'abcdefghijklmnop'])
    expect(givenToken(withFlag, { RLS_CASEBOOK_TOKEN: 'ignored-ignored-ignored' })).toEqual({
      token: 'abcdefghijklmnop',
      from: 'argv'
    })
  })
})
