// The one token model: each sentence's tokens are read from the nlcst tree that
// retext-latin made, not by tokenising the sentence's text a second time.
//
// Most of retext's nodes are tokens as they stand: a word of letters, a comma, a
// quotation mark. Where the recognisers need other tokens than retext's words, the
// walk hands that stretch to the readers of text/tokens.ts, which split and merge:
// `12.000`, `3,5` and `12 000` are one number (retext: up to three words), `$2bn`
// is `$`, `2`, `bn` (retext: `2bn` is a word), `Dr.` and `z.B.` keep their full
// stops, `Kranken-` its hyphen, `x-y.com` is one word. The readers follow the
// patterns listed in text/tokens.ts, so the tokens are those patterns' tokens of
// each sentence, whatever retext's Unicode tables say (test/unit/tokens.test.ts
// holds the walk to the patterns).
import type {Node, Parent, Root} from 'nlcst'
import type {SentenceTokens} from '../recognize/attribution.js'
import {must} from '../must.js'
import type {Span} from '../types.js'
import {classesAt, isSpace, LETTER, MARK, NUMBER, widthAt} from './chars.js'
import {continuesSentence} from './segment.js'
import {TokenReader} from './tokens.js'

/** A node with its offsets read once. */
interface Placed {
  node: Node
  start: number
  end: number
}

/**
 * The sentences of a paragraph's tree, each with its tokens (offsets relative to
 * the paragraph). Sentences that retext split after an abbreviation (`5 Mio. Euro`)
 * are joined again, as in text/segment.ts.
 */
export function treeSentences(tree: Root, paragraph: string, abbreviations: ReadonlySet<string>): SentenceTokens[] {
  const units: Placed[] = []
  collectUnits(tree, units)
  const sentences: SentenceTokens[] = []
  let previous: Span | undefined
  let from = 0
  for (let k = 0; k < units.length; k++) {
    const unit = must(units[k], 'k < units.length')
    if (unit.node.type !== 'SentenceNode' || unit.end <= unit.start) continue
    if (previous && continuesSentence(paragraph, previous, unit, abbreviations)) {
      previous.end = unit.end
      continue
    }
    if (previous) sentences.push(readSentence(paragraph, previous, units, from, abbreviations))
    previous = {start: unit.start, end: unit.end}
    from = k
  }
  if (previous) sentences.push(readSentence(paragraph, previous, units, from, abbreviations))
  return sentences
}

/**
 * The children of the paragraphs (sentences and the whitespace between them), in
 * order. Perf: a plain walk; unist-util-visit's general machinery cost more than
 * the rest of the sentence splitting.
 */
function collectUnits(node: Node, units: Placed[]): void {
  if (node.type === 'SentenceNode' || !('children' in node)) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) units.push({node, start, end})
    return
  }
  for (const child of (node as Parent).children) collectUnits(child, units)
}

/** The tokens of `span`, read from `units[from…]` (the sentences and whitespace inside it). */
function readSentence(
  paragraph: string,
  span: Span,
  units: readonly Placed[],
  from: number,
  abbreviations: ReadonlySet<string>
): SentenceTokens {
  const {start, end} = span
  // The sentence's own text: a token may not look past the sentence's end (retext
  // starts a sentence straight after `....` with no space between).
  const reader = new TokenReader(paragraph.slice(start, end), start, abbreviations)
  for (let k = from; k < units.length; k++) {
    const unit = must(units[k], 'k < units.length')
    if (unit.start >= end) break
    const {node} = unit
    if (node.type === 'SentenceNode') {
      for (const child of (node as Parent).children) readNode(reader, child, start)
    } else readNode(reader, node, start)
  }
  reader.readUntil(reader.text.length)
  return {start, end, tokens: reader.tokens}
}

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
const isAsciiDigit = (code: number) => code >= 48 && code <= 57
// Read once: a word starts with a letter or mark and goes on with those and digits.
const startsWord = LETTER | MARK
const inWord = LETTER | MARK | NUMBER
/** A hyphen may start a domain (`-x.de`), a letter or digit a word: the readers decide. */
const mayStartToken = (text: string, at: number, code: number) =>
  code === 45 || isAsciiDigit(code) || isAsciiLetter(code) || (code >= 128 && (classesAt(text, at) & inWord) !== 0)

/**
 * Reads the tokens of one child of a sentence (a word, punctuation, a symbol,
 * whitespace) at `base` in the paragraph.
 */
function readNode(reader: TokenReader, node: Node, base: number): void {
  const position = node.position
  // Without offsets a node's text is read with the next node's, or at the sentence's end.
  const from = position?.start.offset
  const to = position?.end.offset
  if (from === undefined || to === undefined) return
  const start = from - base
  const end = to - base
  // Text the tokens so far do not cover is read as text.
  if (reader.index < start) reader.readUntil(start)
  // A token read before may have run into this node (`12.000`, `Dr.`): read on from where it ended.
  if (reader.index > start) {
    reader.readUntil(end)
    return
  }
  const {text} = reader
  const type = node.type
  if (type === 'WordNode') {
    const children = (node as Parent).children
    const plain = children.length === 1 && children[0]?.type === 'TextNode' && plainWordEnd(text, start, end)
    if (plain) reader.push('word', end)
    else reader.readUntil(end)
    return
  }
  if (type !== 'PunctuationNode' && type !== 'SymbolNode' && type !== 'WhiteSpaceNode') {
    reader.readUntil(end)
    return
  }
  // Whitespace, punctuation and symbols, a code point at a time.
  while (reader.index < end) {
    const at = reader.index
    const code = text.charCodeAt(at)
    if (isSpace(code)) reader.space(code)
    else if (mayStartToken(text, at, code)) reader.readUntil(end)
    else reader.push('punct', at + widthAt(text, at))
  }
}

/**
 * Whether the word `text[start, end)` is one word token as it stands: it starts
 * with a letter or mark, holds only letters, marks and digits, and nothing after it
 * extends it (a `.` of an abbreviation, initials or a domain; a hyphen or an
 * apostrophe; a letter that retext's tables do not count as one).
 */
function plainWordEnd(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  if (!isAsciiLetter(first) && (first < 128 || (classesAt(text, start) & startsWord) === 0)) return false
  for (let i = start + 1; i < end; ) {
    const code = text.charCodeAt(i)
    if (isAsciiLetter(code) || isAsciiDigit(code)) i++
    else if (code >= 128 && (classesAt(text, i) & inWord) !== 0) i += widthAt(text, i)
    else return false
  }
  if (end >= text.length) return true
  const next = text.charCodeAt(end)
  if (next === 46 || next === 45 || next === 0x2010 || next === 39 || next === 0x2019) return false
  return !(isAsciiLetter(next) || isAsciiDigit(next) || (next >= 128 && (classesAt(text, end) & inWord) !== 0))
}
