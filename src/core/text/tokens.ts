// Splits a sentence into words, numbers and punctuation with their offsets.
// retext's own word nodes break `3,5` apart and glue `X.` to a name, so the
// figure and attribution rules read this finer token list instead.

export type TokenKind = 'word' | 'number' | 'date' | 'time' | 'punct'

export interface Token {
  text: string
  /** Lower-case text, for lexicon look-ups. */
  lower: string
  kind: TokenKind
  start: number
  end: number
  /** Whitespace separates this token from the one before it. */
  spaced: boolean
}

// Every alternative is anchored (sticky) and has no nested quantifier over an
// ambiguous class, so matching stays linear in the input length.
const patterns: Array<[TokenKind, RegExp]> = [
  ['date', /\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)/y],
  ['time', /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y],
  ['number', /\d{1,3}[:/]\d{1,3}(?![\d/])|\d{1,3}(?:[.,\u00a0\u202f\u2009' ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/y],
  ['word', /[\p{L}\p{N}-]+\.(?:com|org|net|gov|edu|de|at|ch|io)(?![\p{L}\p{N}])|(?:\p{L}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}]))*-?/uy]
]

const whitespace = /\s/u

export function tokenize(text: string, offset = 0, abbreviations: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = []
  let index = 0
  let spaced = false
  while (index < text.length) {
    const char = text[index]
    if (whitespace.test(char)) {
      spaced = true
      index++
      continue
    }
    let matched: [TokenKind, string] | null = null
    for (const [kind, pattern] of patterns) {
      pattern.lastIndex = index
      const match = pattern.exec(text)
      if (match && match[0].length > 0) {
        matched = [kind, match[0]]
        break
      }
    }
    let [kind, value]: [TokenKind, string] = matched ?? ['punct', codePointAt(text, index)]
    // A known abbreviation keeps its full stop: `Mio.`, `Dr.`, `U.S.`.
    if (kind === 'word' && text[index + value.length] === '.' && abbreviations.has(value + '.')) value += '.'
    tokens.push({text: value, lower: value.toLowerCase(), kind, start: offset + index, end: offset + index + value.length, spaced})
    index += value.length
    spaced = false
  }
  return tokens
}

/** One whole character, so a surrogate pair is never split into two tokens. */
function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0
  return code > 0xffff ? text.slice(index, index + 2) : text[index]
}

/** Whether `tokens[at…]` spells `words` (lower-case), returning the count of tokens used. */
export function matchPhrase(tokens: readonly Token[], at: number, words: readonly string[]): number {
  if (at + words.length > tokens.length) return 0
  for (let k = 0; k < words.length; k++) {
    if (tokens[at + k].lower !== words[k]) return 0
  }
  return words.length
}

/** The longest of `phrases` that starts at `at`, as a token count (0 when none). */
export function longestPhrase(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  let best = 0
  for (const words of phrases) {
    if (words.length > best) {
      const used = matchPhrase(tokens, at, words)
      if (used > best) best = used
    }
  }
  return best
}

export const isCapitalized = (token: Token) => token.kind === 'word' && /^\p{Lu}/u.test(token.text)
export const isLowerWord = (token: Token) => token.kind === 'word' && /^\p{Ll}/u.test(token.text)
/** `NIS`, `G7`, and mixed-case short forms such as `LfU` or `BaFin`: two capitals or more in at most six letters. */
export const isAcronym = (token: Token) => {
  if (token.kind !== 'word') return false
  const text = token.text.replace(/\.$/, '')
  return /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(text) || (text.length <= 6 && /^\p{Lu}[\p{L}\p{N}&]*\p{Lu}[\p{L}\p{N}&]*$/u.test(text))
}
