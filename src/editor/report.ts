// The source report webview: one panel showing the tables for one article. Locked
// down: a CSP with `default-src 'none'`, one nonce'd script from media/, resources only
// from media/, and every piece of article text HTML-escaped by the extension.
import * as vscode from 'vscode'
import type {Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {basename, cspNonce} from './portable.js'
import {buildReport, type SourceReport} from './reportModel.js'
import {isReportRequest, type ReportRequest} from './reportMessages.js'
import {
  ignoredTable,
  needsSourceTable,
  reportChips,
  reportTables,
  type Cell,
  type Chip,
  type Table
} from './reportTables.js'

export const REPORT_VIEW_TYPE = 'sourced.report'

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  private document: vscode.TextDocument | undefined
  /** The place the page scrolls to and focuses (from "Reveal in Source Report"), once. */
  private focus: Span | undefined

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: AnalysisCache,
    private readonly onRequest: (document: vscode.TextDocument, request: ReportRequest) => void
  ) {}

  /** The HTML shown now, or undefined without a panel (for tests). */
  get html(): string | undefined {
    return this.panel?.webview.html
  }

  /** Shows the document's report; with `focus`, the row for that place is scrolled to and focused. */
  show(document: vscode.TextDocument, focus?: Span): void {
    this.document = document
    this.focus = focus
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, '', vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [this.media()]
      })
      this.panel.iconPath = vscode.Uri.joinPath(this.media(), 'icon.svg')
      this.panel.onDidDispose(() => {
        this.panel = undefined
      })
      this.panel.webview.onDidReceiveMessage((message: unknown) => {
        if (this.document && isReportRequest(message)) this.onRequest(this.document, message)
      })
    } else {
      this.panel.reveal(undefined, true)
    }
    this.render()
  }

  /** Re-renders when the shown article was re-analysed. */
  refresh(document: vscode.TextDocument): void {
    if (this.panel && this.document?.uri.toString() === document.uri.toString()) this.render()
  }

  private render(): void {
    const panel = this.panel
    const document = this.document
    if (!panel || !document) return
    const name = basename(document.uri.path)
    panel.title = vscode.l10n.t('Source Report: {0}', name)
    const analysis = this.cache.analysis(document)
    const report =
      analysis && buildReport(analysis, document.getText(), name, (offset) => document.positionAt(offset).line)
    panel.webview.html = this.page(panel.webview, name, report, this.focus)
    this.focus = undefined
  }

  private page(webview: vscode.Webview, name: string, report: SourceReport | undefined, focus?: Span): string {
    const nonce = cspNonce()
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`
    ].join('; ')
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.media(), 'report.css'))
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.media(), 'report.js'))
    const body = report ? reportBody(report) : `<p>${escapeHtml(vscode.l10n.t('This file is not analysed.'))}</p>`
    return `<!DOCTYPE html>
<html lang="${report?.language ?? 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(vscode.l10n.t('Source Report: {0}', name))}</title>
</head>
<body${focus ? ` data-focus-start="${focus.start}" data-focus-end="${focus.end}"` : ''}>
<header>
<h1>${escapeHtml(vscode.l10n.t('Source Report: {0}', name))}</h1>
<nav>
<button type="button" data-export="markdown">${escapeHtml(vscode.l10n.t('Export Markdown'))}</button>
<button type="button" data-export="json">${escapeHtml(vscode.l10n.t('Export JSON'))}</button>
</nav>
</header>
${body}
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`
  }

  private media(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media')
  }

  dispose(): void {
    this.panel?.dispose()
  }
}

/**
 * The webview's sections: what needs a source first, then the tables the exports share,
 * then the ignored figures. The exports keep their own order and content.
 */
export function webviewTables(report: SourceReport): Table[] {
  return [needsSourceTable(report), ...reportTables(report), ignoredTable(report)]
}

function reportBody(report: SourceReport): string {
  const sections = webviewTables(report).map((table) => {
    const content =
      table.rows.length === 0
        ? `<p class="empty">${escapeHtml(table.empty)}</p>`
        : `<table>
<thead><tr>${table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>
<tbody>
${table.rows.map(rowHtml).join('\n')}
</tbody>
</table>`
    return `<section>\n<h2>${escapeHtml(table.title)}</h2>\n${content}\n</section>`
  })
  return `<ul class="chips">${reportChips(report).map(chipHtml).join('')}</ul>\n${sections.join('\n')}`
}

function chipHtml(chip: Chip): string {
  return `<li class="chip chip-${chip.tone}">${escapeHtml(chip.text)}</li>`
}

/** A row with a place is focusable: Enter reveals it, the arrow keys move between rows (media/report.js). */
function rowHtml(row: Cell[]): string {
  const place = row.find((cell) => cell.place)?.place
  const attributes = place ? ` tabindex="0" data-row-start="${place.start}" data-row-end="${place.end}"` : ''
  return `<tr${attributes}>${row.map(cellHtml).join('')}</tr>`
}

function cellHtml(cell: Cell): string {
  const text = escapeHtml(cell.text)
  if (cell.prose) return `<td class="prose"><span class="clamp" title="${text}">${text}</span></td>`
  if (!cell.place) return `<td>${text}</td>`
  // Out of the tab order: the row is the stop, so Tab does not visit every link twice.
  const link = `<a href="#" tabindex="-1" data-start="${cell.place.start}" data-end="${cell.place.end}">${text}</a>`
  return `<td class="place">${link}</td>`
}

const HTML_ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char)
}
