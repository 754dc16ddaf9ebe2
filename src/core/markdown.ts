// Markdown articles are analysed as prose: what is not prose (front matter, code,
// link targets, HTML) is blanked to spaces. The result has the same length as the
// input and keeps every line break, so every offset the engine reports still points
// into the writer's file. Ignore markers (`<!-- sourced-ignore -->`) are kept, since
// the engine must still see them.

type Blank = (start: number, end: number) => void

interface Line {
  start: number
  /** End of the line's text, before its line break. */
  end: number
  text: string
}

/** The text with everything but prose replaced by spaces; same length, line breaks kept. */
export function maskMarkdownNonProse(text: string): string {
  const units = text.split('')
  const blank: Blank = (start, end) => {
    for (let index = start; index < end; index++) {
      if (units[index] !== '\n' && units[index] !== '\r') units[index] = ' '
    }
  }
  // Each pass reads what the passes before left, so a link inside code stays code.
  maskBlocks(text, blank)
  maskCodeSpans(units.join(''), blank)
  maskHtml(units.join(''), blank)
  maskLinks(units.join(''), blank)
  return units.join('')
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '' && match.index === text.length && lines.length > 0) break
    const lineText = match[0].replace(/[\r\n]+$/, '')
    lines.push({start: match.index, end: match.index + lineText.length, text: lineText})
  }
  return lines
}

const fenceOpening = /^ {0,3}(`{3,}|~{3,})/
const listItem = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/
const linkDefinition = /^ {0,3}\[[^\]]+\]:[ \t]*\S/
const blankLine = /^[ \t]*$/

/** Front matter, fenced and indented code blocks, link reference definitions. */
function maskBlocks(text: string, blank: Blank): void {
  const lines = splitLines(text)
  const first = maskFrontMatter(lines, blank)
  let fence: {marker: string; length: number} | null = null
  let previousBlank = true
  let inList = false
  let inIndentedCode = false
  for (const line of lines.slice(first)) {
    if (fence) {
      blank(line.start, line.end)
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line.text)?.[1]
      if (closing && closing.charAt(0) === fence.marker && closing.length >= fence.length) fence = null
      continue
    }
    const opening = fenceOpening.exec(line.text)
    const run = opening?.[1]
    // A backtick fence's info string may not hold a backtick (CommonMark), else it is inline code.
    if (opening && run && !(run.charAt(0) === '`' && line.text.slice(opening[0].length).includes('`'))) {
      fence = {marker: run.charAt(0), length: run.length}
      blank(line.start, line.end)
      previousBlank = false
      continue
    }
    if (blankLine.test(line.text)) {
      previousBlank = true
      continue
    }
    const indented = /^(?: {4}|\t)/.test(line.text)
    // Indented lines inside a list continue the item; after a paragraph they are a lazy continuation.
    if (indented && !inList && (previousBlank || inIndentedCode)) {
      blank(line.start, line.end)
      inIndentedCode = true
      previousBlank = false
      continue
    }
    inIndentedCode = false
    if (listItem.test(line.text)) inList = true
    else if (!indented && previousBlank) inList = false
    if (linkDefinition.test(line.text)) blank(line.start, line.end)
    previousBlank = false
  }
}

/** Blanks a YAML (`---`) or TOML (`+++`) block at the very start; returns the first line after it. */
function maskFrontMatter(lines: Line[], blank: Blank): number {
  const [first] = lines
  const opening = first?.text.trimEnd()
  if (!first || (opening !== '---' && opening !== '+++')) return 0
  const closing = opening === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/
  const end = lines.findIndex((line, index) => index > 0 && closing.test(line.text))
  const last = lines[end]
  if (!last) return 0
  blank(first.start, last.end)
  return end + 1
}

/** Inline code: a run of backticks up to the next run of the same length, within a paragraph. */
function maskCodeSpans(text: string, blank: Blank): void {
  const runs = /`+/g
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    if (run.index > 0 && text[run.index - 1] === '\\') continue
    const length = run[0].length
    const closing = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, 'g')
    closing.lastIndex = run.index + length
    const close = closing.exec(text)
    if (!close || /\n[ \t]*\r?\n/.test(text.slice(run.index, close.index))) continue
    blank(run.index, close.index + length)
    runs.lastIndex = close.index + length
  }
}

const htmlPattern = new RegExp(
  [
    /<!--[\s\S]*?-->/.source, // comment, may span lines
    /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/.source, // opening, closing or empty tag
    /<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\s]*>/.source, // autolink <https://…>
    /<[^<>\s@]+@[^<>\s@]+>/.source, // e-mail autolink
    /&#[xX]?[0-9A-Fa-f]+;/.source // numeric character reference, which reads like a number
  ].join('|'),
  'g'
)
const ignoreMarkerComment = /^<!--[ \t]*sourced-ignore[ \t]*-->$/i

function maskHtml(text: string, blank: Blank): void {
  // Perf: a `<!--` after the last `-->` never closes, yet the lazy comment branch
  // would scan to the end for each one (quadratic); they are read as `<!-x` (same
  // length, which no other branch tells apart).
  const lastClose = text.lastIndexOf('-->')
  const searched = text.slice(0, lastClose + 1) + text.slice(lastClose + 1).replaceAll('<!--', '<!-x')
  for (const match of searched.matchAll(htmlPattern)) {
    if (ignoreMarkerComment.test(text.slice(match.index, match.index + match[0].length))) continue
    blank(match.index, match.index + match[0].length)
  }
}

const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/g
const footnoteReference = /\[\^[^\]\s]+\]/g

/**
 * Images go whole; of a link only its text stays (`[text](url "title")`, `[text][ref]`);
 * bare URLs and footnote labels go too.
 */
function maskLinks(text: string, blank: Blank): void {
  const matching = bracketMatcher(text)
  for (const match of text.matchAll(footnoteReference)) blank(match.index, match.index + match[0].length)
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') {
      index++
      continue
    }
    const image = char === '!' && text[index + 1] === '['
    if (char !== '[' && !image) continue
    const open = image ? index + 1 : index
    const close = matching(text, open, '[', ']')
    if (close < 0) continue
    const targetEnd = linkTargetEnd(text, close + 1, matching)
    if (targetEnd < 0) continue
    if (image) {
      blank(index, targetEnd)
      index = targetEnd - 1
    } else {
      // Keep scanning inside the link text, which may hold an image.
      blank(open, open + 1)
      blank(close, targetEnd)
    }
  }
  for (const match of text.matchAll(bareUrl)) blank(match.index, match.index + match[0].length)
}

/** End (exclusive) of `(destination "title")` or `[ref]` right at `start`, or -1. */
function linkTargetEnd(text: string, start: number, matching: Matcher): number {
  if (text[start] === '(') {
    const close = matching(text, start, '(', ')')
    return close < 0 ? -1 : close + 1
  }
  if (text[start] === '[') {
    const close = matching(text, start, '[', ']')
    return close < 0 ? -1 : close + 1
  }
  return -1
}

type Matcher = (text: string, open: number, opening: '[' | '(', closing: ']' | ')') => number

/**
 * The index of the bracket that closes the one at `open`, honouring nesting and
 * escapes, within a paragraph, or -1. Perf: one pass with a stack per kind of
 * bracket finds every partner at once; scanning from each bracket to its partner
 * or the paragraph's end was quadratic on many unclosed brackets.
 */
function bracketMatcher(text: string): Matcher {
  const partners = new Map<string, Int32Array>()
  return (_text, open, opening, closing) => {
    let partner = partners.get(opening)
    if (!partner) {
      partner = new Int32Array(text.length).fill(-1)
      const stack: number[] = []
      for (let index = 0; index < text.length; index++) {
        const char = text[index]
        if (char === '\\') {
          index++
        } else if (char === opening) {
          stack.push(index)
        } else if (char === closing) {
          const start = stack.pop()
          if (start !== undefined) partner[start] = index
        } else if (char === '\n' && endsParagraph(text, index)) {
          stack.length = 0
        }
      }
      partners.set(opening, partner)
    }
    return partner[open] ?? -1
  }
}

const paragraphBreak = /\n[ \t]*(?:\r?\n|$)/y

function endsParagraph(text: string, newline: number): boolean {
  paragraphBreak.lastIndex = newline
  return paragraphBreak.test(text)
}
