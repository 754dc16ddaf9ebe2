// The report webview's only script. It renders nothing itself (the extension sends
// escaped HTML); it turns clicks and keys into the two messages the extension
// understands, moves between rows with the arrow keys, and focuses the row the
// extension asked for ("Reveal in Source Report").
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

  /** @param {Element} element @param {string} startName @param {string} endName */
  function revealPlace(element, startName, endName) {
    const start = Number(element.getAttribute(startName))
    const end = Number(element.getAttribute(endName))
    if (Number.isInteger(start) && Number.isInteger(end)) send({type: 'reveal', start, end})
  }

  /** @returns {HTMLElement[]} */
  function rows() {
    return Array.from(document.querySelectorAll('tr[data-row-start]')).filter(
      (row) => row instanceof HTMLElement
    )
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[data-start], [data-export]') : null
    if (!target) return
    event.preventDefault()
    const format = target.getAttribute('data-export')
    if (format === 'markdown' || format === 'json') {
      send({type: 'export', format})
      return
    }
    revealPlace(target, 'data-start', 'data-end')
  })

  document.addEventListener('keydown', (event) => {
    const row = event.target instanceof Element ? event.target.closest('tr[data-row-start]') : null
    if (!row) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      revealPlace(row, 'data-row-start', 'data-row-end')
      return
    }
    const step = {ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity}[event.key]
    if (step === undefined) return
    event.preventDefault()
    const all = rows()
    const index = all.indexOf(/** @type {HTMLElement} */ (row))
    const next = all[Math.max(0, Math.min(all.length - 1, index + step))] ?? all[0]
    next?.focus()
  })

  // The row the extension asked to show: the one starting at the place, else the first holding it.
  const focusStart = Number(document.body.getAttribute('data-focus-start'))
  if (document.body.hasAttribute('data-focus-start') && Number.isInteger(focusStart)) {
    const all = rows()
    const holds = (/** @type {HTMLElement} */ row) =>
      Number(row.getAttribute('data-row-start')) <= focusStart && focusStart < Number(row.getAttribute('data-row-end'))
    const starts = (/** @type {HTMLElement} */ row) => Number(row.getAttribute('data-row-start')) === focusStart
    const row = all.find(starts) ?? all.find(holds)
    if (row) {
      row.classList.add('focused')
      row.scrollIntoView({block: 'center'})
      row.focus({preventScroll: true})
    }
  }
})()
