// Cues that are no verb: `laut X`, `according to X`, `X zufolge`, `nach eigenen Angaben`
// (own account), `nach Polizeiangaben` (compounds), `nach seinen Worten` (possessives),
// `…, so Berger`, and the headline colon (`Polizei: …`), with the scope a cue inside or
// around a clause covers. Split out of attribution.ts: none of them needs the verb readers.
import {isClosedClass, perLexicon, type Lexicon} from '../lexicon/index.js'
import {isAcronym, isCapitalized, isLowerWord, longestPhrase, type Token} from '../text/tokens.js'
import type {Span} from '../types.js'
import {hasHead, readLeft, readRight, type SourcePhrase} from './noun-phrase.js'
import {
  clauseEnd,
  clauseMarks,
  clauseStart,
  hasWords,
  makeCue,
  quoteMarks,
  sentenceSpan,
  sourceRef,
  span,
  tokenAt,
  wordRef,
  type Cue,
  type SentenceTokens,
  type SourceRef
} from './cue.js'

/** `Polizei: 12 Tote bei Unfall`, `UN: Hunger threatens 2 million`: a source, a colon, its claim. */
export function colonCue(text: string, sentence: SentenceTokens, index: number, lexicon: Lexicon): Cue | null {
  const {tokens} = sentence
  const colon = tokens.findIndex((token) => token.text === ':')
  const after = tokens[colon + 1]
  if (colon < 1 || colon > 5 || !after || quoteMarks.has(after.text)) return null
  const phrase = readRight(tokens, 0, lexicon, colon)
  if (
    !phrase ||
    phrase.last !== colon - 1 ||
    phrase.kind === 'pronoun' ||
    (phrase.kind === 'named' && phrase.strength < 3)
  )
    return null
  // One word before the colon is a label (`Update:`, `Stand:`)
  // unless it is an acronym or names an institution or office.
  const label = tokenAt(tokens, 0)
  if (phrase.first === phrase.last && !isAcronym(label) && !hasHead(label, labelHeads(lexicon), lexicon)) return null
  return makeCue(
    text,
    sentence,
    index,
    colon,
    colon,
    sourceRef(text, tokens, phrase, lexicon),
    span(tokens, colon + 1, tokens.length - 1),
    'indirect',
    null
  )
}

/** Nouns for institutions and offices, which make one word before a colon a source. Perf: made once per lexicon. */
const labelHeads = perLexicon((lexicon) => [
  ...lexicon.roleNouns,
  ...lexicon.groupNouns,
  ...lexicon.vagueNouns,
  ...lexicon.organizationTypes.keys()
])

/** `laut X`, `according to X` (source right) or `X zufolge` (source left). */
export function prepositionCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  first: number,
  last: number,
  lexicon: Lexicon,
  side: 'left' | 'right'
): Cue | null {
  const {tokens} = sentence
  // `nach Ansicht von Experten`, `nach Angaben des Ministeriums`: the source follows the link.
  const next = tokens[last + 1]
  const link = next && side === 'right' && lexicon.sourceLinks.has(next.lower) ? 1 : 0
  // `Ihnen zufolge`, `according to him`: an object pronoun stands for someone named before, as `er` would.
  const at = side === 'right' ? last + 1 + link : first - 1
  const object = at >= 0 ? tokens[at] : undefined
  const owner = object ? lexicon.dativePronouns.get(object.lower) : undefined
  if (object && owner) {
    return makeCue(
      text,
      sentence,
      index,
      first,
      last,
      wordRef(object, 'pronoun', owner),
      prepositionScope(text, tokens, first, last, Math.max(at, last), lexicon),
      'according',
      null
    )
  }
  let phrase =
    side === 'right'
      ? readRight(tokens, last + 1 + link, lexicon, tokens.length, true)
      : readLeft(tokens, first, lexicon)
  let ref: SourceRef | null = null
  // `laut einer am Dienstag veröffentlichten Mitteilung des Amts`, `laut einer dpa-Meldung`: a document behind
  // an attribute. Its genitive is the source, else the document itself, vaguely.
  if (!phrase && side === 'right') {
    const noun = documentAfterAttribute(tokens, last + 1, lexicon)
    if (noun < 0) return null
    phrase = readRight(tokens, noun, lexicon, tokens.length, true)
    if (phrase?.first !== noun) phrase = null
    const token = tokenAt(tokens, noun)
    if (!phrase) ref = wordRef(token, 'vague')
  }
  if (!phrase && !ref) return null
  if (phrase && side === 'right') phrase = agentOfDocument(tokens, phrase, lexicon) ?? phrase
  if (phrase) ref = sourceRef(text, tokens, phrase, lexicon)
  if (!ref) return null
  const phraseEnd = phrase ? phrase.last : tokens.findIndex((token) => token.start === ref.start)
  // `Nach Angaben von Polizei und Feuerwehr fehlen …`: a second source joined to the first is no part of the claim.
  const joined = lexicon.conjunctions.has(tokens[phraseEnd + 1]?.lower ?? '')
    ? readRight(tokens, phraseEnd + 2, lexicon)
    : null
  const phraseLast = joined && joined.kind === phrase?.kind ? joined.last : phraseEnd
  return makeCue(
    text,
    sentence,
    index,
    first,
    last,
    ref,
    prepositionScope(text, tokens, first, last, phraseLast, lexicon),
    'according',
    null
  )
}

/**
 * `nach den Angaben des Ministeriums`, `nach ersten Erkenntnissen der Polizei`, `nach offiziellen Angaben`:
 * a two-word cue (`nach Angaben`) with a determiner or adjectives between its words. A genitive or `von`
 * after the noun names the source; without one, adjectives make the noun phrase itself a vague source
 * (`nach inoffiziellen Angaben`), while a bare `nach den Angaben` points back and is left to the continuation.
 */
export function spreadCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  first: number,
  lexicon: Lexicon
): Cue | null {
  const {tokens} = sentence
  const nouns = spreadNouns(lexicon).get(tokenAt(tokens, first).lower)
  if (!nouns) return null
  let k = first + 1
  const determiner = tokens[k]?.lower ?? ''
  // `nach seinen Worten` is the possessive cue's.
  if (lexicon.possessives.has(determiner)) return null
  if (lexicon.determiners.has(determiner)) k++
  const adjectives = k
  while (k < first + 5 && isInflectedAdjective(tokens[k], lexicon)) k++
  const noun = tokens[k]
  if (k === first + 1 || !noun || !nouns.has(noun.lower)) return null
  const next = tokens[k + 1]?.lower ?? ''
  if (lexicon.genitiveArticles.has(next) || lexicon.sourceLinks.has(next))
    return prepositionCue(text, sentence, index, first, k, lexicon, 'right')
  if (k === adjectives) return null
  const words = tokens.slice(adjectives, k + 1)
  const ref: SourceRef = {
    start: tokenAt(tokens, adjectives).start,
    end: noun.end,
    text: text.slice(tokenAt(tokens, adjectives).start, noun.end),
    kind: 'vague',
    pronoun: null,
    tokens: words
  }
  return makeCue(
    text,
    sentence,
    index,
    first,
    k,
    ref,
    prepositionScope(text, tokens, first, k, k, lexicon),
    'according',
    null
  )
}

/** The two-word cues before a source, as preposition → nouns (`nach` → Angaben, Worten …). Perf: made once. */
const spreadNouns = perLexicon((lexicon) => {
  const map = new Map<string, Set<string>>()
  for (const [preposition, noun, ...rest] of lexicon.cuesBefore) {
    if (preposition === undefined || noun === undefined || rest.length > 0) continue
    const nouns = map.get(preposition) ?? new Set<string>()
    nouns.add(noun)
    map.set(preposition, nouns)
  }
  return map
})

/** A lower-case word with an adjective's inflection (`ersten`, `offiziellen`), where adjectives inflect. */
function isInflectedAdjective(token: Token | undefined, lexicon: Lexicon): boolean {
  if (token?.kind !== 'word' || !lexicon.inflectedAdjectives || isCapitalized(token)) return false
  if (lexicon.determiners.has(token.lower) || lexicon.prepositions.has(token.lower)) return false
  return lexicon.adjectiveInflections.some(
    (ending) => token.lower.length > ending.length + 2 && token.lower.endsWith(ending)
  )
}

/**
 * The index of an information or document noun that a determiner at `at` opens, after an attribute of
 * inflected adjectives or a participle with its own words (`einer am Dienstag veröffentlichten Mitteilung`);
 * -1 for none. The word before the noun is the determiner or an inflected adjective.
 */
function documentAfterAttribute(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  if (!lexicon.determiners.has(tokens[at]?.lower ?? '')) return -1
  for (let k = at + 1; k < tokens.length && k <= at + 6; k++) {
    const token = tokenAt(tokens, k)
    if (clauseMarks.has(token.text) || quoteMarks.has(token.text)) return -1
    if (!hasHead(token, lexicon.infoNouns, lexicon) && !hasHead(token, lexicon.documentNouns, lexicon)) continue
    return k === at + 1 || isInflectedAdjective(tokens[k - 1], lexicon) ? k : -1
  }
  return -1
}

/**
 * `according to information compiled by the Clearinghouse`, `figures released by the ministry`: the agent of a
 * participle after an information or document noun issued it, and is the source.
 */
function agentOfDocument(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): SourcePhrase | null {
  // The participle may have been read into the phrase
  // (`a poll released`): the last information or document noun heads it.
  let noun = -1
  for (let k = phrase.first; k <= phrase.last; k++) {
    const token = tokenAt(tokens, k)
    if (hasHead(token, lexicon.infoNouns, lexicon) || hasHead(token, lexicon.documentNouns, lexicon)) noun = k
  }
  if (noun < 0) return null
  let marker = noun + 1
  // One participle between the noun and the agent (`compiled by`), or none (`a survey by`).
  const participle = tokens[marker]
  if (participle?.kind === 'word' && !isCapitalized(participle) && !lexicon.passiveAgentMarkers.has(participle.lower))
    marker++
  const by = tokens[marker]
  if (marker <= phrase.last || !by || !lexicon.passiveAgentMarkers.has(by.lower)) return null
  const agent = readRight(tokens, marker + 1, lexicon, tokens.length, true)
  return agent && agent.kind === 'named' && agent.strength >= 2 ? agent : null
}

/**
 * What a prepositional cue covers: a cue that is a clause of its own (`…, according to the union.`)
 * reports what came before it; one inside a clause (`…, der Fahrer hatte nach Angaben der Polizei
 * 1,2 Promille`) reports that clause; one opening the sentence, the rest of it. `phraseLast` ends the cue's own words.
 */
function prepositionScope(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  phraseLast: number,
  lexicon: Lexicon
): Span {
  const start = clauseStart(tokens, first)
  let end = clauseEnd(tokens, last)
  while (tokens[end]?.text === ',' && listsQuantities(tokens, end, lexicon)) end = clauseEnd(tokens, end)
  let scope: Span
  const ownClause = first === start && (phraseLast >= end - 1 || onlyModifiersAfter(tokens, phraseLast + 1, lexicon))
  if (start === 0 && first <= 1) scope = span(tokens, phraseLast + 1, tokens.length - 1)
  else if (start > 0 && ownClause && end >= tokens.length - 1) scope = span(tokens, 0, start - 2)
  else if (start > 0 && ownClause) scope = sentenceSpan(tokens)
  else scope = span(tokens, start, end - 1)
  return hasWords(text, scope) ? scope : sentenceSpan(tokens)
}

/**
 * `…, according to a report on Wednesday`, `according to officials familiar with the talks`, `according to
 * people who were briefed`: a preposition, a relative pronoun or a participle with its preposition after the source
 * modifies it, so the cue's clause holds nothing else. Where the finite verb comes second (`laut Polizei in
 * Berlin war der Fahrer …`) the clause may go on after such words, so only elsewhere.
 */
function onlyModifiersAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const next = tokens[at]
  if (lexicon.verbSecond || !next || !isLowerWord(next)) return false
  if (lexicon.prepositions.has(next.lower) || lexicon.backgroundRelatives.has(next.lower)) return true
  return lexicon.prepositions.has(tokens[at + 1]?.lower ?? '') && !isClosedClass(next.lower, lexicon)
}

/**
 * `1280 Pflanzen, über fünf Kilogramm Amphetamin und …`: a comma between two quantities (each a
 * number, maybe after an approximator, within a few words) lists them; it ends no clause.
 */
function listsQuantities(tokens: readonly Token[], comma: number, lexicon: Lexicon): boolean {
  const isNumber = (token: Token | undefined) =>
    token !== undefined && (token.kind === 'number' || lexicon.cardinals.has(token.lower))
  const after = comma + 1 + longestPhrase(tokens, comma + 1, lexicon.approximators)
  if (!isNumber(tokens[after])) return false
  for (let k = comma - 1; k >= 0 && k >= comma - 4; k--) {
    const token = tokenAt(tokens, k)
    if (clauseMarks.has(token.text) || quoteMarks.has(token.text)) return false
    if (isNumber(token)) return true
  }
  return false
}

/**
 * `Nach eigenen Angaben verkaufte die Firma 300 Räder`, `Radhaus sold 300 bikes, by its own account`:
 * the source is the subject of the clause the phrase stands in.
 */
export function ownAccountCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  first: number,
  last: number,
  lexicon: Lexicon
): Cue | null {
  const {tokens} = sentence
  const start = clauseStart(tokens, first)
  let subject: SourcePhrase | null
  if (first === 0) {
    // Opening the sentence, the phrase is followed by the subject, or
    // where the verb comes second by the verb and then the subject.
    let at = last + 1
    if (tokens[at]?.text === ',') at++
    else if (lexicon.verbSecond) at++
    subject = readRight(tokens, at, lexicon)
  } else {
    // Inside the clause (`Die Firma verkaufte nach eigenen Angaben …`)
    // or as a clause of its own after it: the sentence's subject.
    subject = readRight(tokens, first === start ? 0 : start, lexicon)
  }
  if (!subject || subject.strength === 0 || lexicon.oblique.has(tokenAt(tokens, subject.first).lower)) return null
  return makeCue(
    text,
    sentence,
    index,
    first,
    last,
    sourceRef(text, tokens, subject, lexicon),
    prepositionScope(text, tokens, first, last, last, lexicon),
    'according',
    null
  )
}

/**
 * `Nach WDR-Recherchen`, `nach Polizeiangaben`: a compound of a cue's noun is that cue. A name or an
 * acronym joined by a hyphen is the source; a closed compound (`Geheimdienstinformationen`) gives a vague one.
 */
export function compoundCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  k: number,
  lexicon: Lexicon
): Cue | null {
  const {tokens} = sentence
  const compound = tokens[k + 1]
  if (!lexicon.closedCompounds || !compound || compound.kind !== 'word' || !isCapitalized(compound)) return null
  const preposition = tokenAt(tokens, k).lower
  const cueNoun = lexicon.cuesBefore.find((words) => {
    const noun = words[1]
    return (
      words.length === 2 &&
      noun !== undefined &&
      words[0] === preposition &&
      compound.lower.length > noun.length + 2 &&
      compound.lower.endsWith(noun)
    )
  })?.[1]
  if (cueNoun === undefined) return null
  let ref = wordRef(compound, 'vague')
  const hyphen = compound.text.lastIndexOf('-', compound.text.length - cueNoun.length)
  if (hyphen > 0) {
    const modifierText = compound.text.slice(0, hyphen)
    const modifier: Token = {
      ...compound,
      text: modifierText,
      lower: modifierText.toLowerCase(),
      end: compound.start + hyphen
    }
    const phrase = readRight([modifier], 0, lexicon)
    if (isAcronym(modifier) || (phrase && phrase.kind === 'named' && phrase.strength > 0))
      ref = wordRef(modifier, 'named')
  }
  return makeCue(
    text,
    sentence,
    index,
    k,
    k + 1,
    ref,
    prepositionScope(text, tokens, k, k + 1, k + 1, lexicon),
    'according',
    null
  )
}

/** `nach seinen Worten`, `nach ihren Angaben`, `according to her`: the speaker is a pronoun's. */
export function possessiveCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  k: number,
  lexicon: Lexicon
): Cue | null {
  const {tokens} = sentence
  const postposition = postpositionCue(text, sentence, index, k, lexicon)
  if (postposition) return postposition
  const preposition = tokens[k]
  const owner = tokens[k + 1]
  const noun = tokens[k + 2]
  if (!preposition || !owner || !noun || !lexicon.possessivePreposition.has(preposition.lower)) return null
  const pronoun = lexicon.possessives.get(owner.lower)
  if (!pronoun || !hasHead(noun, lexicon.infoNouns, lexicon)) return null
  const ref = wordRef(owner, 'pronoun', pronoun)
  const start = clauseStart(tokens, k)
  const scope = start === 0 && k <= 1 ? span(tokens, k + 3, tokens.length - 1) : sentenceSpan(tokens)
  return makeCue(text, sentence, index, k, k + 2, ref, scope, 'according', null)
}

/**
 * `ihrer Meinung nach`, `seinen Worten nach`: a postposition after a possessive and an info noun. Not a
 * preposition that opens the next phrase (`ihre Studie nach Berlin`, `mit ihrer Studie nach Angaben …`).
 */
function postpositionCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  k: number,
  lexicon: Lexicon
): Cue | null {
  const {tokens} = sentence
  const owner = tokens[k - 2]
  const noun = tokens[k - 1]
  const next = tokens[k + 1]
  if (!owner || !noun || !lexicon.possessivePostposition.has(tokenAt(tokens, k).lower)) return null
  const pronoun = lexicon.possessives.get(owner.lower)
  if (!pronoun || !hasHead(noun, lexicon.infoNouns, lexicon)) return null
  if (lexicon.prepositions.has(tokens[k - 3]?.lower ?? '')) return null
  if (next && (isCapitalized(next) || lexicon.determiners.has(next.lower))) return null
  const ref = wordRef(owner, 'pronoun', pronoun)
  // What the owner thinks is the clause the phrase stands in (`…, die ihrer Meinung nach zu Unrecht regiert`).
  const start = clauseStart(tokens, k - 2)
  const scope = start === k - 2 ? span(tokens, k + 1, tokens.length - 1) : span(tokens, start, clauseEnd(tokens, k) - 1)
  return makeCue(text, sentence, index, k - 2, k, ref, scope, 'according', null)
}

/** `„…“, so Berger` and `…, so die Hafenmeisterin`. */
export function soCue(text: string, sentence: SentenceTokens, index: number, k: number, lexicon: Lexicon): Cue | null {
  const {tokens} = sentence
  if (!lexicon.trailingSourceMarkers.has(tokenAt(tokens, k).lower) || tokens[k - 1]?.text !== ',') return null
  const phrase = readRight(tokens, k + 1, lexicon)
  if (!phrase || phrase.strength < 2 || phrase.kind === 'vague') return null
  const ref = sourceRef(text, tokens, phrase, lexicon)
  return makeCue(text, sentence, index, k, k, ref, span(tokens, 0, k - 2), 'indirect', null)
}
