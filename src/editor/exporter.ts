// Exports the source report as Markdown (for the desk) or JSON (for tools).
import * as vscode from 'vscode'
import type {SourceReport} from './reportModel.js'
import {reportSummary, reportTables} from './reportTables.js'

export type ExportFormat = 'markdown' | 'json'

export function renderExport(report: SourceReport, format: ExportFormat): string {
  return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportMarkdown(report)
}

function reportMarkdown(report: SourceReport): string {
  const lines = [
    `# ${vscode.l10n.t('Source Report: {0}', markdownCell(report.file))}`,
    '',
    markdownCell(reportSummary(report))
  ]
  for (const table of reportTables(report)) {
    lines.push('', `## ${table.title}`, '')
    if (table.rows.length === 0) {
      lines.push(table.empty)
      continue
    }
    lines.push(`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => ' --- |').join('')}`)
    for (const row of table.rows) lines.push(`| ${row.map((cell) => markdownCell(cell.text)).join(' | ')} |`)
  }
  return `${lines.join('\n')}\n`
}

/** Article text in a Markdown table cell: no HTML, no links, no emphasis, no broken columns. */
function markdownCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|#]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * Writes the export to `target`, or opens it as a new untitled document the writer
 * can save where they like.
 */
export async function deliverExport(content: string, format: ExportFormat, target?: vscode.Uri): Promise<void> {
  if (target) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content))
    return
  }
  const document = await vscode.workspace.openTextDocument({content, language: format})
  await vscode.window.showTextDocument(document, {preview: false})
}
