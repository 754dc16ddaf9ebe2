// A language is a folder of data: the built-in folders fit their schemas, a third
// language is built from a fixture folder at run time, and each grammar switch of
// profile.json changes what the engine reads (shown by flipping it on a copy).
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {
  analyse,
  builtinLanguages,
  createLanguageProfile,
  registerLanguage,
  unregisterLanguage,
  type Analysis
} from '../../src/core/index.js'
import {detectLanguage} from '../../src/core/language.js'
import {schemas, type LanguageFile} from '../../src/core/lexicon/data.js'
import {builtinData, type BuiltinLanguage} from '../../src/core/lexicon/languages.js'
import {validate, type Schema} from '../../src/core/lexicon/validate.js'

const root = resolve(__dirname, '../..')
const lexiconDir = resolve(root, 'src/core/lexicon')
const frenchDir = resolve(root, 'test/fixtures/languages/fr')

/** A language folder as parsed JSON, by file name without `.json`. */
function readFolder(dir: string): Record<string, unknown> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'))
  return Object.fromEntries(
    files.map((name) => [name.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown])
  )
}

const registered: string[] = []
let variants = 0

/** Registers a copy of a built-in language with some of its profile's switches changed. */
function variant(base: BuiltinLanguage, switches: Record<string, unknown>): string {
  const code = `${base}-variant-${variants++}`
  registerLanguage(
    createLanguageProfile(code, {...builtinData[base], profile: {...builtinData[base].profile, ...switches}})
  )
  registered.push(code)
  return code
}

const figuresOf = (analysis: Analysis) =>
  analysis.figures.map((f) => ({text: f.text, value: f.value, noun: f.noun, status: f.status, source: f.source}))

describe('languages', () => {
  // Registered languages are dropped again, so detection in other test files sees only the built-in ones.
  after(() => {
    for (const code of registered) unregisterLanguage(code)
  })

  describe('language folders', () => {
    it('has one folder per built-in language, each file fitting its schema', () => {
      const folders = readdirSync(lexiconDir, {withFileTypes: true})
        .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
        .map((entry) => entry.name)
      assert.deepEqual(folders.sort(), [...builtinLanguages].sort())
      for (const language of builtinLanguages) {
        const folder = readFolder(join(lexiconDir, language))
        assert.deepEqual(Object.keys(folder).sort(), Object.keys(schemas).sort(), `${language} has every kind of file`)
        for (const [file, content] of Object.entries(folder)) {
          assert.deepEqual(validate(content, schemas[file as LanguageFile]), [], `${language}/${file}.json`)
          assert.equal(
            (content as {$schema?: string}).$schema,
            `../schema/${file}.schema.json`,
            `${language}/${file}.json names its schema`
          )
        }
      }
    })

    it('fits the French fixture to the same schemas', () => {
      for (const [file, content] of Object.entries(readFolder(frenchDir))) {
        assert.deepEqual(validate(content, schemas[file as LanguageFile]), [], `fr/${file}.json`)
      }
    })

    it('rejects data that breaks a schema, naming each problem', () => {
      const profile: Record<string, unknown> = {...builtinData.en.profile, verbSecond: 'yes'}
      delete profile.decimalSeparator
      assert.throws(
        () => createLanguageProfile('xx', {...builtinData.en, profile, grammar: {stopwords: [1]}, extra: {}}),
        (error: Error) => {
          assert.match(error.message, /profile: decimalSeparator is missing/)
          assert.match(error.message, /profile\.verbSecond: expected boolean, found string/)
          assert.match(error.message, /grammar\.stopwords\[0\]: expected string, found integer/)
          assert.match(error.message, /extra\.json is no lexicon file/)
          return true
        }
      )
      assert.throws(() => createLanguageProfile('xx', {profile: builtinData.en.profile}), /messages\.json is missing/)
      assert.throws(() => createLanguageProfile('auto', builtinData.en), /not allowed/)
      assert.throws(() => registerLanguage(createLanguageProfile('de', builtinData.de)), /built in/)
    })

    it('uses only the JSON Schema keywords the validator knows', () => {
      for (const schema of Object.values(schemas))
        assert.deepEqual(
          validate({}, schema as Schema).filter((problem) => problem.includes('not supported')),
          []
        )
      assert.throws(() => validate('x', {pattern: 'x'} as Schema), /keyword pattern is not supported/)
    })
  })

  describe('a third language from a fixture folder', () => {
    before(() => {
      registerLanguage(createLanguageProfile('fr', readFolder(frenchDir)))
      registered.push('fr')
    })

    it('names the source of a figure after `selon` and reads `3,5 %` as 3.5', () => {
      const analysis = analyse('Selon Marie Dupont, le chômage a atteint 3,5 % au dernier trimestre.', {language: 'fr'})
      assert.equal(analysis.language, 'fr')
      assert.deepEqual(figuresOf(analysis), [
        {text: '3,5 %', value: 3.5, noun: null, status: 'named', source: 'marie-dupont'}
      ])
      assert.deepEqual(
        analysis.sources.map((s) => s.name),
        ['Marie Dupont']
      )
      assert.deepEqual(analysis.diagnostics, [])
    })

    it('flags a figure without a source, in French', () => {
      const analysis = analyse('Le chômage a atteint 3,5 % cette année.', {language: 'fr'})
      assert.deepEqual(figuresOf(analysis), [{text: '3,5 %', value: 3.5, noun: null, status: 'none', source: null}])
      assert.deepEqual(
        analysis.diagnostics.map((d) => [d.ruleId, d.message, d.expected]),
        [['unattributed-figure', 'Chiffre « 3,5 % » sans source', [', selon la source']]]
      )
    })

    it('reads its reporting verbs, number words and digit groups', () => {
      const said = analyse('Jean Martin a déclaré que 1.200 emplois seront supprimés.', {language: 'fr'})
      assert.deepEqual(figuresOf(said), [
        {text: '1.200 emplois', value: 1200, noun: 'emplois', status: 'named', source: 'jean-martin'}
      ])
      assert.deepEqual(
        said.claims.map((c) => c.cue.text),
        ['a déclaré']
      )
      const words = analyse('Le musée a reçu trois millions de visiteurs.', {language: 'fr'})
      assert.deepEqual(figuresOf(words), [
        {text: 'trois millions', value: 3_000_000, noun: null, status: 'none', source: null}
      ])
      const spaced = analyse('Près de 3 500 personnes sont venues.', {language: 'fr'})
      assert.equal(spaced.figures[0]?.value, 3500)
      assert.equal(spaced.figures[0]?.approximate, true)
    })

    it('is detected by its stop words once registered, and German and English stay as they were', () => {
      assert.equal(
        detectLanguage('Selon Marie Dupont, le chômage est dans une phase de baisse et la croissance est là.'),
        'fr'
      )
      assert.equal(
        detectLanguage('Die Regierung hat am Montag mitgeteilt, dass die Zahl der Fälle gestiegen ist.'),
        'de'
      )
      assert.equal(detectLanguage('The government said on Monday that the number of cases had risen.'), 'en')
    })

    it('is gone once unregistered', () => {
      registerLanguage(createLanguageProfile('fr-gone', readFolder(frenchDir)))
      assert.equal(unregisterLanguage('fr-gone'), true)
      assert.throws(() => analyse('Le chômage a atteint 3,5 %.', {language: 'fr-gone'}), /unknown language fr-gone/)
      assert.equal(unregisterLanguage('de'), false)
    })
  })

  describe('grammar switches (profile.json)', () => {
    it('decimalSeparator and groupSeparator: `3,5` is 3.5 in German, `3.5` in English', () => {
      assert.equal(analyse('Die Quote stieg auf 3,5 Prozent.', {language: 'de'}).figures[0]?.value, 3.5)
      assert.equal(
        analyse('Die Quote stieg auf 3,5 Prozent.', {
          language: variant('de', {decimalSeparator: '.', groupSeparator: ','})
        }).figures[0]?.value,
        35
      )
      assert.equal(analyse('The rate rose to 3.5 percent.', {language: 'en'}).figures[0]?.value, 3.5)
      assert.equal(
        analyse('The rate rose to 3.5 percent.', {
          language: variant('en', {decimalSeparator: ',', groupSeparator: '.'})
        }).figures[0]?.value,
        35
      )
    })

    it('capitalisedNouns: the counted noun is the next capitalised word, or the next content words', () => {
      assert.equal(analyse('Es kamen 500 neue Besucher.', {language: 'de'}).figures[0]?.noun, 'Besucher')
      assert.equal(
        analyse('Es kamen 500 neue Besucher.', {language: variant('de', {capitalisedNouns: false})}).figures[0]?.noun,
        'neue'
      )
      assert.equal(analyse('There were 500 new cars.', {language: 'en'}).figures[0]?.noun, 'cars')
      assert.equal(
        analyse('There were 500 new cars.', {language: variant('en', {capitalisedNouns: true})}).figures[0]?.noun,
        null
      )
    })

    it('verbSecond: a subject after the reporting verb is the speaker in any main clause, or only in inversion', () => {
      const german = 'Im Jahr 2023 sagte die Ministerin, 300 Stellen fielen weg.'
      assert.deepEqual(figuresOf(analyse(german, {language: 'de'}))[0], {
        text: '300 Stellen',
        value: 300,
        noun: 'Stellen',
        status: 'named',
        source: 'ministerin'
      })
      assert.equal(analyse(german, {language: variant('de', {verbSecond: false})}).figures[0]?.status, 'none')
      const english = 'Last year said the minister that 300 jobs were lost.'
      assert.equal(analyse(english, {language: 'en'}).figures[0]?.status, 'none')
      assert.equal(analyse(english, {language: variant('en', {verbSecond: true})}).figures[0]?.source, 'minister')
      // Inversion after a quote reads the speaker either way.
      assert.equal(analyse('“We hired 300 people,” said Ida Kern.', {language: 'en'}).figures[0]?.source, 'ida-kern')
    })

    it('closedCompounds: a compound ending in a role noun is a person', () => {
      const typeOf = (text: string, language: string) => analyse(text, {language}).sources.map((s) => s.type)
      assert.deepEqual(typeOf('Der Finanzminister sagte, 300 Stellen fielen weg.', 'de'), ['person'])
      assert.deepEqual(
        typeOf('Der Finanzminister sagte, 300 Stellen fielen weg.', variant('de', {closedCompounds: false})),
        ['group']
      )
      assert.deepEqual(typeOf('The financeminister said 300 jobs were lost.', 'en'), ['group'])
      assert.deepEqual(typeOf('The financeminister said 300 jobs were lost.', variant('en', {closedCompounds: true})), [
        'person'
      ])
    })

    it('addresseeAfterVerb: `told Reuters on Monday` names whom, so the claim is what came before', () => {
      const english = '300 people were hurt, the agency told Reuters on Monday.'
      assert.equal(analyse(english, {language: 'en'}).figures[0]?.source, 'agency')
      assert.equal(analyse(english, {language: variant('en', {addresseeAfterVerb: false})}).figures[0]?.status, 'none')
      // German keeps the object after the verb as what was said; the claim after the comma still has its source.
      const told = analyse('Die Polizei teilte der Zeitung mit, 300 Menschen seien verletzt.', {language: 'de'})
      assert.equal(told.figures[0]?.source, 'polizei')
    })

    it('inflectedAdjectives: `der polnischen Regierung` is one phrase by its inflection ending', () => {
      const german = 'Laut der polnischen Regierung kamen 300 Menschen.'
      assert.equal(analyse(german, {language: 'de'}).figures[0]?.source, 'polnischen-regierung')
      assert.equal(analyse(german, {language: variant('de', {inflectedAdjectives: false})}).figures[0]?.status, 'none')
      assert.equal(
        analyse('According to the Polish government, 300 people came.', {language: 'en'}).figures[0]?.source,
        'polish-government'
      )
    })
  })
})
