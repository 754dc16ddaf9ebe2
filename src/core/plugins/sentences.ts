// retext plugin: the sentences of the paragraph, each with its tokens.
//
// Reads: the nlcst tree (its SentenceNodes, and the words, punctuation and
//   whitespace inside them), and the profile's abbreviations.
// Writes: `file.data.sentences`, every sentence's span and tokens, read from the
//   tree (text/tree-tokens.ts): the one token list the later plugins share.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {treeSentences} from '../text/tree-tokens.js'
import {lexiconOf, type Options} from './options.js'
import './data.js'

export default function sourcedSentences(options?: Readonly<Options> | null) {
  const {abbreviations} = lexiconOf(options)
  return function (tree: Root, file: VFile): void {
    file.data.sentences = treeSentences(tree, String(file.value), abbreviations)
  }
}
