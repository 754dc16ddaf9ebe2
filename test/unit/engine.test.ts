import assert from 'node:assert/strict'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {
  analyse,
  analyseArticle,
  createAnalyser,
  createArticleAnalyser,
  type ArticleSettings
} from '../../src/core/index.js'
import {detectLanguage} from '../../src/core/language.js'

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : [path]
  })

describe('engine', () => {
  it('imports nothing from vscode under src/core', () => {
    const offenders = sourceFiles(resolve(__dirname, '../../src/core')).filter((path) =>
      /\bfrom\s+['"]vscode['"]|require\(['"]vscode['"]\)/.test(readFileSync(path, 'utf8'))
    )
    assert.deepEqual(offenders, [])
  })

  it('is imported only through src/core/index.ts by the editor and the CLI', () => {
    const src = resolve(__dirname, '../../src')
    const outside = sourceFiles(src).filter((path) => !path.startsWith(join(src, 'core')))
    const offenders = outside.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from\s+['"]([^'"]*\bcore\/[^'"]+)['"]/g)]
        .map((match) => match[1] ?? match[0])
        .filter((target) => !/\bcore\/index\.js$/.test(target))
        .map((target) => `${path}: ${target}`)
    )
    assert.ok(outside.length > 20, 'the editor and CLI files are found')
    assert.deepEqual(offenders, [])
  })

  it('tells German from English, and can be forced', () => {
    assert.equal(detectLanguage('Die Regierung hat am Montag mitgeteilt, dass die Zahl der Fälle gestiegen ist.'), 'de')
    assert.equal(detectLanguage('The government said on Monday that the number of cases had risen.'), 'en')
    assert.equal(analyse('The number of cases rose to 40.', {language: 'de'}).language, 'de')
  })

  it('gives offsets in UTF-16 code units, also after emoji', () => {
    const text = '🚒🚒 Die Feuerwehr zählte 12 Einsätze.'
    const [figure] = analyse(text, {language: 'de'}).figures
    assert.ok(figure)
    assert.equal(text.slice(figure.start, figure.end), '12 Einsätze')
  })

  it('re-analyses an edited document to the same result as a fresh analysis', () => {
    const paragraphs = [
      'Laut Polizei wurden 20 Menschen festgenommen.',
      'Die Stadt zahlt 3 Millionen Euro, sagte Kämmerer Paul Frick.',
      'Tausende demonstrierten.'
    ]
    const analyser = createAnalyser({language: 'de'})
    analyser.analyse(paragraphs.join('\n\n'))
    const edited = [paragraphs[0], 'Die Stadt zahlt 4 Millionen Euro, sagte Kämmerer Paul Frick.', paragraphs[2]].join(
      '\n\n'
    )
    assert.deepEqual(analyser.analyse(edited), analyse(edited, {language: 'de'}))
  })

  it('re-analyses edits next to paragraph breaks and inside an over-long paragraph like a fresh analysis', () => {
    // An over-long paragraph is analysed in pieces without a blank line between them;
    // an edit there, or one that makes or removes a blank line, must split as a fresh analysis does.
    const sentence = 'Der Verband meldete 120 neue Mitglieder, sagte Sprecherin Eva Roth. '
    const long = sentence.repeat(400).trim()
    const text = [
      'Laut Polizei wurden 20 Menschen festgenommen.',
      long,
      'Die Stadt zahlt 3 Millionen Euro, sagte Kämmerer Paul Frick.',
      'Tausende demonstrierten.'
    ].join('\n\n')
    const analyser = createAnalyser({language: 'de'})
    analyser.analyse(text)
    const cut = text.indexOf(long) + 10_000
    const edits: Array<[number, number, string]> = [
      [cut, 0, 'x'],
      [cut - 3, 6, ''],
      [text.indexOf('\n\n'), 2, ' '],
      [text.indexOf('Die Stadt'), 0, '\n\n'],
      [text.indexOf('Menschen'), 0, '\r\n\r\n'],
      [text.length, 0, '\n\nEs kamen 40 Gäste.'],
      [0, 0, 'Neu: 7 Fälle.\n\n']
    ]
    for (const [at, remove, insert] of edits) {
      const edited = text.slice(0, at) + insert + text.slice(at + remove)
      assert.deepEqual(analyser.analyse(edited), analyse(edited, {language: 'de'}), `edit at ${at}`)
      assert.deepEqual(analyser.analyse(text), analyse(text, {language: 'de'}), `undoing the edit at ${at}`)
    }
  })

  it('reads Markdown as prose by the file name or the editor language id, other files as they are', () => {
    const text = '```\nzaehler = 4000\n```\n\nIm Hafen liegen 12 Kähne.'
    const figures = (article: Parameters<typeof analyseArticle>[1]) =>
      analyseArticle(text, article).figures.map((f) => f.text)
    assert.deepEqual(figures({path: 'hafen.md'}), ['12 Kähne'])
    assert.deepEqual(figures({path: 'docs/HAFEN.Markdown'}), ['12 Kähne'])
    assert.deepEqual(figures({languageId: 'markdown', path: 'Untitled-1'}), ['12 Kähne'])
    assert.deepEqual(figures({path: 'hafen.txt'}), ['4000', '12 Kähne'])
    assert.deepEqual(figures({languageId: 'news', path: 'hafen.md'}), ['4000', '12 Kähne'])
  })

  it('applies the settings, and re-analyses under changing settings like a fresh analysis', () => {
    const text =
      'Die Reederei frohlockte, 9 Schiffe seien unterwegs.\n\nIm Hafen liegen 12 Kähne. Offenbar fehlen 3 Lotsen.'
    const statuses = (settings: ArticleSettings) =>
      analyseArticle(text, {settings}).figures.map((f) => `${f.text}:${f.status}${f.ignored ? ':ignored' : ''}`)
    assert.deepEqual(statuses({}), ['9 Schiffe:none', '12 Kähne:none', '3 Lotsen:none'])
    assert.deepEqual(statuses({reportingVerbs: ['frohlockte'], ignoredFigures: ['3 Lotsen']}), [
      '9 Schiffe:named',
      '12 Kähne:none',
      '3 Lotsen:none:ignored'
    ])
    const rules = analyseArticle(text, {
      settings: {severity: {'unattributed-figure': 'off', 'hedge-without-source': 'error'}}
    }).diagnostics
    assert.deepEqual(
      rules.map((d) => `${d.ruleId}:${d.severity}:${text.slice(d.start, d.end)}`),
      ['hedge-without-source:error:Offenbar']
    )
    const analyser = createArticleAnalyser()
    const variants: ArticleSettings[] = [
      {},
      {reportingVerbs: ['frohlockte']},
      {language: 'en'},
      {vagueSources: ['Reederei']},
      {},
      {reportingVerbs: ['frohlockte']}
    ]
    for (const settings of variants) {
      assert.deepEqual(analyser.analyse(text, {settings}), analyseArticle(text, {settings}), JSON.stringify(settings))
    }
  })

  it('handles CRLF line ends like LF', () => {
    const lf = 'Laut Polizei kamen 20 Menschen.\n\nEs gab 3 Verletzte.'
    const crlf = lf.replace(/\n/g, '\r\n')
    const a = analyse(lf, {language: 'de'})
    const b = analyse(crlf, {language: 'de'})
    assert.deepEqual(b.figures.map((f) => [f.text, f.status]), a.figures.map((f) => [f.text, f.status]))
    assert.equal(b.paragraphs.length, 2)
  })
})
