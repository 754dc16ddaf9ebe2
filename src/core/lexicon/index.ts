// A language's profile: its folder of data (lexicon/<code>/*.json), frozen into
// lookup structures, with the words a user adds through options merged in. The
// recognisers ask the lexicon (`lexicon.decimalSeparator`, `lexicon.capitalisedNouns`),
// never which language it is.
import type {Language, LexiconExtension} from '../types.js'
import {
  requiredFiles,
  schemas,
  type LanguageData,
  type LanguageFile,
  type MessageKey,
  type ProfileList,
  type VerbEntry
} from './data.js'
import {builtinData, builtinLanguages} from './languages.js'
import {validate} from './validate.js'

export {builtinLanguages, type BuiltinLanguage} from './languages.js'
export type {LanguageData} from './data.js'

export interface ReportingVerb {
  lemma: string
  /** Each form as lower-case words: `['hieß', 'es']`. */
  forms: string[][]
  /** Finite forms of a separable verb, closed by `particle` at the end of the clause. */
  split: string[]
  particle: string | null
  impersonal: boolean
  needsEvidenceSubject: boolean
  /**
   * Reports only with content after it (a clause, a quotation, a colon); with a noun object it
   * names a topic: `erklärte die Hintergründe`.
   */
  needsClause: boolean
  /**
   * Reports only a quotation its clause holds after it: a naming verb whose quoted
   * predicate is what was said (`called the plan “a disaster”`).
   */
  needsQuotation: boolean
}

export interface Lexicon {
  language: Language
  reportingVerbs: ReportingVerb[]
  cuesBefore: string[][]
  cuesAfter: string[][]
  hedges: string[][]
  cardinals: ReadonlyMap<string, number>
  scales: ReadonlyMap<string, number>
  fractions: ReadonlyMap<string, number>
  ordinals: ReadonlyMap<string, number>
  vagueMagnitudes: ReadonlyMap<string, number>
  quantifiers: string[][]
  multiplicatives: ReadonlyMap<string, number>
  focusedOnly: ReadonlySet<string>
  focus: string[][]
  distributives: ReadonlySet<string>
  times: ReadonlySet<string>
  rangeWords: ReadonlySet<string>
  between: ReadonlySet<string>
  percent: string[][]
  percentagePoints: string[][]
  currencies: ReadonlyMap<string, string>
  approximators: string[][]
  timeNouns: ReadonlySet<string>
  ageSuffixes: ReadonlySet<string>
  months: ReadonlySet<string>
  weekdays: ReadonlySet<string>
  clock: ReadonlySet<string>
  yearContext: ReadonlySet<string>
  referenceNouns: ReadonlySet<string>
  stopwords: ReadonlySet<string>
  determiners: ReadonlySet<string>
  indefinites: ReadonlySet<string>
  prepositions: ReadonlySet<string>
  genitiveLinks: ReadonlySet<string>
  conjunctions: ReadonlySet<string>
  subordinatingCue: ReadonlySet<string>
  adverbs: ReadonlySet<string>
  konjunktiv: ReadonlySet<string>
  continuation: ReadonlySet<string>
  personPronouns: ReadonlySet<string>
  thingPronouns: ReadonlySet<string>
  pluralPronouns: ReadonlySet<string>
  genericPronouns: ReadonlySet<string>
  speakerPronouns: ReadonlySet<string>
  addressees: ReadonlySet<string>
  demonstratives: ReadonlySet<string>
  feminineSuffixes: string[]
  possessives: ReadonlyMap<string, 'person' | 'thing' | 'plural'>
  possessivePreposition: ReadonlySet<string>
  /** Determiners that cannot open a subject: `den`, `dem`. */
  oblique: ReadonlySet<string>
  abbreviations: ReadonlySet<string>
  vagueNouns: string[]
  infoNouns: string[]
  documentNouns: string[]
  roleNouns: string[]
  roleSuffixes: string[]
  /** Kind of institution → the words for it in either language, lower-case. */
  organizationTypes: ReadonlyMap<string, string[]>
  groupNouns: string[]
  /** Separates the decimals in digits: `,` (de), `.` (en). */
  decimalSeparator: string
  /** Groups thousands in digits: `.` (de), `,` (en). */
  groupSeparator: string
  /** Grammar switches; see schema/profile.schema.json for what each means. */
  capitalisedNouns: boolean
  closedCompounds: boolean
  verbSecond: boolean
  addresseeAfterVerb: boolean
  possessiveS: boolean
  inflectedAdjectives: boolean
  /** Endings, tested with `endsWith`; see schema/profile.schema.json. */
  adjectiveInflections: readonly string[]
  adjectiveSuffixes: readonly string[]
  pluralVerbEndings: readonly string[]
  presentParticipleEndings: readonly string[]
  participleEndings: readonly string[]
  adverbEndings: readonly string[]
  pluralEndings: readonly string[]
  pluralExceptions: readonly string[]
  ordinalSuffixes: ReadonlySet<string>
  /** Longest first, so the first that fits is the one to strip. */
  stemSuffixes: readonly string[]
  stemMinLength: number
  ageStems: readonly string[]
  perfectAuxiliaries: ReadonlySet<string>
  nameConnectors: ReadonlySet<string>
  datePrepositions: ReadonlySet<string>
  genitiveArticles: ReadonlySet<string>
  linksBeforeDeterminer: ReadonlySet<string>
  sourceLinks: ReadonlySet<string>
  trailingSourceMarkers: ReadonlySet<string>
  verbCoordinators: ReadonlySet<string>
  obliqueBeforeFeminine: ReadonlySet<string>
  ageBracketWords: ReadonlySet<string>
  magnitudeLinks: ReadonlySet<string>
  magnitudeMultiples: ReadonlySet<string>
  shareOpeners: ReadonlySet<string>
  shareLinks: ReadonlySet<string>
  fractionLinks: ReadonlySet<string>
  bareFractions: ReadonlySet<string>
  fractionArticles: ReadonlySet<string>
  definiteFractions: ReadonlySet<string>
  currencyPrefixes: ReadonlySet<string>
  hyphenLinks: ReadonlySet<string>
  gluedScales: ReadonlySet<string>
  complementizers: ReadonlySet<string>
  questionOpeners: ReadonlySet<string>
  cueNegations: ReadonlySet<string>
  auxiliariesAfterNoun: ReadonlySet<string>
  infinitiveMarkers: ReadonlySet<string>
  /** Nouns that name a time, never a speaker's head (`Samstagabend`, `this month`). */
  timeHeads: string[]
  /** Words that open a time adjunct before such a noun (`last`, `im`). */
  timeModifiers: ReadonlySet<string>
  /** Lower-case letters a source id spells out (`ü` → `ue`). */
  slugFolds: ReadonlyMap<string, string>
  /** Who speaks for the owner of a possessive before it (`his office`): the last word of each. */
  representatives: string[]
  /** Words that make a later duration in their clause a statistic (`Lebenserwartung`, `average`). */
  statistics: ReadonlySet<string>
  /** Words before a number that make it an age (`aged`). */
  ageWords: ReadonlySet<string>
  /** Phrases after a number that make it an age bracket (`or older`). */
  ageAfter: string[][]
  /** Conjunctions that open a clause stating no fact (`wenn`, `if`). */
  hypothetical: ReadonlySet<string>
  /** Words before such a conjunction that make the clause a fact again (`auch wenn`). */
  concessive: ReadonlySet<string>
  /** A word before `X to Y` that makes it a change, two figures (`from`). */
  changeOpeners: ReadonlySet<string>
  /** Words before a change opener that keep `from X to Y` a range (`ranging`). */
  rangeVerbs: ReadonlySet<string>
  /** Vague magnitudes that count only with a link after them (`scores of`). */
  linkedOnly: ReadonlySet<string>
  /** Konjunktiv II forms unlike the past tense (`könnte`): continue reported speech only right after it. */
  konjunktivII: ReadonlySet<string>
  /** Prepositions that make an approximated four-digit number a year (`until at least 2030`). */
  timeBounds: ReadonlySet<string>
  /** Grammar switch: a dot after digits can make them an ordinal (`3. Oktober`). */
  ordinalDot: boolean
  /** Words between a figure and its denominator, one rate (`je`, `per`). */
  rates: string[][]
  /** With a speech verb naming no speaker, carry on the source right before (`hieß es weiter`). */
  speechContinuation: ReadonlySet<string>
  /** Markers besides Konjunktiv I that carry the previous paragraph's source into a paragraph's first sentence. */
  openingContinuation: ReadonlySet<string>
  /** Cue phrases whose source is the subject of their clause: `nach eigenen Angaben`, `by its own account`. */
  cuesOwn: string[][]
  contentClauseOpeners: ReadonlySet<string>
  impersonalSourceLinks: ReadonlySet<string>
  backgroundRelatives: ReadonlySet<string>
  passiveAgentMarkers: ReadonlySet<string>
  /** Pronouns that can only be a subject (`er`, `he`). */
  nominativePronouns: ReadonlySet<string>
  /** Determiners that open a subject or an object alike (`die`, `das`): not nominative by their form. */
  accusativeDeterminers: ReadonlySet<string>
  /** Particles before a predicative noun (`als Beispiel`), which is no subject. */
  predicativeMarkers: ReadonlySet<string>
  /** Dative pronouns and whom they point to (`ihnen zufolge`); never a verb's subject. */
  dativePronouns: ReadonlyMap<string, 'person' | 'thing' | 'plural'>
  /** Particles that open a family name (`zu Guttenberg`), not a prepositional phrase. */
  nameParticles: ReadonlySet<string>
  /** Endings that make a feminine role of a masculine one (`Direktorin`). */
  feminineRoleEndings: string[]
  /** The gender of personal pronouns (`er`: masculine). */
  pronounGenders: ReadonlyMap<string, Gender>
  /** Conjunctions that coordinate noun phrases into one (`Polizei und Zoll`, `police and prosecutors`). */
  coordinators: ReadonlySet<string>
  /**
   * Plural noun for the people of a kind of institution → words naming such institutions,
   * lower-case (`ermittler` → `polizei`, …).
   */
  staff: ReadonlyMap<string, string[]>
  /** Units of measure → symbol (`kilogramm` → `kg`): what they measure follows them (`25 Kilogramm Kokain`). */
  measures: ReadonlyMap<string, string>
  /** Forms of address before a name (`mr.`, `frau`) → the gender they say, or null. */
  honorifics: ReadonlyMap<string, Gender | null>
  /** Words that open a plural phrase (`some`, `einige`): a group, and no part of its name. */
  pluralOpeners: ReadonlySet<string>
  /** Political camps named in the plural (`democrats`, `grünen`), lower-case. */
  groupNames: ReadonlySet<string>
  /** Kinds of institution named after their seat (`staatsanwaltschaft`), matched as a compound's head. */
  seatNamed: string[]
  /** Endings of a name that is the genitive attribute of the noun before it (`Frankreichs`). */
  genitiveNameEndings: readonly string[]
  /** Modals that with a perfect infinitive report hearsay (`soll … gefahren sein`), not a plan. */
  hearsayModals: ReadonlySet<string>
  /** Auxiliaries that close a perfect infinitive (`gefahren sein`, `gesagt haben`). */
  perfectInfinitives: ReadonlySet<string>
  /** Endings of a past participle (`gefahren`, `getötet`). */
  pastParticipleEndings: string[]
  /** Postpositions after a possessive and an info noun that attribute (`ihrer Meinung nach`). */
  possessivePostposition: ReadonlySet<string>
}

export type Gender = 'masculine' | 'feminine'

function gender(value: string): Gender {
  if (value === 'masculine' || value === 'feminine') return value
  throw new Error(`lexicon: a pronoun's gender is masculine or feminine, not ${value}`)
}

const lower = (word: string) => word.toLowerCase()
const phrase = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean)
const lowerSet = (words: readonly string[] = []) => new Set(words.map(lower))
const lowerMap = <T>(record: Record<string, T> = {}) => new Map(Object.entries(record).map(([k, v]) => [lower(k), v]))

function pronounOwner(owner: string): 'person' | 'thing' | 'plural' {
  if (owner === 'person' || owner === 'thing' || owner === 'plural') return owner
  throw new Error(`lexicon: a possessive points to person, thing or plural, not ${owner}`)
}

function verbFromEntry(entry: VerbEntry): ReportingVerb {
  return {
    lemma: entry.lemma,
    forms: entry.forms.map(phrase),
    split: (entry.split ?? []).map(lower),
    particle: entry.particle ? lower(entry.particle) : null,
    impersonal: entry.impersonal === true,
    needsEvidenceSubject: entry.needsEvidenceSubject === true,
    needsClause: entry.needsClause === true,
    needsQuotation: entry.needsQuotation === true
  }
}

/** The diagnostic messages of a language, with the article's words filled in. */
export interface Messages {
  unattributed: (figure: string) => string
  vagueFigure: (figure: string, source: string) => string
  vagueClaim: (source: string) => string
  hedge: (hedge: string) => string
  snippet: string
  unsourcedSentence: string
}

/** A language the engine can analyse: its code and folder of data, checked and ready. */
export interface LanguageProfile {
  readonly code: Language
  readonly data: Readonly<LanguageData>
  /** Lower-case stop words, counted by language detection. */
  readonly stopwords: ReadonlySet<string>
  /** Letters that tip detection towards this language. */
  readonly detectionLetters: string
  readonly messages: Messages
}

/** Replaces each `{name}` of `values` in one pass (a filled-in word may itself hold braces). */
function fill(template: string, values: Record<string, string>): string {
  let out = ''
  let k = 0
  for (let open = template.indexOf('{', k); open >= 0; open = template.indexOf('{', k)) {
    const close = template.indexOf('}', open)
    const name = close < 0 ? '' : template.slice(open + 1, close)
    if (close >= 0 && Object.hasOwn(values, name)) {
      out += template.slice(k, open) + values[name]
      k = close + 1
    } else {
      out += template.slice(k, open + 1)
      k = open + 1
    }
  }
  return out + template.slice(k)
}

function messagesOf(texts: Record<MessageKey, string>): Messages {
  return {
    unattributed: (figure) => fill(texts.unattributed, {figure}),
    vagueFigure: (figure, source) => fill(texts.vagueFigure, {figure, source}),
    vagueClaim: (source) => fill(texts.vagueClaim, {source}),
    hedge: (hedge) => fill(texts.hedge, {hedge}),
    snippet: texts.snippet,
    unsourcedSentence: texts.unsourcedSentence
  }
}

function makeProfile(code: Language, data: LanguageData): LanguageProfile {
  return Object.freeze({
    code,
    data,
    stopwords: lowerSet(data.grammar?.stopwords),
    detectionLetters: data.profile.detectionLetters ?? '',
    messages: messagesOf(data.messages)
  })
}

/** Every language the engine knows, built-in first, then those registered, in order. */
const profiles = new Map<string, LanguageProfile>(
  builtinLanguages.map((code) => [code, makeProfile(code, builtinData[code])])
)

/**
 * Builds a language from its folder's files (parsed JSON by file name without
 * `.json`: `profile`, `messages`, `reporting-verbs`, …), checked against the
 * schemas in lexicon/schema/. Throws with every problem found.
 */
export function createLanguageProfile(
  code: string,
  files: Readonly<Record<string, unknown>> | Readonly<LanguageData>
): LanguageProfile {
  if (!code || code === 'auto' || code === 'all' || code.trim() !== code)
    throw new Error(`language code ${JSON.stringify(code)} is not allowed`)
  const problems: string[] = []
  for (const file of requiredFiles) if (!(file in files)) problems.push(`${file}.json is missing`)
  for (const [file, content] of Object.entries(files)) {
    if (!Object.hasOwn(schemas, file))
      problems.push(`${file}.json is no lexicon file (known: ${Object.keys(schemas).join(', ')})`)
    else problems.push(...validate(content, schemas[file as LanguageFile], file))
  }
  if (problems.length > 0) throw new Error(`language ${code}: ${problems.join('; ')}`)
  return makeProfile(code, structuredClone(files) as unknown as LanguageData)
}

/**
 * Makes a profile available to `analyse` under its code (`language: 'fr'`) and to detection.
 * Replaces one of the same code.
 */
export function registerLanguage(profile: LanguageProfile): void {
  if ((builtinLanguages as readonly string[]).includes(profile.code))
    throw new Error(`language ${profile.code} is built in`)
  profiles.set(profile.code, profile)
  for (const key of cache.keys()) if (key.startsWith(profile.code + '\u0000')) cache.delete(key)
}

/** Removes a registered language; built-in ones stay. */
export function unregisterLanguage(code: string): boolean {
  if ((builtinLanguages as readonly string[]).includes(code)) return false
  for (const key of cache.keys()) if (key.startsWith(code + '\u0000')) cache.delete(key)
  return profiles.delete(code)
}

/** Every language profile, built-in first. */
export function languageProfiles(): LanguageProfile[] {
  return [...profiles.values()]
}

export function profileOf(language: Language): LanguageProfile {
  const profile = profiles.get(language)
  if (!profile) throw new Error(`unknown language ${language} (known: ${[...profiles.keys()].join(', ')})`)
  return profile
}

/** The diagnostic messages in `language`. */
export function messagesFor(language: Language): Messages {
  return profileOf(language).messages
}

function build(language: Language, extension: LexiconExtension): Lexicon {
  const r = profileOf(language).data
  const g = r.grammar ?? {}
  const n = r.numbers ?? {}
  const c = r.context ?? {}
  const s = r.sources ?? {}
  const u = r.units ?? {}
  const p = r.profile
  const list = (name: ProfileList) => (p[name] ?? []).map(lower)
  const set = (name: ProfileList) => new Set(list(name))
  const organizationTypes = new Map<string, string[]>()
  for (const [kind, equivalents] of Object.entries(s.organizations ?? {})) {
    organizationTypes.set(lower(kind), [kind, ...equivalents].map(lower))
  }
  const extraVerbs = (extension.reportingVerbs ?? []).map((form) => verbFromEntry({lemma: form, forms: [form]}))
  return Object.freeze({
    language,
    reportingVerbs: [...(r['reporting-verbs']?.verbs ?? []).map(verbFromEntry), ...extraVerbs],
    cuesBefore: (r['cue-phrases']?.before ?? []).map(phrase),
    cuesAfter: (r['cue-phrases']?.after ?? []).map(phrase),
    hedges: [...(r.hedges?.hedges ?? []), ...(extension.hedges ?? [])].map(phrase),
    cardinals: lowerMap(n.cardinals),
    scales: lowerMap(n.scales),
    fractions: lowerMap(n.fractions),
    ordinals: lowerMap(n.ordinals),
    vagueMagnitudes: lowerMap(n.vague),
    quantifiers: (n.quantifiers ?? []).map(phrase),
    multiplicatives: lowerMap(n.multiplicatives),
    focusedOnly: lowerSet(n.focusedOnly),
    focus: (n.focus ?? []).map(phrase),
    distributives: lowerSet(n.distributives),
    times: lowerSet(n.times),
    rangeWords: lowerSet(n.rangeWords),
    between: lowerSet(n.between),
    percent: (u.percent ?? []).map(phrase),
    percentagePoints: (u.percentagePoints ?? []).map(phrase),
    currencies: lowerMap(u.currencies),
    approximators: (c.approximators ?? []).map(phrase),
    timeNouns: lowerSet(c.timeNouns),
    ageSuffixes: lowerSet(c.ageSuffixes),
    months: lowerSet(c.months),
    weekdays: lowerSet(c.weekdays),
    clock: lowerSet(c.clock),
    yearContext: lowerSet(c.yearContext),
    referenceNouns: lowerSet(c.referenceNouns),
    stopwords: lowerSet(g.stopwords),
    determiners: lowerSet(g.determiners),
    indefinites: lowerSet(g.indefinites),
    prepositions: lowerSet(g.prepositions),
    genitiveLinks: lowerSet(g.genitiveLinks),
    conjunctions: lowerSet(g.conjunctions),
    subordinatingCue: lowerSet(g.subordinatingCue),
    adverbs: lowerSet(g.adverbs),
    konjunktiv: lowerSet(g.konjunktiv),
    continuation: lowerSet(g.continuation),
    personPronouns: lowerSet(g.personPronouns),
    thingPronouns: lowerSet(g.thingPronouns),
    pluralPronouns: lowerSet(g.pluralPronouns),
    genericPronouns: lowerSet(g.genericPronouns),
    oblique: lowerSet(g.oblique),
    speakerPronouns: lowerSet(g.speakerPronouns),
    addressees: lowerSet(g.addressees),
    demonstratives: lowerSet(g.demonstratives),
    feminineSuffixes: (g.feminineSuffixes ?? []).map(lower),
    possessives: new Map(
      Object.entries(g.possessives ?? {}).map(([word, owner]) => [lower(word), pronounOwner(owner)])
    ),
    possessivePreposition: lowerSet(g.possessivePreposition),
    abbreviations: new Set(r.abbreviations?.abbreviations ?? []),
    vagueNouns: [...(s.vague ?? []), ...(extension.vagueSources ?? [])].map(lower),
    infoNouns: (s.info ?? []).map(lower),
    documentNouns: (s.documents ?? []).map(lower),
    roleNouns: (s.roles ?? []).map(lower),
    roleSuffixes: (s.roleSuffixes ?? []).map(lower),
    organizationTypes,
    groupNouns: (s.groups ?? []).map(lower),
    decimalSeparator: p.decimalSeparator,
    groupSeparator: p.groupSeparator,
    capitalisedNouns: p.capitalisedNouns,
    closedCompounds: p.closedCompounds,
    verbSecond: p.verbSecond,
    addresseeAfterVerb: p.addresseeAfterVerb,
    possessiveS: p.possessiveS,
    inflectedAdjectives: p.inflectedAdjectives,
    adjectiveInflections: list('adjectiveInflections'),
    adjectiveSuffixes: list('adjectiveSuffixes'),
    pluralVerbEndings: list('pluralVerbEndings'),
    presentParticipleEndings: list('presentParticipleEndings'),
    participleEndings: list('participleEndings'),
    adverbEndings: list('adverbEndings'),
    pluralEndings: list('pluralEndings'),
    pluralExceptions: list('pluralExceptions'),
    ordinalSuffixes: set('ordinalSuffixes'),
    stemSuffixes: list('stemSuffixes').sort((a, b) => b.length - a.length),
    stemMinLength: p.stemMinLength ?? 1,
    ageStems: list('ageStems'),
    perfectAuxiliaries: set('perfectAuxiliaries'),
    nameConnectors: set('nameConnectors'),
    datePrepositions: set('datePrepositions'),
    genitiveArticles: set('genitiveArticles'),
    linksBeforeDeterminer: set('linksBeforeDeterminer'),
    sourceLinks: set('sourceLinks'),
    trailingSourceMarkers: set('trailingSourceMarkers'),
    verbCoordinators: set('verbCoordinators'),
    obliqueBeforeFeminine: set('obliqueBeforeFeminine'),
    ageBracketWords: set('ageBracketWords'),
    magnitudeLinks: set('magnitudeLinks'),
    magnitudeMultiples: set('magnitudeMultiples'),
    shareOpeners: set('shareOpeners'),
    shareLinks: set('shareLinks'),
    fractionLinks: set('fractionLinks'),
    bareFractions: set('bareFractions'),
    fractionArticles: set('fractionArticles'),
    definiteFractions: set('definiteFractions'),
    currencyPrefixes: set('currencyPrefixes'),
    hyphenLinks: set('hyphenLinks'),
    gluedScales: set('gluedScales'),
    complementizers: set('complementizers'),
    questionOpeners: set('questionOpeners'),
    cueNegations: set('cueNegations'),
    auxiliariesAfterNoun: set('auxiliariesAfterNoun'),
    infinitiveMarkers: set('infinitiveMarkers'),
    timeHeads: (s.times ?? []).map(lower),
    timeModifiers: lowerSet(s.timeModifiers),
    slugFolds: lowerMap(p.slugFolds),
    representatives: (s.representatives ?? []).map((entry) => phrase(entry).at(-1) ?? lower(entry)),
    statistics: lowerSet(c.statistics),
    ageWords: lowerSet(c.ageWords),
    ageAfter: (c.ageAfter ?? []).map(phrase),
    hypothetical: lowerSet(c.hypothetical),
    concessive: lowerSet(c.concessive),
    changeOpeners: lowerSet(c.changeOpeners),
    rangeVerbs: lowerSet(c.rangeVerbs),
    linkedOnly: lowerSet(n.linkedOnly),
    konjunktivII: lowerSet(g.konjunktivII),
    timeBounds: lowerSet(c.timeBounds),
    ordinalDot: p.ordinalDot === true,
    rates: (n.rates ?? []).map(phrase),
    speechContinuation: lowerSet(g.speechContinuation),
    openingContinuation: lowerSet(g.openingContinuation),
    cuesOwn: (r['cue-phrases']?.own ?? []).map(phrase),
    contentClauseOpeners: set('contentClauseOpeners'),
    impersonalSourceLinks: set('impersonalSourceLinks'),
    backgroundRelatives: set('backgroundRelatives'),
    passiveAgentMarkers: set('passiveAgentMarkers'),
    nominativePronouns: lowerSet(g.nominativePronouns),
    accusativeDeterminers: lowerSet(g.accusativeDeterminers),
    predicativeMarkers: lowerSet(g.predicativeMarkers),
    dativePronouns: new Map(
      Object.entries(g.dativePronouns ?? {}).map(([word, owner]) => [lower(word), pronounOwner(owner)])
    ),
    nameParticles: set('nameParticles'),
    feminineRoleEndings: list('feminineRoleEndings'),
    pronounGenders: new Map(
      Object.entries(g.pronounGenders ?? {}).map(([word, value]) => [lower(word), gender(value)])
    ),
    coordinators: lowerSet(g.coordinators),
    staff: new Map(Object.entries(s.staff ?? {}).map(([noun, institutions]) => [lower(noun), institutions.map(lower)])),
    measures: lowerMap(u.measures),
    honorifics: new Map(
      Object.entries(s.honorifics ?? {}).map(([word, value]) => [lower(word), value === 'any' ? null : gender(value)])
    ),
    pluralOpeners: lowerSet(s.pluralOpeners),
    groupNames: lowerSet(s.groupNames),
    seatNamed: (s.seatNamed ?? []).map(lower),
    genitiveNameEndings: (s.genitiveNameEndings ?? []).map(lower),
    hearsayModals: lowerSet(g.hearsayModals),
    perfectInfinitives: lowerSet(g.perfectInfinitives),
    pastParticipleEndings: (g.pastParticipleEndings ?? []).map(lower),
    possessivePostposition: lowerSet(g.possessivePostposition)
  })
}

/** Whether `word` ends in one of `endings`. */
export function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true
  return false
}

/**
 * A value worked out from a lexicon once and kept while the lexicon lives. Perf:
 * the recognisers' sets and indexes are made per lexicon, not per token or call.
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const values = new WeakMap<Lexicon, T>()
  return (lexicon) => {
    let value = values.get(lexicon)
    if (value === undefined) values.set(lexicon, (value = build(lexicon)))
    return value
  }
}

// Perf: the five lists as one set: one look-up per word instead of five.
const closedClasses = perLexicon(
  (lexicon) =>
    new Set([
      ...lexicon.stopwords,
      ...lexicon.prepositions,
      ...lexicon.conjunctions,
      ...lexicon.adverbs,
      ...lexicon.determiners
    ])
)

/** Articles, prepositions, conjunctions, adverbs and stop words: words that never name or count anything. */
export function isClosedClass(word: string, lexicon: Lexicon): boolean {
  return closedClasses(lexicon).has(word)
}

const cache = new Map<string, Lexicon>()

/** The lexicon for a language with the user's additions; built once per distinct extension. */
export function lexiconFor(language: Language, extension: LexiconExtension = {}): Lexicon {
  const key = language + '\u0000' + JSON.stringify(extension)
  let lexicon = cache.get(key)
  if (!lexicon) {
    lexicon = build(language, extension)
    cache.set(key, lexicon)
  }
  return lexicon
}
