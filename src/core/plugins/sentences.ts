// retext plugin: sentence spans of the paragraph, each with its word tokens.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {sentenceSpans} from '../text/segment.js'
import {tokenize} from '../text/tokens.js'
import './data.js'

export default function sourcedSentences() {
  return function (tree: Root, file: VFile): void {
    const text = String(file.value)
    const {abbreviations} = file.data.lexicon!
    file.data.sentences = sentenceSpans(tree, text, abbreviations).map(({start, end}) => ({
      start,
      end,
      tokens: tokenize(text.slice(start, end), start, abbreviations)
    }))
  }
}
