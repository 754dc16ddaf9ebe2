// Finds, in one paragraph, the words that attribute a statement (reporting
// verbs, `laut`/`according to`, quotations with their speaker) and the claim
// each of them covers; then carries reported speech on into following sentences
// (Konjunktiv I, `soll`, a quote without its own speaker).
// The cue readers live in verb-cue.ts, preposition-cue.ts and continuation.ts, their
// shared pieces in cue.ts; here they are run over the sentences and the quotes.
import {must} from '../must.js'
import {partitionPointOf} from '../search.js'
import {isClosedClass, perLexicon, type Lexicon} from '../lexicon/index.js'
import {isCapitalized, isLowerWord, longestPhrase, type Token} from '../text/tokens.js'
import type {Span} from '../types.js'
import {hasHead, readLeft, readRight, subjectPhrases, type SourcePhrase} from './noun-phrase.js'
import {isLetterOrDigitAt, widthAt} from '../text/chars.js'
import {insideQuote, type Quote} from './quotes.js'
import {verbFirstWords} from './verbs.js'
import {
  clauseStart,
  findLast,
  isQuoteMark,
  makeCue,
  sentenceSpan,
  sourceRef,
  tokenAt,
  trim,
  type Cue,
  type LocalClaim,
  type SentenceTokens,
  type SourceRef
} from './cue.js'
import {verbAt, verbCue} from './verb-cue.js'
import {
  colonCue,
  compoundCue,
  ownAccountCue,
  possessiveCue,
  prepositionCue,
  soCue,
  spreadCue
} from './preposition-cue.js'
import {continuations, continueUnnamed} from './continuation.js'

// The document pass and the plugins import these types from here, as before the split.
export type {LocalClaim, SentenceTokens, SourceRef} from './cue.js'

export function attribute(
  text: string,
  sentences: readonly SentenceTokens[],
  quotes: readonly Quote[],
  lexicon: Lexicon,
  figures: readonly Span[] = []
): LocalClaim[] {
  const cues: Cue[] = []
  for (const [index, sentence] of sentences.entries()) cues.push(...findCues(text, sentence, index, quotes, lexicon))
  // `Das teilte das Ministerium mit.`: the demonstrative stands for the sentence before.
  for (const cue of cues) {
    const before = sentences[cue.sentence - 1]
    if (before && cue.first === 1 && lexicon.demonstratives.has(firstWordOf(sentences, cue.sentence))) {
      cue.sentence -= 1
      cue.scope = trim(text, before)
    }
  }
  const claims: LocalClaim[] = []
  const quoted = new Set<Cue>()
  // Short quotations are terms (`«Finanzfluss»`) unless they end like
  // an utterance and a speaker follows: `“That’s perfect,” he said`.
  const speech = quotes.filter((quote) => {
    const inner = text.slice(quote.content.start, quote.content.end)
    // A few words quoted inside a sentence (`expects to stay “for a few more weeks”`,
    // `a “great crowd.”`) are part of the claim around them, whatever stop English puts inside.
    const partial = wordEndsBefore(text, quote.open) && !/[,.!?;:]/u.test(inner.replace(/[,.!?]$/u, ''))
    if (partial) return false
    return quote.speech || (/[,.!?]$/u.test(inner) && speakerOf(text, quote, sentences, cues, lexicon) !== null)
  })
  const speakers = speech.map((quote) => speakerOf(text, quote, sentences, cues, lexicon))
  // A quote without its own speaker belongs to the one before it, or after it.
  for (const [q, quote] of speech.entries()) {
    let speaker = speakers[q]
    if (!speaker) speaker = speakers.slice(0, q).reverse().find(Boolean) ?? speakers.slice(q + 1).find(Boolean) ?? null
    if (speaker) quoted.add(speaker)
    const first = sentenceAt(sentences, quote.content.start)
    const inherit = !speaker && q === 0 && quote.open === 0
    if (!speaker && !inherit) continue
    claims.push({
      start: quote.content.start,
      end: quote.content.end,
      sentence: first,
      cue: speaker
        ? {start: speaker.start, end: speaker.end, text: speaker.text}
        : {start: quote.open, end: quote.open + 1, text: text.charAt(quote.open)},
      source: speaker?.source ?? null,
      kind: 'direct',
      via: 'quote',
      inherit
    })
  }
  for (const cue of cues) {
    // A cue whose scope is all quotation has said everything through its quotes.
    // A scope of a word or two (`he told them.`) reports nothing.
    const words = wordsOutsideQuotes(text, cue.scope, speech, 4)
    const carriesFigure = figures.some((figure) => cue.scope.start <= figure.start && figure.end <= cue.scope.end)
    // `Asked whether prices would rise, Kim Lee said they would.`: a
    // short answer to a question put to the speaker still reports.
    const answer = words >= 2 && lexicon.questionOpeners.has(firstWordOf(sentences, cue.sentence))
    if ((words < 3 && !carriesFigure && !answer) || (quoted.has(cue) && words < 4)) continue
    claims.push({
      start: cue.scope.start,
      end: cue.scope.end,
      sentence: cue.sentence,
      cue: {start: cue.start, end: cue.end, text: cue.text},
      source: cue.source,
      kind: cue.kind,
      via: 'sentence',
      inherit: false
    })
  }
  dropNestedRepeats(claims)
  continueUnnamed(sentences, claims, quotes, lexicon)
  claims.push(...continuations(text, sentences, claims, quotes, lexicon))
  return claims.sort((a, b) => a.start - b.start || b.end - a.end)
}

function findCues(
  text: string,
  sentence: SentenceTokens,
  index: number,
  quotes: readonly Quote[],
  lexicon: Lexicon
): Cue[] {
  const {tokens} = sentence
  const cues: Cue[] = []
  const starts = cueStarts(lexicon)
  const title = titleCaseVerbs(sentence, lexicon)
  for (let k = 0; k < tokens.length; k++) {
    const token = tokenAt(tokens, k)
    if (!starts.has(token.lower) || insideQuote(quotes, token.start)) continue
    const own = longestPhrase(tokens, k, lexicon.cuesOwn)
    if (own) {
      const cue = ownAccountCue(text, sentence, index, k, k + own - 1, lexicon)
      if (cue) {
        cues.push(cue)
        k += own - 1
        continue
      }
    }
    const compound = compoundCue(text, sentence, index, k, lexicon)
    if (compound) {
      cues.push(compound)
      k += 1
      continue
    }
    const before = longestPhrase(tokens, k, lexicon.cuesBefore)
    if (before) {
      const cue = prepositionCue(text, sentence, index, k, k + before - 1, lexicon, 'right')
      if (cue) {
        cues.push(cue)
        k += before - 1
        // `according to a poll released on Friday`: a verb form inside the source phrase is a participle, no cue.
        while (cue.source && k + 1 < tokens.length && tokenAt(tokens, k + 1).end <= cue.source.end) k++
        continue
      }
    }
    const spread = spreadCue(text, sentence, index, k, lexicon)
    if (spread) {
      cues.push(spread)
      k = spread.last
      while (spread.source && k + 1 < tokens.length && tokenAt(tokens, k + 1).end <= spread.source.end) k++
      continue
    }
    const possessive = possessiveCue(text, sentence, index, k, lexicon)
    if (possessive) {
      cues.push(possessive)
      k += 2
      continue
    }
    const after = longestPhrase(tokens, k, lexicon.cuesAfter)
    if (after) {
      const cue = prepositionCue(text, sentence, index, k, k + after - 1, lexicon, 'left')
      if (cue) cues.push(cue)
      continue
    }
    const verb = verbAt(title.tokens, k, lexicon)
    if (verb) {
      const cue = verbCue(text, title, index, verb, lexicon)
      if (cue) {
        const aside = asideTagScope(text, sentence, quotes, cue)
        if (aside) cue.scope = aside
        cues.push(cue)
        k = verb.last
      }
      continue
    }
    const so = soCue(text, sentence, index, k, lexicon)
    if (so) cues.push(so)
  }
  const headline = colonCue(text, sentence, index, lexicon)
  if (headline && cues.length === 0) cues.push(headline)
  return cues
}

/**
 * `Mayor Says Bridge Will Close`: a line in title case capitalises its verbs too, so there a capitalised
 * form of a reporting verb is the verb, not a name; the sentence is given back with those forms in lower
 * case. Where capitals mark nouns, a capital says nothing about title case and the sentence stays as it is.
 */
function titleCaseVerbs(sentence: SentenceTokens, lexicon: Lexicon): SentenceTokens {
  if (lexicon.capitalisedNouns) return sentence
  const {tokens} = sentence
  let capitalised = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (isCapitalized(token)) capitalised++
    else if (!isClosedClass(token.lower, lexicon)) return sentence
  }
  if (capitalised < 4) return sentence
  const verbs = headlineVerbWords(lexicon)
  const lowered = tokens.map((token, k) =>
    k > 0 && token.kind === 'word' && verbs.has(token.lower) ? {...token, text: token.lower} : token
  )
  return {...sentence, tokens: lowered}
}

const headlineVerbWords = perLexicon((lexicon) => new Set(verbFirstWords(lexicon)))

/**
 * `But, he said, it is risky`, `The plan, the mayor said, will cost more`: a speech tag of nothing but
 * the speaker and the verb, set off by commas inside its sentence, reports the whole sentence; else null.
 */
function asideTagScope(text: string, sentence: SentenceTokens, quotes: readonly Quote[], cue: Cue): Span | null {
  const {tokens} = sentence
  const source = cue.source
  // Not the tag between two quotations (`“…,” he said, “…”`): those are the quotations' speaker.
  if (!source || quotes.some((quote) => quote.open < cue.start && quote.end > sentence.start)) return null
  const inTag = (token: Token) =>
    (token.start >= cue.start && token.end <= cue.end) || (token.start >= source.start && token.end <= source.end)
  let from = Math.min(cue.first, cue.last)
  while (from > 0 && inTag(tokenAt(tokens, from - 1))) from--
  let to = cue.last
  while (to + 1 < tokens.length && inTag(tokenAt(tokens, to + 1))) to++
  // The speaker lies within the tag, a short one without a comma, between two commas, with words on either side.
  if (source.start < tokenAt(tokens, from).start || source.end > tokenAt(tokens, to).end) return null
  if (to - from > 6 || tokens.slice(from, to + 1).some((token) => token.text === ',')) return null
  if (tokens[from - 1]?.text !== ',' || tokens[to + 1]?.text !== ',' || !tokens[to + 2] || isQuoteMark(tokens, to + 2))
    return null
  const wordsAfter = tokens.slice(to + 2).filter((token) => token.kind === 'word').length
  if (from < 2 || wordsAfter < 2) return null
  return trim(text, sentenceSpan(tokens))
}

/**
 * The words a cue can start with. Perf: most tokens start none, and one look-up
 * passes them over instead of every cue reader in turn; the set holds every first
 * word the readers in `findCues` test for, so it must grow with them.
 */
const cueStarts = perLexicon(
  (lexicon) =>
    new Set<string>([
      ...lexicon.cuesOwn.flatMap((words) => words.slice(0, 1)),
      ...lexicon.cuesBefore.flatMap((words) => words.slice(0, 1)),
      ...lexicon.possessivePreposition,
      ...lexicon.cuesAfter.flatMap((words) => words.slice(0, 1)),
      ...verbFirstWords(lexicon),
      ...lexicon.trailingSourceMarkers
    ])
)

function speakerOf(
  text: string,
  quote: Quote,
  sentences: readonly SentenceTokens[],
  cues: readonly Cue[],
  lexicon: Lexicon
): Cue | null {
  const opens = sentenceAt(sentences, quote.open)
  const closes = sentenceAt(sentences, Math.max(quote.open, quote.end - 1))
  // Perf: searched in place, without filtered copies of the cues.
  const outside = (cue: Cue) => cue.source !== null && !(cue.start > quote.open && cue.start < quote.end)
  const after = cues.find((cue) => outside(cue) && cue.sentence === closes && cue.start >= quote.end)
  if (after) return after
  const tag = tagAfter(text, quote, sentences, closes, cues)
  if (tag) return tag
  const before = findLast(cues, (cue) => outside(cue) && cue.sentence === opens && cue.end <= quote.open)
  // `When Lee suggested …, Kim fired back: “…”`: the clause before the colon has its own speaker,
  // unless the cue before the quotation stands in that clause (`Kim said on Monday: “…”`).
  const colon = colonSpeaker(text, quote, sentences[opens], opens, lexicon, before?.end ?? -1)
  if (colon) return colon
  if (before) return before
  return cues.find((cue) => outside(cue) && cue.sentence >= opens && cue.sentence <= closes) ?? null
}

/**
 * `“Did he?” Mrs. Lee asked.`: after a quotation that ends in its own stop the speech tag is split
 * off as a sentence of its own; a next sentence that is nothing but the speaker and the verb names it.
 */
function tagAfter(
  text: string,
  quote: Quote,
  sentences: readonly SentenceTokens[],
  closes: number,
  cues: readonly Cue[]
): Cue | null {
  const next = sentences[closes + 1]
  if (!quote.closed || !next || text.slice(quote.end, next.start).trim() !== '') return null
  if (!['.', '!', '?'].includes(text.charAt(quote.content.end - 1))) return null
  const cue = cues.find((c) => c.sentence === closes + 1 && c.source !== null)
  if (!cue?.source) return null
  // Nothing in the sentence but the speaker, the verb and the stop.
  const {tokens} = next
  const rest = tokens.filter(
    (token) =>
      token.kind !== 'punct' &&
      !(token.start >= cue.start && token.end <= cue.end) &&
      !(cue.source && token.start >= cue.source.start && token.end <= cue.source.end)
  )
  return rest.length === 0 ? cue : null
}

/** `Ähnlich äußerte sich Präsident X: „…“`: the speaker stands before the colon (its clause's subject or end). */
function colonSpeaker(
  text: string,
  quote: Quote,
  sentence: SentenceTokens | undefined,
  index: number,
  lexicon: Lexicon,
  /** Where a cue before the quotation ends: in the colon's clause it names the speaker, not the colon. */
  cueBefore: number
): Cue | null {
  if (!sentence) return null
  const {tokens} = sentence
  const openToken = tokenStartingAt(tokens, quote.open)
  if (openToken < 1 || tokenAt(tokens, openToken - 1).text !== ':') return null
  const colon = openToken - 1
  // Nothing before the colon (`: „…“`): no speaker, and readRight must not start at -1.
  if (colon < 1) return null
  const start = clauseStart(tokens, colon - 1)
  if (cueBefore > tokenAt(tokens, start).start) return null
  const subject = bareNameOnly(tokens, readRight(tokens, start, lexicon, colon), lexicon)
  // Over a cue before the clause only the clause's own subject speaks, not a phrase that ends it (`into the file:`).
  const last = cueBefore >= 0 ? null : readLeft(tokens, colon, lexicon, start)
  const pick = [subject, last].find(
    (phrase) => phrase && (phrase.kind === 'pronoun' || (phrase.kind === 'named' && phrase.strength >= 3))
  )
  if (!pick) return null
  return makeCue(
    text,
    sentence,
    index,
    colon,
    colon,
    sourceRef(text, tokens, pick, lexicon),
    quote.content,
    'direct',
    null
  )
}

/**
 * `Kim fired back:`: where capitals do not mark nouns, lower-case words after a bare name (no article,
 * no role) are its verb, not part of it.
 */
function bareNameOnly(tokens: readonly Token[], phrase: SourcePhrase | null, lexicon: Lexicon): SourcePhrase | null {
  if (phrase?.kind !== 'named' || lexicon.capitalisedNouns) return phrase
  if (!isCapitalized(tokenAt(tokens, phrase.first)) || lexicon.determiners.has(tokenAt(tokens, phrase.first).lower))
    return phrase
  let last = phrase.last
  while (last > phrase.first && isLowerWord(tokenAt(tokens, last))) last--
  const head = tokenAt(tokens, phrase.last)
  return last === phrase.last || hasHead(head, lexicon.roleNouns, lexicon) ? phrase : {...phrase, last}
}

/**
 * People named as the subject of a sentence (`Coach Ben Ortiz praised …`). They
 * speak through no cue here, but a later `he said` may stand for them.
 */
export function sentenceSubjects(text: string, sentences: readonly SentenceTokens[], lexicon: Lexicon): SourceRef[] {
  const subjects: SourceRef[] = []
  for (const sentence of sentences) {
    // In a headline a capitalised verb ends the name before it (`Mayor Ann Reed Says …`).
    const {tokens} = titleCaseVerbs(sentence, lexicon)
    if (longestPhrase(tokens, 0, lexicon.cuesBefore)) continue
    for (const phrase of subjectPhrases(tokens, lexicon)) subjects.push(sourceRef(text, tokens, phrase, lexicon))
  }
  return subjects
}

/** `she said, she told them`: a claim inside another from the same speaker repeats it. */
function dropNestedRepeats(claims: LocalClaim[]): void {
  for (let i = claims.length - 1; i >= 0; i--) {
    const inner = must(claims[i], 'i counts down from the end')
    if (inner.via !== 'sentence') continue
    const outer = claims.find(
      (other, j) =>
        j !== i &&
        other.sentence === inner.sentence &&
        other.source?.text === inner.source?.text &&
        other.start <= inner.start &&
        inner.end <= other.end &&
        (other.end - other.start > inner.end - inner.start || j < i)
    )
    if (outer) claims.splice(i, 1)
  }
}

/**
 * Words of the scope outside the quotes, counted up to `enough` (the callers only
 * compare with small numbers). Perf: read in place, without a copy of the scope.
 */
function wordsOutsideQuotes(text: string, scope: Span, quotes: readonly Quote[], enough: number): number {
  // A word is a run of letters and digits (`/[\p{L}\p{N}]+/gu` on the scope), counted where it starts.
  let count = 0
  let inWord = false
  for (let k = scope.start; k < scope.end && count < enough; ) {
    const width = widthAt(text, k, scope.end)
    const word = isLetterOrDigitAt(text, k, scope.end)
    if (word && !inWord && !insideQuote(quotes, k)) count++
    inWord = word
    k += width
  }
  return count
}

/**
 * Whether a letter or digit stands before `at`, with nothing but
 * whitespace between (`/[\p{L}\p{N}]\s*$/u` on `text.slice(0, at)`), or a possessive's apostrophe after one.
 */
function wordEndsBefore(text: string, at: number): boolean {
  // Perf: read backwards from `at`; the pattern on the slice scanned the whole paragraph before it.
  let k = at
  while (k > 0 && whitespace.test(text.charAt(k - 1))) k--
  if (k === 0) return false
  // A possessive's apostrophe ends the word before it: `on CBS' “60 Minutes.”`.
  if (k < at && (text.charAt(k - 1) === "'" || text.charAt(k - 1) === '’') && k >= 2) k--
  // The last character: a surrogate pair if one ends at `k`.
  const pair = k >= 2 && widthAt(text, k - 2, k) === 2
  return isLetterOrDigitAt(text, pair ? k - 2 : k - 1, k)
}

const whitespace = /\s/u

/**
 * The first sentence that ends after `offset`, else the last. Perf: a binary search; the sentences are in text order.
 */
export function sentenceAt(sentences: readonly {start: number; end: number}[], offset: number): number {
  const low = partitionPointOf(sentences, (sentence) => offset < sentence.end)
  return low < sentences.length ? low : Math.max(0, sentences.length - 1)
}

/** Index of the token that starts at `offset`, or -1. Perf: a binary search; tokens are in text order. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const low = partitionPointOf(tokens, (token) => token.start >= offset)
  return tokens[low]?.start === offset ? low : -1
}

/** The lower-cased first word of sentence `s`, or '' for none. */
function firstWordOf(sentences: readonly SentenceTokens[], s: number): string {
  return sentences[s]?.tokens[0]?.lower ?? ''
}
