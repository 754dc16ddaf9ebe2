// The tokens the recognisers read: words, numbers, dates, times and punctuation
// with their offsets. They are made from retext's tree (text/tree-tokens.ts); the
// readers here read them where retext's words are not these tokens (retext breaks
// `3,5` apart and glues `2bn` together), and the phrase and case helpers read them.

import {classesAt, isSpace, LETTER, LOWER, MARK, NUMBER, UPPER, widthAt} from './chars.js'

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

// The readers scan by character code: they are among the hottest code of the
// engine. A sentence's tokens are exactly these patterns' tokens of its text, tried
// in this order at each position that is not whitespace (`/\s/u`):
//   date    \d{4}-\d{2}-\d{2}(?!\d) | \d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d) | \d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)
//   time    \d{1,2}:\d{2}(?::\d{2})?(?!\d)
//   number  \d{1,3}[:/]\d{1,3}(?![\d/]) | \d{1,3}(?:[.,\u00a0\u202f\u2009' ]\d{3}(?!\d))+(?:[.,]\d+)? | \d+(?:[.,]\d+)?
//   domain  [\p{L}\p{N}-]+\.(?:com|org|net|gov|edu|de|at|ch|io)(?![\p{L}\p{N}])
//   word    (?:\p{L}\.){2,} | [\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}]))*-?
//   punct   any one code point
// (\d is ASCII only; the Unicode classes are read per code point, a surrogate pair
// as one.) Each reader moves forward only, so reading stays linear in the input.

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * Reads tokens out of one sentence's text, from `index` on. The tree walk
 * (text/tree-tokens.ts) takes a word or a punctuation mark straight from its
 * node where the node is the token, and calls `readUntil` where the tokens differ
 * from retext's words (numbers, dates, initials, domains, abbreviations, `-`, `'`),
 * so both paths share the flags and the position.
 */
export class TokenReader {
  readonly tokens: Token[] = []
  /** Where the next token may start, in `text`. */
  index = 0
  /** Whitespace (a line break) since the last token. */
  spaced = false
  newline = false
  // A domain that fails at `index` fails from every later start in the same run of
  // letters, digits and hyphens (its `.` can only follow the run's end), so it is
  // not tried again there; `a--a--a…` would otherwise rescan the run per token.
  private noDomainBefore = -1

  constructor(
    readonly text: string,
    /** Added to every token's offsets: where `text` starts in the paragraph. */
    readonly offset = 0,
    readonly abbreviations: ReadonlySet<string> = new Set()
  ) {}

  /** Whitespace at `index`, one code unit. */
  space(code: number): void {
    this.spaced = true
    if (code === 10 || code === 13) this.newline = true
    this.index++
  }

  /** Pushes the token `text[index, end)` of `kind` and moves past it. */
  push(kind: TokenKind, end: number): void {
    const {text, index, offset, spaced, newline} = this
    const value = text.slice(index, end)
    const start = offset + index
    this.tokens.push({text: value, lower: lowerCase(value), kind, start, end: offset + end, spaced, newline})
    this.index = end
    this.spaced = false
    this.newline = false
  }

  /** Reads tokens until `index` reaches `to` (the last one may end past it). */
  readUntil(to: number): void {
    const {text, abbreviations} = this
    while (this.index < to) {
      const index = this.index
      const code = text.charCodeAt(index)
      if (isSpace(code)) {
        this.space(code)
        continue
      }
      let kind: TokenKind
      let end: number
      if (isDigit(code)) {
        // A digit always starts a date, a time or a number.
        kind = 'date'
        end = dateEnd(text, index)
        if (end === index) {
          kind = 'time'
          end = timeEnd(text, index)
        }
        if (end === index) {
          kind = 'number'
          end = numberEnd(text, index)
        }
      } else {
        kind = 'word'
        end = index
        if (index >= this.noDomainBefore) {
          const run = domainRunEnd(text, index)
          end = domainEnd(text, index, run)
          if (end === index) this.noDomainBefore = run
        }
        if (end === index) end = initialsEnd(text, index)
        if (end === index) end = wordEnd(text, index)
        if (end === index) {
          kind = 'punct'
          end = index + widthAt(text, index)
        }
        // A known abbreviation keeps its full stop: `Mio.`, `Dr.`, `U.S.`.
        const fullStop = kind === 'word' && text.charCodeAt(end) === 46
        if (fullStop && abbreviations.size > 0 && abbreviations.has(text.slice(index, end + 1))) end++
      }
      this.push(kind, end)
    }
  }
}

/** `value.toLowerCase()`, skipped when the value has no upper-case ASCII and no other characters to map. */
function lowerCase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 128 || (code >= 65 && code <= 90)) return value.toLowerCase()
  }
  return value
}

// Numbers, dates and times: ASCII digits only.

/** End of the digits at `start`, reading at most `limit` of them (enough to tell an exact count). */
function digitsEnd(text: string, start: number, limit = Infinity): number {
  let i = start
  while (i - start < limit && isDigit(text.charCodeAt(i))) i++
  return i
}

/** How many digits stand at `start`, counting at most `limit`. */
const digitCount = (text: string, start: number, limit: number) => digitsEnd(text, start, limit) - start

/** `\d{4}-\d{2}-\d{2}(?!\d)`, `\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)` or the same with `/`; `start` when none. */
function dateEnd(text: string, start: number): number {
  const first = digitsEnd(text, start, 5)
  const length = first - start
  const separator = text.charCodeAt(first)
  if (length === 4 && separator === 45) {
    const monthAndDay =
      digitCount(text, first + 1, 3) === 2 && text.charCodeAt(first + 3) === 45 && digitCount(text, first + 4, 3) === 2
    if (monthAndDay) return first + 6
    return start
  }
  if (length > 2 || (separator !== 46 && separator !== 47)) return start
  const month = digitCount(text, first + 1, 3)
  const second = first + 1 + month
  if (month === 0 || month > 2 || text.charCodeAt(second) !== separator) return start
  const year = digitCount(text, second + 1, 5)
  return year === 2 || year === 4 ? second + 1 + year : start
}

/** `\d{1,2}:\d{2}(?::\d{2})?(?!\d)`; `start` when none. */
function timeEnd(text: string, start: number): number {
  const hours = digitsEnd(text, start, 3)
  if (hours - start > 2 || text.charCodeAt(hours) !== 58 || digitCount(text, hours + 1, 3) !== 2) return start
  const minutes = hours + 3
  // The seconds are optional: without exactly two digits after `:` the time ends at the minutes.
  return text.charCodeAt(minutes) === 58 && digitCount(text, minutes + 1, 3) === 2 ? minutes + 3 : minutes
}

/** The first of `\d{1,3}[:/]\d{1,3}(?![\d/])`, grouped thousands, or plain digits that matches. */
function numberEnd(text: string, start: number): number {
  const first = digitsEnd(text, start, 4)
  if (first - start <= 3) {
    const ratio = ratioEnd(text, first)
    if (ratio !== first) return ratio
    const groups = groupsEnd(text, first)
    if (groups !== first) return decimalsEnd(text, groups)
  }
  return decimalsEnd(text, digitsEnd(text, first))
}

/** `[:/]\d{1,3}(?![\d/])` at `at`; `at` when none. */
function ratioEnd(text: string, at: number): number {
  const separator = text.charCodeAt(at)
  if (separator !== 58 && separator !== 47) return at
  const end = digitsEnd(text, at + 1, 4)
  const length = end - at - 1
  return length >= 1 && length <= 3 && text.charCodeAt(end) !== 47 ? end : at
}

/** `(?:[.,\u00a0\u202f\u2009' ]\d{3}(?!\d))*` at `at`, as many groups as stand there. */
function groupsEnd(text: string, at: number): number {
  let i = at
  while (isGroupSeparator(text.charCodeAt(i)) && digitCount(text, i + 1, 4) === 3) i += 4
  return i
}

/** `.` `,` no-break space, narrow no-break space, thin space, `'` or space. */
function isGroupSeparator(code: number): boolean {
  return code === 46 || code === 44 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 39 || code === 32
}

/** `(?:[.,]\d+)?` at `at`. */
function decimalsEnd(text: string, at: number): number {
  const separator = text.charCodeAt(at)
  if ((separator === 46 || separator === 44) && isDigit(text.charCodeAt(at + 1))) return digitsEnd(text, at + 1)
  return at
}

// Words and domains.

const topLevelDomains = ['com', 'org', 'net', 'gov', 'edu', 'de', 'at', 'ch', 'io']

/** End of the run `[\p{L}\p{N}-]*` at `start`. */
function domainRunEnd(text: string, start: number): number {
  let i = start
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      if (!(isAsciiLetter(code) || isDigit(code) || code === 45)) break
      i++
    } else {
      if ((classesAt(text, i) & (LETTER | NUMBER)) === 0) break
      i += widthAt(text, i)
    }
  }
  return i
}

/** End of a domain whose name is `text[start, run)` (see `domainRunEnd`); `start` when none. */
function domainEnd(text: string, start: number, run: number): number {
  if (run === start || text.charCodeAt(run) !== 46) return start
  for (const domain of topLevelDomains) {
    if (!text.startsWith(domain, run + 1)) continue
    const end = run + 1 + domain.length
    if ((classesAt(text, end) & (LETTER | NUMBER)) === 0) return end
  }
  return start
}

/** Initials `(?:\p{L}\.){2,}`: `U.S.`, `z.B.`; `start` when fewer than two. */
function initialsEnd(text: string, start: number): number {
  let i = start
  let count = 0
  for (;;) {
    // Perf: the full stop first, the cheaper test and the one that fails for almost every word.
    const dot = i + widthAt(text, i)
    if (text.charCodeAt(dot) !== 46 || (classesAt(text, i) & LETTER) === 0) break
    i = dot + 1
    count++
  }
  return count >= 2 ? i : start
}

/**
 * A word `[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}]))*-?`:
 * an apostrophe only before a letter, a hyphen only before a letter or digit, and
 * one trailing `-` (`Kranken- und`). `start` when none.
 */
function wordEnd(text: string, start: number): number {
  if ((classesAt(text, start) & (LETTER | MARK)) === 0) return start
  let i = start + widthAt(text, start)
  while (i < text.length) {
    const code = text.charCodeAt(i)
    // Perf: ASCII letters and digits are the common case.
    if (isAsciiLetter(code) || isDigit(code)) i++
    else if (code === 39 || code === 0x2019) {
      if ((classesAt(text, i + 1) & LETTER) === 0) break
      i++
    } else if (code === 45 || code === 0x2010) {
      if ((classesAt(text, i + 1) & (LETTER | NUMBER)) === 0) break
      i++
    } else if (code >= 128 && (classesAt(text, i) & (LETTER | MARK | NUMBER)) !== 0) i += widthAt(text, i)
    else break
  }
  return text.charCodeAt(i) === 45 ? i + 1 : i
}

/** Whether `tokens[at…]` spells `words` (lower-case), returning the count of tokens used. */
export function matchPhrase(tokens: readonly Token[], at: number, words: readonly string[]): number {
  if (at + words.length > tokens.length) return 0
  for (let k = 0; k < words.length; k++) {
    // In range by the check above; a missing token would match no word.
    if (tokens[at + k]?.lower !== words[k]) return 0
  }
  return words.length
}

/** The longest of `phrases` that starts at `at`, as a token count (0 when none). */
export function longestPhrase(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  const first = tokens[at]
  if (!first) return 0
  let best = 0
  for (const words of phrasesStartingWith(phrases, first.lower)) {
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
    const head = words[0]
    if (head === undefined) continue
    const list = byFirst.get(head)
    if (list) list.push(words)
    else byFirst.set(head, [words])
  }
  phraseIndexes.set(phrases, {size: phrases.length, byFirst})
  return byFirst.get(first) ?? noPhrases
}

export const isCapitalized = (token: Token) => token.kind === 'word' && (classesAt(token.text, 0) & UPPER) !== 0
export const isLowerWord = (token: Token) => token.kind === 'word' && (classesAt(token.text, 0) & LOWER) !== 0
/** `NIS`, `G7`, and mixed-case short forms such as `LfU` or `BaFin`: two capitals or more in at most six letters. */
export const isAcronym = (token: Token) => {
  if (token.kind !== 'word') return false
  const text = token.text
  // One full stop at the end does not count: `U.S.` is read as `U.S`.
  const end = text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length
  if ((classesAt(text, 0) & UPPER) === 0) return false
  // The rest, as in `^\p{Lu}[\p{Lu}\p{N}&]+$` or, in at most six code units,
  // `^\p{Lu}[\p{L}\p{N}&]*\p{Lu}[\p{L}\p{N}&]*$`.
  let onlyCapitalsAndDigits = true
  let capitals = 0
  const first = widthAt(text, 0)
  for (let i = first; i < end; i += widthAt(text, i)) {
    if (text.charCodeAt(i) === 38) continue
    const classes = classesAt(text, i)
    if (classes & UPPER) capitals++
    else if (classes & LETTER) onlyCapitalsAndDigits = false
    else if ((classes & NUMBER) === 0) return false
  }
  if (end > first && onlyCapitalsAndDigits) return true
  return end <= 6 && capitals > 0
}
