// retext plugin: the figures of each sentence (see recognize/figures.ts).
//
// Reads: `file.data.sentences` (from `sourcedSentences`, which must run first)
//   and the profile's number words, units and scales.
// Writes: `file.data.figures`, each figure with the index of its sentence.
// Whether a figure is attributed is decided for the whole document (document/plan.ts).
import type {VFile} from 'vfile'
import {findFigures} from '../recognize/figures.js'
import {lexiconOf, type Options} from './options.js'
import './data.js'

export default function sourcedFigures(options?: Readonly<Options> | null) {
  const lexicon = lexiconOf(options)
  return function (_tree: unknown, file: VFile): void {
    const figures: NonNullable<VFile['data']['figures']> = []
    const sentences = file.data.sentences ?? []
    for (const [index, {tokens}] of sentences.entries()) {
      for (const {start, end, value, valueMax, unit, noun, vague, approximate} of findFigures(tokens, lexicon)) {
        // Perf: a literal of one shape, cheaper than a spread of the figure.
        figures.push({start, end, value, valueMax, unit, noun, vague, approximate, sentence: index})
      }
    }
    file.data.figures = figures
  }
}
