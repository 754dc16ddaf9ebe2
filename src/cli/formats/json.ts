// `--format json`: the whole analysis of each file, the contract ../shared/corpus/score.mjs
// and other tools read: {"files": [{path, language, figures, sources, claims, diagnostics}]},
// then "failures": [{path, error}] when an input could not be checked. Diagnostics are the
// engine's, one per claim (each names its claim), not deduplicated as the lint formats are.
import type {CheckedFile, FailedFile} from '../problems.js'

export function formatJson(files: readonly CheckedFile[], failed: readonly FailedFile[]): string {
  const report = {
    files: files.map(({path, analysis}) => ({
      path,
      language: analysis.language,
      figures: analysis.figures,
      sources: analysis.sources,
      claims: analysis.claims,
      diagnostics: analysis.diagnostics
    })),
    ...(failed.length > 0 ? {failures: failed.map(({path, error}) => ({path, error}))} : {})
  }
  return JSON.stringify(report, null, 2) + '\n'
}
