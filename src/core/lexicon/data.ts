// The shape of a language's folder: one JSON file per kind of data, each checked by
// its schema in schema/. A folder for a language added at run time may leave out any
// file but profile and messages; what it leaves out is empty.
import abbreviationsSchema from './schema/abbreviations.schema.json'
import contextSchema from './schema/context.schema.json'
import cuePhrasesSchema from './schema/cue-phrases.schema.json'
import grammarSchema from './schema/grammar.schema.json'
import hedgesSchema from './schema/hedges.schema.json'
import messagesSchema from './schema/messages.schema.json'
import numbersSchema from './schema/numbers.schema.json'
import profileSchema from './schema/profile.schema.json'
import reportingVerbsSchema from './schema/reporting-verbs.schema.json'
import sourcesSchema from './schema/sources.schema.json'
import unitsSchema from './schema/units.schema.json'
import type {Schema} from './validate.js'

type Words = string[]
type Values = Record<string, number>

/** Small closed word lists of profile.json; see schema/profile.schema.json for each. */
export type ProfileList =
  | 'adjectiveInflections' | 'adjectiveSuffixes' | 'pluralVerbEndings' | 'presentParticipleEndings'
  | 'participleEndings' | 'adverbEndings' | 'pluralEndings' | 'pluralExceptions' | 'ordinalSuffixes' | 'stemSuffixes'
  | 'perfectAuxiliaries'
  | 'nameConnectors' | 'datePrepositions' | 'genitiveArticles' | 'linksBeforeDeterminer' | 'sourceLinks'
  | 'trailingSourceMarkers' | 'verbCoordinators' | 'obliqueBeforeFeminine' | 'ageBracketWords' | 'ageStems'
  | 'magnitudeLinks' | 'magnitudeMultiples' | 'shareOpeners' | 'shareLinks' | 'fractionLinks' | 'bareFractions'
  | 'fractionArticles' | 'definiteFractions' | 'currencyPrefixes' | 'hyphenLinks' | 'gluedScales'
  | 'complementizers' | 'questionOpeners' | 'cueNegations' | 'auxiliariesAfterNoun' | 'infinitiveMarkers'
  | 'contentClauseOpeners' | 'impersonalSourceLinks' | 'backgroundRelatives' | 'passiveAgentMarkers' | 'nameParticles'
  | 'feminineRoleEndings'

/** The grammar switches of profile.json: properties of the language, never its name. */
export type ProfileSwitch =
  | 'capitalisedNouns' | 'closedCompounds' | 'verbSecond' | 'addresseeAfterVerb' | 'possessiveS' | 'inflectedAdjectives'

export type ProfileFile = Record<ProfileSwitch, boolean> &
  Partial<Record<ProfileList, Words>> & {
    decimalSeparator: string
    groupSeparator: string
    detectionLetters?: string
    stemMinLength?: number
    slugFolds?: Record<string, string>
    ordinalDot?: boolean
  }

export type MessageKey = 'unattributed' | 'vagueFigure' | 'vagueClaim' | 'hedge' | 'snippet' | 'unsourcedSentence'

export type GrammarList =
  | 'stopwords' | 'determiners' | 'indefinites' | 'prepositions' | 'genitiveLinks' | 'conjunctions'
  | 'subordinatingCue' | 'adverbs' | 'konjunktiv' | 'continuation' | 'personPronouns'
  | 'thingPronouns' | 'pluralPronouns' | 'genericPronouns' | 'oblique' | 'speakerPronouns' | 'addressees'
  | 'demonstratives' | 'feminineSuffixes' | 'possessivePreposition' | 'konjunktivII' | 'speechContinuation'
  | 'openingContinuation'
  | 'nominativePronouns' | 'accusativeDeterminers' | 'predicativeMarkers' | 'coordinators'
  | 'hearsayModals' | 'perfectInfinitives' | 'pastParticipleEndings' | 'possessivePostposition'

export interface VerbEntry {
  lemma: string
  forms: string[]
  split?: string[]
  particle?: string
  impersonal?: boolean
  needsEvidenceSubject?: boolean
  needsClause?: boolean
  needsQuotation?: boolean
}

/** A language's folder, by file name without `.json`. */
export interface LanguageData {
  profile: ProfileFile
  messages: Record<MessageKey, string>
  abbreviations?: {abbreviations?: Words}
  context?: Partial<
    Record<
      | 'approximators' | 'timeNouns' | 'ageSuffixes' | 'months' | 'weekdays' | 'clock' | 'yearContext'
      | 'referenceNouns' | 'statistics' | 'ageWords' | 'ageAfter' | 'hypothetical' | 'concessive'
      | 'changeOpeners' | 'rangeVerbs' | 'timeBounds',
      Words
    >
  >
  'cue-phrases'?: {before?: Words; after?: Words; own?: Words}
  grammar?: Partial<Record<GrammarList, Words>> & {
    possessives?: Record<string, string>
    dativePronouns?: Record<string, string>
    pronounGenders?: Record<string, string>
  }
  hedges?: {hedges?: Words}
  numbers?: Partial<Record<'cardinals' | 'scales' | 'fractions' | 'ordinals' | 'vague' | 'multiplicatives', Values>> &
    Partial<
      Record<
        | 'quantifiers' | 'focusedOnly' | 'focus' | 'distributives' | 'times' | 'rangeWords' | 'between'
        | 'linkedOnly' | 'rates',
        Words
      >
    >
  'reporting-verbs'?: {verbs?: VerbEntry[]}
  sources?: Partial<
    Record<
      | 'vague' | 'info' | 'documents' | 'roles' | 'roleSuffixes' | 'groups' | 'times' | 'timeModifiers'
      | 'representatives' | 'pluralOpeners' | 'groupNames' | 'seatNamed' | 'genitiveNameEndings',
      Words
    >
  > & {organizations?: Record<string, Words>; staff?: Record<string, Words>; honorifics?: Record<string, string>}
  units?: {
    percent?: Words
    percentagePoints?: Words
    currencies?: Record<string, string>
    measures?: Record<string, string>
  }
}

export type LanguageFile = keyof LanguageData

/** The schema of each file of a language's folder. */
export const schemas: Record<LanguageFile, Schema> = {
  abbreviations: abbreviationsSchema as Schema,
  context: contextSchema as Schema,
  'cue-phrases': cuePhrasesSchema as Schema,
  grammar: grammarSchema as Schema,
  hedges: hedgesSchema as Schema,
  messages: messagesSchema as Schema,
  numbers: numbersSchema as Schema,
  profile: profileSchema as Schema,
  'reporting-verbs': reportingVerbsSchema as Schema,
  sources: sourcesSchema as Schema,
  units: unitsSchema as Schema
}

/** The files a folder must have. */
export const requiredFiles: readonly LanguageFile[] = ['profile', 'messages']
