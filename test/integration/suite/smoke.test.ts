// Smoke test: the extension is loaded by VS Code (the installed .vsix when the
// harness installed one) and activates when a news article is opened.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'

const EXTENSION_ID = 'sourced.sourced-news'
const ARTICLE = 'kurzmeldung.news'

interface LanguageContribution {
  id: string
  extensions?: string[]
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

describe('Sourced extension (smoke)', () => {
  it('is installed and activates when a .news article is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`)
    // run-in-code-server.mjs --vsix says where it installed the package: the
    // extension found must be that copy, not a development folder.
    const installed = process.env.SOURCED_TEST_INSTALLED_EXTENSION
    if (installed) assert.equal(extension.extensionPath, installed)

    const folder = vscode.workspace.workspaceFolders?.[0]
    assert.ok(folder, 'the test workspace is not open')
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ARTICLE))
    await vscode.window.showTextDocument(document)

    const languages: LanguageContribution[] = extension.packageJSON.contributes?.languages ?? []
    const news = languages.find((language) => language.extensions?.includes('.news'))
    if (news) {
      // The manifest claims .news: opening the article alone must activate the extension.
      assert.equal(document.languageId, news.id)
      assert.ok(await waitFor(() => extension.isActive, 20_000), 'not activated by opening a .news file')
    } else {
      // No language contribution yet: activation must at least succeed.
      await extension.activate()
      assert.ok(extension.isActive)
    }
  })
})
