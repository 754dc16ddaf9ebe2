// The web run must really run in the browser: in the web worker extension host, from
// the manifest's `browser` bundle, not in Node's host from `main`.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {EXTENSION_ID} from '../suite/helpers.js'

describe('Sourced in the web worker extension host', () => {
  it('runs in a web worker from the browser bundle', async () => {
    // A worker's global scope, and no Node: no `process` (VS Code's worker host hides importScripts and location).
    const scope = globalThis as {WorkerGlobalScope?: unknown; process?: unknown}
    assert.equal(typeof scope.WorkerGlobalScope, 'function')
    assert.equal(scope.process, undefined)
    const extension = vscode.extensions.getExtension(EXTENSION_ID)
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`)
    assert.equal(extension.packageJSON.browser, './dist/extension.js')
    await extension.activate()
    assert.ok(extension.isActive)
    // An extension in the browser's host runs beside the UI, never in the workspace's host.
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI)
  })
})
