// Small readers over an analysis, so tests assert spans and sources by their words.
import {analyse, type AnalyseOptions, type Analysis, type Claim, type Figure} from '../../src/core/index.js'

export function run(text: string, language: 'de' | 'en', options: AnalyseOptions = {}): Analysis {
  return analyse(text, {language, ...options})
}

/** The figures' texts in order. */
export const figureTexts = (analysis: Analysis) => analysis.figures.map((figure) => figure.text)

/** The figure whose text contains `words`. */
export function figure(analysis: Analysis, words: string): Figure {
  const found = analysis.figures.find((f) => f.text.includes(words))
  if (!found) throw new Error(`no figure with “${words}” in [${figureTexts(analysis).join(' | ')}]`)
  return found
}

/** The name of the figure's source, or its status when it has none. */
export function sourceOf(analysis: Analysis, words: string): string {
  const f = figure(analysis, words)
  if (f.status !== 'named') return f.status
  return analysis.sources.find((s) => s.id === f.source)?.name ?? '?'
}

export const sourceNames = (analysis: Analysis) => analysis.sources.map((s) => s.name)

/** Each claim's text with its source's name; `unnamed` names a claim without a named source (default `vague`). */
export function claimsOf(
  text: string,
  analysis: Analysis,
  unnamed: (claim: Claim) => string = () => 'vague'
): {text: string; source: string}[] {
  return analysis.claims.map((claim) => ({
    text: text.slice(claim.start, claim.end),
    source: analysis.sources.find((s) => s.id === claim.source)?.name ?? unnamed(claim)
  }))
}

/** For `claimsOf`: an unnamed claim by its vague source's words, or `none`. */
export const vagueWords = (claim: Claim) => (claim.vagueSource ? claim.vagueSource.text : 'none')

/** An analysis with the text it read. */
export interface Read {
  analysis: Analysis
  text: string
}

export function read(text: string, language: 'de' | 'en'): Read {
  return {analysis: run(text, language), text}
}

/** The texts of the claims, in order. */
export function claimTexts({analysis, text}: Read): string[] {
  return analysis.claims.map((claim) => text.slice(claim.start, claim.end))
}

/** The source name of the claim holding `words`; `vague:<phrase>` or `none` when it names none. */
export function claimSource(r: Read, words: string): string {
  const claim = r.analysis.claims.find((c) => r.text.slice(c.start, c.end).includes(words))
  if (!claim) throw new Error(`no claim with “${words}” in [${claimTexts(r).join(' | ')}]`)
  if (claim.source === null) return claim.vagueSource ? `vague:${claim.vagueSource.text}` : 'none'
  return r.analysis.sources.find((source) => source.id === claim.source)?.name ?? '?'
}
