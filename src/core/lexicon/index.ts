// Loads the per-language word lists once, freezes them into lookup structures,
// and merges the words a user adds through options.
import deCues from './de/cue-phrases.json'
import deHedges from './de/hedges.json'
import deNumbers from './de/numbers.json'
import deUnits from './de/units.json'
import deContext from './de/context.json'
import deGrammar from './de/grammar.json'
import deSources from './de/sources.json'
import deVerbs from './de/reporting-verbs.json'
import deAbbreviations from './de/abbreviations.json'
import enCues from './en/cue-phrases.json'
import enHedges from './en/hedges.json'
import enNumbers from './en/numbers.json'
import enUnits from './en/units.json'
import enContext from './en/context.json'
import enGrammar from './en/grammar.json'
import enSources from './en/sources.json'
import enVerbs from './en/reporting-verbs.json'
import enAbbreviations from './en/abbreviations.json'
import type {Language, LexiconExtension} from '../types.js'

export interface ReportingVerb {
  lemma: string
  /** Each form as lower-case words: `['hieß', 'es']`. */
  forms: string[][]
  /** Finite forms of a separable verb, closed by `particle` at the end of the clause. */
  split: string[]
  particle: string | null
  impersonal: boolean
  needsEvidenceSubject: boolean
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
}

interface VerbEntry {
  lemma: string
  forms: string[]
  split?: string[]
  particle?: string
  impersonal?: boolean
  needsEvidenceSubject?: boolean
}

interface Raw {
  cues: {before: string[]; after: string[]}
  hedges: {hedges: string[]}
  numbers: {
    cardinals: Record<string, number>
    scales: Record<string, number>
    fractions: Record<string, number>
    ordinals: Record<string, number>
    vague: Record<string, number>
    quantifiers: string[]
    multiplicatives: Record<string, number>
    focusedOnly?: string[]
    focus?: string[]
    distributives: string[]
    times: string[]
    rangeWords: string[]
    between: string[]
  }
  units: {percent: string[]; percentagePoints: string[]; currencies: Record<string, string>}
  context: {
    approximators: string[]
    timeNouns: string[]
    ageSuffixes: string[]
    months: string[]
    weekdays: string[]
    clock: string[]
    yearContext: string[]
    referenceNouns: string[]
  }
  grammar: Record<
    | 'stopwords' | 'determiners' | 'indefinites' | 'prepositions' | 'genitiveLinks' | 'conjunctions'
    | 'subordinatingCue' | 'adverbs' | 'konjunktiv' | 'continuation' | 'personPronouns'
    | 'thingPronouns' | 'pluralPronouns' | 'genericPronouns' | 'oblique' | 'speakerPronouns' | 'addressees' | 'demonstratives' | 'feminineSuffixes' | 'possessivePreposition',
    string[]
  > & {possessives: Record<string, string>}
  sources: {
    vague: string[]
    info: string[]
    documents: string[]
    roles: string[]
    roleSuffixes: string[]
    organizations: Record<string, string[]>
    groups: string[]
  }
  verbs: {verbs: VerbEntry[]}
  abbreviations: {abbreviations: string[]}
}

const raw: Record<Language, Raw> = {
  de: {cues: deCues, hedges: deHedges, numbers: deNumbers, units: deUnits, context: deContext, grammar: deGrammar, sources: deSources, verbs: deVerbs, abbreviations: deAbbreviations},
  en: {cues: enCues, hedges: enHedges, numbers: enNumbers, units: enUnits, context: enContext, grammar: enGrammar, sources: enSources, verbs: enVerbs, abbreviations: enAbbreviations}
}

const lower = (word: string) => word.toLowerCase()
const phrase = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean)
const lowerSet = (words: string[]) => new Set(words.map(lower))
const lowerMap = <T>(record: Record<string, T>) => new Map(Object.entries(record).map(([k, v]) => [lower(k), v]))

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
    needsEvidenceSubject: entry.needsEvidenceSubject === true
  }
}

function build(language: Language, extension: LexiconExtension): Lexicon {
  const r = raw[language]
  const g = r.grammar
  const organizationTypes = new Map<string, string[]>()
  for (const [kind, equivalents] of Object.entries(r.sources.organizations)) {
    organizationTypes.set(lower(kind), [kind, ...equivalents].map(lower))
  }
  const extraVerbs = (extension.reportingVerbs ?? []).map((form) => verbFromEntry({lemma: form, forms: [form]}))
  return Object.freeze({
    language,
    reportingVerbs: [...r.verbs.verbs.map(verbFromEntry), ...extraVerbs],
    cuesBefore: r.cues.before.map(phrase),
    cuesAfter: r.cues.after.map(phrase),
    hedges: [...r.hedges.hedges, ...(extension.hedges ?? [])].map(phrase),
    cardinals: lowerMap(r.numbers.cardinals),
    scales: lowerMap(r.numbers.scales),
    fractions: lowerMap(r.numbers.fractions),
    ordinals: lowerMap(r.numbers.ordinals),
    vagueMagnitudes: lowerMap(r.numbers.vague),
    quantifiers: r.numbers.quantifiers.map(phrase),
    multiplicatives: lowerMap(r.numbers.multiplicatives),
    focusedOnly: lowerSet(r.numbers.focusedOnly ?? []),
    focus: (r.numbers.focus ?? []).map(phrase),
    distributives: lowerSet(r.numbers.distributives),
    times: lowerSet(r.numbers.times),
    rangeWords: lowerSet(r.numbers.rangeWords),
    between: lowerSet(r.numbers.between),
    percent: r.units.percent.map(phrase),
    percentagePoints: r.units.percentagePoints.map(phrase),
    currencies: lowerMap(r.units.currencies),
    approximators: r.context.approximators.map(phrase),
    timeNouns: lowerSet(r.context.timeNouns),
    ageSuffixes: lowerSet(r.context.ageSuffixes),
    months: lowerSet(r.context.months),
    weekdays: lowerSet(r.context.weekdays),
    clock: lowerSet(r.context.clock),
    yearContext: lowerSet(r.context.yearContext),
    referenceNouns: lowerSet(r.context.referenceNouns),
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
    feminineSuffixes: g.feminineSuffixes.map(lower),
    possessives: new Map(Object.entries(g.possessives).map(([word, owner]) => [lower(word), pronounOwner(owner)])),
    possessivePreposition: lowerSet(g.possessivePreposition),
    abbreviations: new Set(r.abbreviations.abbreviations),
    vagueNouns: [...r.sources.vague, ...(extension.vagueSources ?? [])].map(lower),
    infoNouns: r.sources.info.map(lower),
    documentNouns: r.sources.documents.map(lower),
    roleNouns: r.sources.roles.map(lower),
    roleSuffixes: r.sources.roleSuffixes.map(lower),
    organizationTypes,
    groupNouns: r.sources.groups.map(lower)
  })
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
const closedClasses = perLexicon((lexicon) => new Set([...lexicon.stopwords, ...lexicon.prepositions, ...lexicon.conjunctions, ...lexicon.adverbs, ...lexicon.determiners]))

/** Articles, prepositions, conjunctions, adverbs and stop words: words that never name or count anything. */
export function isClosedClass(word: string, lexicon: Lexicon): boolean {
  return closedClasses(lexicon).has(word)
}

const cache = new Map<string, Lexicon>()

/** The lexicon for a language with the user's additions; built once per distinct extension. */
export function lexiconFor(language: Language, extension: LexiconExtension = {}): Lexicon {
  const key = language + JSON.stringify(extension)
  let lexicon = cache.get(key)
  if (!lexicon) {
    lexicon = build(language, extension)
    cache.set(key, lexicon)
  }
  return lexicon
}

/** Stop words of every language, for language detection. */
export function stopwordsByLanguage(): Record<Language, ReadonlySet<string>> {
  return {de: lowerSet(raw.de.grammar.stopwords), en: lowerSet(raw.en.grammar.stopwords)}
}
