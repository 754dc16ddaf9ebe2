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
  /** A line break separates this token from the one before it. */
  newline: boolean
}

// Every alternative is anchored (sticky) and has no nested quantifier over an
// ambiguous class, so matching stays linear in the input length.
const patterns: Array<[TokenKind, RegExp]> = [
  ['date', /\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)/y],
  ['time', /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y],
  ['number', /\d{1,3}[:/]\d{1,3}(?![\d/])|\d{1,3}(?:[.,\u00a0\u202f\u2009' ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/y],
  // A domain first (tried apart, see below), then initials, then a word.
  ['word', /[\p{L}\p{N}-]+\.(?:com|org|net|gov|edu|de|at|ch|io)(?![\p{L}\p{N}])/uy],
  ['word', /(?:\p{L}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}]))*-?/uy]
]
const domain = patterns[3][1]
/** The run a domain would read from; its end is the only place its `.` can stand. */
const domainRun = /[\p{L}\p{N}-]*/uy

const numericPatterns = patterns.filter(([kind]) => kind !== 'word')
const wordPatterns = patterns.filter(([kind]) => kind === 'word')

const whitespace = /\s/u

export function tokenize(text: string, offset = 0, abbreviations: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = []
  let index = 0
  let spaced = false
  let newline = false
  // Perf: a domain that fails at `index` fails from every later start in the same
  // run of letters, digits and hyphens (its `.` can only follow the run's end), so
  // it is not tried again there; `a--a--a…` would otherwise rescan the run per token.
  let noDomainBefore = -1
  while (index < text.length) {
    const char = text[index]
    if (whitespace.test(char)) {
      spaced = true
      if (char === '\n' || char === '\r') newline = true
      index++
      continue
    }
    let matched: [TokenKind, string] | null = null
    // Perf: date, time and number start with an ASCII digit, and a digit always makes one of them match.
    const code = text.charCodeAt(index)
    for (const [kind, pattern] of code >= 48 && code <= 57 ? numericPatterns : wordPatterns) {
      if (pattern === domain && index < noDomainBefore) continue
      pattern.lastIndex = index
      const match = pattern.exec(text)
      if (match && match[0].length > 0) {
        matched = [kind, match[0]]
        break
      }
      if (pattern === domain) {
        domainRun.lastIndex = index
        domainRun.exec(text)
        noDomainBefore = domainRun.lastIndex
      }
    }
    let [kind, value]: [TokenKind, string] = matched ?? ['punct', codePointAt(text, index)]
    // A known abbreviation keeps its full stop: `Mio.`, `Dr.`, `U.S.`.
    if (kind === 'word' && text[index + value.length] === '.' && abbreviations.has(value + '.')) value += '.'
    tokens.push({text: value, lower: value.toLowerCase(), kind, start: offset + index, end: offset + index + value.length, spaced, newline})
    index += value.length
    spaced = false
    newline = false
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
  if (at >= tokens.length) return 0
  let best = 0
  for (const words of phrasesStartingWith(phrases, tokens[at].lower)) {
    if (words.length > best) {
      const used = matchPhrase(tokens, at, words)
      if (used > best) best = used
    }
  }
  return best
}

type PhraseIndex = {size: number; byFirst: Map<string, Array<readonly string[]>>}
const phraseIndexes = new WeakMap<readonly (readonly string[])[], PhraseIndex | number>()
const noPhrases: Array<readonly string[]> = []

/**
 * Perf: a lexicon's phrase list is scanned for every token, so a list seen a second
 * time is indexed by its first word (rebuilt if its length changes). Only phrases
 * whose first word is the token's can match, so the result is the same.
 */
function phrasesStartingWith(phrases: readonly (readonly string[])[], first: string): readonly (readonly string[])[] {
  const known = phraseIndexes.get(phrases)
  if (typeof known === 'object' && known.size === phrases.length) return known.byFirst.get(first) ?? noPhrases
  if (known === undefined) {
    phraseIndexes.set(phrases, 1)
    return phrases
  }
  const byFirst = new Map<string, Array<readonly string[]>>()
  for (const words of phrases) {
    if (words.length === 0) continue
    const list = byFirst.get(words[0])
    if (list) list.push(words)
    else byFirst.set(words[0], [words])
  }
  phraseIndexes.set(phrases, {size: phrases.length, byFirst})
  return byFirst.get(first) ?? noPhrases
}

export const isCapitalized = (token: Token) => token.kind === 'word' && /^\p{Lu}/u.test(token.text)
export const isLowerWord = (token: Token) => token.kind === 'word' && /^\p{Ll}/u.test(token.text)
/** `NIS`, `G7`, and mixed-case short forms such as `LfU` or `BaFin`: two capitals or more in at most six letters. */
export const isAcronym = (token: Token) => {
  if (token.kind !== 'word') return false
  const text = token.text.replace(/\.$/, '')
  return /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(text) || (text.length <= 6 && /^\p{Lu}[\p{L}\p{N}&]*\p{Lu}[\p{L}\p{N}&]*$/u.test(text))
}
