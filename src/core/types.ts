// The result of analysing one article. Every offset is a JavaScript string index
// (UTF-16 code units), end exclusive, into the text that was analysed, so the
// editor, the CLI and the tests share one coordinate system.

import type {BuiltinLanguage} from './lexicon/languages.js'

/**
 * A built-in language (`de`, `en`: the folders of lexicon/, listed in
 * lexicon/languages.ts) or the code of one registered at run time with `registerLanguage`.
 */
export type Language = BuiltinLanguage | (string & {})

export interface Span {
  start: number
  end: number
}

export type FigureStatus = 'named' | 'vague' | 'none'

/** How a named figure got its source; `paragraph` only with `attributionScope: 'paragraph'`. */
export type AttributionVia = 'sentence' | 'continuation' | 'quote' | 'echo' | 'paragraph'

/**
 * How far a named source reaches: `sentence` (the guidelines: each figure is attributed in its
 * sentence or reported speech that goes on), or `paragraph` (also every later figure of the paragraph).
 */
export type AttributionScope = 'sentence' | 'paragraph'

export type SourceType = 'person' | 'organization' | 'group' | 'document'

/** `direct`: quotation; `indirect`: reported speech; `according`: `laut`, `according to`. */
export type ClaimKind = 'direct' | 'indirect' | 'according'

// The rule ids are the keys of the one rule table.
import type {RuleId} from './rules.js'
export type {RuleId}

export type Severity = 'error' | 'warning' | 'information' | 'hint'

export interface Figure extends Span {
  /** Stable within one analysis: `f1`, `f2`, … in text order. */
  id: string
  text: string
  /** Normalised numeric value (`12.000` → 12000, `acht Millionen` → 8000000), null for vague magnitudes. */
  value: number | null
  /** Upper bound for ranges (`10 bis 12`), else null. */
  valueMax: number | null
  /** `percent`, `percentage-points`, a currency code (`EUR`, `USD`, …), or null. */
  unit: string | null
  /** The counted noun (`Soldaten`, `troops`), or null. */
  noun: string | null
  /** `Tausende`, `mehrere Tausend`, `dozens of`. */
  vague: boolean
  /** Preceded by an approximator (`rund`, `about`, `more than`). */
  approximate: boolean
  status: FigureStatus
  /** Id of a source in `Analysis.sources` when `status` is `named`. */
  source: string | null
  via: AttributionVia | null
  /** Id of the claim that carries this figure, if any. */
  claim: string | null
  /** The writer marked this figure as not needing a source (`sourced-ignore`). */
  ignored: boolean
}

export interface Mention extends Span {
  text: string
}

export interface Source {
  /** Stable within one analysis, derived from the name: `nis`, `kyrylo-budanow`. */
  id: string
  /** The fullest name the article uses. */
  name: string
  /** Every form the article uses, the name included. */
  aliases: string[]
  type: SourceType
  /** The office the article gives a person in apposition (`Chef des Militärgeheimdienstes`), if any. */
  role: string | null
  /** Every place the article names this source, in text order. */
  mentions: Mention[]
}

export interface Claim extends Span {
  /** `c1`, `c2`, … in text order. */
  id: string
  /** Source id, or null when the source is vague (`Experten`, `officials said`). */
  source: string | null
  /** The words that attribute the claim: `sagte`, `laut`, `according to`, a quotation mark. */
  cue: Mention
  /** The vague source's words when `source` is null (`Aus der Ukraine hieß es`). */
  vagueSource: Mention | null
  kind: ClaimKind
  via: 'sentence' | 'continuation' | 'quote'
  /** Ids of the figures inside this claim. */
  figures: string[]
}

export interface Diagnostic extends Span {
  ruleId: RuleId
  severity: Severity
  message: string
  /** The rule's section in README.md. */
  url: string
  /** 1-based, as unified reporters print them. */
  line: number
  column: number
  /** What the quick fix may insert (an attribution snippet). */
  expected: string[]
  /** Places that explain the message: the vague source's words, the hedge. */
  related: Array<Span & {message: string}>
  figure: string | null
  claim: string | null
}

export interface Analysis {
  language: Language
  paragraphs: Span[]
  sentences: Span[]
  figures: Figure[]
  sources: Source[]
  claims: Claim[]
  /** `offenbar`, `reportedly`, … wherever they occur. */
  hedges: Mention[]
  diagnostics: Diagnostic[]
}

/** Words a user or workspace adds to the built-in lexicons. */
export interface LexiconExtension {
  reportingVerbs?: string[]
  vagueSources?: string[]
  hedges?: string[]
}

export interface AnalyseOptions {
  /** Force a language instead of detecting it. Default `auto`. */
  language?: Language | 'auto'
  /** Severity per rule; `off` drops the rule's diagnostics. */
  severity?: Partial<Record<RuleId, Severity | 'off'>>
  /** Extra lexicon entries, per language or for both (`all`). */
  lexicon?: Partial<Record<Language | 'all', LexiconExtension>>
  /** Figures (their exact text, e.g. `24/7`) never reported. */
  ignoredFigures?: string[]
  /** How far a named source reaches. Default `sentence`. */
  attributionScope?: AttributionScope
}
