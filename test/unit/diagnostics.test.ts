import assert from 'node:assert/strict'
import {VFile} from 'vfile'
import {createAnalyser} from '../../src/core/index.js'
import {run} from './helpers.js'

const rulesOf = (text: string, language: 'de' | 'en', options = {}) =>
  run(text, language, options).diagnostics.map((d) => `${d.ruleId}:${text.slice(d.start, d.end)}`)

describe('diagnostics', () => {
  describe('unattributed-figure', () => {
    it('warns on a figure nobody is named for (de, en)', () => {
      assert.deepEqual(rulesOf('Im Becken schwimmen 40 Karpfen.', 'de'), ['unattributed-figure:40 Karpfen'])
      assert.deepEqual(rulesOf('The pool holds 40 carp.', 'en'), ['unattributed-figure:40 carp'])
    })

    it('is silent on an attributed figure (de, en)', () => {
      assert.deepEqual(rulesOf('Im Becken schwimmen laut Zoo 40 Karpfen.', 'de'), [])
      assert.deepEqual(rulesOf('The pool holds 40 carp, the zoo said.', 'en'), [])
    })

    it('offers an attribution snippet in the article language', () => {
      const de = run('Es gab 12 Verletzte.', 'de').diagnostics[0]
      assert.ok(de)
      assert.equal(de.severity, 'warning')
      assert.deepEqual(de.expected, [', laut Quelle'])
      assert.match(de.url, /\/unattributed-figure\.md$/)
      const en = run('There were 12 injuries.', 'en').diagnostics[0]
      assert.ok(en)
      assert.deepEqual(en.expected, [', according to source'])
      assert.equal(en.line, 1)
      assert.equal(en.column, 12)
    })

    it('honours ignore markers and ignored figures', () => {
      assert.deepEqual(rulesOf('Es gab 12 Verletzte. <!-- sourced-ignore -->', 'de'), [])
      assert.deepEqual(rulesOf('There were 12 injuries. [sourced-ignore]\nAnd 7 more.', 'en'), [
        'unattributed-figure:7 more'
      ])
      assert.deepEqual(rulesOf('Open 24/7 with 3 staff.', 'en', {ignoredFigures: ['24/7', '3 staff']}), [])
    })
  })

  describe('vague-source', () => {
    it('informs on figures and claims whose source is vague (de, en)', () => {
      assert.deepEqual(rulesOf('Experten rechnen laut Kreisen mit 500 Toten.', 'de'), ['vague-source:500 Toten'])
      assert.deepEqual(rulesOf('Officials said the bridge was unsafe.', 'en'), ['vague-source:Officials'])
      const d = run('Officials said 300 homes were lost.', 'en').diagnostics[0]
      assert.equal(d?.severity, 'information')
      assert.equal(d?.related[0]?.message, 'Officials')
    })

    it('is silent when the source is named (de, en)', () => {
      assert.deepEqual(rulesOf('Das Rote Kreuz sagte, die Brücke sei unsicher.', 'de'), [])
      assert.deepEqual(rulesOf('The Red Cross said the bridge was unsafe.', 'en'), [])
    })
  })

  describe('hedge-without-source', () => {
    it('informs on a hedge in a sentence that names no source (de, en)', () => {
      assert.deepEqual(rulesOf('Der Täter ist offenbar geflohen.', 'de'), ['hedge-without-source:offenbar'])
      assert.deepEqual(rulesOf('The suspect reportedly fled.', 'en'), ['hedge-without-source:reportedly'])
    })

    it('is silent when the sentence names a source (de, en)', () => {
      assert.deepEqual(rulesOf('Der Täter ist laut Polizei offenbar geflohen.', 'de'), [])
      assert.deepEqual(rulesOf('The suspect allegedly fled, police chief Ann Moss said.', 'en'), [])
    })
  })

  describe('options', () => {
    it('sets severity per rule and turns rules off', () => {
      const text = 'Der Täter ist offenbar mit 3 Komplizen geflohen.'
      const a = run(text, 'de', {severity: {'unattributed-figure': 'error', 'hedge-without-source': 'off'}})
      assert.deepEqual(a.diagnostics.map((d) => `${d.ruleId}:${d.severity}`), ['unattributed-figure:error'])
    })

    it('extends the lexicons with user words', () => {
      const text = 'Die Reederei frohlockte, 9 Schiffe seien unterwegs.'
      assert.equal(run(text, 'de').figures[0]?.status, 'none')
      assert.equal(run(text, 'de', {lexicon: {de: {reportingVerbs: ['frohlockte']}}}).figures[0]?.status, 'named')
      assert.equal(
        run('Insider sagten, 4 Firmen seien betroffen.', 'de', {lexicon: {all: {vagueSources: ['Insider']}}}).figures[0]
          ?.status,
        'vague'
      )
    })

    it('reads words from settings as words, never as patterns, whatever a workspace puts there', () => {
      // A workspace's settings reach the lexicons: regex syntax, a huge entry and odd
      // characters must neither throw nor match more than the word itself.
      const hostile = ['(a+)+$', '.*', '\\', '[', 'x'.repeat(100_000), '\u0000', '__proto__', 'constructor']
      const text = 'Die Reederei meldete, 9 Schiffe seien unterwegs. Im Hafen liegen 12 Kähne.'
      const plain = run(text, 'de')
      const withHostile = run(text, 'de', {
        lexicon: {all: {reportingVerbs: hostile, vagueSources: hostile, hedges: hostile}},
        ignoredFigures: hostile
      })
      assert.deepEqual(
        withHostile.figures.map((f) => [f.text, f.status]),
        plain.figures.map((f) => [f.text, f.status])
      )
    })
  })

  it('reports the same diagnostics as vfile messages with rule, source and url', () => {
    const file = new VFile({path: 'a.txt', value: 'Im Becken schwimmen 40 Karpfen.'})
    createAnalyser({language: 'de'}).analyseFile(file)
    assert.equal(file.messages.length, 1)
    const [message] = file.messages
    assert.ok(message)
    assert.equal(message.ruleId, 'unattributed-figure')
    assert.equal(message.source, 'sourced')
    assert.equal(message.fatal, false)
    assert.match(message.url ?? '', /\/unattributed-figure\.md$/)
    assert.deepEqual(message.place, {start: {line: 1, column: 21, offset: 20}, end: {line: 1, column: 31, offset: 30}})
  })
})
