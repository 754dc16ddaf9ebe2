// The tokenizer and the recognisers test characters one code point at a time for speed
// (text/chars.ts). These properties hold the helpers to the `u` patterns
// they stand for, on any text: astral letters, lone surrogates, and a range
// that starts or ends inside a surrogate pair.
import assert from 'node:assert/strict'
import fc from 'fast-check'
import {isLetterOrDigit, isLetterOrDigitAt, widthAt} from '../../src/core/text/chars.js'

const runs = Math.max(1, Number(process.env.SOURCED_FUZZ_RUNS ?? 300) || 300) * 10

/** Words (`/[\p{L}\p{N}]+/gu`) of `text[start…end)`, counted with the helpers. */
function countWords(text: string, start: number, end: number): number {
  let count = 0
  let inWord = false
  for (let k = start; k < end; ) {
    const width = widthAt(text, k, end)
    const word = isLetterOrDigitAt(text, k, end)
    if (word && !inWord) count++
    inWord = word
    k += width
  }
  return count
}

const pieces = [
  'a',
  'Z',
  '5',
  'ü',
  'ß',
  '²',
  '½',
  '٣',
  'あ',
  '\u0301',
  ' ',
  '\u00a0',
  '\n',
  '.',
  '„',
  '𝒜',
  '😀',
  '\uD800',
  '\uDC00',
  '\uD835',
  '\uDC9C'
]
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 16}).map((parts) => parts.join(''))

describe('chars', () => {
  it('isLetterOrDigit agrees with /[\\p{L}\\p{N}]/u on every BMP code unit and some astral code points', () => {
    for (let code = 0; code < 0x10000; code++)
      assert.equal(isLetterOrDigit(code), /^[\p{L}\p{N}]$/u.test(String.fromCharCode(code)), `U+${code.toString(16)}`)
    for (const code of [0x1d49c, 0x1f600, 0x10400, 0x1d7ce, 0x20000])
      assert.equal(isLetterOrDigit(code), /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(code)))
  })

  it('finds no letter outside the text or its range: before the start, at or past the end', () => {
    assert.equal(isLetterOrDigitAt('ab', -1, 2), false)
    assert.equal(isLetterOrDigitAt('ab', 2, 2), false)
    assert.equal(isLetterOrDigitAt('ab', 1, 1), false)
    assert.equal(isLetterOrDigitAt('ab', 1, 2), true)
  })

  it('counts the words of any range as /[\\p{L}\\p{N}]+/gu does on its slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const start = a % (value.length + 1)
        const end = start + (b % (value.length - start + 1))
        assert.equal(countWords(value, start, end), (value.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length)
      }),
      {numRuns: runs}
    )
  })
})
