// `npm run package` builds the .vsix users install: it must hold everything the
// manifest and the README point at, nothing from development, and stay small.
// A .vsix is a zip; the few lines of central-directory reading below spare a
// dependency for it.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {inflateRawSync} from 'node:zlib'
import {ruleIds, rules} from '../../src/core/index.js'

const root = resolve(__dirname, '../..')
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  name: string
  version: string
  contributes: {jsonValidation: Array<{url: string}>}
}
const vsixPath = resolve(root, `sourced-${manifest.version}.vsix`)
// Two bundles of the same extension, for Node's extension host and the browser's, ~75 KB each compressed.
const MAX_BYTES = 400 * 1024
/** The web worker bundle (vscode.dev, github.dev), minified. */
const MAX_WEB_BUNDLE_BYTES = 400 * 1024

/** The files of a zip archive by name, read through its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  assert.ok(endOfDirectory >= 0, 'not a zip file')
  const count = zip.readUInt16LE(endOfDirectory + 10)
  let entry = zip.readUInt32LE(endOfDirectory + 16)
  const files = new Map<string, Buffer>()
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(entry), 0x02014b50, 'central directory entry')
    const method = zip.readUInt16LE(entry + 10)
    const compressedSize = zip.readUInt32LE(entry + 20)
    const nameLength = zip.readUInt16LE(entry + 28)
    const skip = nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32)
    const local = zip.readUInt32LE(entry + 42)
    const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength)
    // The local header repeats the name and has an extra field of its own length.
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const stored = zip.subarray(data, data + compressedSize)
    assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`)
    files.set(name, method === 8 ? inflateRawSync(stored) : stored)
    entry += 46 + skip
  }
  return files
}

describe('the .vsix package', function () {
  this.timeout(180_000)
  let files = new Map<string, Buffer>()
  let size = 0
  const text = (name: string) => {
    const content = files.get(`extension/${name}`)
    assert.ok(content, `extension/${name} is in the package`)
    return content.toString('utf8')
  }

  before(() => {
    // Always built afresh: a .vsix left from an earlier build would test old files.
    const build = spawnSync('npm', ['run', 'package'], {cwd: root, encoding: 'utf8'})
    assert.equal(build.status, 0, `npm run package failed:\n${build.stdout}\n${build.stderr}`)
    const zip = readFileSync(vsixPath)
    size = zip.length
    files = unzip(zip)
  })

  it(`is at most ${MAX_BYTES / 1024} KB`, () => {
    assert.ok(size <= MAX_BYTES, `${size} bytes`)
  })

  it('holds the bundle, the manifest, README, CHANGELOG, LICENSE and what the manifest contributes', () => {
    const expected = [
      'dist/extension.js', 'dist/THIRD-PARTY-NOTICES.md',
      'package.json', 'package.nls.json', 'package.nls.de.json', 'readme.md', 'changelog.md',
      'LICENSE.txt', 'language-configuration.json', 'syntaxes/news.tmLanguage.json', 'l10n/bundle.l10n.de.json',
      ...readdirSync(resolve(root, 'media')).map((name) => `media/${name}`),
      ...ruleIds.map((id) => rules[id].url),
      ...manifest.contributes.jsonValidation.map(({url}) => url.replace(/^\.\//, ''))
    ]
    for (const name of expected) assert.ok(files.has(`extension/${name}`), `extension/${name} is in the package`)
  })

  it('holds every image the README shows, at the path the README names', () => {
    const images = [...text('readme.md').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1])
    assert.ok(images.length >= 4, `README shows ${images.length} images`)
    for (const image of images) {
      assert.doesNotMatch(image ?? '', /^[a-z]+:/, `${image} is a file in the package, not a web address`)
      assert.ok(files.has(`extension/${image}`), `extension/${image} is in the package`)
    }
  })

  it('holds nothing from development: no sources, tests, scripts, CI, node_modules, CLI bundle or source maps', () => {
    const shipped = [...files.keys()].filter((name) => name.startsWith('extension/'))
    const development = shipped.filter((name) =>
      /^extension\/(src|test|scripts|\.ci|out|node_modules|examples)\/|\.map$|^extension\/dist\/cli\.js$/.test(name)
    )
    assert.deepEqual(development, [])
    const allowed = new RegExp(
      '^extension/(dist/(web/)?extension\\.js|dist/THIRD-PARTY-NOTICES\\.md|package(\\.nls(\\.de)?)?\\.json' +
        '|readme\\.md|changelog\\.md|LICENSE\\.txt' +
        '|language-configuration\\.json|syntaxes/[^/]+\\.json|l10n/[^/]+\\.json|media/[^/]+' +
        '|docs/rules/[^/]+\\.md|docs/screenshots/[^/]+\\.webp|schemas/[^/]+\\.schema\\.json)$'
    )
    assert.deepEqual(
      shipped.filter((name) => !allowed.test(name)),
      [],
      'only files the extension needs'
    )
  })

  it('ships the production bundle: minified, without a source map reference', () => {
    for (const name of ['dist/extension.js']) {
      const bundle = text(name)
      assert.doesNotMatch(bundle, /sourceMappingURL/, name)
      assert.ok(bundle.split('\n').length < 100, `${name}: ${bundle.split('\n').length} lines: not minified`)
    }
  })

  it(`ships a web bundle of at most ${MAX_WEB_BUNDLE_BYTES / 1024} KB that requires nothing but vscode`, () => {
    const bundle = text('dist/extension.js')
    const bytes = Buffer.byteLength(bundle, 'utf8')
    assert.ok(bytes <= MAX_WEB_BUNDLE_BYTES, `${bytes} bytes`)
    // The web worker extension host provides `vscode` and no other module: no Node built-ins.
    const requires = bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)
    const required = new Set([...requires].map((match) => match[1]))
    assert.deepEqual([...required], ['vscode'])
    const packaged = JSON.parse(text('package.json')) as {browser?: string; extensionKind?: string[]}
    // One bundle for both hosts.
    const manifest = packaged as {browser?: string; main?: string}
    assert.equal(manifest.browser, './dist/extension.js')
    assert.equal(manifest.main, './dist/extension.js')
  })

  it('is the extension sourced.sourced-news whose command line is still `sourced`', () => {
    const packaged = JSON.parse(text('package.json')) as {name: string; publisher: string; bin: Record<string, string>}
    assert.equal(packaged.name, 'sourced-news')
    assert.equal(packaged.publisher, 'sourced')
    assert.deepEqual(Object.keys(packaged.bin), ['sourced'])
    const vsixManifest = files.get('extension.vsixmanifest')?.toString('utf8') ?? ''
    assert.match(vsixManifest, /<Identity [^>]*Id="sourced-news"[^>]*Publisher="sourced"/)
    assert.match(vsixManifest, /<License>extension\/LICENSE\.txt<\/License>/)
  })
})
