// Unicode classes one code point at a time, for the scanners that read text by
// character code (the tokenizer, the recognisers' word counting). The engine's own
// regexes decide each class, so the answers follow the Unicode version of the
// running JavaScript engine. Perf: they run once per BMP code point (then cached)
// and for astral ones through a small bounded cache; a pattern per character cost
// more than the scanning.

/** Unicode classes of a code point, as bit flags. */
export const LETTER = 1 // \p{L}
export const MARK = 2 // \p{M}
export const NUMBER = 4 // \p{N}
export const SPACE = 8 // \s
export const UPPER = 16 // \p{Lu}
export const LOWER = 32 // \p{Ll}
const KNOWN = 128 // the entry has been computed

const classTests: Array<[number, RegExp]> = [
  [LETTER, /\p{L}/u],
  [MARK, /\p{M}/u],
  [NUMBER, /\p{N}/u],
  [SPACE, /\s/u],
  [UPPER, /\p{Lu}/u],
  [LOWER, /\p{Ll}/u]
]

const bmpClasses = new Uint8Array(0x10000)
const astralClasses = new Map<number, number>()

function computeClasses(code: number): number {
  const char = String.fromCodePoint(code)
  let classes = KNOWN
  for (const [flag, test] of classTests) if (test.test(char)) classes |= flag
  return classes
}

/** The classes of code point `code` (a lone surrogate has none). */
export function classesOf(code: number): number {
  if (code < 0x10000) {
    const known = bmpClasses[code] ?? 0 // 0: not computed yet
    return known !== 0 ? known : (bmpClasses[code] = computeClasses(code))
  }
  let known = astralClasses.get(code)
  if (known === undefined) {
    if (astralClasses.size >= 4096) astralClasses.clear()
    known = computeClasses(code)
    astralClasses.set(code, known)
  }
  return known
}

/** Classes of the code point at `i` (a surrogate pair read as one); 0 past the end. */
export function classesAt(text: string, i: number): number {
  if (i >= text.length) return 0
  const code = text.charCodeAt(i)
  return classesOf(isHighSurrogate(code) ? codePointAt(text, i) : code)
}

/** Code units of the character at `i`: 2 for a surrogate pair that ends before `end`, else 1. */
export function widthAt(text: string, i: number, end = text.length): 1 | 2 {
  return i + 1 < end && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1
}

/** The code point at `i` (a surrogate pair read as one); NaN past the end, as `charCodeAt` gives. */
const codePointAt = (text: string, i: number) => text.codePointAt(i) ?? Number.NaN
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** `/\s/u` on one code unit (no whitespace lies outside the BMP). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (classesOf(code) & SPACE) !== 0
}

/** Whether code point `code` is a letter or a digit (`[\p{L}\p{N}]`). A lone surrogate is neither. */
export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return (classesOf(code) & (LETTER | NUMBER)) !== 0
}

/**
 * Whether the character at `k` (a surrogate pair read as one when it ends before `end`) is a letter or a
 * digit. Outside the text there is no character, so no letter: callers may look one past either end.
 */
export function isLetterOrDigitAt(text: string, k: number, end: number): boolean {
  if (k < 0 || k >= end || k >= text.length) return false
  return isLetterOrDigit(widthAt(text, k, end) === 2 ? codePointAt(text, k) : text.charCodeAt(k))
}
