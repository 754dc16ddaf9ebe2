// The text report: one problem a line as `path:line:col: severity message [rule]`, the
// form compilers print and terminals and editors turn into links, then a summary.
// Hand-written (not vfile-reporter) because it is linear in the number of problems:
// a 5 MB article reports as fast as its JSON.
import type {Severity} from '../../core/index.js'
import type {CheckedFile, FailedFile, Problem} from '../problems.js'

export interface TextOptions {
  color: boolean
  /** Which problems to print (`--quiet`). */
  shown: (problem: Problem) => boolean
  quiet: boolean
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint'
}

const SEVERITY_COLORS: Record<Severity, string> = {error: '31', warning: '33', information: '36', hint: '90'}

export function formatText(files: readonly CheckedFile[], failed: readonly FailedFile[], options: TextOptions): string {
  const paint = options.color ? (code: string, text: string) => `\u001b[${code}m${text}\u001b[39;22m` : noPaint
  const lines: string[] = []
  const counts: Record<Severity, number> = {error: 0, warning: 0, information: 0, hint: 0}
  for (const file of files) {
    for (const problem of file.problems) {
      if (!options.shown(problem)) continue
      counts[problem.severity]++
      lines.push(
        `${file.path}:${problem.line}:${problem.column}: ` +
          `${paint(SEVERITY_COLORS[problem.severity], SEVERITY_LABELS[problem.severity])} ` +
          `${problem.message} ${paint('2', `[${problem.ruleId}]`)}`
      )
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint
  if (options.quiet && total === 0 && failed.length === 0) return ''
  if (lines.length > 0) lines.push('')
  lines.push(paint('1', summary(counts, total, files.length, failed.length)))
  return lines.join('\n') + '\n'
}

/** `4 problems (1 error, 3 warnings) in 2 files`; `No problems in 1 file.` */
export function summary(counts: Record<Severity, number>, total: number, checked: number, failed: number): string {
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    counts.information > 0 ? `${counts.information} info` : '',
    plural(counts.hint, 'hint')
  ].filter((part) => part !== '' && !part.startsWith('0 '))
  const head = total === 0 ? 'No problems' : `${plural(total, 'problem')} (${parts.join(', ')})`
  const tail = failed > 0 ? `; ${plural(failed, 'file')} could not be checked` : ''
  return `${head} in ${plural(checked, 'file')}${tail}.`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function noPaint(_code: string, text: string): string {
  return text
}
