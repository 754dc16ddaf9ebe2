// retext plugin: quotations of the paragraph (see recognize/quotes.ts).
//
// Reads: the paragraph's text (quotation marks pair across sentences, so the
//   marks are matched on the text, not per sentence node).
// Writes: `file.data.quotes`.
import type {VFile} from 'vfile'
import {findQuotes} from '../recognize/quotes.js'
import './data.js'

export default function sourcedQuotes() {
  return function (_tree: unknown, file: VFile): void {
    file.data.quotes = findQuotes(String(file.value))
  }
}
