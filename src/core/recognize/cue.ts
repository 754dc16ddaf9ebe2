// The pieces every cue reader shares: the shapes of a cue, a source and a claim, the
// marks that end a clause or open a quotation, the clause bounds around a word, and
// the making of a cue and its source from token ranges. Split out of attribution.ts
// so that the verb, preposition and continuation readers can each live in a file.
import {must} from '../must.js'
import type {Lexicon} from '../lexicon/index.js'
import type {Token} from '../text/tokens.js'
import type {ClaimKind, Span} from '../types.js'
import {hasHead, headIndex, readRight, type SourceKind, type SourcePhrase} from './noun-phrase.js'

export interface SentenceTokens extends Span {
  tokens: Token[]
}

/** A phrase that names (or vaguely gestures at) who said something. Offsets are paragraph-relative. */
export interface SourceRef extends Span {
  text: string
  kind: SourceKind
  pronoun: SourcePhrase['pronoun']
  /** The words of the phrase, for the document pass that merges aliases. */
  tokens: Token[]
  /** Sources named jointly with this one, which is named first (`Polizei und Zoll teilten mit`). */
  partners?: SourceRef[]
}

export interface LocalClaim extends Span {
  sentence: number
  cue: Span & {text: string}
  /** null: the speaker is unnamed (`hieß es`) or, for `inherit`, not yet known. */
  source: SourceRef | null
  kind: ClaimKind
  via: 'sentence' | 'continuation' | 'quote'
  /** A quotation that opens the paragraph without a speaker: it continues the previous paragraph's quote. */
  inherit: boolean
}

export interface Cue extends Span {
  text: string
  sentence: number
  /** Token index range of the cue words in its sentence. */
  first: number
  last: number
  source: SourceRef | null
  scope: Span
  kind: ClaimKind
}

// Perf: patterns used per token or per cue are made once, not at every evaluation of a literal.
const anyLetterOrDigit = /[\p{L}\p{N}]/u
const trimmedAtStart = /[\s,;:.–—]/u
const trimmedAtEnd = /[\s,;:–—]/u

export const clauseMarks = new Set([',', ';', ':', '–', '—'])
export const quoteMarks = new Set(['„', '“', '”', '"', '»', '«', '‘', '‚'])

/** A quotation mark at token `k`, or one of two apostrophes standing for one (`''We won,'' she said`). */
export function isQuoteMark(tokens: readonly Token[], k: number): boolean {
  const token = tokenAt(tokens, k)
  if (quoteMarks.has(token.text)) return true
  if (token.text !== "'") return false
  const next = tokens[k + 1]
  return (next?.text === "'" && !next.spaced) || (tokens[k - 1]?.text === "'" && !token.spaced)
}

export function clauseStart(tokens: readonly Token[], k: number): number {
  let j = k
  while (j > 0 && !isClauseBreak(tokens, j - 1)) j--
  return j
}

export function clauseEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1
  while (j < tokens.length && !isClauseBreak(tokens, j) && !['.', '!', '?'].includes(tokenAt(tokens, j).text)) j++
  return j
}

/** A comma after an elided compound (`Polizei-, Feuerwehr`) lists words; it ends no clause. */
function isClauseBreak(tokens: readonly Token[], j: number): boolean {
  const token = tokenAt(tokens, j)
  if (isQuoteMark(tokens, j)) return true
  if (!clauseMarks.has(token.text)) return false
  return !(token.text === ',' && tokens[j - 1]?.text.endsWith('-'))
}

export function makeCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  first: number,
  last: number,
  source: SourceRef | null,
  scope: Span,
  kind: ClaimKind,
  particle: number | null
): Cue {
  const {tokens} = sentence
  const cueSpan = span(tokens, first, last)
  let cueText = text.slice(cueSpan.start, cueSpan.end)
  if (particle !== null && particle !== last) cueText += ' … ' + tokenAt(tokens, particle).text
  return {
    start: cueSpan.start,
    end: cueSpan.end,
    text: cueText,
    sentence: index,
    first,
    last,
    source,
    scope: trim(text, scope),
    kind
  }
}

/** A source phrase of one word: a pronoun (`ihm zufolge`), a compound's name part, a bare document noun. */
export function wordRef(token: Token, kind: SourceRef['kind'], pronoun: SourceRef['pronoun'] = null): SourceRef {
  return {start: token.start, end: token.end, text: token.text, kind, pronoun, tokens: [token]}
}

/** The genitive in `Angaben des Ministeriums` is the source, not the `Angaben`. */
export function sourceRef(text: string, tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): SourceRef {
  let {first, last, kind} = phrase
  const head = headIndex(tokens, first, last, lexicon)
  // `Angaben des Ministeriums`, `ein Sprecher des Bundesamts`: the institution in the genitive is the source.
  const headToken = tokenAt(tokens, head)
  const info = hasHead(headToken, lexicon.infoNouns, lexicon)
  const anonymousRole =
    lexicon.indefinites.has(tokenAt(tokens, first).lower) && hasHead(headToken, lexicon.roleNouns, lexicon)
  if ((info && kind !== 'pronoun') || anonymousRole) {
    const link = head + 1
    if (link <= last && lexicon.genitiveLinks.has(tokenAt(tokens, link).lower)) {
      // A name in quotation marks after the link (`des „Redaktionsnetzwerks Deutschland“`) starts after the mark.
      const inner = readRight(
        tokens,
        link + 1 + (quoteMarks.has(tokens[link + 1]?.text ?? '') ? 1 : 0),
        lexicon,
        last + 1
      )
      // `einer Mitteilung der Ermittler`: a definite vague genitive
      // may refer back to a source named before (document pass).
      // The article may be the link itself (`der Ermittler`) or follow it (`of the investigators`).
      const article =
        inner === null
          ? -1
          : lexicon.determiners.has(tokenAt(tokens, inner.first).lower)
            ? inner.first
            : lexicon.determiners.has(tokenAt(tokens, link).lower)
              ? link
              : -1
      const definite =
        inner !== null &&
        inner.kind === 'vague' &&
        article >= 0 &&
        !lexicon.indefinites.has(tokenAt(tokens, article).lower)
      if (inner && (inner.kind === 'named' || kind === 'named' || definite)) {
        first = definite && kind !== 'named' ? article : inner.first
        last = inner.last
        kind = inner.kind
      }
    }
  }
  const {start, end} = span(tokens, first, last)
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    pronoun: phrase.pronoun,
    tokens: joinAmpersands(text, tokens.slice(first, last + 1))
  }
}

/**
 * `AT&T`, `Procter & Gamble`: the words an ampersand joins are one word of the name (else `AT` reads as a preposition).
 */
function joinAmpersands(text: string, tokens: Token[]): Token[] {
  if (!tokens.some((token) => token.text === '&')) return tokens
  const joined: Token[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokenAt(tokens, k)
    const previous = joined.at(-1)
    const next = tokens[k + 1]
    if (token.text === '&' && previous && previous.kind === 'word' && next?.kind === 'word') {
      const word = text.slice(previous.start, next.end)
      joined[joined.length - 1] = {...previous, text: word, lower: word.toLowerCase(), end: next.end}
      k++
    } else joined.push(token)
  }
  return joined
}

export function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = must(items[i], 'i counts down from the end')
    if (test(item)) return item
  }
  return undefined
}

export function span(tokens: readonly Token[], first: number, last: number): Span {
  const a = Math.max(0, first)
  const b = Math.min(tokens.length - 1, last)
  if (b < a || tokens.length === 0) return {start: tokens[a]?.start ?? 0, end: tokens[a]?.start ?? 0}
  return {start: tokenAt(tokens, a).start, end: tokenAt(tokens, b).end}
}

/** The token at `k`, an index the caller keeps in range (a loop bound, a phrase's first or last word). */
export function tokenAt(tokens: readonly Token[], k: number): Token {
  return must(tokens[k], 'a token index within its sentence')
}

export function sentenceSpan(tokens: readonly Token[]): Span {
  return span(tokens, 0, tokens.length - 1)
}

export const hasWords = (text: string, s: Span) => anyLetterOrDigit.test(text.slice(s.start, s.end))

/** Drops spaces, commas and stray marks at either end. */
export function trim(text: string, s: Span): Span {
  let {start, end} = s
  while (start < end && trimmedAtStart.test(text.charAt(start))) start++
  while (end > start && trimmedAtEnd.test(text.charAt(end - 1))) end--
  return {start, end}
}
