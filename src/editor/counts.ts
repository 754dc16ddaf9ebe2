// The one definition of what the status bar, the Sources view, the report and the
// Problems panel count, so they cannot disagree. Pure (no vscode): a unit test runs it.
import type {Analysis, Claim, Figure, RuleId} from '../core/index.js'

/** What an article's counts hold; `unattributed` and `vague` are exactly the problems of their rules. */
export interface ArticleCounts {
  figures: number
  /** Figures with a named source (not ignored). */
  named: number
  /** Vague figures and vague claims that hold no figure: one `vague-source` problem each. */
  vague: number
  /** Figures with no source, not ignored, while their rule is on: one `unattributed-figure` problem each. */
  unattributed: number
  /** Figures the writer or the workspace marked as needing no source. */
  ignored: number
  sources: number
  claims: number
}

/**
 * Whether the engine reports the rule at all: a rule set to `off` leaves no diagnostic,
 * and then its figures are no one's business (not counted as problems anywhere).
 */
function ruleIsOn(analysis: Analysis, ruleId: RuleId, candidates: number): boolean {
  return candidates === 0 || analysis.diagnostics.some((message) => message.ruleId === ruleId)
}

/** Figures nothing attributes, not ignored, while `unattributed-figure` is on: the status bar's count. */
export function unattributedFigures(analysis: Analysis): Figure[] {
  const figures = analysis.figures.filter((figure) => figure.status === 'none' && !figure.ignored)
  return ruleIsOn(analysis, 'unattributed-figure', figures.length) ? figures : []
}

/** Figures with a vague source and claims with a vague source that hold no figure, while `vague-source` is on. */
export function vagueItems(analysis: Analysis): {figures: Figure[]; claims: Claim[]} {
  const figures = analysis.figures.filter((figure) => figure.status === 'vague' && !figure.ignored)
  const claims = analysis.claims.filter((claim) => claim.source === null && claim.figures.length === 0)
  const on = ruleIsOn(analysis, 'vague-source', figures.length + claims.length)
  return on ? {figures, claims} : {figures: [], claims: []}
}

export function articleCounts(analysis: Analysis): ArticleCounts {
  const vague = vagueItems(analysis)
  return {
    figures: analysis.figures.length,
    named: analysis.figures.filter((figure) => figure.status === 'named' && !figure.ignored).length,
    vague: vague.figures.length + vague.claims.length,
    unattributed: unattributedFigures(analysis).length,
    ignored: analysis.figures.filter((figure) => figure.ignored).length,
    sources: analysis.sources.length,
    claims: analysis.claims.length
  }
}
