// One code point at a time: whether it is a letter or a digit (`[\p{L}\p{N}]`).
// Perf: the recognisers count words character by character in hot loops; a
// pattern per character (or per match) cost more than the counting.

const letterOrDigit = /^[\p{L}\p{N}]$/u
/** Answers for the BMP, filled in as characters are met: 0 unknown, 1 yes, 2 no. */
const bmp = new Uint8Array(0x10000)

/** Whether code point `code` is a letter or a digit. A lone surrogate is neither. */
export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code >= 0x10000) return letterOrDigit.test(String.fromCodePoint(code))
  let known = bmp[code]
  if (known === 0) bmp[code] = known = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/** Code units of the character at `k`: 2 for a surrogate pair that ends before `end`, else 1. */
export function widthAt(text: string, k: number, end: number): 1 | 2 {
  const code = text.charCodeAt(k)
  if (code < 0xd800 || code > 0xdbff || k + 1 >= end) return 1
  const next = text.charCodeAt(k + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/** Whether the character at `k` (a surrogate pair read as one when it ends before `end`) is a letter or a digit. */
export function isLetterOrDigitAt(text: string, k: number, end: number): boolean {
  return isLetterOrDigit(widthAt(text, k, end) === 2 ? text.codePointAt(k)! : text.charCodeAt(k))
}
