// The `sourced.*` settings as the editor reads them, and the one call into the engine.
// No vscode here, so a unit test runs the editor's own path (test/unit/parity.test.ts)
// and the CLI checks its `.sourcedrc.json` with the same code (src/cli/config.ts).
// Values come from user and workspace JSON, so each one is checked, never trusted.
import {
  builtinLanguages,
  ruleIds,
  type Analysis,
  type ArticleAnalyser,
  type ArticleSettings,
  type AttributionScope,
  type Language,
  type RuleId,
  type Severity
} from '../core/index.js'
import {utf8ByteLength} from './portable.js'

const SEVERITIES: ReadonlyArray<Severity | 'off'> = ['error', 'warning', 'information', 'hint', 'off']

/** File extensions of the languages Sourced knows; other enabled languages are checked when open. */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  news: ['news', 'article'],
  plaintext: ['txt'],
  markdown: ['md', 'markdown']
}

/** The settings that mean the same in the editor and in a `.sourcedrc.json` (keys below `sourced.`). */
export const SHARED_SETTING_KEYS = [
  'enabledLanguages',
  'documentLanguage',
  'severity',
  'reportingVerbs',
  'vagueSources',
  'ignoredFigures',
  'attributionScope'
] as const

/** The language of problem messages and hover text: VS Code's display language, or the article's. */
export type MessageLanguage = 'ui' | 'article'
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
  /** Colour figures, cues and sources through semantic tokens. */
  highlight: boolean
  run: RunMode
  attributionScope: AttributionScope
  /** At most this many problems per file (1 to MAX_PROBLEMS), the last saying how many more there are. */
  maxProblems: number
  debounceMs: number
  /** Larger documents are skipped, in bytes of UTF-8. */
  maxFileSizeBytes: number
  messageLanguage: MessageLanguage
}

/** A value that was not used: `key` is the setting (`severity.vague-source`), `message` says why. */
export interface SettingProblem {
  key: string
  message: string
}

/**
 * The settings from `get(key)` (a key below `sourced.`, e.g. `maxFileSize`), each checked.
 * A wrong value falls back to the default (a wrong list item or rule is dropped) and is
 * passed to `onProblem`: the editor ignores it, the CLI reports it.
 */
export function parseSettings(
  get: (key: string) => unknown,
  onProblem: (problem: SettingProblem) => void = () => {}
): SourcedSettings {
  const checker = {get, onProblem}
  return {
    enabledLanguages: stringList(checker, 'enabledLanguages', ['news']),
    documentLanguage: documentLanguage(checker),
    severity: severities(checker),
    reportingVerbs: stringList(checker, 'reportingVerbs', []),
    vagueSources: stringList(checker, 'vagueSources', []),
    ignoredFigures: stringList(checker, 'ignoredFigures', []),
    inlayHints: inlayHintsMode(checker.get('inlayHints'), checker.get('inlayHints.enabled')),
    run: oneOf(checker.get('run'), ['onType', 'onSave', 'manual'], 'onType'),
    attributionScope: oneOf(checker.get('attributionScope'), ['sentence', 'paragraph'], 'sentence'),
    maxProblems: Math.round(boundedNumber(checker, 'maxProblems', MAX_PROBLEMS, 1, MAX_PROBLEMS)),
    debounceMs: boundedNumber(checker, 'debounce', 300, 0, 10_000),
    maxFileSizeBytes: boundedNumber(checker, 'maxFileSize', 512, 1, 100_000) * 1024,
    messageLanguage: checker.get('messageLanguage') === 'article' ? 'article' : 'ui',
    highlight: checker.get('highlight') === true
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
  if (text.length > settings.maxFileSizeBytes || utf8ByteLength(text) > settings.maxFileSizeBytes) {
    return {status: 'too-large'}
  }
  if (text.includes('\0')) return {status: 'binary'}
  return {status: 'analysed', analysis: analyser.analyse(text, {...document, settings: articleSettings(settings)})}
}

interface Checker {
  get: (key: string) => unknown
  onProblem: (problem: SettingProblem) => void
}

function documentLanguage({get, onProblem}: Checker): Language | 'auto' {
  const value = get('documentLanguage')
  if (value === undefined || value === 'auto') return 'auto'
  const known = builtinLanguages.find((language) => language === value)
  if (known) return known
  onProblem({key: 'documentLanguage', message: `must be one of auto, ${builtinLanguages.join(', ')}`})
  return 'auto'
}

function stringList({get, onProblem}: Checker, key: string, fallback: string[]): string[] {
  const value = get(key)
  if (value === undefined) return fallback
  if (!Array.isArray(value)) {
    onProblem({key, message: 'must be a list of strings'})
    return fallback
  }
  const items: string[] = []
  for (const [index, item] of value.entries()) {
    if (typeof item === 'string' && item.trim() !== '') items.push(item.trim())
    else onProblem({key: `${key}[${index}]`, message: 'must be a non-empty string'})
  }
  return items
}

function severities({get, onProblem}: Checker): Partial<Record<RuleId, Severity | 'off'>> {
  const result: Partial<Record<RuleId, Severity | 'off'>> = {}
  const value = get('severity')
  if (value === undefined) return result
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    onProblem({key: 'severity', message: `must be an object of rule ids (${ruleIds.join(', ')})`})
    return result
  }
  for (const [rule, severity] of Object.entries(value)) {
    const knownRule = ruleIds.find((candidate) => candidate === rule)
    if (!knownRule) {
      onProblem({key: `severity.${rule}`, message: `is no rule (rules: ${ruleIds.join(', ')})`})
      continue
    }
    const known = SEVERITIES.find((candidate) => candidate === severity)
    if (known) result[knownRule] = known
    else onProblem({key: `severity.${rule}`, message: `must be one of ${SEVERITIES.join(', ')}`})
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

function boundedNumber({get, onProblem}: Checker, key: string, fallback: number, min: number, max: number): number {
  const value = get(key)
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    onProblem({key, message: 'must be a number'})
    return fallback
  }
  return Math.min(max, Math.max(min, value))
}
