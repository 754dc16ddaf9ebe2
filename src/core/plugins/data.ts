// What the paragraph plugins leave on `file.data` for the plugins after them.
import type {Lexicon} from '../lexicon/index.js'
import type {LocalClaim, SentenceTokens, SourceRef} from '../recognize/attribution.js'
import type {FoundFigure} from '../recognize/figures.js'
import type {Quote} from '../recognize/quotes.js'
import type {Mention} from '../types.js'

declare module 'vfile' {
  interface DataMap {
    /** Set by the caller before the plugins run: the document's language and lexicon. */
    lexicon: Lexicon
    sentences: SentenceTokens[]
    figures: Array<FoundFigure & {sentence: number}>
    quotes: Quote[]
    claims: LocalClaim[]
    /** People named as a sentence's subject, for pronouns to point back to. */
    subjects: SourceRef[]
    hedges: Array<Mention & {sentence: number}>
  }
}

export {}
