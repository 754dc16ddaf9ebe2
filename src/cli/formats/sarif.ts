// `--format sarif`: a SARIF 2.1.0 log (OASIS) for GitHub code scanning and other viewers.
// Locations are relative to the working directory (the `%SRCROOT%` base), regions
// 1-based with columns in UTF-16 code units (`columnKind`), as the engine counts them.
// No `helpUri` or `informationUri`: the spec wants absolute URIs there, and Sourced has
// no web address; each rule's help text names its page in the package instead.
import {pathToFileURL} from 'node:url'
import {ruleIds, rules, type Severity} from '../../core/index.js'
import type {CheckedFile, FailedFile, Problem} from '../problems.js'
import {RULE_HELP} from '../ruleHelp.js'
import {reportUri} from './paths.js'

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note'
}
const SOURCE_ROOT = '%SRCROOT%'

export interface SarifOptions {
  cwd: string
  version: string
  shown: (problem: Problem) => boolean
}

export function formatSarif(
  files: readonly CheckedFile[],
  failed: readonly FailedFile[],
  options: SarifOptions
): string {
  const results = []
  for (const file of files) {
    const artifactLocation = artifactLocationOf(file, options.cwd)
    for (const problem of file.problems) {
      if (!options.shown(problem)) continue
      results.push({
        ruleId: problem.ruleId,
        ruleIndex: ruleIds.indexOf(problem.ruleId),
        level: LEVELS[problem.severity],
        message: {text: problem.message},
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: problem.line,
                startColumn: problem.column,
                endLine: problem.endLine,
                endColumn: problem.endColumn
              }
            }
          }
        ]
      })
    }
  }
  const log = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sourced',
            version: options.version,
            semanticVersion: options.version,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: {text: RULE_HELP[id].short},
              fullDescription: {text: RULE_HELP[id].full},
              help: {
                text: `${RULE_HELP[id].full}\n\nDocumentation: ${rules[id].url} in the Sourced package.`,
                markdown: `${RULE_HELP[id].full}\n\nDocumentation: \`${rules[id].url}\` in the Sourced package.`
              },
              defaultConfiguration: {level: LEVELS[rules[id].severity]}
            }))
          }
        },
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            toolExecutionNotifications: failed.map((failure) => ({
              level: 'error',
              message: {text: `${failure.path}: ${failure.error}`}
            }))
          }
        ],
        originalUriBaseIds: {[SOURCE_ROOT]: {uri: folderUri(options.cwd)}},
        // vfile-location's line breaks, which the engine's line numbers follow.
        newlineSequences: ['\r\n', '\r', '\n'],
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function artifactLocationOf(file: CheckedFile, cwd: string) {
  if (file.stdin) return {description: {text: 'standard input'}}
  const {uri, relative} = reportUri(file.path, cwd)
  return relative ? {uri, uriBaseId: SOURCE_ROOT} : {uri}
}

/** A base URI must end in `/` (SARIF 3.14.14), or the last folder would be replaced on resolving. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href
  return href.endsWith('/') ? href : `${href}/`
}
