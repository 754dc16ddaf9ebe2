// Entry point of the integration tests: VS Code loads this module inside the
// real extension host and awaits run() (the @vscode/test-electron contract;
// a rejection fails the run). It runs every compiled suite/*.test.js with Mocha.
import {readdirSync} from 'node:fs'
import * as path from 'node:path'
import {format} from 'node:util'
import Mocha from 'mocha'

export async function run(): Promise<void> {
  // run-in-code-server.mjs reads the extension host's console from the
  // workbench log, among the workbench's own lines; it passes a marker so that
  // Mocha's report can be told apart. (The extension host does not let the
  // console methods be replaced, so only the reporter's lines get it.)
  const marker = process.env.SOURCED_TEST_LOG_MARKER
  if (marker) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(marker + format(...args))

  const mocha = new Mocha({ui: 'bdd', color: false, timeout: 60_000})
  // The runners pass `--grep <pattern>` on as SOURCED_TEST_GREP.
  if (process.env.SOURCED_TEST_GREP) mocha.grep(process.env.SOURCED_TEST_GREP)
  const suiteDir = path.join(__dirname, 'suite')
  const files = readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
  if (files.length === 0) throw new Error(`no *.test.js in ${suiteDir}`)
  for (const name of files) mocha.addFile(path.join(suiteDir, name))

  const failures = await new Promise<number>((resolve) => mocha.run(resolve))
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`)
}
