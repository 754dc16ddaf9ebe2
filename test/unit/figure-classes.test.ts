// What is a figure and what is none (GUIDELINES.md, "Figures"), the echo of a
// figure by its value, and reported speech carried on across sentences and
// paragraphs (GUIDELINES.md, "continuation"). Sentences are invented for these tests.
import assert from 'node:assert/strict'
import {figure, figureTexts, run, sourceOf} from './helpers.js'

describe('figure classes', () => {
  describe('figures that were missed', () => {
    it('reads the indefinite article as one before a unit or a scale, not before another noun', () => {
      const a = run(
        'Die Grünen gewinnen einen Prozentpunkt, ' +
          'das Ticket kostet nur einem Euro mehr und der Bund gibt eine Million Euro.',
        'de'
      )
      assert.deepEqual(figureTexts(a), ['einen Prozentpunkt', 'einem Euro', 'eine Million Euro'])
      assert.equal(figure(a, 'einen Prozentpunkt').value, 1)
      assert.equal(figure(a, 'einen Prozentpunkt').unit, 'percentage-points')
      assert.equal(figure(a, 'eine Million').value, 1_000_000)
      assert.deepEqual(figureTexts(run('Eine Sprecherin sagte, er habe ein Fahrrad gekauft.', 'de')), [])
      assert.deepEqual(figureTexts(run('The fund lost one percent while a spokesman bought a car.', 'en')), [
        'one percent'
      ])
      assert.deepEqual(figureTexts(run('The campaign launched a $2 million ad buy.', 'en')), ['$2 million'])
    })

    it('reads half after an approximator and a few percent as vague, not half an hour', () => {
      const a = run('Nearly half backed the levy, and only a few percent objected.', 'en')
      assert.deepEqual(figureTexts(a), ['Nearly half', 'a few percent'])
      assert.equal(figure(a, 'half').value, 0.5)
      assert.equal(figure(a, 'a few percent').vague, true)
      assert.deepEqual(figureTexts(run('The talks took half an hour.', 'en')), [])
      const b = run('Nur einige Prozent der Mieter zogen aus.', 'de')
      assert.deepEqual(figureTexts(b), ['einige Prozent'])
      assert.equal(figure(b, 'einige Prozent').vague, true)
    })

    it('reads a change from one value to another as two figures, a range as one', () => {
      const a = run('Enrolment dropped from 340 to 310, in classes ranging from 20 to 30 pupils.', 'en')
      assert.deepEqual(figureTexts(a), ['340', '310', '20 to 30 pupils'])
      const b = run('Die Zahl der Busse sank von 48 auf 41, der Preis liegt zwischen 10 und 12 Euro.', 'de')
      assert.deepEqual(figureTexts(b).slice(0, 2), ['48', '41'])
    })

    it('counts a duration only as a statistic of a group', () => {
      const a = run(
        'Die durchschnittliche Verweildauer liegt bei 6,5 Tagen. Im Schnitt dauert ein Verfahren 14 Monate.',
        'de'
      )
      assert.deepEqual(figureTexts(a), ['6,5 Tagen', '14 Monate'])
      const b = run(
        'Die Bahn fährt im 30-Minuten-Takt. Anträge sind binnen 72 Stunden zu stellen. ' +
          'Vor drei Jahren zog sie weg. Seit 12 Jahren wohnt er dort.',
        'de'
      )
      assert.deepEqual(figureTexts(b), [])
      assert.deepEqual(figureTexts(run('The median stay in the ward was nine days.', 'en')), ['nine days'])
      assert.deepEqual(figureTexts(run('Buses run four days a week. In the past two years the club grew.', 'en')), [])
    })

    it('does not take a number after a weekday for a date when a unit follows', () => {
      const a = run('Die Aktie gab am Dienstag 3 Prozent nach.', 'de')
      assert.deepEqual(figureTexts(a), ['3 Prozent'])
      assert.deepEqual(figureTexts(run('The meeting is on Friday 12.', 'en')), [])
    })

    it('keeps a number before a sentence-closing dot in English', () => {
      assert.deepEqual(figureTexts(run('The total rose to nearly 900. Officials were surprised.', 'en')), [
        'nearly 900'
      ])
      assert.deepEqual(figureTexts(run('Die Zahl stieg auf 900. Es kamen am 3. Oktober noch mehr.', 'de')), ['900'])
    })

    it('reads a rate with its denominator as one figure', () => {
      const a = run('In Bremen starben 31 Menschen je eine Million Einwohner.', 'de')
      assert.deepEqual(figureTexts(a), ['31 Menschen je eine Million Einwohner'])
      assert.deepEqual(figureTexts(run('The levy is $1.20 per $1,000 of value.', 'en')), ['$1.20 per $1,000'])
    })
  })

  describe('things that are no figures', () => {
    it('leaves out model designations but keeps the count before them', () => {
      const a = run(
        'The carrier bought 12 Boeing B737 jets, five Airbus A220 planes and a Piper 28 trainer, ' +
          'and grounds its Saab 340 fleet.',
        'en'
      )
      assert.deepEqual(figureTexts(a), ['12', 'five'])
      assert.deepEqual(figureTexts(run('Der Konzern stellt das Programm Nova 4.0 vor.', 'de')), [])
    })

    it('leaves out ages and age brackets', () => {
      const a = run('Voters aged 30 to 44 made up 22 percent; 11 percent were 70 or older.', 'en')
      assert.deepEqual(figureTexts(a), ['22 percent', '11 percent'])
      const b = run('Befragte im Alter von 50 bis 64 stellten 19 Prozent, 8 Prozent waren 80 und älter.', 'de')
      assert.deepEqual(figureTexts(b), ['19 Prozent', '8 Prozent'])
    })

    it('leaves out seasons, approximated years, codes and clock compounds', () => {
      assert.deepEqual(
        figureTexts(run('The 2021-22 season was cut short, and the arena stays closed until at least 2031.', 'en')),
        []
      )
      assert.deepEqual(figureTexts(run('Call 555-201-3344 for help; about 2000 people called.', 'en')), [
        'about 2000 people'
      ])
      assert.deepEqual(figureTexts(run('Die 6-Uhr-Schicht im Schuljahr 2024/25 fällt aus.', 'de')), [])
    })

    it('leaves out sports scores but keeps the counts of a game', () => {
      const a = run('The Hawks won 31-24 and scored 4 touchdowns.', 'en')
      assert.deepEqual(figureTexts(a), ['4 touchdowns'])
      assert.deepEqual(figureTexts(run('Das Team verlor 1:3 und kassierte zwei Platzverweise.', 'de')), [
        'zwei Platzverweise'
      ])
    })

    it('reads scores as a vague magnitude only with of', () => {
      assert.deepEqual(figureTexts(run('Exam scores rose in 12 schools.', 'en')), ['12 schools'])
      assert.deepEqual(figureTexts(run('Scores of residents left.', 'en')), ['Scores of residents'])
    })

    it('leaves out quantities of a hypothesis, but not of a concession', () => {
      const a = run('Wenn vier Lehrer gleichzeitig fehlen, fällt der Unterricht aus, sagt Rektorin Ute Lang.', 'de')
      assert.deepEqual(figureTexts(a), [])
      assert.deepEqual(figureTexts(run('Auch wenn 40 Stellen offen sind, läuft der Betrieb.', 'de')), ['40 Stellen'])
      assert.deepEqual(figureTexts(run('If three ferries were cancelled, 500 commuters came late.', 'en')), [
        '500 commuters'
      ])
    })
  })

  describe('echo by value', () => {
    it('takes an elided unit from the figure listed before it, and echoes the named one', () => {
      const a = run(
        'Strom wird 6 Prozent teurer, Gas 3\n\nGas wird um 3 Prozent teurer, teilte der Versorger Nordwerk mit.',
        'de'
      )
      const headline = a.figures[1]
      assert.ok(headline)
      assert.equal(headline.text, '3')
      assert.equal(headline.unit, 'percent')
      assert.equal(headline.status, 'named')
      assert.equal(headline.via, 'echo')
      assert.match(sourceOf(a, '3 Prozent'), /Nordwerk/)
      assert.equal(headline.source, a.figures[2]?.source)
      // A change's new level keeps no unit: no echo of `1,200 percent`.
      const b = run('Shares fell 5 percent to 1,200.', 'en')
      assert.equal(figure(b, '1,200').unit, null)
    })

    it('names an earlier unattributed figure by a later attributed one of the same value', () => {
      const a = run(
        'Roughly 30 percent of the staff work part-time.\n\n' +
          '"About 30 percent of us work part-time," manager Ida Holm said.',
        'en'
      )
      assert.equal(a.figures[0]?.status, 'named')
      assert.equal(a.figures[0]?.via, 'echo')
      assert.equal(sourceOf(a, 'Roughly 30 percent'), 'Ida Holm')
      // A different value echoes nothing.
      const b = run(
        'Roughly 35 percent of the staff work part-time.\n\n' +
          '"About 30 percent of us work part-time," manager Ida Holm said.',
        'en'
      )
      assert.equal(b.figures[0]?.status, 'none')
    })
  })

  describe('continuation across sentences', () => {
    it('takes Konjunktiv II right after a named speaker as his reported speech, not the indicative', () => {
      const a = run(
        'Der Verein rechne mit 80 neuen Mitgliedern, sagte Kassenwart Olaf Brink. ' +
          'Mit einer Werbeaktion könnten es 120 werden.',
        'de'
      )
      assert.match(sourceOf(a, '120'), /Olaf Brink$/)
      assert.equal(figure(a, '120').via, 'continuation')
      const b = run(
        'Der Verein rechne mit 80 neuen Mitgliedern, sagte Kassenwart Olaf Brink. ' +
          'Die Halle fasst am Freitag 120 Gäste.',
        'de'
      )
      assert.equal(sourceOf(b, '120 Gäste'), 'none')
    })

    it('does not take a Konjunktiv II without a named speaker before it', () => {
      const a = run('Der Saal ist klein. Mit mehr Stühlen könnten 90 Gäste kommen.', 'de')
      assert.equal(sourceOf(a, '90 Gäste'), 'none')
    })

    it('continues a named speaker with an unnamed speech verb and weiter', () => {
      const a = run(
        'Die Feuerwehr zählte 25 Einsätze, sagte Sprecherin Eva Roth. ' +
          'Bis Mitternacht könnten 10 weitere folgen, hieß es weiter.',
        'de'
      )
      assert.match(sourceOf(a, '10'), /Eva Roth$/)
      const b = run(
        'Die Feuerwehr zählte 25 Einsätze, sagte Sprecherin Eva Roth. ' +
          'Bis Mitternacht könnten 10 weitere folgen, hieß es.',
        'de'
      )
      assert.equal(sourceOf(b, '10'), 'vague')
    })

    it('takes no place word for a marker', () => {
      const a = run('Das belegt die neue Studie des Instituts Nordlicht. Dort liegt die Quote bei 17 Prozent.', 'de')
      assert.equal(sourceOf(a, '17 Prozent'), 'none')
    })
  })

  describe('continuation across paragraphs', () => {
    it("continues the previous paragraph's last source with Konjunktiv I or demnach in the first sentence", () => {
      const a = run(
        '„Wir sanieren 40 Brücken“, sagt Bauleiterin Nora Wendt.\n\nDas Programm koste 12 Millionen Euro.',
        'de'
      )
      assert.match(sourceOf(a, '12 Millionen Euro'), /Nora Wendt$/)
      assert.equal(figure(a, '12 Millionen Euro').via, 'continuation')
      const b = run(
        'Der Verband Radwege Nord teilte mit, die Zahl der Pendler steige.\n\n55 Prozent fahren demnach täglich.',
        'de'
      )
      assert.match(sourceOf(b, '55 Prozent'), /Radwege Nord$/)
    })

    it('does not continue with the indicative, nor without a source in the previous paragraph', () => {
      const a = run(
        '„Wir sanieren 40 Brücken“, sagt Bauleiterin Nora Wendt.\n\nDas Programm kostet 12 Millionen Euro.',
        'de'
      )
      assert.equal(sourceOf(a, '12 Millionen Euro'), 'none')
      const b = run('Die Brücken sind alt.\n\nDas Programm koste 12 Millionen Euro.', 'de')
      assert.equal(sourceOf(b, '12 Millionen Euro'), 'none')
    })

    it('continues the last quoted speaker in a paragraph that opens with a quote, even after a closed quote', () => {
      const text =
        'Lars Kemp runs the depot.\n\n"We bought 30 trams last year," Kemp said.\n\n' +
        '"Next year we want another 12 and a budget rise of 5 percent.\n\n"That is the goal."'
      const a = run(text, 'en')
      assert.match(sourceOf(a, '12'), /Kemp$/)
      assert.match(sourceOf(a, '5 percent'), /Kemp$/)
      assert.equal(figure(a, '5 percent').via, 'quote')
      // After a paragraph without a quotation, an opening quote has no speaker to go on with.
      const b = run(
        '"We bought 30 trams last year," Kemp said.\n\nThe depot is old.\n\n"Next year we want another 12."',
        'en'
      )
      assert.equal(sourceOf(b, '12'), 'none')
    })
  })
})
