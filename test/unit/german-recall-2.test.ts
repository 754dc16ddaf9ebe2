// Reported speech the German recogniser still missed, by class (second round): a perfect
// tense whose auxiliary stands right before the participle, directive and promise verbs
// with a `zu`-infinitive, and the other classes below. Invented sentences, a positive and
// a negative case per class, German and, where the rule is shared, English.
import assert from 'node:assert/strict'
import {claimSource, claimTexts, read} from './helpers.js'

describe('German reported speech the recogniser missed (second round)', () => {
  describe('a perfect auxiliary right before the participle', () => {
    it('reads the subject before `hatte angekündigt` (de)', () => {
      const r = read('Die Gewerkschaft hatte angekündigt, dass die Beschäftigten am Montag streiken.', 'de')
      assert.deepEqual(claimTexts(r), ['die Beschäftigten am Montag streiken.'])
      assert.equal(claimSource(r, 'streiken'), 'Gewerkschaft')
    })

    it('reads the subject before `had announced` (en)', () => {
      const r = read('The union had announced that its members would strike on Monday.', 'en')
      assert.deepEqual(claimTexts(r), ['its members would strike on Monday.'])
      assert.equal(claimSource(r, 'strike'), 'union')
    })

    it('gives a passive participle no speaker (de)', () => {
      assert.deepEqual(claimTexts(read('Die Bürger wurden aufgefordert, die Stadt zu verlassen.', 'de')), [])
    })
  })

  describe('directive and promise verbs with a zu-infinitive', () => {
    it('reports the infinitive clause after `hatte … gebeten` and `hat … aufgefordert` (de)', () => {
      const text =
        'Der Bürgermeister hatte die Feuerwehr gebeten, die Straße bis zum Abend zu räumen. ' +
        'Das Gericht hat den Konzern aufgefordert, alle Unterlagen binnen einer Woche herauszugeben.'
      const r = read(text, 'de')
      assert.deepEqual(claimTexts(r), [
        'die Straße bis zum Abend zu räumen.',
        'alle Unterlagen binnen einer Woche herauszugeben.'
      ])
      assert.equal(claimSource(r, 'Straße'), 'Bürgermeister')
      assert.equal(claimSource(r, 'Unterlagen'), 'Gericht')
    })

    it('reports what is promised or threatened (versprochen, droht damit) (de)', () => {
      const text =
        'Der Verband hat versprochen, gegen die Betrüger vorzugehen. ' +
        'Die Opposition droht damit, das Ergebnis nicht anzuerkennen.'
      const r = read(text, 'de')
      assert.deepEqual(claimTexts(r), ['gegen die Betrüger vorzugehen.', 'das Ergebnis nicht anzuerkennen.'])
      assert.equal(claimSource(r, 'Betrüger'), 'Verband')
      assert.equal(claimSource(r, 'Ergebnis'), 'Opposition')
    })

    it('reads no expectation (verspricht sich) and no impending penalty (droht damit) as speech (de)', () => {
      const text =
        'Der Konzern verspricht sich von der Fusion höhere Gewinne. ' +
        'Der Firma droht damit eine Strafe von 2 Millionen Euro.'
      assert.deepEqual(claimTexts(read(text, 'de')), [])
    })

    it('reports the infinitive after `has urged` (en)', () => {
      const r = read('The mayor has urged residents to stay home.', 'en')
      assert.equal(claimSource(r, 'stay home'), 'mayor')
    })

    it('reports nothing when the verb bracket holds a noun object alone (de)', () => {
      assert.deepEqual(claimTexts(read('Die Stadt hat die Nachbarn um Hilfe gebeten.', 'de')), [])
      assert.deepEqual(claimTexts(read('Die Ministerin hat am Montag die Hintergründe erklärt.', 'de')), [])
    })

    it('reports nothing for `asked for` with a noun (en)', () => {
      assert.deepEqual(claimTexts(read('The city has asked for help.', 'en')), [])
    })
  })

  describe('a continuation goes on from the latest source, not from an earlier continuation', () => {
    it('gives a Konjunktiv I sentence the source named after an earlier continuation (de)', () => {
      const text =
        'Die Ministerin sagte, die Schulen seien gut ausgestattet. Es fehle aber an Lehrern. ' +
        'Der Verband erklärte dagegen, viele Gebäude seien marode. Die Sanierung koste Milliarden.'
      const r = read(text, 'de')
      assert.equal(claimSource(r, 'fehle aber an Lehrern'), 'Ministerin')
      assert.equal(claimSource(r, 'Sanierung koste'), 'Verband')
    })

    it('gives `added` the latest speaker (en)', () => {
      const text =
        'The minister said the schools were well equipped. She added that teachers were scarce. ' +
        'The union said many buildings were in disrepair. It added that repairs would cost billions.'
      assert.equal(claimSource(read(text, 'en'), 'repairs would cost'), 'union')
    })
  })

  describe('hearsay `soll` with a perfect infinitive, a marker like Konjunktiv I', () => {
    it('carries the last source of the paragraph across a sentence without one (de)', () => {
      const text =
        'Der Sprecher der Polizei sagte, der Mann sei festgenommen worden. Die Beamten kamen am Abend. ' +
        'Er soll zuvor nach Norden gefahren sein. Die Scheiben sollen von Jugendlichen zerkratzt worden sein.'
      const r = read(text, 'de')
      assert.equal(claimSource(r, 'nach Norden gefahren sein'), 'Sprecher der Polizei')
      assert.equal(claimSource(r, 'zerkratzt worden sein'), 'Sprecher der Polizei')
    })

    it('reads the modal last in a relative clause (der … besorgt haben soll) (de)', () => {
      const text =
        'Die Staatsanwaltschaft teilte mit, dass zwei Männer angeklagt werden. Die Ermittler arbeiteten bis spät. ' +
        'Gesucht wird ein dritter Mann, der die Waffe besorgt haben soll.'
      assert.equal(claimSource(read(text, 'de'), 'Waffe besorgt haben soll'), 'Staatsanwaltschaft')
    })

    it('reads no plan and no predicative adjective as hearsay across a sentence (de)', () => {
      const text =
        'Der Verkehrsbetrieb teilte mit, dass neue Folien kommen. Die Scheiben werden getauscht. ' +
        'Die Kratzer sollen danach kaum sichtbar sein. Die Strecke soll im Herbst ausgebaut werden.'
      assert.deepEqual(claimTexts(read(text, 'de')), ['neue Folien kommen.'])
    })

    it('reads no English `should have` as hearsay (en)', () => {
      const text =
        'The council said the road was closed. Crews worked overnight. The repairs should have been finished.'
      assert.deepEqual(claimTexts(read(text, 'en')), ['the road was closed.'])
    })
  })

  describe('a past form between a determiner and a noun is an adjective', () => {
    it('reads no cue in `Die bestätigten Fälle`, `Der errechnete Schaden` (de)', () => {
      const text = 'Die bestätigten Fälle stiegen auf 300. Der errechnete Schaden liegt bei 5 Millionen Euro.'
      assert.deepEqual(claimTexts(read(text, 'de')), [])
    })

    it('still reads the verb after a subject and after an opening demonstrative (de)', () => {
      const text =
        'Das Institut errechnete einen Schaden von 5 Millionen Euro. Im Haus fehlen 30 Stellen. ' +
        'Das bestätigte Ministerin Eva Lang am Montag.'
      const r = read(text, 'de')
      assert.equal(claimSource(r, 'Schaden von 5 Millionen'), 'Institut')
      assert.equal(claimSource(r, 'fehlen 30 Stellen'), 'Eva Lang')
    })

    it('reads no cue in `the reported cases` (en)', () => {
      assert.deepEqual(claimTexts(read('The reported cases rose to 300.', 'en')), [])
    })
  })

  describe('verlauten lassen, and a speech tag after a quotation', () => {
    it('reads `ließ … verlauten` as a speech verb around its subject (de)', () => {
      const text =
        'Der Fonds ließ verlauten, dass die Hilfe von 5 Milliarden Euro bald komme. ' +
        'Die Behörde hat verlauten lassen, dass 30 Stellen wegfallen.'
      const r = read(text, 'de')
      assert.equal(claimSource(r, 'Hilfe von 5 Milliarden'), 'Fonds')
      assert.equal(claimSource(r, '30 Stellen wegfallen'), 'Behörde')
    })

    it('takes the speaker after the verb, not the quoted words, for a quotation before (de)', () => {
      const text =
        '„Wir helfen allen Menschen in Not, so gut es geht“, ließ ein Sprecher aus Washington kurz verlauten.'
      const r = read(text, 'de')
      assert.equal(claimSource(r, 'Wir helfen allen Menschen'), 'vague:ein Sprecher')
    })

    it('reads no speech in `lässt … sanieren` (de)', () => {
      assert.deepEqual(claimTexts(read('Die Stadt lässt die Straße für 2 Millionen Euro sanieren.', 'de')), [])
    })

    it('keeps the speaker after a quotation in English (en)', () => {
      const r = read('“We will help everyone in need,” a spokesman said.', 'en')
      assert.equal(claimSource(r, 'We will help'), 'vague:a spokesman')
    })
  })

  // English has no postposition of this kind (`in her view` opens its phrase): German only.
  describe('the postposition `nach` after a possessive and an info noun (ihrer Meinung nach)', () => {
    it('gives the clause after an opening `Ihrer Meinung nach` to the person named before (de)', () => {
      const text = 'Die Ministerin Eva Lang prüfte den Plan. Ihrer Meinung nach kostet er 5 Millionen Euro zu viel.'
      const r = read(text, 'de')
      assert.deepEqual(claimTexts(r), ['kostet er 5 Millionen Euro zu viel.'])
      assert.equal(claimSource(r, 'kostet er'), 'Eva Lang')
    })

    it('scopes a postposition inside a relative clause to that clause (de)', () => {
      const r = read('Ziel der Gruppe ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht regiert.', 'de')
      assert.deepEqual(claimTexts(r), ['die ihrer Meinung nach zu Unrecht regiert'])
    })

    it('reads no postposition where `nach` opens a phrase of its own (de)', () => {
      const text = 'Die Forscherin schickte ihre Studie nach Berlin. Der Minister kam mit seiner Studie nach Bonn.'
      assert.deepEqual(claimTexts(read(text, 'de')), [])
    })
  })
})
