// Reads the noun phrase that names a source next to a cue, and says what kind
// of source it is. A source phrase is a name, a role with or without a name, an
// organisation with its abbreviation, a vague group, a pronoun or a document.
import {endsWithAny, isClosedClass, perLexicon, type Lexicon} from '../lexicon/index.js'
import {must} from '../must.js'
import {isAcronym, isCapitalized, isLowerWord, type Token} from '../text/tokens.js'

export type SourceKind = 'named' | 'vague' | 'pronoun' | 'document'

export interface SourcePhrase {
  /** Token range [first, last] in the sentence, inclusive. */
  first: number
  last: number
  kind: SourceKind
  /** For pronouns: which sources they can stand for. */
  pronoun: 'person' | 'thing' | 'plural' | null
  /** How confident the reading is that this names the speaker (0–3). */
  strength: number
}

/**
 * Is one of `words`, or with `closedCompounds` a compound that ends in one
 * (`Verbraucherschützer` ends in `schützer`).
 */
export function hasHead(token: Token, words: readonly string[], lexicon: Pick<Lexicon, 'closedCompounds'>): boolean {
  const lower = token.lower
  const index = headIndexOf(words)
  const compounds = lexicon.closedCompounds
  if (index) {
    if (!compounds) return index.exact.has(lower)
    let found = index.compounds.get(lower)
    if (found === undefined) {
      found = index.exact.has(lower)
      for (let k = 1; !found && k <= lower.length - 4; k++) found = index.long.has(lower.slice(k))
      if (index.compounds.size >= compoundMemoLimit) index.compounds.clear()
      index.compounds.set(lower, found)
    }
    return found
  }
  for (const word of words) {
    if (lower === word) return true
    if (compounds && word.length >= 4 && lower.length > word.length && lower.endsWith(word)) return true
  }
  return false
}

type HeadIndex = {size: number; exact: Set<string>; long: Set<string>; compounds: Map<string, boolean>}
const headIndexes = new WeakMap<readonly string[], HeadIndex | number>()
/** Answers remembered per list: far more than an article's vocabulary, small enough to stay cheap. */
const compoundMemoLimit = 50_000

/**
 * Perf: a lexicon list seen a second time becomes two sets (every word; words of
 * four letters or more), so a compound is checked by its suffixes instead of
 * against every word of the list; the answer for each word read as a compound is remembered
 * (words recur, and a compound costs a look-up per suffix). Same answers; rebuilt
 * if the list's length changes.
 */
function headIndexOf(words: readonly string[]): HeadIndex | null {
  const known = headIndexes.get(words)
  if (typeof known === 'object' && known.size === words.length) return known
  if (known === undefined) {
    headIndexes.set(words, 1)
    return null
  }
  const index = {
    size: words.length,
    exact: new Set(words),
    long: new Set(words.filter((word) => word.length >= 4)),
    compounds: new Map<string, boolean>()
  }
  headIndexes.set(words, index)
  return index
}

const possessiveEnding = /['’]s?$/u

interface NounLists {
  /** The common nouns that may stand inside a source phrase. */
  sourceNouns: string[]
  /** Every word for a kind of institution, in either language. */
  organizationWords: Set<string>
  /** Words already checked for ending in one of `organizationWords`. */
  organizationEndings: Map<string, boolean>
}

/** Perf: the lists and sets are made once per lexicon, not per token. */
const nounListsOf = perLexicon(
  (lexicon): NounLists => ({
    sourceNouns: [
      ...lexicon.roleNouns,
      ...lexicon.vagueNouns,
      ...lexicon.groupNouns,
      ...lexicon.documentNouns,
      ...lexicon.infoNouns
    ],
    organizationWords: new Set([...lexicon.organizationTypes.values()].flat()),
    organizationEndings: new Map()
  })
)

/** Lower-case words that may stand inside a source phrase. */
function isSourceNoun(token: Token, lexicon: Lexicon): boolean {
  const lists = nounListsOf(lexicon)
  return hasHead(token, lists.sourceNouns, lexicon) || lists.organizationWords.has(token.lower)
}

/**
 * A word for an institution (`Ministerium`), or with `closedCompounds` a compound
 * ending in one (`Finanzministerium`).
 */
function isOrganizationWord(token: Token, lexicon: Lexicon): boolean {
  const {organizationWords, organizationEndings} = nounListsOf(lexicon)
  const lower = token.lower
  if (!lexicon.closedCompounds) return organizationWords.has(lower)
  let found = organizationEndings.get(lower)
  if (found === undefined) {
    found = false
    for (const word of organizationWords) {
      if (lower.endsWith(word)) {
        found = true
        break
      }
    }
    if (organizationEndings.size >= compoundMemoLimit) organizationEndings.clear()
    organizationEndings.set(lower, found)
  }
  return found
}

/**
 * `WHO-Gesundheitsbericht`: the acronym that opens a hyphen compound whose head is
 * a document, who issued it; else null.
 */
export function acronymOfDocument(token: Token, lexicon: Lexicon): string | null {
  if (token.kind !== 'word') return null
  const dash = token.text.indexOf('-')
  if (dash < 2 || dash > 6) return null
  const part = (from: number, to?: number): Token => ({
    ...token,
    text: token.text.slice(from, to),
    lower: token.lower.slice(from, to)
  })
  const owner = part(0, dash)
  return isAcronym(owner) && hasHead(part(dash + 1), lexicon.documentNouns, lexicon) ? owner.text : null
}

/**
 * Whether a phrase names an institution: a kind of institution with a name beside
 * it (`der Konzern Nordwind`, `the Harbor Institute`) or an acronym (`die WHO`).
 */
export function namesInstitution(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  let kind = false
  let name = false
  for (let k = first; k <= last; k++) {
    const token = must(tokens[k], 'a phrase lies within its sentence')
    if (token.kind !== 'word') continue
    // An acronym is short: a word in capitals is a dateline or a shout (`CLEVELAND —`), no institution.
    if (token.text.length >= 2 && token.text.length <= 6 && isAcronym(token)) return true
    if (isOrganizationWord(token, lexicon)) kind = true
    else if (isNameToken(token, lexicon) && !isSourceNoun(token, lexicon) && !(k === 0 && lexicon.capitalisedNouns))
      name = true
  }
  return kind && name
}

function isNameToken(token: Token, lexicon: Lexicon): boolean {
  if (token.kind !== 'word') return false
  // An acronym starts with a capital too, so isCapitalized covers isAcronym.
  if (isCapitalized(token)) {
    // Capitalised function words start sentences, they name nobody.
    return !isClosedClass(token.lower, lexicon)
  }
  // Perf: only a word with a dot can be a domain.
  return token.lower.includes('.') && domainEnding.test(token.lower)
}

const domainEnding = /\.(?:com|org|net|gov|edu|de|at|ch|io)$/u

/** A lower-case word that may modify the noun that follows (`ukrainische`, `Afghan`). */
function isModifier(token: Token, next: Token | undefined, lexicon: Lexicon): boolean {
  // A modifier stands before a word it modifies: `But Ortega stayed.` ends at the name.
  if (next?.kind !== 'word' || !isLowerWord(token) || lexicon.cardinals.has(token.lower)) return false
  if (
    lexicon.stopwords.has(token.lower) ||
    lexicon.prepositions.has(token.lower) ||
    lexicon.conjunctions.has(token.lower) ||
    lexicon.adverbs.has(token.lower)
  )
    return false
  if (lexicon.inflectedAdjectives) {
    // An inflected adjective stands before its noun (`polnische Regierung`); `machte der` is a verb.
    const function_ =
      lexicon.determiners.has(next.lower) || lexicon.stopwords.has(next.lower) || lexicon.prepositions.has(next.lower)
    const inflections = lexicon.adjectiveInflections
    return (
      endsWithAny(token.lower, inflections) &&
      !function_ &&
      (isCapitalized(next) || endsWithAny(next.lower, inflections))
    )
  }
  // `praised the plan`: a word before an article is a verb, not a modifier.
  if (lexicon.determiners.has(next.lower)) return false
  // Noun compounds before a role or office: `union leader`, `finance office`.
  return (
    endsWithAny(token.lower, lexicon.adjectiveSuffixes) ||
    isSourceNoun(token, lexicon) ||
    (isLowerWord(next) && isSourceNoun(next, lexicon))
  )
}

function isPhraseWord(token: Token, next: Token | undefined, lexicon: Lexicon): boolean {
  return (
    isNameToken(token, lexicon) ||
    (isLowerWord(token) && isSourceNoun(token, lexicon)) ||
    isModifier(token, next, lexicon)
  )
}

/** From a connector, capitalised words and connectors up to `(ACRONYM)`: the index of `)`, or -1. */
function spelledOutUntilAcronym(tokens: readonly Token[], at: number, limit: number, lexicon: Lexicon): number {
  for (let k = at; k < limit && k < at + 8; k++) {
    const token = must(tokens[k], 'k < limit')
    if (token.text === '(') {
      const acronym = tokens[k + 1]
      return acronym && isAcronym(acronym) && tokens[k + 2]?.text === ')' ? k + 2 : -1
    }
    if (!(lexicon.nameConnectors.has(token.lower) || isCapitalized(token))) return -1
  }
  return -1
}

/** Skips a balanced `( … )` starting at `at`; returns the index of `)` or -1. */
function closingParen(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k < tokens.length && k < at + 12; k++) {
    const text = must(tokens[k], 'k < tokens.length').text
    if (text === ')') return k
    if (text === '(') return -1
  }
  return -1
}

/**
 * Where capitals mark nouns, `des`/`der` (`genitiveArticles`) always link a
 * genitive; `von`/`für` only when a name follows (`von Allianz MTV Stuttgart`,
 * `für Wertpapierbesitz (DSW)`), not in `die Regierung von Flüchtlingen`.
 */
function linksName(tokens: readonly Token[], k: number, lexicon: Lexicon, limit: number): boolean {
  const link = must(tokens[k], 'k is the link').lower
  if (!lexicon.capitalisedNouns || lexicon.genitiveArticles.has(link)) return true
  const next = tokens[k + 1]
  if (!next || k + 1 >= limit) return false
  if (isAcronym(next) || (lexicon.linksBeforeDeterminer.has(link) && lexicon.determiners.has(next.lower))) return true
  const after = tokens[k + 2]
  const inBracket = tokens[k + 3]
  return (
    isCapitalized(next) &&
    !!after &&
    (isCapitalized(after) || (after.text === '(' && !!inBracket && isAcronym(inBracket)))
  )
}

/**
 * Reads a source phrase starting at `at` and going right. `open` admits any
 * content word after an article where capitals do not mark nouns, for slots that must hold a noun
 * phrase (`according to the council's finance office`).
 */
export function readRight(
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon,
  limit = tokens.length,
  open = false
): SourcePhrase | null {
  let k = at
  while (k < limit) {
    const token = must(tokens[k], 'k < limit')
    if (!lexicon.adverbs.has(token.lower) || isCapitalized(token)) break
    k++
  }
  const first = k
  if (k >= limit) return null
  const opener = must(tokens[k], 'k < limit')
  const pronoun = pronounKind(opener, lexicon)
  if (pronoun) return classify(tokens, first, k, lexicon)
  const determined = lexicon.determiners.has(opener.lower)
  if (determined) k++
  const admitsAny = open && determined && !lexicon.capitalisedNouns
  let last = -1
  // Where nouns are capitalised, adjectives precede them: a lower-case word after the
  // noun (`des Instituts müssen`) ends the phrase.
  let sawNoun = false
  while (k < limit) {
    const token = must(tokens[k], 'k < limit')
    // `Bundesamts für Migration und Flüchtlinge (BAMF)`: connectors inside a name defined by its abbreviation.
    const defined =
      last >= 0 && lexicon.nameConnectors.has(token.lower) ? spelledOutUntilAcronym(tokens, k, limit, lexicon) : -1
    if (defined > 0) {
      last = defined
      k = defined + 1
      continue
    }
    if ((last === k - 1 || k === first) && k + 2 < limit && joinsNames(tokens, k + 1)) {
      last = k + 2
      k += 3
      continue
    }
    const lateModifier = lexicon.capitalisedNouns && sawNoun && isLowerWord(token)
    // A head-final phrase ends at its document noun: `a Gallup poll released on Friday` (a participle follows it).
    const afterHead =
      last >= 0 &&
      last === k - 1 &&
      isLowerWord(token) &&
      !isSourceNoun(token, lexicon) &&
      endsHeadFinal(must(tokens[last], 'last === k - 1'), lexicon)
    if (
      !lateModifier &&
      !afterHead &&
      (isPhraseWord(token, tokens[k + 1], lexicon) ||
        (admitsAny && token.kind === 'word' && !isClosedClass(token.lower, lexicon)))
    ) {
      if (isCapitalized(token)) sawNoun = true
      last = k
      k++
      continue
    }
    if (token.text === '(' && last >= 0) {
      const close = closingParen(tokens, k)
      if (
        close > 0 &&
        tokens.slice(k + 1, close).every((t) => t.kind === 'word' && (isNameToken(t, lexicon) || t.lower.length <= 3))
      ) {
        last = close
        k = close + 1
        continue
      }
      break
    }
    // Genitive and `of` links: `Chef des Militärgeheimdienstes`, `chairman of the Joint Chiefs`.
    // A genitive hangs on a common noun (`Chef des …`, `Angaben der …`), never on a bare name:
    // in `sagte Müller der Deutschen Presse-Agentur` the agency is who he spoke to.
    if (
      last >= 0 &&
      lexicon.genitiveLinks.has(token.lower) &&
      isLowerWord(token) &&
      onCommonNoun(tokens, first, k, determined, lexicon) &&
      linksName(tokens, k, lexicon, limit)
    ) {
      let j = k + 1
      if (j < limit && lexicon.determiners.has(must(tokens[j], 'j < limit').lower)) j++
      // `eine Umfrage des „Redaktionsnetzwerks Deutschland“`: a name in quotation marks.
      if (j < limit && quotationMarks.has(must(tokens[j], 'j < limit').text)) j++
      while (j < limit && isModifier(must(tokens[j], 'j < limit'), tokens[j + 1], lexicon)) j++
      const linked = j < limit ? must(tokens[j], 'j < limit') : undefined
      if (linked && (isNameToken(linked, lexicon) || (isLowerWord(linked) && isSourceNoun(linked, lexicon)))) {
        k = j
        sawNoun = false
        continue
      }
      break
    }
    // Apposition: `der Chef des Militärgeheimdienstes, Kyrylo Budanow`.
    if (
      token.text === ',' &&
      last >= 0 &&
      k + 1 < limit &&
      isNameToken(must(tokens[k + 1], 'k + 1 < limit'), lexicon)
    ) {
      let j = k + 1
      while (j < limit && j < k + 6 && (isNameToken(must(tokens[j], 'j < limit'), lexicon) || isInitialDot(tokens, j)))
        j++
      const closer = j < limit ? must(tokens[j], 'j < limit') : undefined
      const closes = !closer || appositionEnds.has(closer.text) || lexicon.prepositions.has(closer.lower)
      if (closes && hasPersonRole(tokens, first, last, lexicon)) {
        last = j - 1
        k = j
        continue
      }
    }
    break
  }
  if (last < first) return null
  return classify(tokens, first, last, lexicon)
}

/** The dot after a middle initial: `James B. Comey`. */
function isInitialDot(tokens: readonly Token[], k: number): boolean {
  const initial = tokens[k - 1]
  return tokens[k]?.text === '.' && initial !== undefined && initial.text.length === 1 && isCapitalized(initial)
}

/**
 * `AT&T`, `Procter & Gamble`, `Müller & Söhne`: an ampersand between two
 * capitalised words joins them into one name.
 */
function joinsNames(tokens: readonly Token[], k: number): boolean {
  if (must(tokens[k], 'k is within the sentence').text !== '&') return false
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  return before !== undefined && isCapitalized(before) && after !== undefined && isCapitalized(after)
}

/** A document or information noun: a head-final phrase ends at it (`a Gallup poll released on Friday`). */
function endsHeadFinal(token: Token, lexicon: Lexicon): boolean {
  return hasHead(token, lexicon.documentNouns, lexicon) || hasHead(token, lexicon.infoNouns, lexicon)
}

const quotationMarks = new Set(['"', '„', '“', '”', '»', '«', '‚', '‘'])

const appositionEnds = new Set([',', '.', ':', ';', '(', '"', '“', '”', '«', '»', '„'])

/** Whether the words before `k` (from `first`) hold a common noun a genitive can hang on. */
function onCommonNoun(
  tokens: readonly Token[],
  first: number,
  k: number,
  determined: boolean,
  lexicon: Lexicon
): boolean {
  if (determined) return true
  for (let j = first; j < k; j++) {
    const t = must(tokens[j], 'j < k')
    if (isLowerWord(t) || hasHead(t, lexicon.roleNouns, lexicon) || isSourceNoun(t, lexicon)) return true
  }
  return false
}

/** A time noun, also as a compound's head (`Samstagabend`), or a weekday or month: never who speaks. */
function isTimeWord(token: Token, lexicon: Lexicon): boolean {
  return (
    token.kind === 'word' &&
    (hasHead(token, lexicon.timeHeads, lexicon) || lexicon.weekdays.has(token.lower) || lexicon.months.has(token.lower))
  )
}

const isTimeOpener = (token: Token, lexicon: Lexicon) =>
  isLowerWord(token) && (lexicon.timeModifiers.has(token.lower) || lexicon.determiners.has(token.lower))

/** Steps left over adverbs and a day or month (`am Freitag`, `on Thursday`) between a subject and its verb. */
function skipAdjunctsLeft(tokens: readonly Token[], k: number, lexicon: Lexicon, floor: number): number {
  let j = k
  for (;;) {
    if (j < floor) return j
    const token = must(tokens[j], 'floor <= j < at')
    if (lexicon.adverbs.has(token.lower) && !isCapitalized(token)) j--
    else if (
      j - 1 >= floor &&
      (lexicon.weekdays.has(token.lower) || lexicon.months.has(token.lower)) &&
      lexicon.datePrepositions.has(must(tokens[j - 1], 'j - 1 >= floor').lower)
    )
      j -= 2
    else if (
      j - 1 > floor &&
      isTimeWord(token, lexicon) &&
      isTimeOpener(must(tokens[j - 1], 'j - 1 > floor'), lexicon)
    ) {
      // `officials this month said`, `die Behörde am Samstagabend mitteilte`.
      j--
      while (j > floor && isTimeOpener(must(tokens[j], 'j > floor'), lexicon)) j--
    } else return j
  }
}

/** Reads a source phrase that ends right before `at`, going left. */
export function readLeft(tokens: readonly Token[], at: number, lexicon: Lexicon, floor = 0): SourcePhrase | null {
  return (
    readLeftStrict(tokens, at, lexicon, floor) ??
    (lexicon.capitalisedNouns ? null : readLeftDetermined(tokens, at, lexicon, floor))
  )
}

/** `the zoo said`, `the city council said`: where capitals do not mark nouns, any content words after an article. */
function readLeftDetermined(
  tokens: readonly Token[],
  at: number,
  lexicon: Lexicon,
  floor: number
): SourcePhrase | null {
  let k = at - 1
  while (k >= floor && k > at - 5) {
    const token = must(tokens[k], 'floor <= k < at')
    if (token.kind !== 'word' || isClosedClass(token.lower, lexicon)) break
    k--
  }
  if (k < floor || k === at - 1) return null
  const determiner = must(tokens[k], 'floor <= k < at').lower
  if (!lexicon.determiners.has(determiner) || lexicon.indefinites.has(determiner)) return null
  return classify(tokens, k, at - 1, lexicon)
}

function readLeftStrict(tokens: readonly Token[], at: number, lexicon: Lexicon, floor: number): SourcePhrase | null {
  let k = at - 1
  k = skipAdjunctsLeft(tokens, k, lexicon, floor)
  // Skip an apposition or an aside between commas: `Ann Moss, the bank's director, said`.
  if (k >= floor && must(tokens[k], 'floor <= k < at').text === ',') {
    let j = k - 1
    while (j >= floor && must(tokens[j], 'floor <= j < k').text !== ',' && j > k - 12) j--
    if (j > floor && must(tokens[j], 'floor < j < k').text === ',') {
      const before = readLeft(tokens, j, lexicon, floor)
      if (before && before.kind === 'named') return before
      // `Der Vertreter der Arbeitgeber, Peter Clever, forderte`: an unnamed role before, the name in the aside.
      const aside = readLeftStrict(tokens, k, lexicon, j + 1)
      // Only after a phrase the name may stand beside: in `in Columbus, Ohio, said` the aside ends a place.
      if (before && aside && aside.kind === 'named' && aside.first === j + 1 && aside.strength >= 3) return aside
    }
    return null
  }
  const last = k
  if (k < floor) return null
  if (pronounKind(must(tokens[k], 'floor <= k < at'), lexicon)) return classify(tokens, k, k, lexicon)
  let first = -1
  // A name spelled out before its abbreviation may hold `und`/`für`: `Bundesamt für Migration und Flüchtlinge (BAMF)`.
  let defined = false
  while (k >= floor) {
    const token = must(tokens[k], 'floor <= k < at')
    if (token.text === ')') {
      let j = k - 1
      while (j >= floor && must(tokens[j], 'floor <= j < k').text !== '(' && j > k - 12) j--
      if (j >= floor && must(tokens[j], 'floor <= j < k').text === '(' && j > floor) {
        defined = tokens.slice(j + 1, k).some((t) => isAcronym(t))
        k = j - 1
        continue
      }
      break
    }
    if (
      defined &&
      first >= 0 &&
      lexicon.nameConnectors.has(token.lower) &&
      k - 1 >= floor &&
      isCapitalized(must(tokens[k - 1], 'k - 1 >= floor'))
    ) {
      k--
      continue
    }
    // `AT&T said`: the word before the ampersand is part of the name even where it reads as a function word (`AT`).
    if (first === k + 1 && k - 1 >= floor && joinsNames(tokens, k)) {
      first = k - 1
      k -= 2
      continue
    }
    // `Sie entstammen Zeitungsberichten`: a lower-case word right after a personal pronoun is its verb, no modifier.
    const verbAfterPronoun =
      isLowerWord(token) && k - 1 >= floor && pronounKind(must(tokens[k - 1], 'k - 1 >= floor'), lexicon) !== null
    if (isPhraseWord(token, tokens[k + 1], lexicon) && !possessiveEnding.test(token.text) && !verbAfterPronoun) {
      first = k
      k--
      continue
    }
    if (first >= 0 && lexicon.genitiveLinks.has(token.lower) && isLowerWord(token) && k - 1 >= floor) {
      const previous = must(tokens[k - 1], 'k - 1 >= floor')
      if (isPhraseWord(previous, token, lexicon) || lexicon.determiners.has(previous.lower)) {
        k--
        continue
      }
    }
    if (first >= 0 && lexicon.determiners.has(token.lower) && !pronounKind(token, lexicon)) {
      first = k
      // A genitive phrase may hang on a noun before the determiner: `Die Zahlen des Instituts`.
      const link = tokens[k - 1]
      if (
        link &&
        lexicon.genitiveLinks.has(link.lower) &&
        k - 2 >= floor &&
        isPhraseWord(must(tokens[k - 2], 'k - 2 >= floor'), link, lexicon)
      ) {
        k -= 2
        continue
      }
      break
    }
    break
  }
  if (first < 0 || first > last) return null
  const phrase = classify(tokens, first, last, lexicon)
  // The object of a preposition is no subject: `das Bundesamt in Wiesbaden mitteilte` is the Bundesamt's,
  // `einen Bedarf im Bundesdurchschnitt verzeichnet` nobody's. A genitive link (`of`, `von`) joins a phrase as before;
  // a document may speak from a preposition (`wie aus der Statistik hervorgeht`); a counted phrase stays what it is.
  const before = tokens[first - 1]
  if (
    before &&
    first - 1 > floor &&
    isLowerWord(before) &&
    lexicon.prepositions.has(before.lower) &&
    !lexicon.genitiveLinks.has(before.lower)
  ) {
    if (phrase.strength === 0 || holdsInfoNoun(tokens, first, last, lexicon)) return phrase
    const owner = readLeftStrict(tokens, first - 1, lexicon, floor)
    return owner && owner.kind !== 'pronoun' ? owner : null
  }
  return phrase
}

/**
 * Whether a preposition or a linking word governs the phrase (`at Jewish stereotypes`, `of the Iowa campaign`,
 * `Among Democrats`): then it is no subject of the clause around it.
 */
export function objectOfPreposition(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  const before = tokens[phrase.first - 1]
  if (before?.kind !== 'word') return false
  return lexicon.prepositions.has(before.lower) || lexicon.genitiveLinks.has(before.lower)
}

function holdsInfoNoun(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  for (let k = first; k <= last; k++) {
    const token = must(tokens[k], 'a phrase lies within its sentence')
    if (hasHead(token, lexicon.infoNouns, lexicon) || hasHead(token, lexicon.documentNouns, lexicon)) return true
  }
  return false
}

function pronounKind(token: Token, lexicon: Lexicon): SourcePhrase['pronoun'] {
  if (token.kind !== 'word') return null
  const word = withoutClitic(token.lower)
  if (lexicon.personPronouns.has(word)) return 'person'
  if (lexicon.thingPronouns.has(word)) return 'thing'
  if (lexicon.pluralPronouns.has(word)) return 'plural'
  return null
}

/** A pronoun with a verb glued on by an apostrophe is still the pronoun: `I'll`, `she's`, `they're`. */
function withoutClitic(lower: string): string {
  for (let k = 1; k < lower.length; k++) if (lower[k] === "'" || lower[k] === '’') return lower.slice(0, k)
  return lower
}

function hasPersonRole(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  for (let k = first; k <= last; k++) {
    if (hasHead(must(tokens[k], 'a phrase lies within its sentence'), lexicon.roleNouns, lexicon)) return true
  }
  return false
}

/** The head noun: the last word before any genitive link, apposition or bracket. */
export function headIndex(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): number {
  let head = first
  for (let k = first; k <= last; k++) {
    const token = must(tokens[k], 'a phrase lies within its sentence')
    if (token.text === '(' || token.text === ',') break
    if (k > first && lexicon.genitiveLinks.has(token.lower) && isLowerWord(token)) break
    if (token.kind === 'word' && !lexicon.determiners.has(token.lower)) head = k
  }
  return head
}

function classify(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): SourcePhrase {
  const token = must(tokens[first], 'a phrase lies within its sentence')
  const pronoun = first === last ? pronounKind(token, lexicon) : null
  if (pronoun) return {first, last, kind: 'pronoun', pronoun, strength: 2}
  // A phrase with a quantity in it (`Tausenden Fans`) is what is counted, not who speaks.
  for (let k = first; k <= last; k++) {
    const t = must(tokens[k], 'a phrase lies within its sentence')
    if (t.kind === 'number' || lexicon.vagueMagnitudes.has(t.lower) || lexicon.cardinals.has(t.lower))
      return {first, last, kind: 'named', pronoun: null, strength: 0}
  }
  if (first === last && lexicon.genericPronouns.has(token.lower))
    return {first, last, kind: 'vague', pronoun: null, strength: 1}
  if (first === last && lexicon.speakerPronouns.has(withoutClitic(token.lower)))
    return {first, last, kind: 'named', pronoun: null, strength: 0}
  const {capitalisedNouns} = lexicon
  const head = headIndex(tokens, first, last, lexicon)
  const headToken = must(tokens[head], 'the head lies within its phrase')
  // `His office said`, `ihre Sprecherin sagte`: the owner speaks, so the phrase stands for them as a pronoun would.
  const owner = lexicon.possessives.get(token.lower)
  if (owner && head > first && hasHead(headToken, lexicon.representatives, lexicon))
    return {first, last, kind: 'pronoun', pronoun: owner, strength: 2}
  // `am Samstagabend`, `this month`: a time is no speaker.
  if (isTimeWord(headToken, lexicon)) return {first, last, kind: 'named', pronoun: null, strength: 0}
  // `der neue WHO-Gesundheitsbericht`: the document names who issued it.
  if (acronymOfDocument(headToken, lexicon)) return {first, last, kind: 'named', pronoun: null, strength: 3}
  const determiner = lexicon.determiners.has(token.lower) ? token.lower : null
  const indefinite = determiner !== null && lexicon.indefinites.has(determiner)
  // Perf: one pass over the words instead of a slice and a filter or `some` per feature.
  let acronym = false
  let role = false
  let hasGenitive = false
  let names = 0
  /** A name other than the head and the first word. */
  let otherName = false
  /** Names before any genitive link: where capitals mark nouns, `die Vernichtung der Lagerbestände` holds one. */
  let ownNames = 0
  let bracket = false
  for (let k = first; k <= last; k++) {
    const t = must(tokens[k], 'a phrase lies within its sentence')
    // An acronym names an organisation as the head or in brackets (`ISW`, `(DAI)`), not as a modifier (`US media`).
    if (!acronym && (k === head || bracket) && t.text.length >= 2 && isAcronym(t)) acronym = true
    if (t.text === '(') bracket = true
    const isRole = hasHead(t, lexicon.roleNouns, lexicon)
    if (isRole) role = true
    if (k > first && lexicon.genitiveLinks.has(t.lower) && isLowerWord(t)) hasGenitive = true
    // Where nouns are capitalised, a capital at the start of a sentence says nothing; elsewhere it says
    // nothing on a common noun of the lexicon (a headline's `Report warns …`).
    if (!isRole && !(k === 0 && (capitalisedNouns || isSourceNoun(t, lexicon))) && isNameToken(t, lexicon)) {
      names++
      if (!hasGenitive) ownNames++
      if (k !== head && k !== first) otherName = true
    }
  }
  // A capital marks a proper name, unless it marks every noun.
  const properName = !capitalisedNouns ? names > 0 : acronym || (role && names > 0 && !determiner) || ownNames >= 2
  if (hasHead(headToken, lexicon.vagueNouns, lexicon) && !acronym && !(!capitalisedNouns && otherName)) {
    return {first, last, kind: 'vague', pronoun: null, strength: 1}
  }
  if (hasHead(headToken, lexicon.infoNouns, lexicon) && !hasGenitive) {
    const document = hasHead(headToken, lexicon.documentNouns, lexicon)
    if (!capitalisedNouns && names > 0 && document) return {first, last, kind: 'named', pronoun: null, strength: 2}
    if (document && determiner && !indefinite) return {first, last, kind: 'document', pronoun: null, strength: 1}
    return {first, last, kind: 'vague', pronoun: null, strength: 1}
  }
  if (indefinite && !properName) return {first, last, kind: 'vague', pronoun: null, strength: 1}
  let organization = false
  for (let k = first; k <= last && !organization; k++) {
    organization = isOrganizationWord(must(tokens[k], 'a phrase lies within its sentence'), lexicon)
  }

  const group = hasHead(headToken, lexicon.groupNouns, lexicon)
  let strength = 2
  if (acronym || role || organization || group || properName) strength = 3
  // A lone capitalised word at the start of a sentence is weak evidence of a name.
  if (first === last && first === 0 && !acronym && !role && !organization && !group && capitalisedNouns) strength = 1
  if (!capitalisedNouns && !properName && !role && !organization && !group && !determiner) strength = 0
  return {first, last, kind: 'named', pronoun: null, strength}
}

/**
 * The phrases that may be a sentence's subject, for a later pronoun to stand for: the phrase that opens
 * it (also behind sentence adverbs: `Auch der Minister …`), a name in apposition to that phrase at the
 * first comma (`Der frühere Präsident des Landes zwischen 2001 und 2005, Max Muster, lobte`), and, where
 * the verb comes second and an adverbial opens the sentence, the phrase right after the finite verb
 * (`Am Montag legte der Innenminister, Max Muster, den Bericht vor`). Only phrases that name someone:
 * a role with a name, a bare name of two words or more, or an institution with its name.
 */
export function subjectPhrases(tokens: readonly Token[], lexicon: Lexicon): SourcePhrase[] {
  let start = 0
  // Sentence adverbs and conjunctions opening it, capitalised there (`Auch`, `Zudem`, `Also`).
  while (start < tokens.length && isClosedAdverb(must(tokens[start], 'start < tokens.length'), lexicon)) start++
  const found: SourcePhrase[] = []
  const opening = readRight(tokens, start, lexicon)
  if (opening) found.push(opening)
  const apposed = nameInApposition(tokens, start, lexicon)
  if (apposed) found.push(apposed)
  const opener = tokens[start]
  const adverbial = start > 0 || (opener !== undefined && lexicon.prepositions.has(opener.lower))
  if (lexicon.verbSecond && adverbial && !apposed && opening?.first !== start) {
    const inverted = subjectAfterFiniteVerb(tokens, start, lexicon)
    if (inverted) found.push(inverted)
  }
  return found.filter((phrase) => namesSomeone(tokens, phrase, lexicon))
}

const isClosedAdverb = (token: Token, lexicon: Lexicon) =>
  token.kind === 'word' && (lexicon.adverbs.has(token.lower) || lexicon.conjunctions.has(token.lower))

/** A role with a name, a bare name of two words or more, or an institution with its name. */
function namesSomeone(tokens: readonly Token[], phrase: SourcePhrase, lexicon: Lexicon): boolean {
  if (phrase.kind !== 'named') return false
  let names = 0
  let role = false
  for (let k = phrase.first; k <= phrase.last; k++) {
    const token = must(tokens[k], 'a phrase lies within its sentence')
    if (hasHead(token, lexicon.roleNouns, lexicon)) role = true
    else if (isCapitalized(token)) names++
  }
  const words = phrase.last - phrase.first + 1
  const bare = !lexicon.determiners.has(must(tokens[phrase.first], 'a phrase has a first word').lower)
  // An institution named as a subject is what a later `das Unternehmen`, `the company` or `it` stands for.
  // A lone name (`hat sich Lierow eingesetzt`) is kept too; the document pass keeps it only if it is the
  // surname of a person named in full. Not the word that opens the sentence: that capital says nothing.
  const loneName =
    words === 1 &&
    phrase.first > 0 &&
    phrase.strength > 0 &&
    isPersonName(must(tokens[phrase.first], 'a phrase has a word'), lexicon)
  return (
    (role && names > 0) ||
    (bare && names >= 2 && names === words) ||
    loneName ||
    namesInstitution(tokens, phrase.first, phrase.last, lexicon)
  )
}

/**
 * `Der frühere Präsident des Landes zwischen 2001 und 2005, Max Muster, lobte`: a name of two to four
 * words between the first two commas, after a phrase that opens with an article and holds a role; the name is
 * the subject, however long the description before it.
 */
function nameInApposition(tokens: readonly Token[], start: number, lexicon: Lexicon): SourcePhrase | null {
  const opener = tokens[start]
  if (!opener || !lexicon.determiners.has(opener.lower) || lexicon.oblique.has(opener.lower)) return null
  let comma = start + 1
  while (comma < tokens.length && comma < start + 16 && must(tokens[comma], 'comma < length').text !== ',') comma++
  if (tokens[comma]?.text !== ',' || !hasPersonRole(tokens, start, comma - 1, lexicon)) return null
  let end = comma + 1
  while (end < tokens.length && end < comma + 5 && isPersonName(must(tokens[end], 'end < length'), lexicon)) end++
  const names = end - comma - 1
  if (names < 2 || names > 4 || tokens[end]?.text !== ',') return null
  return classify(tokens, comma + 1, end - 1, lexicon)
}

/** A word that may be part of a person's name: capitalised, no function word, no noun of the source lexicon. */
function isPersonName(token: Token, lexicon: Lexicon): boolean {
  return isNameToken(token, lexicon) && !isSourceNoun(token, lexicon) && !isOrganizationWord(token, lexicon)
}

/**
 * Where the verb comes second: the phrase after the finite verb, which is the first lower-case word that is
 * no function word and no adjective before its noun (`Am Montag legte der Minister …`). Pronouns and adverbs
 * may stand between (`hatte sich der Präsident …`); an oblique article opens an object, not the subject.
 */
function subjectAfterFiniteVerb(tokens: readonly Token[], start: number, lexicon: Lexicon): SourcePhrase | null {
  let verb = start
  for (; verb < tokens.length; verb++) {
    const token = must(tokens[verb], 'verb < length')
    if (token.text === ',' || (token.kind === 'punct' && quotationMarks.has(token.text))) return null
    if (!isLowerWord(token) || lexicon.determiners.has(token.lower) || lexicon.prepositions.has(token.lower)) continue
    if (lexicon.conjunctions.has(token.lower) || lexicon.adverbs.has(token.lower)) continue
    // `Für all diese Fälle hat sich …`: a quantifier opens the adverbial's noun phrase, it is no verb.
    if (lexicon.pluralOpeners.has(token.lower) || isModifier(token, tokens[verb + 1], lexicon)) continue
    break
  }
  let k = verb + 1
  while (k < tokens.length && k < verb + 3) {
    const token = must(tokens[k], 'k < length')
    const pronounOrAdverb =
      isLowerWord(token) &&
      (lexicon.adverbs.has(token.lower) ||
        (lexicon.stopwords.has(token.lower) && !lexicon.determiners.has(token.lower)))
    if (!pronounOrAdverb || lexicon.prepositions.has(token.lower) || lexicon.conjunctions.has(token.lower)) break
    k++
  }
  const opener = tokens[k]
  if (!opener || lexicon.oblique.has(opener.lower) || lexicon.indefinites.has(opener.lower)) return null
  if (!lexicon.determiners.has(opener.lower) && !isCapitalized(opener)) return null
  const phrase = readRight(tokens, k, lexicon)
  // `der` before a feminine noun is dative or genitive: `dankte der Ministerin Anna Berg`.
  const noun = phrase ? tokens.slice(phrase.first, phrase.last + 1).find((t) => isCapitalized(t)) : undefined
  if (!phrase || !noun) return null
  if (lexicon.obliqueBeforeFeminine.has(opener.lower) && endsWithAny(noun.lower, lexicon.feminineSuffixes)) return null
  return phrase
}
