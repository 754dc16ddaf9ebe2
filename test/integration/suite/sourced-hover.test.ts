// Hover cards: the figure's own words, one status line, links that run only Sourced's
// own commands (article text stays text), and the message language setting.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {
  closeAllEditors,
  deleteWorkspaceFiles,
  hoverMarkdown,
  open,
  positionOf,
  removeEmptyWorkspaceSettings,
  setSetting,
  sourcedDiagnostics,
  ruleOf,
  waitForDiagnostics,
  writeWorkspaceFile
} from './helpers.js'

const ARTICLE = 'brand.news'
// Invented: a named source with three claims (one holding a hostile link), a figure without a source.
const TEXT =
  'Bei dem Brand wurden 17 Menschen verletzt, sagte Polizeisprecher Jan Meyer am Abend. ' +
  'Der Schaden betrage bis zu fünf Millionen Euro, sagte Meyer.\n\n' +
  'Im Becken der Anlage schwimmen 40 Karpfen.\n\n' +
  'Laut Meyer kamen [300 Gäste](command:workbench.action.quit) zum Fest.\n'

/** A command link that Markdown would render: `](command:id?args)` not preceded by a backslash. */
const LIVE_LINK = /(?<!\\)\]\(command:([\w.]+)(?:\?([^)]*))?\)/g

interface Link {
  command: string
  args: unknown[]
}

/** A serialised Uri comes back as one, as VS Code revives the arguments of a clicked command link. */
function revive(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('$mid' in value)) return value
  // The authority too: in the browser the documents are vscode-remote://host:port/….
  const {scheme, authority, path} = value as Record<string, unknown>
  if (typeof scheme !== 'string' || typeof path !== 'string') return value
  return vscode.Uri.from({scheme, authority: typeof authority === 'string' ? authority : '', path})
}

function liveLinks(card: vscode.MarkdownString): Link[] {
  return [...card.value.matchAll(LIVE_LINK)].map((match) => ({
    command: match[1] ?? '',
    args: match[2] ? (JSON.parse(decodeURIComponent(match[2])) as unknown[]).map(revive) : []
  }))
}

function enabledCommands(card: vscode.MarkdownString): readonly string[] {
  const trust = card.isTrusted
  assert.ok(typeof trust === 'object', `the card trusts a list of commands, not ${String(trust)}`)
  return trust.enabledCommands
}

describe('Sourced hover cards', () => {
  let document: vscode.TextDocument

  before(async () => {
    const uri = await writeWorkspaceFile(ARTICLE, TEXT)
    document = (await open(uri)).document
    await waitForDiagnostics(uri, (all) => all.length > 0)
  })

  after(async () => {
    await setSetting('messageLanguage', undefined)
    await removeEmptyWorkspaceSettings()
    await closeAllEditors()
    await deleteWorkspaceFiles(ARTICLE)
  })

  async function cardAt(needle: string): Promise<vscode.MarkdownString> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, needle)
    )
    const [card, ...rest] = hoverMarkdown(hovers)
    assert.ok(card, `a card on "${needle}"`)
    assert.equal(rest.length, 0, 'one card')
    return card
  }

  it('enables only its own commands, and every live link is one of them', async () => {
    for (const needle of ['17 Menschen', '40 Karpfen', 'Jan Meyer', '300 Gäste']) {
      const card = await cardAt(needle)
      const enabled = enabledCommands(card)
      assert.ok(enabled.length > 0)
      for (const command of enabled) assert.match(command, /^sourced\./, `${command} is Sourced's`)
      assert.notEqual(card.supportHtml, true, 'no HTML')
      for (const link of liveLinks(card)) {
        assert.ok(enabled.includes(link.command), `${link.command} in ${card.value}`)
      }
    }
  })

  it("keeps the article's [x](command:…) as text", async () => {
    // The card on another claim of the same source lists the hostile one.
    const card = await cardAt('17 Menschen')
    assert.ok(
      liveLinks(card).every((link) => link.command !== 'workbench.action.quit'),
      card.value
    )
    assert.match(card.value, /\\\[300 Gäste\\\]\\\(command\\:workbench\\\.action\\\.quit\\\)/, 'shown escaped')
  })

  it("shows the figure's own words with its qualifier, not a re-rendered number", async () => {
    const card = await cardAt('fünf Millionen')
    assert.match(card.value, /bis zu fünf Millionen Euro/)
    assert.doesNotMatch(card.value, /5[.,]000[.,]000|about|etwa/)
  })

  it('links the source\'s other claims to their lines, and the link selects the claim', async () => {
    const card = await cardAt('fünf Millionen')
    const reveal = liveLinks(card).find((link) => link.command === 'sourced.reveal')
    assert.ok(reveal, `a line link in ${card.value}`)
    assert.match(card.value, /\[(Line|Zeile) 1\]\(command:sourced\.reveal\?/)
    await vscode.commands.executeCommand(reveal.command, ...reveal.args)
    const editor = vscode.window.activeTextEditor
    assert.ok(editor)
    assert.match(editor.document.getText(editor.selection), /17 Menschen verletzt/)
  })

  it('says once that a figure has no source and offers the fixes as links, the snippet as code', async () => {
    const card = await cardAt('40 Karpfen')
    const value = card.value
    assert.ok((value.match(/no source|keine Quelle|ohne Quelle/gi) ?? []).length <= 1, value)
    assert.doesNotMatch(value, /::|: ,/, 'no double colon, no leading comma')
    assert.match(value, /`\s?laut Quelle\s?`/, 'the snippet as code')
    const commands = liveLinks(card).map((link) => link.command)
    assert.deepEqual(commands, ['sourced.insertAttribution', 'sourced.showFixes', 'sourced.showReport'])
    const add = liveLinks(card)[0]
    assert.ok(add)
    await vscode.commands.executeCommand(add.command, ...add.args)
    assert.match(document.getText(), /schwimmen 40 Karpfen, laut Quelle\./, 'the link adds the attribution')
    await vscode.commands.executeCommand('undo')
    assert.equal(document.getText(), TEXT)
  })

  it('writes problem messages in the UI language by default, in the article language on request', async () => {
    const unattributed = () =>
      sourcedDiagnostics(document.uri).find((diagnostic) => ruleOf(diagnostic) === 'unattributed-figure')
    const german = vscode.env.language.startsWith('de')
    assert.match(unattributed()?.message ?? '', german ? /ohne Quelle/ : /has no source/)
    await setSetting('messageLanguage', 'article')
    await waitForDiagnostics(
      document.uri,
      (all) => all.some((diagnostic) => /Zahl „40 Karpfen“ ohne Quelle/.test(diagnostic.message)),
      'German messages'
    )
    await setSetting('messageLanguage', 'ui')
    await waitForDiagnostics(
      document.uri,
      (all) => all.some((diagnostic) => (german ? /ohne Quelle/ : /has no source/).test(diagnostic.message)),
      'messages in the UI language'
    )
  })
})
