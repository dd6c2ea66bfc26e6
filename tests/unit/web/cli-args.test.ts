import { describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../../main/web/cli-args'

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
