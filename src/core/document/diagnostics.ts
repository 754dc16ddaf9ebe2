// Reports what an editor should flag, as vfile messages (`ruleId`, `source`,
// `url`, `expected` for the quick fix), and mirrors them into the analysis.
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {messagesFor} from '../lexicon/index.js'
import {rules} from '../rules.js'
import {must} from '../must.js'
import {partitionPointOf} from '../search.js'
import type {AnalyseOptions, Analysis, Claim, Diagnostic, RuleId, Severity, Span} from '../types.js'

/** `withMessages: false` fills `analysis.diagnostics` only (perf: a vfile message costs an Error each). */
export function reportDiagnostics(file: VFile, analysis: Analysis, options: AnalyseOptions, withMessages = true): void {
  const place = location(file)
  const words = messagesFor(analysis.language)
  const report = (ruleId: RuleId, span: Span, reason: string, extra: Partial<Diagnostic> = {}) => {
    const setting = options.severity?.[ruleId]
    if (setting === 'off') return
    const severity: Severity = setting ?? rules[ruleId].severity
    const start = place.toPoint(span.start)
    const end = place.toPoint(span.end)
    if (withMessages) {
      const message = file.message(reason, {place: start && end ? {start, end} : start, ruleId, source: 'sourced'})
      message.url = rules[ruleId].url
      message.expected = extra.expected
      // vfile: fatal true is an error, false a warning, undefined information.
      message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
    }
    analysis.diagnostics.push({
      // Only the span: a figure or claim passed in as `span` keeps its other fields to itself.
      start: span.start,
      end: span.end,
      ruleId,
      severity,
      message: reason,
      url: rules[ruleId].url,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      expected: extra.expected ?? [],
      related: extra.related ?? [],
      figure: extra.figure ?? null,
      claim: extra.claim ?? null
    })
  }
  const claimById = new Map(analysis.claims.map((claim) => [claim.id, claim]))
  for (const figure of analysis.figures) {
    if (figure.ignored) continue
    if (figure.status === 'none') {
      const extra = {figure: figure.id, expected: [words.snippet]}
      report('unattributed-figure', figure, words.unattributed(figure.text), extra)
    } else if (figure.status === 'vague') {
      const claim = figure.claim ? claimById.get(figure.claim) : undefined
      const vague = claim?.vagueSource ?? claim?.cue
      report('vague-source', figure, words.vagueFigure(figure.text, vague?.text ?? ''), {
        figure: figure.id,
        claim: claim?.id ?? null,
        related: vague ? [{start: vague.start, end: vague.end, message: vague.text}] : []
      })
    }
  }
  for (const claim of analysis.claims) {
    if (claim.source !== null || claim.figures.length > 0) continue
    const vague = claim.vagueSource ?? claim.cue
    const related = [{start: claim.start, end: claim.end, message: claim.cue.text}]
    report('vague-source', vague, words.vagueClaim(vague.text), {claim: claim.id, related})
  }
  const sentenceOf = sentenceFinder(analysis.sentences)
  const overlapsSourcedClaim = sourcedClaimFinder(analysis.claims)
  for (const hedge of analysis.hedges) {
    const sentence = sentenceOf(hedge)
    const sourced = sentence !== undefined && overlapsSourcedClaim(sentence)
    if (sourced) continue
    const related = sentence ? [{...sentence, message: words.unsourcedSentence}] : []
    report('hedge-without-source', hedge, words.hedge(hedge.text), {related})
  }
  analysis.diagnostics.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Perf: `sentences.find(s => s.start <= span.start && span.end <= s.end)` by binary
 * search when the sentences are in order and disjoint (as the engine makes them).
 */
function sentenceFinder(sentences: readonly Span[]): (span: Span) => Span | undefined {
  const ordered = sentences.every((s, k) => s.start <= s.end && (sentences[k - 1]?.end ?? -Infinity) <= s.start)
  if (!ordered) return (span) => sentences.find((s) => s.start <= span.start && span.end <= s.end)
  return (span) => {
    const low = partitionPointOf(sentences, (s) => s.start > span.start)
    // Only the last sentence starting at or before the span can hold it, bar empty spans at a boundary.
    let found: Span | undefined
    for (let k = low - 1; k >= 0; k--) {
      const sentence = must(sentences[k], 'k counts down from a bisection point')
      if (sentence.end < span.start) break
      if (sentence.start <= span.start && span.end <= sentence.end) found = sentence
    }
    return found
  }
}

/**
 * Perf: whether a claim with a source overlaps `span`, from the sourced claims sorted
 * by start and the running maximum of their ends (a binary search, not a scan).
 */
function sourcedClaimFinder(claims: readonly Claim[]): (span: Span) => boolean {
  const sourced = claims.filter((claim) => claim.source !== null).sort((a, b) => a.start - b.start)
  const maxEnd: number[] = []
  for (const claim of sourced) maxEnd.push(Math.max(claim.end, maxEnd.at(-1) ?? -Infinity))
  return (span) => {
    const low = partitionPointOf(sourced, (claim) => claim.start >= span.end)
    return (maxEnd[low - 1] ?? -Infinity) > span.start
  }
}
