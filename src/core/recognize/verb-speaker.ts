// Who speaks through a reporting verb: the readers that choose, test or correct the
// phrase around the verb that `verbCue` takes for its subject (joint subjects, a
// poll's respondents, a fronted adverbial, a name before an aside, the source after
// `hieß es in …`). Split out of verb-cue.ts, which keeps the verb and what it reports.
import {endsWithAny, perLexicon, type Lexicon} from '../lexicon/index.js'
import {isAcronym, isCapitalized, longestPhrase, type Token} from '../text/tokens.js'
import {must} from '../must.js'
import {hasHead, headIndex, objectOfPreposition, readLeft, readRight, type SourcePhrase} from './noun-phrase.js'
import {conjunctsAfter, conjunctsBefore} from './coordination.js'
import {verbsStartingWith} from './verbs.js'
import {clauseEnd, quoteMarks, sourceRef, tokenAt, type SourceRef} from './cue.js'
import type {VerbMatch} from './verb-cue.js'

/**
 * Nouns for institutions and offices, not groups or places
 * (`aus der Regierung hieß es` stays vague). Perf: made once per lexicon.
 */
const institutionHeads = perLexicon((lexicon) => [
  ...lexicon.roleNouns,
  ...[...lexicon.organizationTypes.values()].flat()
])

// Perf: patterns used per token or per cue are made once, not at every evaluation of a literal.
const possessiveEnding = /['’]s?$/u

/**
 * The speakers of a verb whose subject is coordinated (`Polizei und Zoll teilten mit`,
 * `said the Harbor Authority and the City Council`), in text order; `[chosen]` for one.
 * After the verb a comma list counts only where nothing but adjuncts or the verb's
 * particle follows it: in `sagte Berg, Polizei und Zoll hätten …` the comma opens what was said.
 */
export function jointSpeakers(
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

/**
 * Whether the subject of a speech verb is a share of a group (`60 percent of Democrats`, `half of the
 * firms`, `60 Prozent der Befragten`): the words before the verb in its clause, or the subject read after it, hold a
 * percentage or a fraction. Such speakers are a poll's respondents.
 */
export function respondentsSpeak(
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
export function countedAfter(tokens: readonly Token[], verbLast: number): SourcePhrase | null {
  const first = verbLast + 1
  if (first >= tokens.length) return null
  return {first, last: Math.min(first + 1, tokens.length - 1), kind: 'vague', pronoun: null, strength: 0}
}

/**
 * The poll or survey a sentence names outside the speech verb's clause (`In the Harbor Institute's annual survey, …`,
 * `…, though the poll did not ask why`): a phrase headed by a document noun, read from its determiner.
 */
export function pollIn(
  tokens: readonly Token[],
  start: number,
  verbLast: number,
  lexicon: Lexicon
): SourcePhrase | null {
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
export function frontsNoSubject(
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
export function opensFront(tokens: readonly Token[], start: number, first: number, lexicon: Lexicon): boolean {
  for (let k = start; k < first; k++) {
    const lower = tokenAt(tokens, k).lower
    if (lexicon.predicativeMarkers.has(lower) || !(lexicon.adverbs.has(lower) || lexicon.conjunctions.has(lower)))
      return false
  }
  return true
}

/** Whether a phrase names who speaks by a role, an institution, a group or an acronym, not by capitals alone. */
export function namesSpeaker(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
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
export function impersonalSource(
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
export function groupBeforePhrase(
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
export function subjectBeforeAside(tokens: readonly Token[], comma: number, lexicon: Lexicon): SourcePhrase | null {
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

/** `der` before a feminine noun is dative or genitive: `der Deutschen Presse-Agentur`. */
export function feminineAfterDer(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  if (!lexicon.obliqueBeforeFeminine.has(tokenAt(tokens, phrase.first).lower)) return false
  const head = tokenAt(tokens, headIndex(tokens, phrase.first, phrase.last, lexicon)).lower
  return lexicon.feminineSuffixes.some((suffix) => head.endsWith(suffix))
}

export function isEvidencePhrase(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  for (let k = phrase.first; k <= phrase.last; k++) {
    const token = tokenAt(tokens, k)
    if (hasHead(token, lexicon.infoNouns, lexicon) || hasHead(token, lexicon.documentNouns, lexicon)) return true
  }
  return false
}

/**
 * The closest name before `at` that is not a possessive nor governed by a preposition (unless right before
 * it), or a `he`/`she`: the subject of `…, saying`.
 */
export function nearestNameBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): SourcePhrase | null {
  for (let k = at - 1; k >= 0; k--) {
    const token = tokenAt(tokens, k)
    // `deflect Mr. Khan's criticism`: the words of a possessive name, its title included, name no subject.
    if (possessiveEnding.test(token.text) && isCapitalized(token)) {
      while (k > 0 && isCapitalized(tokenAt(tokens, k - 1))) k--
      continue
    }
    const subjectPronoun = lexicon.nominativePronouns.has(token.lower)
    if (token.kind === 'word' && (isCapitalized(token) || subjectPronoun)) {
      const phrase = readLeft(tokens, k + 1, lexicon)
      if (phrase?.kind === 'pronoun' && phrase.pronoun === 'person') return phrase
      // `with Mayor Reyes saying`: right before the participle even a preposition's object is its subject.
      const governed = phrase !== null && phrase.last + 1 < at && objectOfPreposition(tokens, phrase, lexicon)
      if (phrase && phrase.kind === 'named' && phrase.strength >= 2 && !governed) return phrase
    }
  }
  return null
}

/** The last of a list of conjuncts, which holds the phrase it was read from at least. */
export function lastConjunct(list: readonly SourcePhrase[]): SourcePhrase {
  return must(list.at(-1), 'a list of conjuncts is never empty')
}
