// The command line, read into checked options. A wrong option is a usage error (exit 2).
import {parseArgs} from 'node:util'
import {builtinLanguages, ruleIds, type Language, type RuleId, type Severity} from '../core/index.js'

/** What `--language` accepts: the built-in languages, from their one list. */
const languageChoices: readonly string[] = ['auto', ...builtinLanguages]
export const FORMATS = ['text', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]
/** The lowest severity that fails the run; `never` reports without failing. */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]
const SEVERITY_SETTINGS: ReadonlyArray<Severity | 'off'> = ['error', 'warning', 'information', 'hint', 'off']

export const usage = `Usage: sourced [options] <files, directories or globs…>   (none, or -: read stdin)

Finds the figures in news articles, decides whether each has a source, and
links every claim to its source. German and English. A directory is searched
for the enabled file types (.news and .article; .txt and .md when enabled),
skipping what .gitignore ignores.

Output:
  -f, --format <text|json|sarif|github>
                          text (default): one problem a line, path:line:col;
                          json: the full analysis; sarif: SARIF 2.1.0 for code
                          scanning; github: GitHub Actions annotations
  -o, --output <file>     write the report to a file instead of stdout
  --color, --no-color     colour the text report (default: only on a terminal,
                          never when NO_COLOR is set)
  --quiet                 report only the problems that fail the run

Exit code (0 clean, 1 problems that fail the run, 2 usage or read errors):
  --fail-on <error|warning|info|never>
                          lowest severity that exits 1 (default: warning;
                          with --format json: never)
  --max-warnings <n>      warnings exit 1 only when there are more than n
  --frail                 deprecated: the same as --fail-on warning

Configuration (flags win over the file; see README "Configuration"):
  -c, --config <file>     use this file instead of the nearest .sourcedrc.json
                          or package.json "sourced" key above each article
  --no-config             use no configuration file
  --language <${languageChoices.join('|')}> force the article language
  --severity <rule>=<level>
                          a rule's severity (error, warning, information,
                          hint or off); repeatable
  --ignore-figure <text>  a figure that never needs a source; repeatable
  --reporting-verb <word> an extra verb that attributes a claim; repeatable
  --vague-source <words>  an extra word for an unnamed source; repeatable

Input:
  --no-ignore             search directories without reading .gitignore
  --max-size <bytes>      skip larger files (default: 10000000)

  -h, --help              show this help
  -v, --version           show the version`

export interface CliOptions {
  format: Format
  output: string | undefined
  /** `undefined`: decide by the terminal and NO_COLOR. */
  color: boolean | undefined
  quiet: boolean
  failOn: FailOn
  maxWarnings: number | undefined
  config: string | undefined
  useConfig: boolean
  useGitignore: boolean
  maxBytes: number
  /** The settings given as flags; each wins over the configuration file. */
  flags: SettingFlags
  /** Paths, directories, globs; `-` is stdin. */
  inputs: string[]
  help: boolean
  version: boolean
  /** Notes for stderr, e.g. a deprecated flag. */
  notes: string[]
}

export interface SettingFlags {
  language: Language | 'auto' | undefined
  severity: Partial<Record<RuleId, Severity | 'off'>>
  ignoredFigures: string[]
  reportingVerbs: string[]
  vagueSources: string[]
}

export type ParsedCommandLine = {options: CliOptions} | {error: string}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    return {error: (error as Error).message}
  }
  const {values, positionals} = parsed
  const format = values.format ?? 'text'
  if (!isOneOf(FORMATS, format)) return {error: `unknown --format ${format} (use ${FORMATS.join(', ')})`}
  const failOn = values['fail-on'] ?? (values.frail || format !== 'json' ? 'warning' : 'never')
  if (!isOneOf(FAIL_ON, failOn)) return {error: `unknown --fail-on ${failOn} (use ${FAIL_ON.join(', ')})`}
  const language = values.language
  if (language !== undefined && !languageChoices.includes(language))
    return {error: `unknown --language ${language} (use ${languageChoices.join(', ')})`}
  const maxBytes = Number(values['max-size'] ?? '10000000')
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) return {error: '--max-size must be a positive number of bytes'}
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      return {error: '--max-warnings must be a whole number of at least 0'}
  }
  if (values.color && values['no-color']) return {error: '--color and --no-color exclude each other'}
  if (values.config !== undefined && values['no-config']) return {error: '--config and --no-config exclude each other'}
  const severity: SettingFlags['severity'] = {}
  for (const pair of values.severity ?? []) {
    const [rule = '', level = ''] = pair.split('=', 2)
    const knownRule = ruleIds.find((id) => id === rule.trim())
    const knownLevel = SEVERITY_SETTINGS.find((candidate) => candidate === level.trim())
    if (!knownRule) return {error: `--severity ${pair}: no rule ${rule} (rules: ${ruleIds.join(', ')})`}
    if (!knownLevel) return {error: `--severity ${pair}: the level must be one of ${SEVERITY_SETTINGS.join(', ')}`}
    severity[knownRule] = knownLevel
  }
  const notes: string[] = []
  if (values.frail) notes.push('--frail is deprecated: warnings fail the run by default now (--fail-on warning)')
  return {
    options: {
      format,
      output: values.output,
      color: values.color ? true : values['no-color'] ? false : undefined,
      quiet: values.quiet ?? false,
      failOn,
      maxWarnings,
      config: values.config,
      useConfig: !values['no-config'],
      useGitignore: !values['no-ignore'],
      maxBytes,
      flags: {
        language: language as Language | 'auto' | undefined,
        severity,
        ignoredFigures: words(values['ignore-figure']),
        reportingVerbs: words(values['reporting-verb']),
        vagueSources: words(values['vague-source'])
      },
      inputs: positionals,
      help: values.help ?? false,
      version: values.version ?? false,
      notes
    }
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: {type: 'string', short: 'f'},
      output: {type: 'string', short: 'o'},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      quiet: {type: 'boolean'},
      'fail-on': {type: 'string'},
      'max-warnings': {type: 'string'},
      frail: {type: 'boolean'},
      config: {type: 'string', short: 'c'},
      'no-config': {type: 'boolean'},
      language: {type: 'string'},
      severity: {type: 'string', multiple: true},
      'ignore-figure': {type: 'string', multiple: true},
      'reporting-verb': {type: 'string', multiple: true},
      'vague-source': {type: 'string', multiple: true},
      'no-ignore': {type: 'boolean'},
      'max-size': {type: 'string'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'}
    }
  })
}

function isOneOf<T extends string>(choices: readonly T[], value: string): value is T {
  return (choices as readonly string[]).includes(value)
}

function words(values: string[] | undefined): string[] {
  return (values ?? []).map((value) => value.trim()).filter((value) => value !== '')
}
