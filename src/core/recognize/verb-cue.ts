// The reporting verb as a cue: finding a speech verb (with its particle, or fronted,
// or last in `wie es … hieß`), reading its speaker (with verb-speaker.ts) and the
// scope it reports, before or after it. Split out of attribution.ts: the verb is the
// largest of the cue readers, and the others need none of it.
import {must} from '../must.js'
import {endsWithAny, isClosedClass, type Lexicon, type ReportingVerb} from '../lexicon/index.js'
import {isCapitalized, isLowerWord, matchPhrase, type Token} from '../text/tokens.js'
import type {Span} from '../types.js'
import {readLeft, readRight, type SourcePhrase} from './noun-phrase.js'
import {verbsStartingWith} from './verbs.js'
import {conjunctsAfter} from './coordination.js'
import {
  clauseEnd,
  clauseMarks,
  clauseStart,
  hasWords,
  makeCue,
  isQuoteMark,
  quoteMarks,
  sentenceSpan,
  sourceRef,
  span,
  tokenAt,
  type Cue,
  type SentenceTokens,
  type SourceRef
} from './cue.js'
import {
  countedAfter,
  feminineAfterDer,
  frontsNoSubject,
  groupBeforePhrase,
  impersonalSource,
  isEvidencePhrase,
  jointSpeakers,
  lastConjunct,
  namesSpeaker,
  nearestNameBefore,
  opensFront,
  pollIn,
  respondentsSpeak,
  subjectBeforeAside
} from './verb-speaker.js'

// Perf: patterns used per token or per cue are made once, not at every evaluation of a literal.
const possessiveS = /['’]s$/u

export interface VerbMatch {
  verb: ReportingVerb
  first: number
  last: number
  particle: number | null
  /** The verb's preposition opens the sentence (`Vom … sprach`): what was said stands before the verb. */
  fronted?: boolean
}

export function verbAt(tokens: readonly Token[], k: number, lexicon: Lexicon): VerbMatch | null {
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
  // `die bestätigten Fälle`, `der errechnete Wert`: between a determiner and a noun the form is an adjective;
  // not after a demonstrative that opens the sentence as the object (`Das bestätigte Ministerin Lang`).
  const determiner = tokens[k - 1]
  const next = best ? tokens[best.last + 1] : undefined
  if (
    best &&
    lexicon.capitalisedNouns &&
    best.particle === null &&
    determiner &&
    lexicon.determiners.has(determiner.lower) &&
    !(k === 1 && lexicon.demonstratives.has(determiner.lower)) &&
    next &&
    isCapitalized(next)
  )
    return null
  // Where capitals do not mark nouns, a form after an article
  // or a possessive is a noun: `the union's claim`, `a report`.
  const before = tokens[k - 1]
  if (
    best &&
    !lexicon.capitalisedNouns &&
    before &&
    (lexicon.determiners.has(before.lower) ||
      (lexicon.possessiveS &&
        (possessiveS.test(before.text) ||
          (before.text === "'" && !isQuoteMark(tokens, k - 1)) ||
          before.text === '’')))
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

function lastWordBefore(tokens: readonly Token[], end: number, floor: number): number {
  for (let j = end - 1; j > floor; j--) if (tokenAt(tokens, j).kind === 'word') return j
  return -1
}

export function verbCue(
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
  // `has mounted a campaign to condemn`: an infinitive's auxiliary belongs to the verb that governs it.
  const infinitive = lexicon.infinitiveMarkers.has(tokens[match.first - 1]?.lower ?? '')
  for (let j = match.first - 1; j >= start && !infinitive; j--) {
    if (lexicon.perfectAuxiliaries.has(tokenAt(tokens, j).lower)) {
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
      ? (participleSubject(tokens, match.first, lexicon) ?? nearestNameBefore(tokens, match.first, lexicon))
      : readLeft(tokens, anchor, lexicon, 0)
  // `Den Anstieg bezifferte die Behörde`: a phrase opening with an oblique article is an object, not the speaker.
  // A relative pronoun before the subject (`den der DWD bestätigte`) is not the subject's article.
  if (left && lexicon.oblique.has(tokenAt(tokens, left.first).lower))
    left = lexicon.determiners.has(tokens[left.first + 1]?.lower ?? '')
      ? readLeft(tokens, anchor, lexicon, left.first + 1)
      : null
  // `„…“, teilte ein Sprecher mit`: words before a quotation's closing mark and a comma are what was said.
  if (left && closesQuotation(tokens, left.last + 1, anchor)) left = null
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
  // `suggested that the judge would …`: a verb that data report by (`the figures suggest`) and that also needs a
  // clause is a speech act of a person, a group or a pronoun for one only with that clause.
  const evidence = match.verb.needsEvidenceSubject && isEvidencePhrase(tokens, chosen, lexicon)
  if (match.verb.needsEvidenceSubject && !evidence && !(match.verb.needsClause && speaks(chosen))) return null
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
  else if (side === 'right' && verbFirst) {
    // `Mit dem Programm nannte der Vorstand seine Ziele: So will …`: a colon after the inverted subject and
    // its object opens what is reported; the words before the verb are an adverbial.
    const colon = colonAfterObject(tokens, chosen.last + 1)
    scope = colon > 0 ? span(tokens, colon + 1, tokens.length - 1) : span(tokens, 0, start - 2)
  } else if (side === 'right') scope = sentenceSpan(tokens)
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
  const bracket = !hasWords(text, scope)
  if (bracket) {
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
  // `hat die Gemeinschaft um Hilfe gebeten`: inside the verb bracket, too, a noun object alone is a topic.
  if (
    match.verb.needsClause &&
    !evidence &&
    !respondents &&
    (bracket || !reportsBefore) &&
    !introducesContent(tokens, match, side === 'right' ? chosen.last : -1, lexicon)
  )
    return null
  if (match.verb.needsQuotation && !quotedPredicate(tokens, match, chosen)) return null
  return makeCue(text, sentence, index, match.first, match.last, ref, scope, 'indirect', match.particle)
}

/**
 * `called the plan “a disaster”`, `which she called “a mistake”`: a quotation opens the naming verb's clause after
 * its object. A person, a group or a pronoun calls a thing so; after a common noun the verb is a participle that
 * names it (`a loophole called an “inversion”`), and right after the verb only a person or a pronoun gives a name.
 */
function quotedPredicate(tokens: readonly Token[], match: VerbMatch, speaker: SourcePhrase): boolean {
  const end = clauseEnd(tokens, match.last)
  const mark = tokens[end]
  if (!mark || !quoteMarks.has(mark.text) || !mark.spaced) return false
  if (speaker.kind === 'pronoun' || (speaker.kind === 'named' && speaker.strength >= 3)) return true
  return speaker.kind === 'vague' && end > match.last + 1
}

/**
 * `He staked out new positions, saying he would …`, `Lee answered the mayor, saying …`: an adjunct participle
 * after a comma or a dash (and adverbs: `– only saying`) shares the subject that opens the sentence, when that
 * is a name or a pronoun for a person or a group.
 */
function participleSubject(tokens: readonly Token[], at: number, lexicon: Lexicon): SourcePhrase | null {
  let before = at - 1
  while (before > 0 && lexicon.adverbs.has(tokenAt(tokens, before).lower)) before--
  if (![',', '–', '—'].includes(tokens[before]?.text ?? '')) return null
  // `“…,” he said, adding …`: a sentence that opens in a quotation has its subject in the speech tag.
  for (let k = 0; k < before; k++) if (quoteMarks.has(tokenAt(tokens, k).text)) return null
  // `Tom Reed answered Governor Ann Moss`: a lower-case word between capitalised ones is the verb, not a modifier.
  let limit = before
  for (let k = 1; k < before; k++) {
    const word = tokenAt(tokens, k)
    const between = isCapitalized(tokenAt(tokens, k - 1)) && isCapitalized(tokenAt(tokens, k + 1))
    if (between && isLowerWord(word) && !isClosedClass(word.lower, lexicon)) {
      limit = k
      break
    }
  }
  const subject = readRight(tokens, 0, lexicon, limit)
  if (subject?.kind === 'pronoun') return subject.pronoun === 'thing' ? null : subject
  // A dateline (`BUFFALO —`) opens the sentence without being its subject: the verb must follow the name.
  const named = subject?.kind === 'named' && subject.strength >= 2 && tokens[subject.last + 1]?.kind === 'word'
  return named ? subject : null
}

/** Whether a quotation mark and then a clause mark stand between `from` and `to` (`„…“, teilte`). */
function closesQuotation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if (quoteMarks.has(tokenAt(tokens, k).text) && clauseMarks.has(tokenAt(tokens, k + 1).text)) return true
  return false
}

/** A person, a group or a pronoun for one: who can perform a speech act, unlike `the move` or `it`. */
function speaks(phrase: SourcePhrase): boolean {
  if (phrase.kind === 'pronoun') return phrase.pronoun !== 'thing'
  return phrase.kind === 'vague' || (phrase.kind === 'named' && phrase.strength >= 3)
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

/** The colon that ends the object phrase from `from` (no clause mark before it), opening words; else -1. */
function colonAfterObject(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length - 1; k++) {
    const token = tokenAt(tokens, k)
    if (token.text === ':') return quoteMarks.has(tokenAt(tokens, k + 1).text) ? -1 : k
    if (clauseMarks.has(token.text) || quoteMarks.has(token.text)) return -1
  }
  return -1
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

function scopeAfterOrBefore(tokens: readonly Token[], start: number, end: number, cueLast: number): Span {
  return start > 0 && end >= tokens.length - 1
    ? span(tokens, 0, start - 2)
    : span(tokens, cueLast + 1, tokens.length - 1)
}
