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
  // One extension bundle for both hosts: the desktop's Node extension host and the browser's
  // web worker (vscode.dev, github.dev), which loads CommonJS with only `vscode` to require and
  // has no Node built-ins. platform 'browser' picks the packages' browser builds (vfile's
  // #minpath, #minproc, #minurl); the editor uses only web globals (TextEncoder, crypto), which
  // Node has too. One bundle instead of two keeps the package small and the hosts alike.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    define: {},
    banner: {},
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    metafile: true
  }
]

/**
 * The MIT and ISC licences of the bundled packages ask that their notices travel with
 * the code; the minified bundle drops the comments, so the package ships them in one file.
 */
function writeThirdPartyNotices(metafiles, outfile) {
  const fs = require('node:fs')
  const path = require('node:path')
  const roots = new Set()
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) roots.add(match[1])
  }
  const sections = [...roots].sort().map((root) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    const licenceFile = fs.readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
    const text = licenceFile
      ? fs.readFileSync(path.join(root, licenceFile), 'utf8').trim()
      : `License: ${manifest.license}`
    return `## ${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}\n`
  })
  const bundles = 'The extension bundle (dist/extension.js) includes these packages.'
  const header = `# Third-party notices\n\n${bundles}\n\n`
  fs.writeFileSync(outfile, header + sections.join('\n'))
}

async function main() {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch()
    return
  }
  // A production build (`vscode:prepublish`, before `npm run package`) is minified
  // and has no source maps: remove any a development build left behind.
  if (production) for (const {outfile} of builds) require('node:fs').rmSync(`${outfile}.map`, {force: true})
  const results = await Promise.all(builds.map((options) => esbuild.build(options)))
  const extensions = results.slice(1).map((result) => result.metafile)
  writeThirdPartyNotices(extensions, 'dist/THIRD-PARTY-NOTICES.md')
  // `npx sourced` runs dist/cli.js directly, so it must be executable.
  require('node:fs').chmodSync('dist/cli.js', 0o755)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
