// Bundles the CLI and the extension. unified and retext are ESM-only; esbuild
// turns them into the CommonJS that VS Code's extension host and `npx sourced` load.
const esbuild = require('esbuild')

const production = process.argv.includes('--production')
const watch = process.argv.includes('--watch')

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some ESM dependencies call createRequire(import.meta.url); give the CommonJS bundle a real URL.
  define: {'import.meta.url': 'importMetaUrl'},
  banner: {js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"}
}

const builds = [
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: {js: '#!/usr/bin/env node\n' + common.banner.js}
  },
  {...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode']}
]

async function main() {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch()
    return
  }
  // A production build (`vscode:prepublish`, before `npm run package`) is minified
  // and has no source maps: remove any a development build left behind.
  if (production) for (const {outfile} of builds) require('node:fs').rmSync(`${outfile}.map`, {force: true})
  await Promise.all(builds.map((options) => esbuild.build(options)))
  // `npx sourced` runs dist/cli.js directly, so it must be executable.
  require('node:fs').chmodSync('dist/cli.js', 0o755)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
