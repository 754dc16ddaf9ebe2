// `sourced [options] <files or globs…>`: the engine on the command line.
// Human output is vfile-reporter's (file:line:column, severity, message, rule);
// `--format json` prints the analysis in the contract ../shared/corpus/score.mjs reads.
// The engine's entry point is the editor's: `.md` and `.markdown` files are read as prose.
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {expandPatterns, readInput, readStdin, type Input} from './cli/inputs.js'
import packageJson from '../package.json'
import {
  builtinLanguages,
  createArticleAnalyser,
  type Analysis,
  type ArticleSettings,
  type Language
} from './core/index.js'

/** What `--language` accepts: the built-in languages, from their one list. */
const languageChoices: readonly string[] = ['auto', ...builtinLanguages]

const usage = `Usage: sourced [options] <files or globs…>   (no files, or -: read stdin)

Finds the figures in news articles, decides whether each has a source, and
links every claim to its source. German and English.

Options:
  --format <text|json>   report as text (default) or as JSON
  --language <${languageChoices.join('|')}> force the article language (default: auto)
  --frail                exit 1 when a warning is reported
  --quiet                text report: only files with messages
  --max-size <bytes>     skip larger files (default: 10000000)
  -h, --help             show this help
  -v, --version          show the version`

interface FileReport {
  path: string
  language: Language
  figures: Analysis['figures']
  sources: Analysis['sources']
  claims: Analysis['claims']
  diagnostics: Analysis['diagnostics']
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'text'},
      language: {type: 'string', default: 'auto'},
      frail: {type: 'boolean', default: false},
      quiet: {type: 'boolean', default: false},
      'max-size': {type: 'string', default: '10000000'},
      help: {type: 'boolean', short: 'h', default: false},
      version: {type: 'boolean', short: 'v', default: false}
    }
  })
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>
  try {
    parsed = parseCommandLine(argv)
  } catch (error) {
    process.stderr.write(`sourced: ${(error as Error).message}\n${usage}\n`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(usage + '\n')
    return 0
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  const format = values.format
  const language = values.language
  const maxBytes = Number(values['max-size'])
  if (format !== 'text' && format !== 'json') return fail(`unknown --format ${format} (use text or json)`)
  if (!languageChoices.includes(language))
    return fail(`unknown --language ${language} (use ${languageChoices.join(', ')})`)
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) return fail(`--max-size must be a positive number of bytes`)

  const settings: ArticleSettings = {language}
  const analyser = createArticleAnalyser()
  const inputs: Input[] = []
  const paths = positionals.filter((p) => p !== '-')
  if (positionals.length === 0 || positionals.includes('-')) inputs.push(await readStdin(maxBytes))
  for (const path of expandPatterns(paths)) inputs.push(await readInput(path, maxBytes))
  if (paths.length > 0 && inputs.length === 0) return fail('no files match')

  let exitCode = 0
  const files: VFile[] = []
  const reports: FileReport[] = []
  for (const input of inputs) {
    if ('error' in input) {
      process.stderr.write(`sourced: ${input.path}: ${input.error}\n`)
      exitCode = 2
      continue
    }
    const file = new VFile({path: input.path, value: input.text})
    let analysis: Analysis
    try {
      // JSON needs no vfile messages (perf: each is an Error with a stack trace).
      analysis =
        format === 'json'
          ? analyser.analyse(input.text, {path: input.path, settings})
          : analyser.analyseFile(file, {settings})
    } catch (error) {
      process.stderr.write(`sourced: ${input.path}: analysis failed (${(error as Error).message})\n`)
      exitCode = 2
      continue
    }
    files.push(file)
    reports.push({
      path: input.path,
      language: analysis.language,
      figures: analysis.figures,
      sources: analysis.sources,
      claims: analysis.claims,
      diagnostics: analysis.diagnostics
    })
    const warns = analysis.diagnostics.some(
      (diagnostic) => diagnostic.severity === 'error' || diagnostic.severity === 'warning'
    )
    if (values.frail && exitCode === 0 && warns) exitCode = 1
  }
  if (format === 'json') process.stdout.write(JSON.stringify({files: reports}, null, 2) + '\n')
  else if (files.length > 0) {
    const text = reporter(files, {quiet: values.quiet})
    if (text) process.stdout.write(text + '\n')
  }
  return exitCode
}

function fail(message: string): number {
  process.stderr.write(`sourced: ${message}\n`)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`sourced: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 2
  }
)
