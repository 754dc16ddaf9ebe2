// One run of `sourced`: read the command line, gather the articles (files, directories,
// globs, stdin), analyse each with the settings of its nearest configuration file and
// the flags, report in the chosen format and return the exit code: 0 clean, 1 problems
// that fail the run, 2 usage, configuration or read errors (as eslint).
import {stat, writeFile} from 'node:fs/promises'
import {dirname, extname, join, relative, resolve} from 'node:path'
import {version} from '../../package.json'
import {createArticleAnalyser, type ArticleAnalyser, type ArticleSettings} from '../core/index.js'
import {LANGUAGE_EXTENSIONS, type SourcedSettings} from '../editor/settings.js'
import {ConfigFinder, DEFAULT_CONFIG, loadConfigFile, type ConfigResult} from './config.js'
import {searchDirectory} from './files.js'
import {formatGithub} from './formats/github.js'
import {formatJson} from './formats/json.js'
import {formatSarif} from './formats/sarif.js'
import {formatText} from './formats/text.js'
import {expandPatterns, readInput, readStdin, type Input} from './inputs.js'
import {parseCommandLine, usage, type CliOptions, type SettingFlags} from './options.js'
import {countProblems, fails, problemsOf, shownBy, type CheckedFile, type FailedFile} from './problems.js'

/** What a run reads and writes; the real process's, or a test's. */
export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdin: AsyncIterable<Buffer | string> & {isTTY?: boolean}
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
}

const STDIN = '<stdin>'

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv)
  if ('error' in parsed) {
    io.stderr.write(`sourced: ${parsed.error}\n${usage}\n`)
    return 2
  }
  const {options} = parsed
  if (options.help) {
    io.stdout.write(usage + '\n')
    return 0
  }
  if (options.version) {
    io.stdout.write(`${version}\n`)
    return 0
  }
  for (const note of options.notes) io.stderr.write(`sourced: ${note}\n`)

  const configs = configSource(options, io.cwd)
  const explicit = options.config === undefined ? undefined : configs(io.cwd)
  if (explicit && 'error' in explicit) {
    writeErrors(io, explicit.error)
    return 2
  }
  const gathered = await gatherInputs(options, io, configs)
  if (gathered.noMatch) {
    io.stderr.write(`sourced: no files match (${options.inputs.join(' ')})\n`)
    return 2
  }

  const analyser = createArticleAnalyser()
  const checked: CheckedFile[] = []
  const failed: FailedFile[] = []
  const reportedConfigErrors = new Set<string>()
  for (const input of gathered.inputs) {
    if ('error' in input) {
      io.stderr.write(`sourced: ${input.path}: ${input.error}\n`)
      failed.push(input)
      continue
    }
    const stdin = input.path === STDIN
    const config = configs(stdin ? io.cwd : dirname(resolve(io.cwd, input.path)))
    if ('error' in config) {
      if (!reportedConfigErrors.has(config.error)) writeErrors(io, config.error)
      reportedConfigErrors.add(config.error)
      failed.push({path: input.path, error: 'invalid configuration'})
      continue
    }
    const result = analyse(analyser, input, settingsFor(config.config.settings, options.flags))
    if ('error' in result) {
      io.stderr.write(`sourced: ${input.path}: ${result.error}\n`)
      failed.push({path: input.path, error: result.error})
      continue
    }
    checked.push({
      path: input.path,
      stdin,
      analysis: result.analysis,
      problems: problemsOf(input.text, result.analysis)
    })
  }

  const report = formatReport(options, io, checked, failed)
  if (options.output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, options.output), report)
    } catch (error) {
      io.stderr.write(`sourced: cannot write ${options.output} (${(error as Error).message})\n`)
      return 2
    }
  } else if (report !== '') io.stdout.write(report)

  if (failed.length > 0) return 2
  return fails(countProblems(checked), options.failOn, options.maxWarnings) ? 1 : 0
}

/** One `sourced: ` line for each line of `error`. */
function writeErrors(io: CliIo, error: string): void {
  for (const line of error.split('\n')) io.stderr.write(`sourced: ${line}\n`)
}

/** The configuration that applies in a folder: `--config`, none, or the nearest file. */
function configSource(options: CliOptions, cwd: string): (folder: string) => ConfigResult {
  if (options.config !== undefined) {
    const explicit = loadConfigFile(resolve(cwd, options.config))
    return () => explicit
  }
  if (!options.useConfig) return () => ({config: DEFAULT_CONFIG})
  const finder = new ConfigFinder()
  return (folder) => finder.forFolder(folder)
}

/** The engine's settings: the configuration's, each given flag winning (lists are added to). */
export function settingsFor(config: SourcedSettings, flags: SettingFlags): ArticleSettings {
  return {
    language: flags.language ?? config.documentLanguage,
    severity: {...config.severity, ...flags.severity},
    ignoredFigures: [...config.ignoredFigures, ...flags.ignoredFigures],
    reportingVerbs: [...config.reportingVerbs, ...flags.reportingVerbs],
    vagueSources: [...config.vagueSources, ...flags.vagueSources],
    attributionScope: config.attributionScope
  }
}

interface Gathered {
  inputs: Input[]
  /** Paths were given, and none named a file. */
  noMatch: boolean
}

async function gatherInputs(
  options: CliOptions,
  io: CliIo,
  configs: (folder: string) => ConfigResult
): Promise<Gathered> {
  const inputs: Input[] = []
  const wantsStdin = options.inputs.length === 0 || options.inputs.includes('-')
  if (wantsStdin) {
    if (io.stdin.isTTY)
      io.stderr.write(
        'sourced: reading an article from standard input; end it with Ctrl-D ' +
          '(Ctrl-Z, Enter on Windows), or give files or folders: sourced --help\n'
      )
    inputs.push(await readStdin(io.stdin, options.maxBytes))
  }
  const patterns = options.inputs.filter((input) => input !== '-')
  // A file type is searched for when the configuration of its folder enables its language.
  const accepts = (path: string) => {
    const config = configs(dirname(path))
    const settings = 'config' in config ? config.config.settings : DEFAULT_CONFIG.settings
    const extension = extname(path).slice(1).toLowerCase()
    return settings.enabledLanguages.some((language) => LANGUAGE_EXTENSIONS[language]?.includes(extension))
  }
  for (const pattern of expandPatterns(patterns, io.cwd)) {
    const absolute = resolve(io.cwd, pattern)
    if (await isDirectory(absolute)) {
      const found = await searchDirectory(absolute, {accepts, useGitignore: options.useGitignore})
      for (const path of found)
        inputs.push(await readInput(join(pattern, relative(absolute, path)), options.maxBytes, io.cwd))
    } else inputs.push(await readInput(pattern, options.maxBytes, io.cwd))
  }
  return {inputs, noMatch: patterns.length > 0 && inputs.length === 0}
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

type Analysed = {analysis: ReturnType<ArticleAnalyser['analyse']>} | {error: string}

function analyse(analyser: ArticleAnalyser, input: {path: string; text: string}, settings: ArticleSettings): Analysed {
  try {
    const path = input.path === STDIN ? undefined : input.path
    return {analysis: analyser.analyse(input.text, {...(path === undefined ? {} : {path}), settings})}
  } catch (error) {
    return {error: `analysis failed (${(error as Error).message})`}
  }
}

function formatReport(options: CliOptions, io: CliIo, checked: CheckedFile[], failed: FailedFile[]): string {
  const shown = shownBy(options.failOn, options.maxWarnings, options.quiet)
  switch (options.format) {
    case 'json':
      return formatJson(checked, failed)
    case 'sarif':
      return formatSarif(checked, failed, {cwd: io.cwd, version, shown})
    case 'github':
      return formatGithub(checked, shown, io.cwd)
    case 'text':
      return formatText(checked, failed, {color: useColor(options, io), shown, quiet: options.quiet})
  }
}

/** `--color` / `--no-color` first; else colour only on a terminal, and never with NO_COLOR set (no-color.org). */
export function useColor(options: Pick<CliOptions, 'color' | 'output'>, io: Pick<CliIo, 'env' | 'stdout'>): boolean {
  if (options.color !== undefined) return options.color
  if (options.output !== undefined) return false
  const noColor = io.env.NO_COLOR
  if (noColor !== undefined && noColor !== '') return false
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb'
}
