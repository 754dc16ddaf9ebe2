#!/usr/bin/env node
// Takes the README's screenshots of Sourced in real VS Code (code-server in headless
// Chromium, the same harness as the integration tests): a German article with its
// diagnostics and a hover card in the dark default theme, then an English article's
// Sources view and source report in a light theme.
//
//   node scripts/screenshots.mjs [--out docs/screenshots] [--verbose]
//
// Needs `bash scripts/integration/setup-code-server.sh` once and a built extension
// (`node esbuild.js`). The articles are our own invented local stories, so that no
// corpus text ends up in the repository's images.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {openWorkbench, startCodeServer} from './integration/run-in-code-server.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/**
 * The README's images ship in the .vsix, which must stay under 400 KB: lossy WebP
 * is a third of the PNG's size and still sharp for text. Chromium encodes it.
 */
async function asWebp(page, png) {
  const dataUrl = await page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    canvas.getContext('2d').drawImage(image, 0, 0)
    return canvas.toDataURL('image/webp', 0.8)
  }, png.toString('base64'))
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}
const FILE = 'radnetz.news'
const ENGLISH_FILE = 'ferry.news'
const LIGHT_THEME = 'Default Light Modern'
// Invented for the screenshots: named, quoted and unattributed figures, a vague source, a hedge, two differing costs.
const ARTICLE = [
  'Stadtrat beschließt Ausbau des Radnetzes',
  'Musterhausen will bis 2030 rund 45 Kilometer neue Radwege bauen. Das teilte Oberbürgermeisterin Petra Lang am ' +
    'Dienstag mit. Die Kosten sollen sich nach Angaben der Stadtverwaltung auf 18 Millionen Euro belaufen.',
  'Der Allgemeine Deutsche Fahrrad-Club (ADFC) begrüßte den Beschluss. "Wir zählen inzwischen 12.000 Radfahrende ' +
    'am Tag auf der Hauptstraße", sagte ADFC-Sprecher Jonas Weber. Der ADFC hält allerdings 25 Millionen Euro für ' +
    'realistischer.',
  'Kritik kam aus der Opposition. Offenbar fehlen im Haushalt noch Mittel für die Planung. Experten zufolge kostet ' +
    'jeder Kilometer Radweg rund 400.000 Euro.',
  'Tausende Pendler nutzen die Strecke täglich.'
].join('\n\n') + '\n'
// Invented too: named sources (one with a long name), a quotation, a vague source, a hedge, two figures without one.
const ENGLISH_ARTICLE = [
  'Harbour town backs second ferry to Skerry Island',
  'Kestrel Bay council voted on Tuesday to fund a second ferry between the harbour and Skerry Island. The link ' +
    'will cost £4.8 million over five years, council treasurer Mark Hollis said.',
  "Harbour master Elin Castellano-Whitcombe said 85 per cent of last summer's crossings were full. \"About 1,200 " +
    'of us cross every week, and in summer it is closer to 3,000," said Ruth Okafor, who chairs the island\'s ' +
    "residents' association.",
  'Officials said the crossing would take 25 minutes. The operator is said to expect 40,000 passengers in the ' +
    'first year.',
  'More than 300 people signed a petition against the plan.'
].join('\n\n') + '\n'

const {values} = parseArgs({
  options: {out: {type: 'string', default: 'docs/screenshots'}, verbose: {type: 'boolean', default: false}}
})
const out = path.resolve(ROOT, values.out)
mkdirSync(out, {recursive: true})

const dir = mkdtempSync(path.join(os.tmpdir(), 'sourced-shots-'))
const workspace = path.join(dir, 'workspace')
mkdirSync(path.join(workspace, '.vscode'), {recursive: true})
writeFileSync(path.join(workspace, FILE), ARTICLE)
writeFileSync(path.join(workspace, ENGLISH_FILE), ENGLISH_ARTICLE)
// A calm workbench: no welcome page, no minimap, wrapped prose. The theme changes half-way.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false
}
const writeSettings = (extra = {}) =>
  writeFileSync(
    path.join(workspace, '.vscode', 'settings.json'),
    JSON.stringify({...SETTINGS, ...extra}, null, 2)
  )
writeSettings()

let server
let workbench
try {
  server = await startCodeServer({dir: path.join(dir, 'server'), verbose: values.verbose})
  workbench = await openWorkbench(server, {
    folder: workspace,
    extensionDevelopmentPath: ROOT,
    viewport: {width: 1400, height: 860}
  })
  const {page} = workbench
  const shot = async (name) => {
    const file = path.join(out, `${name}.webp`)
    writeFileSync(file, await asWebp(page, await page.screenshot()))
    console.log(`screenshot: ${path.relative(ROOT, file)}`)
  }
  /** Opens the palette (F1) or Quick Open (Control+P); right after start-up the first key may go nowhere. */
  const openQuickInput = async (key) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.keyboard.press(key)
      const opened = await page
        .waitForFunction(() => document.activeElement?.closest('.quick-input-widget') != null, null, {timeout: 5_000})
        .then(() => true, () => false)
      if (opened) return
    }
    throw new Error(`${key} did not open the quick input`)
  }
  /** Runs a palette command by its exact title; an optional one that this VS Code lacks is skipped. */
  const runCommand = async (title, {optional = false} = {}) => {
    await openQuickInput('F1')
    await page.keyboard.type(title) // after the palette's own '>'
    // The exact title ranks first once the palette has filtered; Enter runs it.
    const first = page.locator('.quick-input-list .monaco-list-row').first().filter({hasText: title})
    const found = await first.waitFor({timeout: 10_000}).then(() => true, () => false)
    if (!found) {
      await page.keyboard.press('Escape')
      if (optional) return
      throw new Error(`no command "${title}"`)
    }
    await page.keyboard.press('Enter')
  }

  await page.locator('.monaco-workbench').waitFor({timeout: 60_000})
  await page.locator('.statusbar').waitFor()
  await runCommand('View: Close All Editors')
  await runCommand('View: Hide Secondary Side Bar', {optional: true})
  await openQuickInput('Control+P')
  await page.keyboard.type(FILE)
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor()
  await page.keyboard.press('Enter')
  await page.locator('.squiggly-warning').first().waitFor({timeout: 30_000})
  await page.keyboard.press('Control+Shift+M') // Problems
  await page.locator('.markers-panel .monaco-list-row').first().waitFor()
  await shot('diagnostics')

  await page.keyboard.press('Control+J') // hide the panel
  // The grammar leaves figures uncoloured, so no span holds just the number: measure where it is drawn.
  const figure = await page.evaluate((needle) => {
    for (const span of document.querySelectorAll('.view-line span span')) {
      const node = span.firstChild
      const at = node?.textContent?.indexOf(needle) ?? -1
      if (!node || at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      const box = range.getBoundingClientRect()
      return {x: box.x + box.width / 2, y: box.y + box.height / 2}
    }
    return null
  }, '12.000')
  if (!figure) throw new Error('12.000 is not drawn in the editor')
  await page.mouse.move(figure.x, figure.y)
  await page.locator('.monaco-hover-content', {hasText: 'Jonas Weber'}).first().waitFor({timeout: 15_000})
  await shot('hover')

  await page.mouse.move(700, 845)
  // The English article in a light theme; the workbench applies the changed settings file.
  writeSettings({'workbench.colorTheme': LIGHT_THEME})
  await page.locator('.monaco-workbench.vs:not(.vs-dark)').waitFor({timeout: 30_000})
  await runCommand('View: Close All Editors')
  await openQuickInput('Control+P')
  await page.keyboard.type(ENGLISH_FILE)
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor()
  await page.keyboard.press('Enter')
  await page.locator('.squiggly-warning').first().waitFor({timeout: 30_000})
  // Fold the file tree so the Sources view has room, then open a source's claims.
  await page.locator('.pane-header', {hasText: 'workspace'}).first().click()
  await runCommand('Explorer: Focus on Sources View')
  const source = page.locator('.monaco-list-row[aria-level="1"]', {hasText: 'Ruth Okafor'}).first()
  await source.waitFor({timeout: 15_000})
  await source.locator('.monaco-tl-twistie').click()
  await page.locator('.monaco-list-row[aria-level="2"]').first().waitFor()
  await shot('sources-view')

  await page.locator('.view-line').first().click()
  await runCommand('View: Toggle Primary Side Bar Visibility')
  await runCommand('Sourced: Show Source Report')
  await page.locator('iframe.webview').first().waitFor({timeout: 15_000})
  const report = page.frameLocator('iframe.webview').first().frameLocator('iframe').first()
  await report.locator('table').first().waitFor({timeout: 15_000})
  await shot('report')
} catch (error) {
  // What the workbench showed when a step failed, for whoever runs this next.
  await workbench?.page.screenshot({path: path.join(out, 'failure.png')}).catch(() => {})
  throw error
} finally {
  await workbench?.close().catch(() => {})
  await server?.stop()
  rmSync(dir, {recursive: true, force: true, maxRetries: 3})
}
