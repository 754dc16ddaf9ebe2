// Folders on the command line: searched for the file types the configuration enables,
// skipping what the repository's .gitignore files ignore (deeper files decide, `!`
// re-includes), `.git` and `node_modules`; files named explicitly are always checked.
import assert from 'node:assert/strict'
import {mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {ARTICLES, folderWith, runCli} from './cli-harness.js'

describe('CLI folders', function () {
  this.timeout(20_000)
  let repo = ''

  before(() => {
    repo = folderWith({
      '.sourcedrc.json': '{}',
      '.gitignore': 'build/\n*.draft.news\n',
      'desk/a.news': ARTICLES.germanUnsourced,
      'desk/b.article': ARTICLES.germanSourced,
      'desk/notes.txt': ARTICLES.germanUnsourced,
      'desk/readme.md': ARTICLES.germanUnsourced,
      'desk/c.draft.news': ARTICLES.germanUnsourced,
      'desk/build/out.news': ARTICLES.germanUnsourced,
      'desk/node_modules/pkg/x.news': ARTICLES.germanUnsourced,
      'desk/kept/.gitignore': '!*.draft.news\n',
      'desk/kept/d.draft.news': ARTICLES.germanUnsourced,
      'web/.sourcedrc.json': JSON.stringify({enabledLanguages: ['news', 'plaintext', 'markdown']}),
      'web/e.md': '# Zahlen\n\nDie Stadt zählt `240.000` Einwohner und 12 Brücken.\n',
      'web/f.txt': ARTICLES.germanSourced,
      'web/g.html': ARTICLES.germanUnsourced
    })
    // A repository: the .gitignore at its root applies to folders searched below it.
    mkdirSync(join(repo, '.git'))
  })
  after(() => rmSync(repo, {recursive: true, force: true}))

  const paths = async (args: string[], cwd = repo) => {
    const run = await runCli(['--format', 'json', ...args], {cwd})
    const report = JSON.parse(run.stdout) as {files: Array<{path: string}>}
    return report.files.map((file) => file.path)
  }

  it('finds .news and .article files, skipping .gitignore matches, build output and node_modules', async () => {
    assert.deepEqual(await paths(['desk']), ['desk/a.news', 'desk/b.article', 'desk/kept/d.draft.news'])
  })

  it('applies the repository root .gitignore to a folder searched below it, from inside too', async () => {
    assert.deepEqual(await paths(['.'], join(repo, 'desk')), ['a.news', 'b.article', 'kept/d.draft.news'])
  })

  it('reads no .gitignore with --no-ignore (still never node_modules or .git)', async () => {
    assert.deepEqual(await paths(['--no-ignore', 'desk']), [
      'desk/a.news',
      'desk/b.article',
      'desk/build/out.news',
      'desk/c.draft.news',
      'desk/kept/d.draft.news'
    ])
  })

  it('searches for .txt and .md where the configuration enables plaintext and markdown', async () => {
    assert.deepEqual(await paths(['web']), ['web/e.md', 'web/f.txt'])
    const run = await runCli(['web'], {cwd: repo})
    // Markdown is read as prose: the figure in inline code is not reported.
    assert.equal(
      run.stdout,
      'web/e.md:3:41: warning Zahl „12 Brücken“ ohne Quelle [unattributed-figure]\n\n' +
        '1 problem (1 warning) in 2 files.\n'
    )
  })

  it('checks a file named on the command line whatever its type, beside a folder', async () => {
    assert.deepEqual(await paths(['desk/notes.txt', 'web']), ['desk/notes.txt', 'web/e.md', 'web/f.txt'])
  })

  it('exits 2 when a folder holds no article and nothing else was given', async () => {
    const run = await runCli(['desk/build'], {cwd: repo})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /^sourced: no files match \(desk\/build\)/)
  })
})
