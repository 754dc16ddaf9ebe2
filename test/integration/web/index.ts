// Entry point of the integration tests in the browser's web worker extension host
// (run-in-code-server.mjs --web). That host loads one CommonJS file with only `vscode`
// to require, so esbuild.integration.js bundles this, Mocha's browser build and every
// suite into out/integration-web/index.js; node:assert, node:path and Buffer come from
// the stand-ins beside this file. The worker has no environment variables: the runner
// writes them to env.json beside the bundle, read here through the workspace's file system.
import * as vscode from 'vscode'

/** The folder of the bundle on the machine that serves the workspace (set by esbuild). */
declare const SOURCED_WEB_TESTS_DIR: string

type TestEnvironment = Record<string, string | undefined>

declare global {
  /** What `process.env` reads in the web bundle (esbuild defines one as the other). */
  var sourcedTestEnv: TestEnvironment | undefined
}

async function readEnvironment(): Promise<TestEnvironment> {
  const folder = vscode.workspace.workspaceFolders?.[0]
  if (!folder) return {}
  const file = folder.uri.with({path: `${SOURCED_WEB_TESTS_DIR}/env.json`})
  const bytes = await vscode.workspace.fs.readFile(file).then(undefined, () => undefined)
  return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as TestEnvironment) : {}
}

/** console.log's own formatting of `%s`, `%d`, `%i`, `%f`, `%j` and `%o`, as Mocha's reporters use it. */
function formatLog(args: unknown[]): string {
  const [first, ...rest] = args
  if (typeof first !== 'string') return args.map(String).join(' ')
  const text = first.replace(/%[sdifjoO%]/g, (directive) => {
    if (directive === '%%') return '%'
    if (rest.length === 0) return directive
    const value = rest.shift()
    if (directive === '%d' || directive === '%i') return String(Math.trunc(Number(value)))
    if (directive === '%f') return String(Number(value))
    if (directive === '%j' || directive === '%o' || directive === '%O') return JSON.stringify(value)
    return String(value)
  })
  return [text, ...rest.map(String)].join(' ')
}

export async function run(): Promise<void> {
  const environment = await readEnvironment()
  globalThis.sourcedTestEnv = environment
  const marker = environment.SOURCED_TEST_LOG_MARKER
  if (marker) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(marker + formatLog(args))
  if (environment.SOURCED_TEST_GREP) mocha.grep(environment.SOURCED_TEST_GREP)
  // Mocha.prototype.run, not the browser build's mocha.run, which reads a page's location.search.
  const failures = await new Promise<number>((resolve) => Mocha.prototype.run.call(mocha, resolve))
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`)
}
