// Analyses one paragraph on its own: parse with retext-latin, then the
// paragraph plugins in order. Results are relative to the paragraph, so they
// can be cached by its text and reused wherever the paragraph moves.
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Lexicon} from './lexicon/index.js'
import sourcedAttribution from './plugins/attribution.js'
import sourcedFigures from './plugins/figures.js'
import sourcedHedges from './plugins/hedges.js'
import sourcedQuotes from './plugins/quotes.js'
import sourcedSentences from './plugins/sentences.js'
import type {DataMap} from 'vfile'
import type {Span} from './types.js'

/**
 * What a paragraph's analysis keeps: sentences as bare spans, without their token
 * lists (perf: the document pass never reads them, and a cache of every paragraph
 * holding every token made a fresh megabyte keep ~200,000 objects alive).
 */
export type ParagraphResult = Required<Pick<DataMap, 'figures' | 'quotes' | 'claims' | 'subjects' | 'hedges'>> & {sentences: Span[]}

const processor = unified()
  .use(retextLatin)
  .use(sourcedSentences)
  .use(sourcedFigures)
  .use(sourcedQuotes)
  .use(sourcedAttribution)
  .use(sourcedHedges)
  .freeze()

export function analyseParagraph(text: string, lexicon: Lexicon): ParagraphResult {
  const file = new VFile({value: text, data: {lexicon}})
  processor.runSync(processor.parse(file), file)
  const {sentences = [], figures = [], quotes = [], claims = [], subjects = [], hedges = []} = file.data
  return {sentences: sentences.map(({start, end}) => ({start, end})), figures, quotes, claims, subjects, hedges}
}
