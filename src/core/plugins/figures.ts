// retext plugin: the figures of each sentence (see recognize/figures.ts).
import type {VFile} from 'vfile'
import {findFigures} from '../recognize/figures.js'
import './data.js'

export default function sourcedFigures() {
  return function (_tree: unknown, file: VFile): void {
    const lexicon = file.data.lexicon!
    file.data.figures = (file.data.sentences ?? []).flatMap((sentence, index) =>
      findFigures(sentence.tokens, lexicon).map((figure) => ({...figure, sentence: index}))
    )
  }
}
