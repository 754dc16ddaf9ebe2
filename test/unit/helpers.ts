// Small readers over an analysis, so tests assert spans and sources by their words.
import {analyse, type AnalyseOptions, type Analysis, type Figure} from '../../src/core/index.js'

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
