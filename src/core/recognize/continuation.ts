// Reported speech carried on past the sentence that names its source: a sentence in
// Konjunktiv I or with `soll`/`demnach` after a claim, and `hieß es weiter` after a
// named speaker. Split out of attribution.ts: it runs on the claims once all cues are read.
import {must} from '../must.js'
import {endsWithAny, type Lexicon} from '../lexicon/index.js'
import {isCapitalized, isLowerWord, type Token} from '../text/tokens.js'
import {insideQuote, type Quote} from './quotes.js'
import {clauseMarks, findLast, tokenAt, trim, type LocalClaim, type SentenceTokens, type SourceRef} from './cue.js'

const sentenceEnds = new Set(['.', '!', '?'])

/**
 * Reported speech goes on after its source is named: a sentence in Konjunktiv I
 * belongs to the paragraph's latest source; one with `soll`/`demnach`, or with a
 * Konjunktiv II form unlike the past (`könnten`), to the source of the sentence
 * right before it. A first sentence with Konjunktiv I or such a marker is marked
 * `inherit`: the document pass gives it the previous paragraph's last source.
 */
export function continuations(
  text: string,
  sentences: readonly SentenceTokens[],
  claims: readonly LocalClaim[],
  quotes: readonly Quote[],
  lexicon: Lexicon
): LocalClaim[] {
  const added: LocalClaim[] = []
  // Perf: `claims` then `added`, searched in place instead of joined anew for every sentence.
  const some = (test: (claim: LocalClaim) => boolean) => claims.some(test) || added.some(test)
  // The later of the two: a continuation added for an earlier sentence must not hide a source named after it.
  const lastOf = (test: (claim: LocalClaim) => boolean) => {
    const own = findLast(claims, test)
    const carried = findLast(added, test)
    if (!own || !carried) return own ?? carried
    return carried.sentence > own.sentence || (carried.sentence === own.sentence && carried.start > own.start)
      ? carried
      : own
  }
  for (const [s, sentence] of sentences.entries()) {
    if (some((claim) => claim.sentence === s || (claim.start <= sentence.start && claim.end >= sentence.end))) continue
    // Perf: with no claim before it to go on from, the sentence's words need no reading.
    const earlier = lastOf((claim) => claim.sentence < s && !claim.inherit)
    if (!earlier && s > 0) continue
    // Hearsay `soll … gefahren sein` reports like Konjunktiv I;
    // `soll … ausgebaut werden` (a plan) only with `continuation`.
    const konjunktiv = markerIn(sentence, quotes, lexicon, lexicon.konjunktiv) ?? hearsayIn(sentence, quotes, lexicon)
    const marker = konjunktiv ? undefined : markerIn(sentence, quotes, lexicon, lexicon.continuation)
    if (s === 0) {
      const opener = konjunktiv ?? markerIn(sentence, quotes, lexicon, lexicon.openingContinuation)
      if (opener) added.push(continuation(text, sentence, s, opener, null, true))
      continue
    }
    // Konjunktiv II stands in for Konjunktiv I only right after a named speaker (else it is the writer's conditional).
    const konjunktivII = konjunktiv || marker ? undefined : markerIn(sentence, quotes, lexicon, lexicon.konjunktivII)
    const previous = lastOf((claim) => claim.sentence === s - 1 && !claim.inherit)
    const from = konjunktiv
      ? earlier
      : marker
        ? previous
        : konjunktivII && previous?.source?.kind === 'named'
          ? previous
          : undefined
    const cue = konjunktiv ?? marker ?? konjunktivII
    if (from && cue) added.push(continuation(text, sentence, s, cue, from.source, false))
  }
  return added
}

/**
 * The first word of the sentence, outside quotations, that is one of `words`. Where capitals mark
 * nouns, a capitalised word inside the sentence is a noun (`an sechster Stelle`), not the marker `stelle`.
 */
function markerIn(sentence: SentenceTokens, quotes: readonly Quote[], lexicon: Lexicon, words: ReadonlySet<string>) {
  const first = sentence.tokens[0]
  return sentence.tokens.find(
    (token) =>
      token.kind === 'word' &&
      words.has(token.lower) &&
      !insideQuote(quotes, token.start) &&
      !(lexicon.capitalisedNouns && token !== first && isCapitalized(token))
  )
}

/**
 * A hearsay modal with a perfect infinitive in its clause, outside quotations: `soll … nach Norden gefahren sein`
 * (verb second, the infinitive closes the clause) or `…, der … festgenommen worden sein soll` (verb last).
 */
function hearsayIn(sentence: SentenceTokens, quotes: readonly Quote[], lexicon: Lexicon): Token | undefined {
  const {tokens} = sentence
  const perfectAt = (k: number) => {
    const auxiliary = tokens[k]
    const participle = tokens[k - 1]
    return (
      auxiliary !== undefined &&
      participle !== undefined &&
      lexicon.perfectInfinitives.has(auxiliary.lower) &&
      participle.kind === 'word' &&
      isLowerWord(participle) &&
      endsWithAny(participle.lower, lexicon.pastParticipleEndings)
    )
  }
  for (const [k, token] of tokens.entries()) {
    if (token.kind !== 'word' || !lexicon.hearsayModals.has(token.lower) || insideQuote(quotes, token.start)) continue
    // A quotation mark inside the clause (`mit dem Lokal „Da Bruno“ gestanden haben`) ends no clause here.
    let end = k + 1
    const ends = (j: number) => clauseMarks.has(tokenAt(tokens, j).text) || sentenceEnds.has(tokenAt(tokens, j).text)
    while (end < tokens.length && !ends(end)) end++
    if (perfectAt(end - 1) || (end === k + 1 && perfectAt(k - 1))) return token
  }
  return undefined
}

function continuation(
  text: string,
  sentence: SentenceTokens,
  s: number,
  cue: Token,
  source: SourceRef | null,
  inherit: boolean
): LocalClaim {
  const {start, end} = trim(text, sentence)
  return {
    start,
    end,
    sentence: s,
    cue: {start: cue.start, end: cue.end, text: cue.text},
    source,
    kind: 'indirect',
    via: 'continuation',
    inherit
  }
}

/**
 * `Die Zahl könne steigen, hieß es weiter.` right after a named source: the
 * unnamed speech verb with a continuation marker (`weiter`) goes on with that source.
 */
export function continueUnnamed(
  sentences: readonly SentenceTokens[],
  claims: LocalClaim[],
  quotes: readonly Quote[],
  lexicon: Lexicon
): void {
  for (const claim of claims) {
    // Unnamed: no source, or the impersonal verb itself stands as a vague one (`hieß es`).
    const unnamed =
      !claim.source ||
      (claim.source.kind === 'vague' && claim.source.start >= claim.cue.start && claim.source.end <= claim.cue.end)
    if (!unnamed || claim.inherit || claim.kind === 'direct' || claim.sentence === 0) continue
    const sentence = must(sentences[claim.sentence], 'a claim lies in a sentence of its paragraph')
    if (!markerIn(sentence, quotes, lexicon, lexicon.speechContinuation)) continue
    const before = findLast(
      claims,
      (other) =>
        other.sentence === claim.sentence - 1 &&
        other.source !== null &&
        other.source.kind !== 'vague' &&
        !other.inherit
    )
    if (!before) continue
    claim.source = before.source
    claim.via = 'continuation'
  }
}
