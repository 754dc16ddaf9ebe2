// Bundles the integration tests that run inside VS Code's extension host:
// test/integration/index.ts -> out/integration/index.js and each
// test/integration/suite/*.test.ts -> out/integration/suite/*.test.js.
// `vscode` is provided by the extension host; `mocha` is loaded from the repo's
// node_modules, so that every suite file and the runner share one Mocha.
//
// For the browser's web worker extension host (run-in-code-server.mjs --web), which
// loads one CommonJS file and requires nothing but `vscode`, the same suites, Mocha's
// browser build and test/integration/web/ go into out/integration-web/index.js.
const fs = require('node:fs')
const path = require('node:path')
const esbuild = require('esbuild')

const source = 'test/integration'
const outdir = 'out/integration'
const webOutdir = 'out/integration-web'
const suites = fs
  .readdirSync(path.join(source, 'suite'))
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => path.join(source, 'suite', name))

fs.rmSync(outdir, {recursive: true, force: true}) // no stale suites from deleted tests
fs.rmSync(webOutdir, {recursive: true, force: true})

const node = esbuild.build({
  entryPoints: [path.join(source, 'index.ts'), ...suites],
  outdir,
  outbase: source,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning'
})

/** The Node built-ins the suites import, answered by the stand-ins in test/integration/web/. */
const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    const standIns = {'node:assert/strict': 'assert.ts', 'node:path': 'path.ts'}
    build.onResolve({filter: /^node:/}, (args) => {
      const file = standIns[args.path]
      if (!file) return {errors: [{text: `${args.path} has no stand-in in ${source}/web/`}]}
      return {path: path.resolve(source, 'web', file)}
    })
  }
}

/**
 * Mocha's browser build is a UMD file: bundled as it is, it would see the host's
 * `module` and replace this bundle's exports with Mocha. Run it as a browser script
 * instead, where it defines the `mocha` global.
 */
const mochaAsScript = {
  name: 'mocha-as-script',
  setup(build) {
    build.onLoad({filter: /[\\/]mocha[\\/]mocha\.js$/}, async (args) => {
      const script = await fs.promises.readFile(args.path, 'utf8')
      return {contents: `(function (module, exports, define) {\n${script}\n}).call(globalThis)`, loader: 'js'}
    })
  }
}

// Setup first (it defines describe/it), then the suites in name order, as the Node runner adds them.
const webEntry = [
  `import './${source}/web/setup.ts'`,
  `import './${source}/web/host.test.ts'`,
  ...suites.map((suite) => `import './${suite}'`),
  `export {run} from './${source}/web/index.ts'`
].join('\n')

const web = esbuild.build({
  stdin: {contents: webEntry, resolveDir: __dirname, sourcefile: 'web-tests.ts', loader: 'ts'},
  outfile: path.join(webOutdir, 'index.js'),
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  plugins: [webStandIns, mochaAsScript],
  inject: [path.join(source, 'web', 'buffer.ts')],
  define: {
    'process.env': 'globalThis.sourcedTestEnv',
    // helpers.ts finds the repository from here: the bundle stands where the suites would.
    __dirname: JSON.stringify(path.resolve(webOutdir, 'suite')),
    SOURCED_WEB_TESTS_DIR: JSON.stringify(path.resolve(webOutdir))
  },
  logLevel: 'warning'
})

Promise.all([node, web]).catch((error) => {
  console.error(error)
  process.exit(1)
})
