// The messages between the report webview (media/report.js) and the extension.

/** From the webview: reveal a place in the article, or run an export. */
export type ReportRequest = {type: 'reveal'; start: number; end: number} | {type: 'export'; format: 'markdown' | 'json'}

export function isReportRequest(value: unknown): value is ReportRequest {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  if (message.type === 'reveal') return Number.isInteger(message.start) && Number.isInteger(message.end)
  return message.type === 'export' && (message.format === 'markdown' || message.format === 'json')
}
