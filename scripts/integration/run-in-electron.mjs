#!/usr/bin/env node
// Runs the same compiled integration tests in desktop VS Code (Electron) with
// @vscode/test-electron, for machines that have desktop VS Code or can
// download it (this project's offline machines use run-in-code-server.mjs).
//
//   node scripts/integration/run-in-electron.mjs --extension <abs path> \
//     --tests <abs path to compiled test index.js> --workspace <dir> \
//     [--grep <pattern>] [--vscode-executable <path>] [--vscode-version <version>]
//
// Without --vscode-executable (or $VSCODE_EXECUTABLE_PATH), test-electron
// downloads VS Code (--vscode-version, default stable) into .vscode-test/.
// Exit code: the tests' exit code.
import path from 'node:path'
import {parseArgs} from 'node:util'
import testElectron from '@vscode/test-electron'

const {values} = parseArgs({
  options: {
    extension: {type: 'string'}, tests: {type: 'string'}, workspace: {type: 'string'}, grep: {type: 'string'},
    'vscode-executable': {type: 'string'}, 'vscode-version': {type: 'string'}
  }
})
if (!values.extension || !values.tests || !values.workspace) {
  console.error(
    'usage: run-in-electron.mjs --extension <dir> --tests <index.js> --workspace <dir> [--grep <pattern>] ' +
      '[--vscode-executable <path>] [--vscode-version <version>]'
  )
  process.exit(2)
}

try {
  const code = await testElectron.runTests({
    extensionDevelopmentPath: path.resolve(values.extension),
    extensionTestsPath: path.resolve(values.tests),
    vscodeExecutablePath: values['vscode-executable'] ?? process.env.VSCODE_EXECUTABLE_PATH,
    version: values['vscode-version'],
    launchArgs: [
      path.resolve(values.workspace),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes'
    ],
    extensionTestsEnv: {NO_COLOR: '1', ...(values.grep ? {SOURCED_TEST_GREP: values.grep} : {})}
  })
  process.exit(code)
} catch (error) {
  // runTests rejects when VS Code exits non-zero (failed tests) or cannot start.
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
