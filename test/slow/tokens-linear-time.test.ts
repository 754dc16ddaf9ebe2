// The token readers on 1 MB runs of one unit each: linear time keeps any of them well
// under a second; rescanning a run per token (the quadratic failure this guards
// against) would take minutes or hours. A timing property, so it runs with the slow tests.
import assert from 'node:assert/strict'
import {TokenReader} from '../../src/core/text/tokens.js'

/** The character readers over a whole string: where retext's words are not the tokens, they read the text. */
function tokenize(text: string): void {
  new TokenReader(text, 0).readUntil(text.length)
}

/** The CPU time of `work`, in ms: CPU time is less disturbed by other work on the machine. */
function cpuTime(work: () => unknown): number {
  const before = process.cpuUsage()
  work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

describe('tokens', () => {
  it('tokenizes 1 MB of adversarial runs in linear time', function () {
    this.timeout(120_000)
    const shapes: Array<[string, string]> = [
      ['hyphen chains', 'a--'],
      ['hyphenated letters and digits', 'a-1-'],
      ['digits', '1234567890'],
      ['thousands groups', '1.000.'],
      ['initials', 'a.b.'],
      ['apostrophes', "a'’"],
      ['a domain run without its ending', 'x-y.c'],
      ['emoji between letters', '😀a'],
      ['combining marks and hyphens', 'e\u0301-']
    ]
    for (const [name, unit] of shapes) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000)
      const time = cpuTime(() => tokenize(text))
      assert.ok(time < 10_000, `${name}: 1 MB took ${time.toFixed(0)} ms of CPU time`)
    }
  })
})
