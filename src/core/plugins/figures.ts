// retext plugin: the figures of each sentence (see recognize/figures.ts).
import type {VFile} from 'vfile'
import {findFigures} from '../recognize/figures.js'
import './data.js'

export default function sourcedFigures() {
  return function (_tree: unknown, file: VFile): void {
    const lexicon = file.data.lexicon!
    const figures: NonNullable<VFile['data']['figures']> = []
    const sentences = file.data.sentences ?? []
    for (let index = 0; index < sentences.length; index++) {
      for (const {start, end, value, valueMax, unit, noun, vague, approximate} of findFigures(sentences[index].tokens, lexicon)) {
        // Perf: a literal of one shape, cheaper than a spread of the figure.
        figures.push({start, end, value, valueMax, unit, noun, vague, approximate, sentence: index})
      }
    }
    file.data.figures = figures
  }
}
