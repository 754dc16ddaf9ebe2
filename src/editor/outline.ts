// The article's structure for the Outline and breadcrumbs: headline, subheads, and the
// paragraphs that hold claims or figures. No vscode here, so unit tests read it directly.
import type {Analysis, Claim, Figure, Span} from '../core/index.js'

export interface OutlineParagraph extends Span {
  claims: Claim[]
  /** Figures in the paragraph that no claim carries. */
  figures: Figure[]
}

export interface OutlineSection extends Span {
  kind: 'headline' | 'subhead'
  /** The heading's words, without Markdown's `#`. */
  title: string
  /** Where the title is, for the selection. */
  titleSpan: Span
  paragraphs: OutlineParagraph[]
  subheads: OutlineSection[]
}

export interface ArticleOutline {
  headline: OutlineSection | undefined
  /** Paragraphs before the first heading, when the article has no headline. */
  paragraphs: OutlineParagraph[]
  subheads: OutlineSection[]
}

const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/
// A subhead is short and is not a sentence: it does not end in sentence or quotation punctuation.
const SUBHEAD_MAX_LENGTH = 80
const SENTENCE_END = /[.!?:;,…"“”„»«'’)\]–-]$/

/** Blocks of text between blank lines, trimmed, as spans of `text`. */
export function blocksOf(text: string): Span[] {
  const blocks: Span[] = []
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  let block: Span | undefined
  for (let match = pattern.exec(text); match && match[0] !== ''; match = pattern.exec(text)) {
    const line = match[0].replace(/[\r\n]+$/, '')
    const start = match.index + (line.length - line.trimStart().length)
    const end = match.index + line.trimEnd().length
    if (line.trim() === '') {
      if (block) blocks.push(block)
      block = undefined
    } else if (block) block.end = end
    else block = {start, end}
  }
  if (block) blocks.push(block)
  return blocks
}

/** Whether the block is a heading: a Markdown heading, or one short line that is not a sentence. */
function headingTitle(text: string, block: Span, first: boolean): Span | undefined {
  const words = text.slice(block.start, block.end)
  if (/[\r\n]/.test(words)) return undefined
  const markdown = MARKDOWN_HEADING.exec(words)
  if (markdown?.[2]) {
    const start = block.start + words.indexOf(markdown[2])
    return {start, end: start + markdown[2].length}
  }
  // The first line of an article is its headline even when it ends in a question mark.
  if (first && words.length <= 2 * SUBHEAD_MAX_LENGTH && !/[.:,;]$/.test(words)) return block
  return words.length <= SUBHEAD_MAX_LENGTH && !SENTENCE_END.test(words) ? block : undefined
}

export function articleOutline(analysis: Analysis, text: string): ArticleOutline {
  const outline: ArticleOutline = {headline: undefined, paragraphs: [], subheads: []}
  const within = (block: Span) => (span: Span) => block.start <= span.start && span.start < block.end
  let current: OutlineSection | undefined
  let lastEnd = 0
  blocksOf(text).forEach((block, index) => {
    const title = headingTitle(text, block, index === 0)
    if (title) {
      const section: OutlineSection = {
        kind: index === 0 ? 'headline' : 'subhead',
        title: text.slice(title.start, title.end),
        titleSpan: title,
        start: block.start,
        end: block.end,
        paragraphs: [],
        subheads: []
      }
      if (section.kind === 'headline') outline.headline = section
      else (outline.headline?.subheads ?? outline.subheads).push(section)
      current = section
    } else {
      const claims = analysis.claims.filter(within(block))
      const figures = analysis.figures.filter((figure) => figure.claim === null).filter(within(block))
      if (claims.length > 0 || figures.length > 0) {
        const paragraph = {start: block.start, end: block.end, claims, figures}
        // Under the last heading, or at the top when none came before.
        ;(current?.paragraphs ?? outline.paragraphs).push(paragraph)
      }
    }
    // A section runs until the next heading of its rank (for subheads) or the end (for the headline).
    if (current && current.kind === 'subhead' && title === undefined) current.end = block.end
    lastEnd = block.end
  })
  if (outline.headline) outline.headline.end = lastEnd
  return outline
}
