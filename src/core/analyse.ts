import type {AnalyseOptions, Analysis} from './types.js'

/** Keeps per-paragraph results between calls, so re-analysing an edited document is cheap. */
export interface Analyser {
  analyse(text: string): Analysis
}

export function createAnalyser(options: AnalyseOptions = {}): Analyser {
  return {analyse: (text) => analyse(text, options)}
}

// Placeholder until the engine lands: an empty analysis with the right shape.
export function analyse(_text: string, _options: AnalyseOptions = {}): Analysis {
  return {language: 'de', paragraphs: [], sentences: [], figures: [], sources: [], claims: [], hedges: [], diagnostics: []}
}
