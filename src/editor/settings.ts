// The `sourced.*` settings as the editor reads them, and the one call into the engine.
// No vscode here, so a unit test runs the editor's own path (test/unit/parity.test.ts).
// Values come from user and workspace JSON, so each one is checked, never trusted.
import {
  ruleIds,
  type Analysis,
  type ArticleAnalyser,
  type ArticleSettings,
  type AttributionScope,
  type Language,
  type RuleId,
  type Severity
} from '../core/index.js'

const SEVERITIES: ReadonlyArray<Severity | 'off'> = ['error', 'warning', 'information', 'hint', 'off']

/** When the article is checked: while typing (debounced), on save, or only by the command. */
export type RunMode = 'onType' | 'onSave' | 'manual'
/** Which attributed figures get an inlay hint: each, the first per source in a sentence, or none. */
export type InlayHintsMode = 'all' | 'firstPerSentence' | 'off'
/** VS Code draws at most 500 problems per file; past that, squiggles stop while the counts go on. */
export const MAX_PROBLEMS = 500

export interface SourcedSettings {
  /** Language ids analysed without a per-file switch. */
  enabledLanguages: string[]
  documentLanguage: Language | 'auto'
  severity: Partial<Record<RuleId, Severity | 'off'>>
  reportingVerbs: string[]
  vagueSources: string[]
  ignoredFigures: string[]
  inlayHints: InlayHintsMode
  run: RunMode
  attributionScope: AttributionScope
  /** At most this many problems per file (1 to MAX_PROBLEMS), the last saying how many more there are. */
  maxProblems: number
  debounceMs: number
  /** Larger documents are skipped, in bytes of UTF-8. */
  maxFileSizeBytes: number
}

/** The settings from `get(key)` (a key below `sourced.`, e.g. `maxFileSize`), each checked. */
export function parseSettings(get: (key: string) => unknown): SourcedSettings {
  const documentLanguage = get('documentLanguage')
  return {
    enabledLanguages: stringList(get('enabledLanguages'), ['news']),
    documentLanguage: documentLanguage === 'de' || documentLanguage === 'en' ? documentLanguage : 'auto',
    severity: severities(get('severity')),
    reportingVerbs: stringList(get('reportingVerbs'), []),
    vagueSources: stringList(get('vagueSources'), []),
    ignoredFigures: stringList(get('ignoredFigures'), []),
    inlayHints: inlayHintsMode(get('inlayHints'), get('inlayHints.enabled')),
    run: oneOf(get('run'), ['onType', 'onSave', 'manual'], 'onType'),
    attributionScope: oneOf(get('attributionScope'), ['sentence', 'paragraph'], 'sentence'),
    maxProblems: Math.round(boundedNumber(get('maxProblems'), MAX_PROBLEMS, 1, MAX_PROBLEMS)),
    debounceMs: boundedNumber(get('debounce'), 300, 0, 10_000),
    maxFileSizeBytes: boundedNumber(get('maxFileSize'), 512, 1, 100_000) * 1024
  }
}

/** What of the settings the engine applies. */
export function articleSettings(settings: SourcedSettings): ArticleSettings {
  const {documentLanguage, severity, ignoredFigures, reportingVerbs, vagueSources, attributionScope} = settings
  return {language: documentLanguage, severity, ignoredFigures, reportingVerbs, vagueSources, attributionScope}
}

/** Why a text is not analysed: over the size limit, or binary. */
export type TextSkip = 'too-large' | 'binary'

export type TextAnalysis = {status: 'analysed'; analysis: Analysis} | {status: TextSkip}

/**
 * The editor's analysis of a document's text: `languageId` and `path` tell the engine
 * the file's type (Markdown is read as prose). Throws what the engine throws.
 */
export function analyseEditorText(
  analyser: ArticleAnalyser,
  text: string,
  document: {languageId: string; path: string},
  settings: SourcedSettings
): TextAnalysis {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 units, so the cheap test comes first.
  if (text.length > settings.maxFileSizeBytes || Buffer.byteLength(text, 'utf8') > settings.maxFileSizeBytes) {
    return {status: 'too-large'}
  }
  if (text.includes('\0')) return {status: 'binary'}
  return {status: 'analysed', analysis: analyser.analyse(text, {...document, settings: articleSettings(settings)})}
}

function stringList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback
  return value
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim())
}

function severities(value: unknown): Partial<Record<RuleId, Severity | 'off'>> {
  const result: Partial<Record<RuleId, Severity | 'off'>> = {}
  if (typeof value !== 'object' || value === null) return result
  for (const rule of ruleIds) {
    const severity = (value as Record<string, unknown>)[rule]
    const known = SEVERITIES.find((candidate) => candidate === severity)
    if (known) result[rule] = known
  }
  return result
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback
}

/**
 * `sourced.inlayHints`, else the deprecated boolean `sourced.inlayHints.enabled` it replaced. The
 * two cannot both be declared: a string setting has no keys below it, so a user's old
 * `inlayHints.enabled` arrives as the object `{enabled}` in place of the string.
 */
function inlayHintsMode(value: unknown, enabled: unknown): InlayHintsMode {
  const mode = oneOf<InlayHintsMode | 'unset'>(value, ['all', 'firstPerSentence', 'off'], 'unset')
  if (mode !== 'unset') return mode
  return enabled === false ? 'off' : 'firstPerSentence'
}

function boundedNumber(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, value))
}
