// Reads the `sourced.*` settings for one document and turns them into engine options.
// Values come from user and workspace JSON, so each one is checked, never trusted.
import * as vscode from 'vscode'
import type {AnalyseOptions, Language, RuleId, Severity} from '../core/index.js'

export const SECTION = 'sourced'

export const RULE_IDS: readonly RuleId[] = ['unattributed-figure', 'vague-source', 'hedge-without-source']
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

export function readSettings(scope?: vscode.ConfigurationScope): SourcedSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope)
  const documentLanguage = config.get<unknown>('documentLanguage')
  return {
    enabledLanguages: stringList(config.get('enabledLanguages'), ['news']),
    documentLanguage: documentLanguage === 'de' || documentLanguage === 'en' ? documentLanguage : 'auto',
    severity: severities(config.get('severity')),
    reportingVerbs: stringList(config.get('reportingVerbs'), []),
    vagueSources: stringList(config.get('vagueSources'), []),
    ignoredFigures: stringList(config.get('ignoredFigures'), []),
    inlayHints: config.get<unknown>('inlayHints.enabled') !== false,
    debounceMs: boundedNumber(config.get('debounce'), 300, 0, 10_000),
    maxFileSizeBytes: boundedNumber(config.get('maxFileSize'), 512, 1, 100_000) * 1024
  }
}

/** Engine options for these settings; empty lists are left out so equal settings give equal keys. */
export function analyseOptions(settings: SourcedSettings): AnalyseOptions {
  const options: AnalyseOptions = {language: settings.documentLanguage, severity: settings.severity}
  const lexicon = {
    ...(settings.reportingVerbs.length > 0 ? {reportingVerbs: settings.reportingVerbs} : {}),
    ...(settings.vagueSources.length > 0 ? {vagueSources: settings.vagueSources} : {})
  }
  if (Object.keys(lexicon).length > 0) options.lexicon = {all: lexicon}
  if (settings.ignoredFigures.length > 0) options.ignoredFigures = settings.ignoredFigures
  return options
}

export function affectsSourced(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION)
}

function stringList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim())
}

function severities(value: unknown): Partial<Record<RuleId, Severity | 'off'>> {
  const result: Partial<Record<RuleId, Severity | 'off'>> = {}
  if (typeof value !== 'object' || value === null) return result
  for (const rule of RULE_IDS) {
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
