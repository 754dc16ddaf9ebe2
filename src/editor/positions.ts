// Offsets to positions for text that is not open as a TextDocument (the workspace check).
import * as vscode from 'vscode'
import {partitionPointOf, type Span} from '../core/index.js'

export type PositionAt = (offset: number) => vscode.Position

/** `positionAt` for plain text, with the same line breaks VS Code counts (`\n`, `\r\n`, `\r`). */
export function positionsOf(text: string): PositionAt {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\r' && text[index + 1] === '\n') continue
    if (char === '\n' || char === '\r') lineStarts.push(index + 1)
  }
  return (offset) => {
    // The last line that starts at or before `offset`.
    const line = Math.max(0, partitionPointOf(lineStarts, (start) => start > offset) - 1)
    // In range: `line` indexes lineStarts, which holds at least the first line's 0.
    return new vscode.Position(line, offset - (lineStarts[line] ?? 0))
  }
}

export function rangeOf(positionAt: PositionAt, span: Span): vscode.Range {
  return new vscode.Range(positionAt(span.start), positionAt(span.end))
}

/** Position lookup of an open document. */
export function documentPositions(document: vscode.TextDocument): PositionAt {
  return (offset) => document.positionAt(offset)
}

/** The range of a span in an open document. */
export function spanRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return rangeOf(documentPositions(document), span)
}
