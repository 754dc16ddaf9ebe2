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
export type ParagraphResult = Required<Pick<DataMap, 'figures' | 'quotes' | 'claims' | 'subjects' | 'hedges'>> & {
  sentences: Span[]
}

/** The paragraph processor for one language profile: retext-latin, then the plugins in order. */
export function paragraphProcessor(lexicon: Lexicon) {
  return unified()
    .use(retextLatin)
    .use(sourcedSentences, {lexicon})
    .use(sourcedFigures, {lexicon})
    .use(sourcedQuotes)
    .use(sourcedAttribution, {lexicon})
    .use(sourcedHedges, {lexicon})
    .freeze()
}

// Perf: one frozen processor per profile, built on its first paragraph; a
// processor is frozen once and then only runs.
const processors = new WeakMap<Lexicon, ReturnType<typeof paragraphProcessor>>()

export function analyseParagraph(text: string, lexicon: Lexicon): ParagraphResult {
  let processor = processors.get(lexicon)
  if (!processor) processors.set(lexicon, (processor = paragraphProcessor(lexicon)))
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  const {sentences = [], figures = [], quotes = [], claims = [], subjects = [], hedges = []} = file.data
  return {sentences: sentences.map(({start, end}) => ({start, end})), figures, quotes, claims, subjects, hedges}
}
