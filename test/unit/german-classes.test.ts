// Classes of error behind the weak German dev articles: joint sources, definite
// descriptions that refer back, impersonal cues in a verb-final clause, and figures
// of a measured substance. Invented sentences, German and English, each class with
// a positive and a negative case.
import assert from 'node:assert/strict'
import {figureTexts, run, sourceNames, sourceOf} from './helpers.js'

describe('German dev classes', () => {
  describe('joint sources', () => {
    it('makes sources that speak only together one source with all names, across a list before a particle (de)', () => {
      const text =
        'Bei der Aktion seien 40 Waffen gefunden worden, teilten Polizei Lübeck, Zollamt Kiel ' +
        'und Landeskriminalamt Hamburg am Montag mit.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '40 Waffen'), 'Polizei Lübeck, Zollamt Kiel und Landeskriminalamt Hamburg')
      const [source] = a.sources
      assert.ok(source)
      assert.equal(source.type, 'group')
      for (const alias of ['Polizei Lübeck', 'Zollamt Kiel', 'Landeskriminalamt Hamburg'])
        assert.ok(source.aliases.includes(alias), alias)
    })

    it('gives the joint statement to the first one named when one of them also speaks alone (de)', () => {
      const text =
        'Der Konzern Nordbahn und Minister Kurt Lamm kündigten an, 40 Züge zu kaufen. ' +
        '„Wir brauchen 12 neue Strecken“, sagte Lamm.'
      const a = run(text, 'de')
      assert.equal(sourceOf(a, '40 Züge'), 'Nordbahn')
      assert.match(sourceOf(a, '12 neue'), /Lamm$/)
    })

    it('reads a coordinated subject before the verb and names both (en)', () => {
      const a = run('The Harbor Authority and the Port of Kiel said 40 ships were delayed.', 'en')
      assert.equal(sourceOf(a, '40 ships'), 'Harbor Authority and Port of Kiel')
    })

    it('keeps a comma after the speaker as the start of what was said (de)', () => {
      const a = run(
        'Es sei ernst, sagte Bürgermeisterin Eva Lang, Polizei und Feuerwehr seien zu 20 Einsätzen ausgerückt.',
        'de'
      )
      assert.equal(sourceOf(a, '20 Einsätzen'), 'Eva Lang')
      assert.deepEqual(sourceNames(a), ['Eva Lang'])
    })
  })

  describe('definite descriptions that refer back', () => {
    it('joins `die Ermittler` and `der Ermittler` to the investigating authority named before (de)', () => {
      const text =
        'Es seien 20 Menschen festgenommen worden, teilte die Staatsanwaltschaft Kiel mit.\n\n' +
        '„Wir haben 40 Kilogramm Heroin gefunden“, erklärten die Ermittler. ' +
        'Es handelte sich um 9 Autos, wie es in einer Mitteilung der Ermittler weiter hieß.'
      const a = run(text, 'de')
      const name = sourceOf(a, '20 Menschen')
      assert.notEqual(name, 'vague')
      assert.equal(sourceOf(a, '40 Kilogramm'), name)
      assert.equal(sourceOf(a, '9 Autos'), name)
    })

    it('joins `the investigators` to the police named before (en)', () => {
      const a = run(
        'The Kent Police said 20 people were arrested.\n\n"We found 40 kilograms of heroin," the investigators said.',
        'en'
      )
      assert.equal(sourceOf(a, '40 kilograms'), 'Kent Police')
    })

    it('leaves investigators vague with no authority before them, or with an indefinite description (de, en)', () => {
      const a = run(
        'Bürgermeisterin Eva Lang sagte, 20 Häuser seien leer. ' +
          '„Wir haben 40 Kilogramm Heroin gefunden“, erklärten die Ermittler.',
        'de'
      )
      assert.equal(sourceOf(a, '40 Kilogramm'), 'vague')
      const b = run('The Kent Police said 20 people were arrested. Investigators said 40 cars were seized.', 'en')
      assert.equal(sourceOf(b, '40 cars'), 'vague')
    })

    it('continues the latest source with `den Angaben zufolge`, and stays vague with no source before (de)', () => {
      const a = run(
        'Der Konzern Nordwind teilte mit, er habe 300 Räder verkauft. Den Angaben zufolge fehlen 40 Teile.',
        'de'
      )
      assert.equal(sourceOf(a, '40 Teile'), 'Nordwind')
      const b = run('Den Angaben zufolge fehlen 40 Teile.', 'de')
      assert.equal(sourceOf(b, '40 Teile'), 'vague')
    })
  })

  describe('impersonal cue in a verb-final clause', () => {
    it('reads the source after `wie es in`, and no source after `wie es` alone (de)', () => {
      const a = run('Gefunden wurden 25 Autos, wie es in der Mitteilung der Polizei hieß.', 'de')
      assert.equal(sourceOf(a, '25 Autos'), 'Polizei')
      const b = run('Gefunden wurden 25 Autos, wie es hieß.', 'de')
      assert.equal(sourceOf(b, '25 Autos'), 'vague')
    })

    it('does not read a name as an impersonal cue (de)', () => {
      const a = run('Der Hund, wie er hieß, fraß 3 Würste.', 'de')
      assert.equal(sourceOf(a, '3 Würste'), 'none')
    })
  })

  describe('an inquiry and a quoted name as its issuer', () => {
    it('takes the issuer of an `Anfrage`, also in quotation marks (de)', () => {
      const a = run('Im Land fehlen 900 Lehrer. Das zeigt eine Anfrage des „Nordkurier“ bei den Schulämtern.', 'de')
      assert.equal(sourceOf(a, '900 Lehrer'), 'Nordkurier')
    })

    it('leaves an inquiry without an issuer unnamed (de)', () => {
      const a = run('Im Land fehlen 900 Lehrer. Das zeigt eine Anfrage bei den Schulämtern.', 'de')
      assert.notEqual(sourceOf(a, '900 Lehrer'), 'Schulämtern')
      assert.equal(a.sources.length, 0)
    })
  })

  describe('a participle between a number and its noun', () => {
    it('is an adjective of what is counted, not a reporting verb (de, en)', () => {
      const a = run('Berlin folgt mit 1.400 prognostizierten offenen Stellen.', 'de')
      assert.equal(sourceOf(a, '1.400'), 'none')
      assert.equal(a.claims.length, 0)
      const b = run('The county had 20 reported cases last week.', 'en')
      assert.equal(sourceOf(b, '20'), 'none')
      assert.equal(b.claims.length, 0)
    })

    it('still reports after a year or a count when no noun follows (de, en)', () => {
      const a = run('100 Fluggäste im Juli 2008 meldet die Fluggesellschaft Nordwind.', 'de')
      assert.equal(sourceOf(a, '100 Fluggäste'), 'Fluggesellschaft Nordwind')
      const b = run('Bank chief Ann Moss said in 2006 that 40 branches would close.', 'en')
      assert.equal(sourceOf(b, '40 branches'), 'Ann Moss')
    })
  })

  describe('figures of a measured substance', () => {
    it('takes the substance after a unit of measure into the figure (de)', () => {
      const a = run(
        'Gefunden wurden 25 Kilogramm Kokain, über fünf Kilogramm Amphetamin und 500 Gramm Crystal Meth.',
        'de'
      )
      assert.deepEqual(figureTexts(a), [
        '25 Kilogramm Kokain',
        'über fünf Kilogramm Amphetamin',
        '500 Gramm Crystal Meth'
      ])
    })

    it('takes the substance after `of` (en), and nothing where none follows (de, en)', () => {
      const a = run('They seized 25 kilograms of cocaine and 2 kg of hashish.', 'en')
      assert.deepEqual(figureTexts(a), ['25 kilograms of cocaine', '2 kg of hashish'])
      assert.equal(a.figures[0]?.unit, 'kg')
      assert.deepEqual(figureTexts(run('Die Strecke ist 20 Kilometer lang.', 'de')), ['20 Kilometer'])
      assert.deepEqual(figureTexts(run('The road is 20 miles long.', 'en')), ['20 miles'])
    })

    it('reads the whole list of quantities as what `laut` reports (de)', () => {
      const text =
        'Sichergestellt wurden laut Polizei mehr als 1280 Pflanzen, über fünf Kilogramm Amphetamin und 50 Gramm Kokain.'
      assert.equal(sourceOf(run(text, 'de'), '50 Gramm'), 'Polizei')
      const b = run('Sichergestellt wurden laut Polizei 12 Waffen, außerdem zählte der Wirt 50 Gäste.', 'de')
      assert.equal(sourceOf(b, '12 Waffen'), 'Polizei')
      assert.equal(sourceOf(b, '50 Gäste'), 'none')
    })
  })
})
