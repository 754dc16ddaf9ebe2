// What the lint formats (text, SARIF, GitHub) report: each diagnostic once, with its
// end as a line and column too, and whether the run fails.
import {location} from 'vfile-location'
import type {Analysis, RuleId, Severity} from '../core/index.js'
import type {FailOn} from './options.js'

export interface Problem {
  ruleId: RuleId
  severity: Severity
  message: string
  /** UTF-16 offsets, end exclusive. */
  start: number
  end: number
  /** 1-based; columns in UTF-16 code units; `endColumn` is the column after the last character. */
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** One analysed input: `path` as given (or found in a directory), `<stdin>` for standard input. */
export interface CheckedFile {
  path: string
  /** Set for standard input, which has no file to point at. */
  stdin: boolean
  analysis: Analysis
  problems: Problem[]
}

/** An input that could not be read or analysed. */
export interface FailedFile {
  path: string
  error: string
}

/**
 * The diagnostics as problems, each (rule, span, message) once: the engine reports a
 * vague source once per claim it stands for, which a reader sees as the same line twice.
 */
export function problemsOf(text: string, analysis: Analysis): Problem[] {
  const place = location(text)
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const diagnostic of analysis.diagnostics) {
    const key = `${diagnostic.ruleId}\u0000${diagnostic.start}\u0000${diagnostic.end}\u0000${diagnostic.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const end = place.toPoint(diagnostic.end)
    problems.push({
      ruleId: diagnostic.ruleId,
      severity: diagnostic.severity,
      message: diagnostic.message,
      start: diagnostic.start,
      end: diagnostic.end,
      line: diagnostic.line,
      column: diagnostic.column,
      endLine: end?.line ?? diagnostic.line,
      endColumn: end?.column ?? diagnostic.column
    })
  }
  return problems
}

const RANK: Record<Severity, number> = {error: 3, warning: 2, information: 1, hint: 0}
const FAIL_RANK: Record<FailOn, number> = {error: 3, warning: 2, info: 1, never: Infinity}

export type Counts = Record<Severity, number>

export function countProblems(files: readonly CheckedFile[]): Counts {
  const counts: Counts = {error: 0, warning: 0, information: 0, hint: 0}
  for (const file of files) for (const problem of file.problems) counts[problem.severity]++
  return counts
}

/**
 * Whether the problems fail the run: any at or above `failOn`; with `maxWarnings`,
 * warnings fail only when there are more than that many (as eslint's --max-warnings).
 */
export function fails(counts: Counts, failOn: FailOn, maxWarnings: number | undefined): boolean {
  const threshold = FAIL_RANK[failOn]
  if (counts.error > 0 && RANK.error >= threshold) return true
  if (maxWarnings !== undefined ? counts.warning > maxWarnings : counts.warning > 0 && RANK.warning >= threshold)
    return true
  return counts.information > 0 && RANK.information >= threshold
}

/** `--quiet`: the problems of the severities that can fail the run (warnings and errors with `never`). */
export function shownBy(
  failOn: FailOn,
  maxWarnings: number | undefined,
  quiet: boolean
): (problem: Problem) => boolean {
  if (!quiet) return () => true
  let threshold = failOn === 'never' ? RANK.warning : FAIL_RANK[failOn]
  if (maxWarnings !== undefined) threshold = Math.min(threshold, RANK.warning)
  return (problem) => RANK[problem.severity] >= threshold
}
