// One article, one set of counts: the status bar, the Sources view, the report and
// Problems agree, with a message per count form in English and German.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {articleCounts, vagueItems} from '../../../src/editor/counts.js'
import {countLabel, type CountKind, type Translate} from '../../../src/editor/labels.js'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  EXTENSION_ID,
  open,
  ruleOf,
  sourced,
  waitForDiagnostics,
  waitForEvent,
  writeWorkspaceFile
} from './helpers.js'

const ARTICLE = 'zaehlung.news'
// Invented: one named source, one figure without a source, a vague figure, a vague claim without figures,
// and a figure the writer marked.
const TEXT =
  'Im Becken schwimmen 40 Karpfen. Experten zufolge kamen 300 Gäste. Experten warnten, die Lage sei ernst.\n\n' +
  'Im Zoo leben 5 Löwen. [sourced-ignore]\n\n' +
  'Laut Polizeisprecher Jan Meyer wurden 17 Menschen verletzt.\n'

/** `vscode.l10n.t` over a bundle of our own: `{0}` filled in, a missing message fails the test. */
function translator(bundle: Record<string, string>): Translate {
  return (message, ...args) => {
    const translated = bundle[message]
    assert.ok(translated !== undefined, `"${message}" has no translation`)
    return translated.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole))
  }
}
const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole))

describe('Sourced counts', () => {
  after(async () => {
    await closeAllEditors()
    await deleteWorkspaceFiles(ARTICLE)
  })

  it('has a message for one and for many of each count, in English and German', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension)
    const file = vscode.Uri.joinPath(extension.extensionUri, 'l10n', 'bundle.l10n.de.json')
    const german = translator(JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8')))
    const expected: Record<CountKind, [string, string, string, string]> = {
      figures: ['1 figure', '2 figures', '1 Zahl', '2 Zahlen'],
      named: ['1 with a named source', '2 with a named source', '1 mit genannter Quelle', '2 mit genannter Quelle'],
      vague: ['1 vague source', '2 vague sources', '1 vage Quelle', '2 vage Quellen'],
      unattributed: ['1 without a source', '2 without a source', '1 ohne Quelle', '2 ohne Quelle'],
      ignored: ['1 ignored', '2 ignored', '1 ignoriert', '2 ignoriert'],
      sources: ['1 source', '2 sources', '1 Quelle', '2 Quellen'],
      claims: ['1 claim', '2 claims', '1 Aussage', '2 Aussagen'],
      mentions: ['1 mention', '2 mentions', '1 Nennung', '2 Nennungen']
    }
    for (const [kind, [one, two, eins, zwei]] of Object.entries(expected) as Array<[CountKind, string[]]>) {
      assert.deepEqual(
        [countLabel(kind, 1, english), countLabel(kind, 2, english)],
        [one, two]
      )
      assert.deepEqual(
        [countLabel(kind, 1, german), countLabel(kind, 2, german)],
        [eins, zwei]
      )
      assert.equal(countLabel(kind, 0, german), zwei?.replace('2', '0'), 'zero takes the plural')
    }
    // The extension itself speaks the display language: English here unless the harness set German.
    const ui = vscode.env.language.startsWith('de') ? german : english
    assert.equal(countLabel('sources', 1), countLabel('sources', 1, ui))
    assert.equal(countLabel('sources', 3), countLabel('sources', 3, ui))
  })

  it('counts the same in the status bar, the Sources view, the report and Problems', async () => {
    const api = await sourced()
    const uri = await writeWorkspaceFile(ARTICLE, TEXT)
    const document = (await open(uri)).document
    const problems = await waitForDiagnostics(uri, (all) => all.length >= 3)
    const analysis = api.analysis(document)
    assert.ok(analysis)
    const counts = articleCounts(analysis)
    // What the fixture holds, so a count that drifts cannot pass by agreeing with itself.
    assert.deepEqual(counts, {figures: 4, named: 1, vague: 2, unattributed: 1, ignored: 1, sources: 1, claims: 3})

    // Problems: one per unattributed figure and one per vague item.
    assert.equal(problems.filter((problem) => ruleOf(problem) === 'unattributed-figure').length, counts.unattributed)
    assert.equal(problems.filter((problem) => ruleOf(problem) === 'vague-source').length, counts.vague)

    // Status bar: the same count, the singular where there is one.
    const status = await waitForEvent(
      vscode.languages.onDidChangeDiagnostics,
      () => api.statusText()?.includes(countLabel('unattributed', 1)) && api.statusText(),
      'the status bar count'
    )
    assert.ok(status.includes(countLabel('sources', 1)), status)
    assert.doesNotMatch(status, /\b1 sources\b/)

    // Sources view: one root per source; the groups hold exactly the counted figures, their count as description.
    const tree = api.sourcesTree
    const roots = tree.getChildren()
    assert.equal(roots.filter((node) => node.kind === 'source').length, counts.sources)
    const grouped = roots.filter((node) => node.kind !== 'source')
    const figureIds = new Set<string>()
    for (const group of grouped) {
      const children = tree.getChildren(group)
      const item = tree.getTreeItem(group)
      assert.equal(String(item.description ?? ''), String(children.length), `${String(item.label)}: its count`)
      for (const child of children) if (child.kind === 'figure') figureIds.add(child.figure.id)
    }
    const figuresOf = (status: string) =>
      analysis.figures.filter((figure) => figureIds.has(figure.id) && figure.status === status).length
    assert.equal(figuresOf('none'), counts.unattributed, 'figures without a source in the view')
    const vague = vagueItems(analysis)
    assert.equal(figuresOf('vague'), vague.figures.length, 'vague figures in the view')
    // The view lists vague claims without figures all or none (it may list figures only).
    assert.ok([0, vague.claims.length].includes(vagueClaimsShown(tree, grouped)), 'vague claims in the view')

    // Report: the same counts under the same names, and one name for the report.
    await vscode.commands.executeCommand('sourced.showReport')
    const html = api.reportHtml()
    assert.ok(html)
    for (const kind of ['unattributed', 'vague', 'named', 'ignored', 'sources', 'claims'] as const) {
      assert.ok(html.includes(countLabel(kind, counts[kind])), `the report says ${countLabel(kind, counts[kind])}`)
    }
    assert.match(html, /<h1>(Source Report|Quellenbericht): zaehlung\.news<\/h1>/)
    assert.match(html, /<title>(Source Report|Quellenbericht): zaehlung\.news<\/title>/)
  })
})

/** Vague claims without figures, where the view lists them (a group of claims); none while it lists figures only. */
function vagueClaimsShown(
  tree: Awaited<ReturnType<typeof sourced>>['sourcesTree'],
  groups: ReturnType<Awaited<ReturnType<typeof sourced>>['sourcesTree']['getChildren']>
): number {
  let claims = 0
  for (const group of groups) {
    for (const child of tree.getChildren(group)) if (child.kind === 'claim' && child.claim.source === null) claims++
  }
  return claims
}
