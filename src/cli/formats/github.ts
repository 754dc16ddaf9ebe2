// `--format github`: one GitHub Actions workflow command per problem
// (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which the
// runner shows as an annotation on the file's line in the pull request.
import type {Severity} from '../../core/index.js'
import type {CheckedFile, Problem} from '../problems.js'
import {reportPath} from './paths.js'

const COMMANDS: Record<Severity, string> = {error: 'error', warning: 'warning', information: 'notice', hint: 'notice'}

export function formatGithub(files: readonly CheckedFile[], shown: (problem: Problem) => boolean, cwd: string): string {
  const lines: string[] = []
  for (const file of files) {
    const path = file.stdin ? undefined : reportPath(file.path, cwd)
    for (const problem of file.problems) {
      if (!shown(problem)) continue
      const properties = [
        ...(path === undefined ? [] : [`file=${escapeProperty(path)}`]),
        `line=${problem.line}`,
        `col=${problem.column}`,
        `endLine=${problem.endLine}`,
        `endColumn=${problem.endColumn}`,
        `title=${escapeProperty(`${problem.ruleId} (Sourced)`)}`
      ]
      lines.push(`::${COMMANDS[problem.severity]} ${properties.join(',')}::${escapeData(problem.message)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** A command's message: `%`, CR and LF are escaped as the runner unescapes them. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A property value: also `:` and `,`, which would end the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
