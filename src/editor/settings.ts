// The `sourced.*` settings as the editor reads them, and the one call into the engine.
// No vscode here, so a unit test runs the editor's own path (test/unit/parity.test.ts).
// Values come from user and workspace JSON, so each one is checked, never trusted.
import {
  ruleIds,
  type Analysis,
  type ArticleAnalyser,
  type ArticleSettings,
  type Language,
  type RuleId,
  type Severity
} from '../core/index.js'
import {utf8ByteLength} from './portable.js'

const SEVERITIES: ReadonlyArray<Severity | 'off'> = ['error', 'warning', 'information', 'hint', 'off']

export interface SourcedSettings {
  /** Language ids analysed without a per-file switch. */
  enabledLanguages: string[]
  documentLanguage: Language | 'auto'
  severity: Partial<Record<RuleId, Severity | 'off'>>
  reportingVerbs: string[]
  vagueSources: string[]
  ignoredFigures: string[]
  inlayHints: boolean
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
    inlayHints: get('inlayHints.enabled') !== false,
    debounceMs: boundedNumber(get('debounce'), 300, 0, 10_000),
    maxFileSizeBytes: boundedNumber(get('maxFileSize'), 512, 1, 100_000) * 1024
  }
}

/** What of the settings the engine applies. */
export function articleSettings(settings: SourcedSettings): ArticleSettings {
  const {documentLanguage, severity, ignoredFigures, reportingVerbs, vagueSources} = settings
  return {language: documentLanguage, severity, ignoredFigures, reportingVerbs, vagueSources}
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
  if (text.length > settings.maxFileSizeBytes || utf8ByteLength(text) > settings.maxFileSizeBytes) {
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

function boundedNumber(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, value))
}
