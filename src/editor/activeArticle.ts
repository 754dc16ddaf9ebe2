// Which article the commands act on: the active editor's, or (while a webview or a view
// has focus) the article whose editor was active last.
import * as vscode from 'vscode'
import {isAnalysableScheme} from './enablement.js'

export class ActiveArticle implements vscode.Disposable {
  private last: vscode.TextDocument | undefined
  private readonly subscription = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor))

  constructor() {
    this.remember(vscode.window.activeTextEditor)
  }

  document(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document
    if (active && isAnalysableScheme(active.uri)) return active
    return this.last && !this.last.isClosed ? this.last : undefined
  }

  /** The article's editor if one is visible, else a newly shown one. */
  async editor(): Promise<vscode.TextEditor | undefined> {
    const document = this.document()
    return document ? editorFor(document.uri) : undefined
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isAnalysableScheme(editor.document.uri)) this.last = editor.document
  }

  dispose(): void {
    this.subscription.dispose()
  }
}

/** The visible editor of the file, or the file newly shown in one. */
export async function editorFor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString())
  return visible ?? vscode.window.showTextDocument(uri)
}
