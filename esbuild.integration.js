// Bundles the integration tests that run inside VS Code's extension host:
// test/integration/index.ts -> out/integration/index.js and each
// test/integration/suite/*.test.ts -> out/integration/suite/*.test.js.
// `vscode` is provided by the extension host; `mocha` is loaded from the repo's
// node_modules, so that every suite file and the runner share one Mocha.
const fs = require('node:fs')
const path = require('node:path')
const esbuild = require('esbuild')

const source = 'test/integration'
const outdir = 'out/integration'
const suites = fs
  .readdirSync(path.join(source, 'suite'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => path.join(source, 'suite', name))

fs.rmSync(outdir, {recursive: true, force: true}) // no stale suites from deleted tests

esbuild
  .build({
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
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
