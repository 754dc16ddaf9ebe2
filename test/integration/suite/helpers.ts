// Shared by the Sourced integration suites: the test workspace, the reference article,
// and waiting on VS Code's events (never on fixed sleeps).
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import * as vscode from 'vscode'
import type {SourcedApi} from '../../../src/extension.js'

export const EXTENSION_ID = 'sourced.sourced-news'
/**
 * The repository: the suites run from out/integration/suite, while the extension
 * under test may be an installed copy of the .vsix, which has no sources or corpus.
 */
export const REPOSITORY = path.resolve(__dirname, '..', '..', '..')
/** The reference article's name in the test workspace. */
export const REFERENCE = 'nordkorea.news'

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0]
  assert.ok(folder, 'the test workspace is not open')
  return folder
}

/**
 * A file of the machine that serves the workspace, as this extension host reaches it:
 * `file:` in Node's host, the workspace's `vscode-remote:` in the browser's web worker.
 */
export function machineFile(fsPath: string): vscode.Uri {
  return workspaceFolder().uri.with({path: vscode.Uri.file(fsPath).path})
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, name)
}

/** The activated extension's API. */
export async function sourced(): Promise<SourcedApi> {
  const extension = vscode.extensions.getExtension<SourcedApi>(EXTENSION_ID)
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`)
  return extension.activate()
}

/**
 * Copies the reference article from the shared corpus (beside the repository, as in
 * CI) into the workspace; the corpus text never enters the repository.
 */
export async function copyReferenceArticle(): Promise<vscode.Uri> {
  const corpus = machineFile(path.join(REPOSITORY, '..', 'shared', 'corpus', 'dev', 'de-nordkorea-soldaten.txt'))
  const target = workspaceFile(REFERENCE)
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(corpus))
  return target
}

export async function writeWorkspaceFile(name: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceFile(name)
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
  return uri
}

export async function deleteWorkspaceFiles(...names: string[]): Promise<void> {
  for (const name of names)
    await vscode.workspace.fs.delete(workspaceFile(name), {useTrash: false}).then(undefined, () => undefined)
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), {preview: false})
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors')
}

export function sourcedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Sourced')
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code
}

/** Resolves once `condition` holds, re-checking on each `event`; fails after `ms`. */
export async function waitForEvent<T>(
  event: vscode.Event<unknown>,
  condition: () => T | undefined | false,
  what: string,
  ms = 15_000
): Promise<T> {
  const now = condition()
  if (now) return now
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose()
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`))
    }, ms)
    const subscription = event(() => {
      const value = condition()
      if (!value) return
      clearTimeout(timer)
      subscription.dispose()
      resolve(value)
    })
  })
}

/** Waits until the file's Sourced diagnostics satisfy `condition`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics'
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = sourcedDiagnostics(uri)
      return condition(diagnostics) ? diagnostics : undefined
    },
    `${what} on ${path.basename(uri.path)}`
  )
}

/** Updates a `sourced.*` setting in the workspace and waits until VS Code has applied it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration('sourced')
  // Setting the value it already has changes nothing, so no event would come.
  if (JSON.stringify(config.inspect(key)?.workspaceValue) === JSON.stringify(value)) return
  const changed = new Promise<void>((resolve) => {
    const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`sourced.${key}`)) return
      subscription.dispose()
      resolve()
    })
  })
  await config.update(key, value, vscode.ConfigurationTarget.Workspace)
  await changed
}

/** The position of the `occurrence`-th appearance of `needle` (1-based), plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1, offset = 1): vscode.Position {
  let index = -1
  for (let seen = 0; seen < occurrence; seen++) {
    index = document.getText().indexOf(needle, index + 1)
    assert.ok(index >= 0, `"${needle}" (occurrence ${occurrence}) is not in ${document.uri.path}`)
  }
  return document.positionAt(index + offset)
}

/** The text of every MarkdownString in the hovers. */
export function hoverMarkdown(hovers: vscode.Hover[]): vscode.MarkdownString[] {
  return hovers
    .flatMap((hover) => hover.contents)
    .filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString)
}

/**
 * Removes `.vscode/settings.json` (and `.vscode/`) when resetting the settings left it
 * empty: the test workspace may be a folder of the repository.
 */
export async function removeEmptyWorkspaceSettings(): Promise<void> {
  const folder = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode')
  const file = vscode.Uri.joinPath(folder, 'settings.json')
  const text = await vscode.workspace.fs.readFile(file).then(
    (bytes) => Buffer.from(bytes).toString('utf8'),
    () => undefined
  )
  if (text === undefined || text.replace(/\/\/.*|\s/g, '') !== '{}') return
  await vscode.workspace.fs.delete(file)
  const rest = await vscode.workspace.fs.readDirectory(folder)
  if (rest.length === 0) await vscode.workspace.fs.delete(folder)
}
