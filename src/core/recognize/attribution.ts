// Finds, in one paragraph, the words that attribute a statement (reporting
// verbs, `laut`/`according to`, quotations with their speaker) and the claim
// each of them covers; then carries reported speech on into following sentences
// (Konjunktiv I, `soll`, a quote without its own speaker).
import {must} from '../must.js'
import {partitionPointOf} from '../search.js'
import {endsWithAny, isClosedClass, perLexicon, type Lexicon, type ReportingVerb} from '../lexicon/index.js'
import {isAcronym, isCapitalized, longestPhrase, matchPhrase, type Token} from '../text/tokens.js'
import type {ClaimKind, Span} from '../types.js'
import {
  hasHead,
  headIndex,
  namesInstitution,
  readLeft,
  readRight,
  type SourceKind,
  type SourcePhrase
} from './noun-phrase.js'
import {isLetterOrDigitAt, widthAt} from '../text/chars.js'
import {insideQuote, type Quote} from './quotes.js'
import {verbFirstWords, verbsStartingWith} from './verbs.js'
import {conjunctsAfter, conjunctsBefore} from './coordination.js'

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

interface Cue extends Span {
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
const possessiveS = /['’]s$/u
const possessiveEnding = /['’]s?$/u
const anyLetterOrDigit = /[\p{L}\p{N}]/u
const trimmedAtStart = /[\s,;:.–—]/u
const trimmedAtEnd = /[\s,;:–—]/u

const clauseMarks = new Set([',', ';', ':', '–', '—'])
const quoteMarks = new Set(['„', '“', '”', '"', '»', '«', '‘', '‚'])

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
    const verb = verbAt(tokens, k, lexicon)
    if (verb) {
      const cue = verbCue(text, sentence, index, verb, lexicon)
      if (cue) {
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

/** `Polizei: 12 Tote bei Unfall`, `UN: Hunger threatens 2 million`: a source, a colon, its claim. */
function colonCue(text: string, sentence: SentenceTokens, index: number, lexicon: Lexicon): Cue | null {
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

/**
 * Nouns for institutions and offices, not groups or places
 * (`aus der Regierung hieß es` stays vague). Perf: made once per lexicon.
 */
const institutionHeads = perLexicon((lexicon) => [
  ...lexicon.roleNouns,
  ...[...lexicon.organizationTypes.values()].flat()
])

/** Nouns for institutions and offices, which make one word before a colon a source. Perf: made once per lexicon. */
const labelHeads = perLexicon((lexicon) => [
  ...lexicon.roleNouns,
  ...lexicon.groupNouns,
  ...lexicon.vagueNouns,
  ...lexicon.organizationTypes.keys()
])

interface VerbMatch {
  verb: ReportingVerb
  first: number
  last: number
  particle: number | null
  /** The verb's preposition opens the sentence (`Vom … sprach`): what was said stands before the verb. */
  fronted?: boolean
}

function verbAt(tokens: readonly Token[], k: number, lexicon: Lexicon): VerbMatch | null {
  let best: VerbMatch | null = null
  const word = tokenAt(tokens, k)
  for (const {verb, form} of verbsStartingWith(lexicon, word.lower)) {
    if (form) {
      const used = matchPhrase(tokens, k, form)
      if (used && (!best || used > best.last - best.first + 1))
        best = {verb, first: k, last: k + used - 1, particle: null}
      // `Vom „teuersten Bau“ sprach die Bürgermeisterin`: the preposition of `sprach vom` fronted to open the sentence.
      else if (!used && !best && k > 1 && form.length === 2 && tokenAt(tokens, 0).lower === form[1])
        best = {verb, first: k, last: k, particle: null, fronted: true}
    } else if (!best && verb.particle && verb.split.includes(word.lower)) {
      let end = clauseEnd(tokens, k)
      let particle = lastWordBefore(tokens, end, k)
      // `teilten Polizei, Zoll und Staatsanwaltschaft mit`: the commas of a list of subjects end no clause.
      if (!(particle > k && tokenAt(tokens, particle).lower === verb.particle)) {
        end = clauseEnd(tokens, subjectListLast(tokens, k + 1, end, lexicon))
        particle = lastWordBefore(tokens, end, k)
      }
      if (particle > k && tokenAt(tokens, particle).lower === verb.particle) best = {verb, first: k, last: k, particle}
    }
  }
  if (!best) best = verbFinalImpersonal(tokens, k, lexicon)
  // `1.400 prognostizierten Stellen`, `20 reported cases`: between a number and a content word the form is an adjective
  // of what is counted (not in `in 2006 saying he`, `im Juli 2008 meldet die Firma`).
  const counted = tokens[k - 1]
  const noun = tokens[k + 1]
  if (
    best &&
    counted &&
    (counted.kind === 'number' || lexicon.cardinals.has(counted.lower)) &&
    noun?.kind === 'word' &&
    !isClosedClass(noun.lower, lexicon)
  )
    return null
  // A capital inside a sentence makes a noun or a name: `Angaben`, `United States`.
  if (best && isCapitalized(word) && k > 0) return null
  // Where capitals do not mark nouns, a form after an article
  // or a possessive is a noun: `the union's claim`, `a report`.
  const before = tokens[k - 1]
  if (
    best &&
    !lexicon.capitalisedNouns &&
    before &&
    (lexicon.determiners.has(before.lower) ||
      (lexicon.possessiveS && (possessiveS.test(before.text) || before.text === "'" || before.text === '’')))
  )
    return null
  // `in states where`, `reports must be filed`: after a preposition (but
  // the infinitive's `to`) or before an auxiliary, the form is a noun.
  const after = best ? tokens[best.last + 1] : undefined
  if (
    best &&
    !lexicon.capitalisedNouns &&
    before &&
    lexicon.prepositions.has(before.lower) &&
    !lexicon.infinitiveMarkers.has(before.lower) &&
    !endsWithAny(word.lower, lexicon.presentParticipleEndings)
  )
    return null
  // Only with no subject before it: `what she says could help` keeps its verb.
  const noSubject = !before || before.kind === 'punct' || lexicon.verbCoordinators.has(before.lower)
  if (best && best.particle === null && noSubject && after && lexicon.auxiliariesAfterNoun.has(after.lower)) return null
  return best
}

/**
 * `wie es in der Mitteilung weiter hieß`: in a clause that puts its verb last, the expletive of an
 * impersonal cue (`hieß es`) stands after the subordinator, and the verb closes the clause.
 */
function verbFinalImpersonal(tokens: readonly Token[], k: number, lexicon: Lexicon): VerbMatch | null {
  const start = clauseStart(tokens, k)
  if (start + 1 >= k) return null
  const expletive = tokenAt(tokens, start + 1)
  const next = tokens[k + 1]
  if (!lexicon.subordinatingCue.has(tokenAt(tokens, start).lower) || !lexicon.thingPronouns.has(expletive.lower))
    return null
  if (next && !clauseMarks.has(next.text) && !['.', '!', '?'].includes(next.text)) return null
  for (const {verb, form} of verbsStartingWith(lexicon, tokenAt(tokens, k).lower)) {
    if (verb.impersonal && form && form.length >= 2 && form[1] === expletive.lower)
      return {verb, first: k, last: k, particle: null}
  }
  return null
}

function clauseStart(tokens: readonly Token[], k: number): number {
  let j = k
  while (j > 0 && !isClauseBreak(tokens, j - 1)) j--
  return j
}

function clauseEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1
  while (j < tokens.length && !isClauseBreak(tokens, j) && !['.', '!', '?'].includes(tokenAt(tokens, j).text)) j++
  return j
}

/** A comma after an elided compound (`Polizei-, Feuerwehr`) lists words; it ends no clause. */
function isClauseBreak(tokens: readonly Token[], j: number): boolean {
  const token = tokenAt(tokens, j)
  if (quoteMarks.has(token.text)) return true
  if (!clauseMarks.has(token.text)) return false
  return !(token.text === ',' && tokens[j - 1]?.text.endsWith('-'))
}

/**
 * `teilten Polizei, Zoll und Staatsanwaltschaft mit`: the last token of a list of joint subjects
 * that starts at `at` (right after the verb) and that the comma at `end` interrupts; else `end - 1`.
 */
function subjectListLast(tokens: readonly Token[], at: number, end: number, lexicon: Lexicon): number {
  if (tokens[end]?.text !== ',') return end - 1
  const first = readRight(tokens, at, lexicon)
  if (first?.kind !== 'named' || first.strength < 2 || first.last !== end - 1) return end - 1
  const list = conjunctsAfter(tokens, first, lexicon)
  return list.length > 1 ? lastConjunct(list).last : end - 1
}

/**
 * The speakers of a verb whose subject is coordinated (`Polizei und Zoll teilten mit`,
 * `said the Harbor Authority and the City Council`), in text order; `[chosen]` for one.
 * After the verb a comma list counts only where nothing but adjuncts or the verb's
 * particle follows it: in `sagte Berg, Polizei und Zoll hätten …` the comma opens what was said.
 */
function jointSpeakers(
  tokens: readonly Token[],
  chosen: SourcePhrase,
  side: 'left' | 'right',
  match: VerbMatch,
  lexicon: Lexicon
): SourcePhrase[] {
  if (chosen.kind !== 'named' || chosen.strength < 2) return [chosen]
  if (side === 'left') return conjunctsBefore(tokens, chosen, lexicon)
  const list = conjunctsAfter(tokens, chosen, lexicon)
  const after = lastConjunct(list).last + 1
  const next = tokens[after]
  const closes =
    !next ||
    after === match.particle ||
    (next.kind === 'punct' && next.text !== ',') ||
    lexicon.prepositions.has(next.lower) ||
    lexicon.adverbs.has(next.lower)
  return list.length > 1 && closes ? list : conjunctsAfter(tokens, chosen, lexicon, false)
}

function lastWordBefore(tokens: readonly Token[], end: number, floor: number): number {
  for (let j = end - 1; j > floor; j--) if (tokenAt(tokens, j).kind === 'word') return j
  return -1
}

function verbCue(
  text: string,
  sentence: SentenceTokens,
  index: number,
  match: VerbMatch,
  lexicon: Lexicon
): Cue | null {
  const {tokens} = sentence
  const start = clauseStart(tokens, match.first)
  const end = clauseEnd(tokens, match.particle ?? match.last)
  const cueLast = match.particle ?? match.last
  if (match.verb.impersonal) {
    // `hieß es, …` / `…, hieß es.`: not the idiom `es heißt, Verantwortung zu übernehmen`.
    // `hieß es in der Mitteilung des Ministeriums`, `aus dem Ministerium hieß es`: a preposition gives the source.
    const next = tokens[match.last + 1]
    const linkAfter = next !== undefined && lexicon.impersonalSourceLinks.has(next.lower)
    if (next && !linkAfter && ![',', ':', '.'].includes(next.text) && !quoteMarks.has(next.text)) return null
    // `wie es in der Mitteilung des Ministeriums hieß`: the link stands after the subordinator and the expletive.
    let link = start
    if (
      link < match.first &&
      lexicon.subordinatingCue.has(tokenAt(tokens, link).lower) &&
      lexicon.thingPronouns.has(tokens[link + 1]?.lower ?? '')
    )
      link += 2
    const given = linkAfter
      ? impersonalSource(text, tokens, match.last + 2, end, lexicon)
      : link < match.first && lexicon.impersonalSourceLinks.has(tokenAt(tokens, link).lower)
        ? impersonalSource(text, tokens, link + 1, match.first, lexicon)
        : null
    const vague = start < match.first ? span(tokens, start, match.first - 1) : span(tokens, match.first, match.last)
    const ref: SourceRef = given ?? {
      ...vague,
      text: text.slice(vague.start, vague.end),
      kind: 'vague',
      pronoun: null,
      tokens: tokens.slice(start, match.first)
    }
    return makeCue(
      text,
      sentence,
      index,
      match.first,
      match.last,
      ref,
      scopeAfterOrBefore(tokens, start, end, cueLast),
      'indirect',
      match.particle
    )
  }
  // In a perfect tense the subject sits around the auxiliary: `hatte die Führung … gesprochen`.
  // Only perfect auxiliaries: passive ones (`wurde … zurückgewiesen`) would make the patient the speaker.
  let anchor = match.first
  for (let j = match.first - 1; j >= start; j--) {
    if (lexicon.perfectAuxiliaries.has(tokenAt(tokens, j).lower) && j < match.first - 1) {
      anchor = j
      break
    }
  }
  const verbWord = tokenAt(tokens, match.first)
  // `…, saying`: a present participle's speaker is the nearest name before it.
  const participle = endsWithAny(verbWord.lower, lexicon.presentParticipleEndings)
  // Before a fronted `Vom … sprach` stands the prepositional object, never the speaker.
  let left = match.fronted
    ? null
    : participle
      ? nearestNameBefore(tokens, match.first, lexicon)
      : readLeft(tokens, anchor, lexicon, 0)
  // `Den Anstieg bezifferte die Behörde`: a phrase opening with an oblique article is an object, not the speaker.
  // A relative pronoun before the subject (`den der DWD bestätigte`) is not the subject's article.
  if (left && lexicon.oblique.has(tokenAt(tokens, left.first).lower))
    left = lexicon.determiners.has(tokens[left.first + 1]?.lower ?? '')
      ? readLeft(tokens, anchor, lexicon, left.first + 1)
      : null
  // `Bus drivers on night shifts said`: an unnamed group with a short prepositional phrase after it is the subject.
  if (!left && anchor === match.first) left = groupBeforePhrase(tokens, start, anchor, lexicon)
  // `Anna Berg, a researcher at the institute, said`: a name before an aside is the subject, however long the aside.
  if (!left && anchor === start && start > 0 && tokenAt(tokens, start - 1).text === ',')
    left = subjectBeforeAside(tokens, start - 1, lexicon)
  // Verb second: `Als Beispiel nannte der Berliner`,
  // `Insgesamt beziffert die Behörde`: the phrase before the verb is an adverbial.
  if (
    left &&
    lexicon.verbSecond &&
    frontsNoSubject(tokens, start, left, anchor === match.first ? match.last : anchor, lexicon)
  )
    left = null
  // A subject read across an aside ends before the aside's comma;
  // the verb then opens its clause without being inverted.
  const acrossAside =
    left !== null &&
    left.kind === 'named' &&
    left.strength >= 2 &&
    left.last < start - 1 &&
    !tokens.slice(left.last + 1, start).some((token) => quoteMarks.has(token.text))
  const verbFirst = anchor === start && start > 0 && !acrossAside
  // A verb-second language puts the speaker after the verb in every main clause
  // (`Jungen Sparern empfiehlt Bankchefin Ida Kern`); others only in inversion (`…,” said Lopez`).
  let right =
    participle || (!lexicon.verbSecond && !verbFirst)
      ? null
      : readRight(tokens, (anchor === match.first ? match.last : anchor) + 1, lexicon)
  // `Experten schätzen den Schaden`, `sagte der Presse-Agentur`: an accusative or dative phrase is no subject.
  if (right && (lexicon.oblique.has(tokenAt(tokens, right.first).lower) || feminineAfterDer(tokens, right, lexicon)))
    right = null
  // `Regierungsvertreter wiesen die Vorwürfe zurück`: a group or a document filling the slot before
  // the verb is its subject, and a plain noun phrase after the verb is the object; only a role or a
  // full name there is an inverted subject.
  if (
    right &&
    left &&
    lexicon.verbSecond &&
    left.first === start &&
    anchor === match.first &&
    (left.kind === 'vague' || left.kind === 'document') &&
    right.strength < 3
  )
    right = null
  // `Greenpeace fordert die Vernichtung der Ware`: with the slot before the verb filled by
  // a phrase that can be the subject, a phrase after it whose determiner can be accusative
  // is the object, unless a role, an institution or an acronym makes it a speaker.
  if (
    right &&
    left &&
    lexicon.verbSecond &&
    left.strength > 0 &&
    opensFront(tokens, start, left.first, lexicon) &&
    lexicon.accusativeDeterminers.has(tokenAt(tokens, right.first).lower) &&
    !namesSpeaker(tokens, right, lexicon)
  )
    right = null
  // `Die Tat bezeichnete er als sinnlos`: a pronoun that can only be a subject, after the verb, is its speaker.
  if (
    right &&
    lexicon.verbSecond &&
    right.kind === 'pronoun' &&
    lexicon.nominativePronouns.has(tokenAt(tokens, right.first).lower)
  )
    left = null
  // `… schließt sich an und fordert gleiche Regeln`: the coordinated verb shares the subject of the clause before it.
  const coordinated = !left && lexicon.verbCoordinators.has(tokens[match.first - 1]?.lower ?? '')
  if (coordinated) {
    const shared = readRight(tokens, start, lexicon, match.first - 1)
    if (shared && shared.strength > 0 && !lexicon.oblique.has(tokenAt(tokens, shared.first).lower)) {
      left = shared
      right = null
    }
  }
  let chosen: SourcePhrase | null = null
  let side: 'left' | 'right' = 'left'
  const strongRight = right && right.kind !== 'vague' && right.strength >= 2
  if (verbFirst && (strongRight || !left)) {
    chosen = right
    side = 'right'
  } else if (left && (!right || left.strength >= right.strength)) {
    chosen = left
  } else if (right) {
    chosen = right
    side = 'right'
  }
  // A counted phrase before a plural verb is its subject (`Viele Nutzer mit Tausenden Fans … erklären`):
  // nobody is quoted. Before a singular verb it is a fronted object (`40.000 Besucher … zählte der Zoo`).
  if (left && left.strength === 0 && endsWithAny(verbWord.lower, lexicon.pluralVerbEndings)) return null
  // `… and said`: the coordinated verb shares the sentence's subject.
  if (!chosen && lexicon.verbCoordinators.has(tokens[match.first - 1]?.lower ?? ''))
    chosen = readRight(tokens, 0, lexicon, match.first - 1)
  // `62 percent of firms reported`, `60 Prozent der Befragten sagten`:
  // poll respondents are no source; the poll named in the sentence is.
  // With nobody before a verb-second verb (`In der Umfrage … sagten 60 Prozent der Befragten`), the subject follows it.
  const subjectAfter =
    side === 'right' ? chosen : !chosen && lexicon.verbSecond ? countedAfter(tokens, match.last) : null
  const respondents = respondentsSpeak(tokens, start, anchor, subjectAfter, lexicon)
  if (respondents) {
    chosen = pollIn(tokens, anchor, match.last, lexicon)
    side = 'left'
  }
  if (!chosen || chosen.strength === 0) return null
  if (negated(tokens, match, lexicon)) return null
  if (match.verb.needsEvidenceSubject && !isEvidencePhrase(tokens, chosen, lexicon)) return null
  // `sie forderten`: with a plural verb the pronoun stands for many, not for her.
  if (
    chosen.kind === 'pronoun' &&
    lexicon.pluralPronouns.has(tokenAt(tokens, chosen.first).lower) &&
    endsWithAny(tokenAt(tokens, anchor).lower, lexicon.pluralVerbEndings)
  )
    chosen = {...chosen, pronoun: 'plural'}
  // Joint speakers: the first named leads, the others are its partners; the scope is read around all of them.
  const joint = jointSpeakers(tokens, chosen, side, match, lexicon)
  const lead = must(joint[0], 'joint speakers hold the chosen one at least')
  const ref = sourceRef(text, tokens, lead, lexicon)
  if (joint.length > 1) {
    ref.partners = joint.slice(1).map((partner) => sourceRef(text, tokens, partner, lexicon))
    chosen = {...chosen, first: lead.first, last: lastConjunct(joint).last}
  }
  let scope: Span
  const subordinate = lexicon.subordinatingCue.has(tokenAt(tokens, start).lower) && side === 'left'
  if (subordinate) scope = start === 0 ? span(tokens, end + 1, tokens.length - 1) : span(tokens, 0, start - 2)
  else if (side === 'right' && verbFirst) scope = span(tokens, 0, start - 2)
  else if (side === 'right') scope = sentenceSpan(tokens)
  else if (
    start > 0 &&
    chosen.first === start &&
    !lexicon.questionOpeners.has(tokenAt(tokens, 0).lower) &&
    onlyAdjunctsAfter(tokens, match.last + 1, match.particle ?? end, lexicon)
  )
    scope = span(tokens, 0, start - 2)
  else scope = span(tokens, afterAddressee(tokens, cueLast + 1, lexicon), tokens.length - 1)
  // Nothing after the verb: what it reports stands inside the verb bracket
  // (`gab den Pegel mit 7 Metern an`, `hatte … von Plünderungen gesprochen`).
  if (!hasWords(text, scope)) {
    if (match.particle !== null) scope = span(tokens, match.last + 1, match.particle - 1)
    else if (anchor !== match.first)
      scope = span(tokens, Math.max(anchor, side === 'right' ? chosen.last : anchor) + 1, match.first - 1)
  }
  // What the respondents said is what the poll found, their share included.
  if (!hasWords(text, scope) || match.fronted || respondents) scope = sentenceSpan(tokens)
  // What the verb reports stands before it (`…, erklärte er.`) or follows it.
  // `Das erklärte ein Sprecher.`: the demonstrative object stands for the sentence before (see `attribute`).
  const reportsBefore =
    scope.end <= verbWord.start || (match.first === 1 && lexicon.demonstratives.has(tokenAt(tokens, 0).lower))
  if (reportsBefore) {
    // `„…“, sagt Direktorin Eva Lang – aber 30 Stellen seien offen`: a
    // clause after the speech tag in Konjunktiv I carries on the speaker.
    const tail = Math.max(cueLast, side === 'right' ? chosen.last : -1) + 1
    if (clauseMarks.has(tokens[tail]?.text ?? '') && konjunktivFrom(tokens, tail + 1, lexicon))
      scope = sentenceSpan(tokens)
  } else if (scope.start > verbWord.start) {
    // `…said the minister would attend the summit, which drew 5,000 delegates last year`: a relative clause closing
    // the sentence in the indicative is the writer's background, not what was said.
    for (let k = match.last + 2; k < tokens.length - 1; k++) {
      const comma = tokenAt(tokens, k)
      if (
        comma.text === ',' &&
        lexicon.backgroundRelatives.has(tokenAt(tokens, k + 1).lower) &&
        comma.start > scope.start &&
        clauseEnd(tokens, k + 1) >= tokens.length - 1 &&
        !konjunktivFrom(tokens, k + 1, lexicon)
      ) {
        scope = {start: scope.start, end: tokenAt(tokens, k - 1).end}
        break
      }
    }
  }
  // `who was nominated and confirmed by the Senate`: a passive's agent is no content.
  if (!reportsBefore && side === 'left' && lexicon.passiveAgentMarkers.has(tokens[match.last + 1]?.lower ?? ''))
    return null
  // `erklärte die Hintergründe`, `stressed the engine`: with a noun object alone such a verb names a topic.
  if (
    match.verb.needsClause &&
    !respondents &&
    !reportsBefore &&
    !introducesContent(tokens, match, side === 'right' ? chosen.last : -1, lexicon)
  )
    return null
  return makeCue(text, sentence, index, match.first, match.last, ref, scope, 'indirect', match.particle)
}

/**
 * Whether the subject of a speech verb is a share of a group (`60 percent of Democrats`, `half of the
 * firms`, `60 Prozent der Befragten`): the words before the verb in its clause, or the subject read after it, hold a
 * percentage or a fraction. Such speakers are a poll's respondents.
 */
function respondentsSpeak(
  tokens: readonly Token[],
  start: number,
  verb: number,
  after: SourcePhrase | null,
  lexicon: Lexicon
): boolean {
  const share = (k: number) =>
    longestPhrase(tokens, k, lexicon.percent) > 0 || lexicon.fractions.has(tokenAt(tokens, k).lower)
  for (let k = start; k < verb; k++) if (share(k)) return true
  if (after) for (let k = after.first; k <= after.last + 1 && k < tokens.length; k++) if (share(k)) return true
  return false
}

/** The words right after a verb where a counted subject would stand (`sagten 60 Prozent`): a number and its unit. */
function countedAfter(tokens: readonly Token[], verbLast: number): SourcePhrase | null {
  const first = verbLast + 1
  if (first >= tokens.length) return null
  return {first, last: Math.min(first + 1, tokens.length - 1), kind: 'vague', pronoun: null, strength: 0}
}

/**
 * The poll or survey a sentence names outside the speech verb's clause (`In the Harbor Institute's annual survey, …`,
 * `…, though the poll did not ask why`): a phrase headed by a document noun, read from its determiner.
 */
function pollIn(tokens: readonly Token[], start: number, verbLast: number, lexicon: Lexicon): SourcePhrase | null {
  for (const [k, token] of tokens.entries()) {
    if ((k >= start && k <= verbLast) || token.kind !== 'word' || !hasHead(token, lexicon.documentNouns, lexicon))
      continue
    let first = k
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      const before = tokenAt(tokens, j)
      if (before.kind !== 'word' || lexicon.prepositions.has(before.lower)) break
      if (lexicon.determiners.has(before.lower)) {
        first = j
        break
      }
    }
    // `der Umfrage des Instituts Demoskop`: where the owner follows in the genitive, the phrase reads on to it.
    const owned = lexicon.genitiveLinks.has(tokens[k + 1]?.lower ?? '')
    const limit = owned ? (k < start ? start : tokens.length) : k + 1
    const phrase = readRight(tokens, first, lexicon, limit, true)
    if (phrase && (owned ? phrase.last >= k : phrase.last === k) && phrase.kind !== 'vague' && phrase.strength > 0)
      return phrase
  }
  return null
}

/**
 * Where the finite verb comes second, whether the phrase `left` read back from it is no subject: a preposition
 * or a predicative particle opens it (`Als Beispiel nannte`, `Zur Begründung verwies`), or it is a lone word
 * that ends like an adverb (`Möglicherweise`), a demonstrative (`Dies`) or a dative pronoun (`Ihnen`).
 * A finite verb that ends its clause stands in a subordinate clause (`…, als der Minister sagte`): no verb second.
 */
function frontsNoSubject(
  tokens: readonly Token[],
  start: number,
  left: SourcePhrase,
  finite: number,
  lexicon: Lexicon
): boolean {
  if (finite + 1 >= clauseEnd(tokens, finite)) return false
  const opener = left.first > start ? tokenAt(tokens, left.first - 1).lower : ''
  const first = tokenAt(tokens, left.first)
  // `Zu Guttenberg hatte … eingeräumt`: a name particle before a bare name opens the name.
  const particle = lexicon.nameParticles.has(opener) && !lexicon.determiners.has(first.lower)
  if ((lexicon.prepositions.has(opener) && !particle) || lexicon.predicativeMarkers.has(opener)) return true
  // `Dies berichtete die Tagesschau`: a demonstrative before the verb is its object (see `attribute`).
  const lone = left.first === left.last ? first.lower : ''
  return (
    lexicon.dativePronouns.has(lone) ||
    lexicon.demonstratives.has(lone) ||
    (left.first === start && endsWithAny(lone, lexicon.adverbEndings))
  )
}

/**
 * Whether only adverbs and conjunctions stand before `first` in
 * the clause: the phrase there fills the slot before the verb.
 */
function opensFront(tokens: readonly Token[], start: number, first: number, lexicon: Lexicon): boolean {
  for (let k = start; k < first; k++) {
    const lower = tokenAt(tokens, k).lower
    if (lexicon.predicativeMarkers.has(lower) || !(lexicon.adverbs.has(lower) || lexicon.conjunctions.has(lower)))
      return false
  }
  return true
}

/** Whether a phrase names who speaks by a role, an institution, a group or an acronym, not by capitals alone. */
function namesSpeaker(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) {
    const token = tokenAt(tokens, k)
    if ((token.text.length >= 2 && isAcronym(token)) || hasHead(token, speakerHeads(lexicon), lexicon)) return true
  }
  return false
}

/** Roles, institutions and groups: nouns that make a phrase a speaker. Perf: made once per lexicon. */
const speakerHeads = perLexicon((lexicon) => [...institutionHeads(lexicon), ...lexicon.groupNouns])

/**
 * The source after the preposition of an impersonal cue (`in der Mitteilung des Ministeriums`). Only an
 * institution, an office or an acronym is named by it; a place (`aus der Ukraine`) or a bare document stays vague.
 */
function impersonalSource(
  text: string,
  tokens: readonly Token[],
  at: number,
  limit: number,
  lexicon: Lexicon
): SourceRef | null {
  const phrase = readRight(tokens, at, lexicon, limit, true)
  if (!phrase || phrase.kind === 'pronoun') return null
  const ref = sourceRef(text, tokens, phrase, lexicon)
  const head = ref.tokens[headIndex(ref.tokens, 0, ref.tokens.length - 1, lexicon)]
  // An inflected head (`des Ministeriums`) is tried without its ending too.
  const stems =
    head === undefined
      ? []
      : [
          head,
          ...lexicon.stemSuffixes
            .filter((ending) => head.lower.endsWith(ending))
            .map((ending) => ({...head, lower: head.lower.slice(0, -ending.length)}))
        ]
  const institution =
    ref.kind === 'named' &&
    head !== undefined &&
    (isAcronym(head) || stems.some((stem) => hasHead(stem, institutionHeads(lexicon), lexicon)))
  return institution ? ref : {...ref, kind: 'vague'}
}

/**
 * `Bus drivers on night shifts said`, `Eltern aus drei Dörfern berichteten`: a vague group opening the clause, then a
 * preposition and at most four words (no comma, no verb the lexicon knows) up to the verb.
 */
function groupBeforePhrase(
  tokens: readonly Token[],
  start: number,
  verb: number,
  lexicon: Lexicon
): SourcePhrase | null {
  const group = readRight(tokens, start, lexicon, verb)
  if (group?.kind !== 'vague' || !lexicon.prepositions.has(tokens[group.last + 1]?.lower ?? '')) return null
  const rest = verb - group.last - 2
  if (rest < 1 || rest > 4) return null
  for (let k = group.last + 2; k < verb; k++) {
    const token = tokenAt(tokens, k)
    if (token.kind !== 'word' || verbsStartingWith(lexicon, token.lower).length > 0) return null
  }
  return group
}

/**
 * `Tanja Weiss, who has led the association since it was founded, told`: a named
 * phrase opening the sentence and closed by a comma, with the aside running up to the comma at `comma`.
 */
function subjectBeforeAside(tokens: readonly Token[], comma: number, lexicon: Lexicon): SourcePhrase | null {
  // Read open, as the slot before the aside holds a noun phrase: `A senior health official, speaking …`.
  const subject = readRight(tokens, 0, lexicon, comma, true)
  if (!subject || tokens[subject.last + 1]?.text !== ',' || subject.last + 1 >= comma) return null
  // `A police official, speaking on condition of anonymity, said`: an unnamed subject too, when a participle or a
  // relative clause opens the aside (a name there could be an apposition's: `Officials, Tom Reed said`).
  const aside = tokens[subject.last + 2]
  const modifiesSubject =
    aside !== undefined &&
    (endsWithAny(aside.lower, lexicon.presentParticipleEndings) || lexicon.backgroundRelatives.has(aside.lower))
  if (!(subject.kind === 'named' && subject.strength >= 3) && !(subject.kind === 'vague' && modifiesSubject))
    return null
  for (let k = subject.last + 1; k < comma; k++) if (quoteMarks.has(tokenAt(tokens, k).text)) return null
  return subject
}

/**
 * `told about 200 staff that …`, `sagte der Zeitung, dass …`: the words between the
 * verb and a complementizer a few words on name the audience; what was said starts after it.
 */
function afterAddressee(tokens: readonly Token[], from: number, lexicon: Lexicon): number {
  for (let k = from; k < tokens.length && k < from + 7; k++) {
    const token = tokenAt(tokens, k)
    if (lexicon.complementizers.has(token.lower)) return k + 1
    // `said it was a surprise that …`: a pronoun or a function word that
    // is not an article or a preposition starts a clause of its own.
    if (
      lexicon.personPronouns.has(token.lower) ||
      lexicon.thingPronouns.has(token.lower) ||
      lexicon.pluralPronouns.has(token.lower)
    )
      return from
    if (
      lexicon.stopwords.has(token.lower) &&
      !lexicon.determiners.has(token.lower) &&
      !lexicon.prepositions.has(token.lower)
    )
      return from
    const commaBeforeComplementizer = token.text === ',' && lexicon.complementizers.has(tokens[k + 1]?.lower ?? '')
    if (token.kind !== 'word' && token.kind !== 'number' && !commaBeforeComplementizer) return from
  }
  return from
}

/**
 * Whether a clause, a quotation or a colon follows the verb: `erklärte, dass …`, `erklärte: …`,
 * `stressed that …`, `explained how …`, a Konjunktiv I (`erklärte, man rechne mit …`) or, in English,
 * a finite auxiliary (`explained the delay was caused by …`). `subjectLast` ends a subject after the verb.
 */
function introducesContent(tokens: readonly Token[], match: VerbMatch, subjectLast: number, lexicon: Lexicon): boolean {
  const after = Math.max(match.last, subjectLast) + 1
  // `erklärte der Sprecher, die Lage …`: a comma right after the verb or its subject opens the reported clause.
  let next = after
  while (next < tokens.length && lexicon.adverbs.has(tokenAt(tokens, next).lower)) next++
  const clause = tokens[next + 1]
  if (tokens[next]?.text === ',' && clause && !lexicon.backgroundRelatives.has(clause.lower)) return true
  for (let k = match.last + 1; k < tokens.length; k++) {
    const token = tokenAt(tokens, k)
    if (
      token.text === ':' ||
      quoteMarks.has(token.text) ||
      lexicon.complementizers.has(token.lower) ||
      lexicon.auxiliariesAfterNoun.has(token.lower)
    )
      return true
    // `wie`, `how`: only where a clause can start, not inside a noun phrase (`Städte wie Berlin`).
    if (lexicon.contentClauseOpeners.has(token.lower) && (k === after || tokenAt(tokens, k - 1).text === ','))
      return true
  }
  return konjunktivFrom(tokens, match.last + 1, lexicon)
}

/** Whether a Konjunktiv I form stands from `from` to the sentence's end (a capitalised noun `Stelle` is none). */
function konjunktivFrom(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  for (let k = from; k < tokens.length; k++) {
    const token = tokenAt(tokens, k)
    if (lexicon.konjunktiv.has(token.lower) && !(lexicon.capitalisedNouns && isCapitalized(token))) return true
  }
  return false
}

/** `didn't estimate`, `hat … nicht bestätigt`, `sagte nicht, ob …`: a negated verb reports nothing. */
function negated(tokens: readonly Token[], match: VerbMatch, lexicon: Lexicon): boolean {
  const isNegation = (token: Token | undefined) =>
    token !== undefined && lexicon.cueNegations.has(token.lower.replace('’', "'"))
  if (isNegation(tokens[match.first - 1])) return true
  const after = tokens[match.last + 1]
  const next = tokens[match.last + 2]
  return isNegation(after) && (!next || next.kind === 'punct')
}

/** `…, the military said in a statement`: nothing but adjuncts follows the verb, so what it reports came before. */
function onlyAdjunctsAfter(tokens: readonly Token[], from: number, end: number, lexicon: Lexicon): boolean {
  // `told Reuters`, `sagte der dpa`, `told reporters at a news conference`:
  // a short object names who was told, not what.
  let object = from
  for (; object < end && object < from + 3; object++) {
    const token = tokenAt(tokens, object)
    if (!(isCapitalized(token) || lexicon.determiners.has(token.lower) || lexicon.addressees.has(token.lower))) break
  }
  if (object >= end) return true
  // Some languages name the addressee right after the verb; elsewhere an object there is what was said
  // (`gab den Pegel mit 7 Metern an`).
  if (!lexicon.addresseeAfterVerb) object = from
  // `from < end` here (else `object >= end` above), and `end` is at most the sentence's length.
  const next = tokenAt(tokens, object)
  return lexicon.prepositions.has(next.lower) || lexicon.adverbs.has(next.lower) || next.kind === 'punct'
}

/** `der` before a feminine noun is dative or genitive: `der Deutschen Presse-Agentur`. */
function feminineAfterDer(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  if (!lexicon.obliqueBeforeFeminine.has(tokenAt(tokens, phrase.first).lower)) return false
  const head = tokenAt(tokens, headIndex(tokens, phrase.first, phrase.last, lexicon)).lower
  return lexicon.feminineSuffixes.some((suffix) => head.endsWith(suffix))
}

/** `laut X`, `according to X` (source right) or `X zufolge` (source left). */
function prepositionCue(
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
    const pronoun: SourceRef = {
      start: object.start,
      end: object.end,
      text: object.text,
      kind: 'pronoun',
      pronoun: owner,
      tokens: [object]
    }
    return makeCue(
      text,
      sentence,
      index,
      first,
      last,
      pronoun,
      prepositionScope(text, tokens, first, last, Math.max(at, last), lexicon),
      'according',
      null
    )
  }
  let phrase =
    side === 'right'
      ? readRight(tokens, last + 1 + link, lexicon, tokens.length, true)
      : readLeft(tokens, first, lexicon)
  if (!phrase) return null
  if (side === 'right') phrase = agentOfDocument(tokens, phrase, lexicon) ?? phrase
  const ref = sourceRef(text, tokens, phrase, lexicon)
  // `Nach Angaben von Polizei und Feuerwehr fehlen …`: a second source joined to the first is no part of the claim.
  const joined = lexicon.conjunctions.has(tokens[phrase.last + 1]?.lower ?? '')
    ? readRight(tokens, phrase.last + 2, lexicon)
    : null
  const phraseLast = joined && joined.kind === phrase.kind ? joined.last : phrase.last
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
  const ownClause = first === start && phraseLast >= end - 1
  if (start === 0 && first <= 1) scope = span(tokens, phraseLast + 1, tokens.length - 1)
  else if (start > 0 && ownClause && end >= tokens.length - 1) scope = span(tokens, 0, start - 2)
  else if (start > 0 && ownClause) scope = sentenceSpan(tokens)
  else scope = span(tokens, start, end - 1)
  return hasWords(text, scope) ? scope : sentenceSpan(tokens)
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
function ownAccountCue(
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
function compoundCue(text: string, sentence: SentenceTokens, index: number, k: number, lexicon: Lexicon): Cue | null {
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
  let ref: SourceRef = {
    start: compound.start,
    end: compound.end,
    text: compound.text,
    kind: 'vague',
    pronoun: null,
    tokens: [compound]
  }
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
      ref = {
        start: modifier.start,
        end: modifier.end,
        text: modifierText,
        kind: 'named',
        pronoun: null,
        tokens: [modifier]
      }
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
function possessiveCue(text: string, sentence: SentenceTokens, index: number, k: number, lexicon: Lexicon): Cue | null {
  const {tokens} = sentence
  const preposition = tokens[k]
  const owner = tokens[k + 1]
  const noun = tokens[k + 2]
  if (!preposition || !owner || !noun || !lexicon.possessivePreposition.has(preposition.lower)) return null
  const pronoun = lexicon.possessives.get(owner.lower)
  if (!pronoun || !hasHead(noun, lexicon.infoNouns, lexicon)) return null
  const ref: SourceRef = {
    start: owner.start,
    end: owner.end,
    text: owner.text,
    kind: 'pronoun',
    pronoun,
    tokens: [owner]
  }
  const start = clauseStart(tokens, k)
  const scope = start === 0 && k <= 1 ? span(tokens, k + 3, tokens.length - 1) : sentenceSpan(tokens)
  return makeCue(text, sentence, index, k, k + 2, ref, scope, 'according', null)
}

/** `„…“, so Berger` and `…, so die Hafenmeisterin`. */
function soCue(text: string, sentence: SentenceTokens, index: number, k: number, lexicon: Lexicon): Cue | null {
  const {tokens} = sentence
  if (!lexicon.trailingSourceMarkers.has(tokenAt(tokens, k).lower) || tokens[k - 1]?.text !== ',') return null
  const phrase = readRight(tokens, k + 1, lexicon)
  if (!phrase || phrase.strength < 2 || phrase.kind === 'vague') return null
  const ref = sourceRef(text, tokens, phrase, lexicon)
  return makeCue(text, sentence, index, k, k, ref, span(tokens, 0, k - 2), 'indirect', null)
}

function makeCue(
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

/** The genitive in `Angaben des Ministeriums` is the source, not the `Angaben`. */
function sourceRef(text: string, tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): SourceRef {
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

function isEvidencePhrase(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) {
    const token = tokenAt(tokens, k)
    if (hasHead(token, lexicon.infoNouns, lexicon) || hasHead(token, lexicon.documentNouns, lexicon)) return true
  }
  return false
}

/** The closest name before `at` that is not a possessive: the subject of `…, saying`. */
function nearestNameBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): SourcePhrase | null {
  for (let k = at - 1; k >= 0; k--) {
    const token = tokenAt(tokens, k)
    if (token.kind === 'word' && isCapitalized(token) && !possessiveEnding.test(token.text)) {
      const phrase = readLeft(tokens, k + 1, lexicon)
      if (phrase && phrase.kind === 'named' && phrase.strength >= 2) return phrase
    }
  }
  return null
}

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
  const before = findLast(cues, (cue) => outside(cue) && cue.sentence === opens && cue.end <= quote.open)
  if (before) return before
  const colon = colonSpeaker(text, quote, sentences[opens], opens, lexicon)
  if (colon) return colon
  return cues.find((cue) => outside(cue) && cue.sentence >= opens && cue.sentence <= closes) ?? null
}

/** `Ähnlich äußerte sich Präsident X: „…“`: the speaker stands before the colon. */
function colonSpeaker(
  text: string,
  quote: Quote,
  sentence: SentenceTokens | undefined,
  index: number,
  lexicon: Lexicon
): Cue | null {
  if (!sentence) return null
  const {tokens} = sentence
  const openToken = tokenStartingAt(tokens, quote.open)
  if (openToken < 1 || tokenAt(tokens, openToken - 1).text !== ':') return null
  const colon = openToken - 1
  // Nothing before the colon (`: „…“`): no speaker, and readRight must not start at -1.
  if (colon < 1) return null
  const start = clauseStart(tokens, colon - 1)
  const subject = readRight(tokens, start, lexicon, colon)
  const last = readLeft(tokens, colon, lexicon, start)
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
 * Reported speech goes on after its source is named: a sentence in Konjunktiv I
 * belongs to the paragraph's latest source; one with `soll`/`demnach`, or with a
 * Konjunktiv II form unlike the past (`könnten`), to the source of the sentence
 * right before it. A first sentence with Konjunktiv I or such a marker is marked
 * `inherit`: the document pass gives it the previous paragraph's last source.
 */
function continuations(
  text: string,
  sentences: readonly SentenceTokens[],
  claims: readonly LocalClaim[],
  quotes: readonly Quote[],
  lexicon: Lexicon
): LocalClaim[] {
  const added: LocalClaim[] = []
  // Perf: `claims` then `added`, searched in place instead of joined anew for every sentence.
  const some = (test: (claim: LocalClaim) => boolean) => claims.some(test) || added.some(test)
  const lastOf = (test: (claim: LocalClaim) => boolean) => findLast(added, test) ?? findLast(claims, test)
  for (const [s, sentence] of sentences.entries()) {
    if (some((claim) => claim.sentence === s || (claim.start <= sentence.start && claim.end >= sentence.end))) continue
    // Perf: with no claim before it to go on from, the sentence's words need no reading.
    const earlier = lastOf((claim) => claim.sentence < s && !claim.inherit)
    if (!earlier && s > 0) continue
    const konjunktiv = markerIn(sentence, quotes, lexicon, lexicon.konjunktiv)
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
function continueUnnamed(
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

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = must(items[i], 'i counts down from the end')
    if (test(item)) return item
  }
  return undefined
}

/**
 * People named as the subject of a sentence (`Coach Ben Ortiz praised …`). They
 * speak through no cue here, but a later `he said` may stand for them.
 */
export function sentenceSubjects(text: string, sentences: readonly SentenceTokens[], lexicon: Lexicon): SourceRef[] {
  const subjects: SourceRef[] = []
  for (const {tokens} of sentences) {
    if (longestPhrase(tokens, 0, lexicon.cuesBefore)) continue
    const phrase = readRight(tokens, 0, lexicon)
    if (phrase?.kind !== 'named') continue
    // Perf: one pass over the phrase's words, without copying them.
    let names = 0
    let role = false
    for (let k = phrase.first; k <= phrase.last; k++) {
      const token = tokenAt(tokens, k)
      if (hasHead(token, lexicon.roleNouns, lexicon)) role = true
      else if (isCapitalized(token)) names++
    }
    const words = phrase.last - phrase.first + 1
    const bare = !lexicon.determiners.has(tokenAt(tokens, phrase.first).lower)
    // An institution named as a subject is what a later `das Unternehmen`, `the company` or `it` stands for.
    if (
      !(role && names > 0) &&
      !(bare && names >= 2 && names === words) &&
      !namesInstitution(tokens, phrase.first, phrase.last, lexicon)
    )
      continue
    subjects.push(sourceRef(text, tokens, phrase, lexicon))
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
 * whitespace between: `/[\p{L}\p{N}]\s*$/u` on `text.slice(0, at)`.
 */
function wordEndsBefore(text: string, at: number): boolean {
  // Perf: read backwards from `at`; the pattern on the slice scanned the whole paragraph before it.
  let k = at
  while (k > 0 && whitespace.test(text.charAt(k - 1))) k--
  if (k === 0) return false
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

function span(tokens: readonly Token[], first: number, last: number): Span {
  const a = Math.max(0, first)
  const b = Math.min(tokens.length - 1, last)
  if (b < a || tokens.length === 0) return {start: tokens[a]?.start ?? 0, end: tokens[a]?.start ?? 0}
  return {start: tokenAt(tokens, a).start, end: tokenAt(tokens, b).end}
}

/** The token at `k`, an index the caller keeps in range (a loop bound, a phrase's first or last word). */
function tokenAt(tokens: readonly Token[], k: number): Token {
  return must(tokens[k], 'a token index within its sentence')
}

/** The lower-cased first word of sentence `s`, or '' for none. */
function firstWordOf(sentences: readonly SentenceTokens[], s: number): string {
  return sentences[s]?.tokens[0]?.lower ?? ''
}

/** The last of a list of conjuncts, which holds the phrase it was read from at least. */
function lastConjunct(list: readonly SourcePhrase[]): SourcePhrase {
  return must(list.at(-1), 'a list of conjuncts is never empty')
}

function sentenceSpan(tokens: readonly Token[]): Span {
  return span(tokens, 0, tokens.length - 1)
}

function scopeAfterOrBefore(tokens: readonly Token[], start: number, end: number, cueLast: number): Span {
  return start > 0 && end >= tokens.length - 1
    ? span(tokens, 0, start - 2)
    : span(tokens, cueLast + 1, tokens.length - 1)
}

const hasWords = (text: string, s: Span) => anyLetterOrDigit.test(text.slice(s.start, s.end))

/** Drops spaces, commas and stray marks at either end. */
function trim(text: string, s: Span): Span {
  let {start, end} = s
  while (start < end && trimmedAtStart.test(text.charAt(start))) start++
  while (end > start && trimmedAtEnd.test(text.charAt(end - 1))) end--
  return {start, end}
}
