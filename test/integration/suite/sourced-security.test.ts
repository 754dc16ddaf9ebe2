// Article text is untrusted: it must not become a command link in a hover or markup in the report.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  hoverMarkdown,
  open,
  positionOf,
  sourced,
  waitForDiagnostics,
  writeWorkspaceFile
} from './helpers.js'

describe('Sourced with hostile article text', () => {
  afterEach(closeAllEditors)

  after(async () => {
    await deleteWorkspaceFiles('falle.news', 'skript.news')
  })

  it('does not render a command link from the article in a hover', async () => {
    const uri = await writeWorkspaceFile(
      'falle.news',
      'Laut [Polizei](command:workbench.action.quit) wurden [12 Menschen](command:workbench.action.quit) ' +
        'verletzt.\n\nEs kamen [300 Gäste](command:workbench.action.quit).\n'
    )
    const document = (await open(uri)).document
    await waitForDiagnostics(uri, (all) => all.length > 0)
    for (const figure of ['12 Menschen', '300 Gäste', 'Polizei']) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        positionOf(document, figure)
      )
      const cards = hoverMarkdown(hovers)
      for (const card of cards) {
        assert.notEqual(card.isTrusted, true, 'hover trusts no command but its own')
        assert.notEqual(card.supportHtml, true, 'hover renders no HTML')
        // Sourced's own links (enabled by name) may run; the article's never.
        const enabled = typeof card.isTrusted === 'object' ? card.isTrusted.enabledCommands : []
        for (const [, command] of card.value.matchAll(/(?<!\\)\]\(command:([\w.]+)/g)) {
          assert.ok(command && enabled.includes(command) && command.startsWith('sourced.'), `live link: ${card.value}`)
        }
      }
    }
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      positionOf(document, '300 Gäste')
    )
    assert.ok(
      hoverMarkdown(hovers).some((card) => card.value.includes('300')),
      'the figure still has its card'
    )
  })

  it('shows <script> from the article as text in the report', async () => {
    const api = await sourced()
    const uri = await writeWorkspaceFile(
      'skript.news',
      'Polizeisprecher Jan Meyer sagte: "<script>alert(1)</script> Es kamen 200 Menschen <img src=x ' +
        'onerror=alert(2)>."\n\nEs gab <b>17</b> Verletzte.\n'
    )
    await open(uri)
    await waitForDiagnostics(uri, (all) => all.length > 0)
    await vscode.commands.executeCommand('sourced.showReport')
    const html = api.reportHtml()
    assert.ok(html)
    assert.ok(!html.includes('<script>alert'), 'no script from the article')
    assert.ok(!html.includes('<img src=x'), 'no element from the article')
    assert.ok(!html.includes('<b>17'), 'no markup from the article')
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the quotation is shown as text')
    assert.equal((html.match(/<script\b/g) ?? []).length, 1, 'only the report\'s own nonce\'d script')
  })
})
