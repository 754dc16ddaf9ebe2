// What the paragraph plugins leave on `file.data` for the plugins after them
// and for analyseParagraph. Offsets are relative to the paragraph.
import type {LocalClaim, SentenceTokens, SourceRef} from '../recognize/attribution.js'
import type {FoundFigure} from '../recognize/figures.js'
import type {Quote} from '../recognize/quotes.js'
import type {Mention} from '../types.js'

declare module 'vfile' {
  interface DataMap {
    /** Sentences with their tokens, read from the tree (`sourcedSentences`). */
    sentences: SentenceTokens[]
    /** Figures with the index of their sentence (`sourcedFigures`). */
    figures: Array<FoundFigure & {sentence: number}>
    /** Quotations (`sourcedQuotes`). */
    quotes: Quote[]
    /** Claims and their attributions, paragraph-relative (`sourcedAttribution`). */
    claims: LocalClaim[]
    /** People named as a sentence's subject, for pronouns to point back to. */
    subjects: SourceRef[]
    /** Hedging phrases with the index of their sentence (`sourcedHedges`). */
    hedges: Array<Mention & {sentence: number}>
  }
}
