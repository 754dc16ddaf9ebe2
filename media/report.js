// The report webview's only script. It renders nothing itself (the extension sends
// escaped HTML); it turns clicks into the two messages the extension understands.
// @ts-check

/**
 * @typedef {{type: 'reveal', start: number, end: number}
 *   | {type: 'export', format: 'markdown' | 'json'}} ReportRequest
 */

;(function () {
  const vscode = acquireVsCodeApi()

  /** @param {ReportRequest} request */
  function send(request) {
    vscode.postMessage(request)
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-start], [data-export]') : null
    if (!target) return
    event.preventDefault()
    const format = target.getAttribute('data-export')
    if (format === 'markdown' || format === 'json') {
      send({type: 'export', format})
      return
    }
    const start = Number(target.getAttribute('data-start'))
    const end = Number(target.getAttribute('data-end'))
    if (Number.isInteger(start) && Number.isInteger(end)) send({type: 'reveal', start, end})
  })
})()
