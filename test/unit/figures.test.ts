import assert from 'node:assert/strict'
import {figure, figureTexts, run} from './helpers.js'

describe('figures', () => {
  describe('German', () => {
    it('reads digits with German separators, decimals and counted nouns', () => {
      const a = run('Die Stadt zählt 12.000 Einwohner, 3,5 Prozent mehr als 1.250 im Vorort und 12 000 Pendler.', 'de')
      assert.deepEqual(figureTexts(a), ['12.000 Einwohner', '3,5 Prozent', 'mehr als 1.250', '12 000 Pendler'])
      assert.equal(figure(a, '12.000').value, 12000)
      assert.equal(figure(a, '12.000').noun, 'Einwohner')
      assert.equal(figure(a, '3,5').value, 3.5)
      assert.equal(figure(a, '3,5').unit, 'percent')
      assert.equal(figure(a, '12 000').value, 12000)
    })

    it('reads money, scales, number words, fractions and approximators', () => {
      const a = run(
        'Der Umbau kostet rund 5 Mio. Euro, acht Millionen Menschen sind betroffen und zwei Drittel der Mittel ' +
          'fließen ab.',
        'de'
      )
      assert.equal(figure(a, '5 Mio').value, 5_000_000)
      assert.equal(figure(a, '5 Mio').unit, 'EUR')
      assert.equal(figure(a, '5 Mio').approximate, true)
      assert.equal(figure(a, 'acht Millionen').value, 8_000_000)
      assert.ok(Math.abs((figure(a, 'zwei Drittel').value ?? 0) - 2 / 3) < 1e-9)
    })

    it('reads ranges, percentage points and distributive shares', () => {
      const a = run('Zwischen 10 bis 12 Prozentpunkte verlor die Partei, jeder Vierte wandte sich ab.', 'de')
      const range = figure(a, '10 bis 12')
      assert.equal(range.value, 10)
      assert.equal(range.valueMax, 12)
      assert.equal(range.unit, 'percentage-points')
      assert.equal(figure(a, 'jeder Vierte').value, 0.25)
    })

    it('reads shares without a count: die Hälfte, ein Drittel', () => {
      const a = run('Die Hälfte der Befragten und ein Drittel der Schulen klagen.', 'de')
      assert.deepEqual(figureTexts(a), ['Die Hälfte', 'ein Drittel'])
      assert.equal(figure(a, 'Hälfte').value, 0.5)
    })

    it('marks vague magnitudes as vague', () => {
      const a = run(
        'Tausende demonstrierten, mehrere Hundert blieben über Nacht und Hunderte Polizisten sicherten den Platz.',
        'de'
      )
      assert.deepEqual(figureTexts(a), ['Tausende', 'mehrere Hundert', 'Hunderte Polizisten'])
      assert.ok(a.figures.every((f) => f.vague && f.value === null))
    })

    it('leaves out dates, times, years, weekdays, ages, ordinals and references', () => {
      const a = run(
        'Am 18.10.2024 um 17:46 Uhr erklärte der 63-Jährige im Jahr 2020 am 3. ' +
          'Oktober, dass Artikel 5 gilt und Formel 1 am Mittwoch startet, zum zweiten Mal seit fünf Jahren.',
        'de'
      )
      assert.deepEqual(figureTexts(a), [])
    })

    it('leaves out age brackets but keeps counts after unter/über', () => {
      assert.deepEqual(figureTexts(run('Anleger unter 30 kaufen mehr, in der Gruppe über 60 weniger.', 'de')), [])
      assert.deepEqual(figureTexts(run('Über 400 Menschen kamen, unter 20 Prozent blieben.', 'de')), [
        'Über 400 Menschen',
        '20 Prozent'
      ])
    })

    it('does not read a counted noun on the next line', () => {
      const a = run('Der Etat steigt auf 76,0 [sourced-ignore]\nEnge Spielräume bleiben.', 'de')
      assert.deepEqual(figureTexts(a), ['76,0'])
      assert.equal(a.diagnostics.length, 0)
    })

    it('does not count the article ein as a figure', () => {
      assert.deepEqual(figureTexts(run('Ein Soldat und eine Sprecherin kamen an.', 'de')), [])
    })
  })

  describe('English', () => {
    it('reads digits with English separators, money and scales', () => {
      const a = run(
        'Sales reached 30,154 cars, up 2.6 percent, worth $2bn, and the fund paid $39,014 per family.',
        'en'
      )
      assert.equal(figure(a, '30,154').value, 30154)
      assert.equal(figure(a, '2.6').unit, 'percent')
      assert.equal(figure(a, '$2bn').value, 2_000_000_000)
      assert.equal(figure(a, '$2bn').unit, 'USD')
      assert.equal(figure(a, '$39,014').value, 39014)
    })

    it('reads number words, dozens, fractions and approximators', () => {
      const a = run(
        'More than 2,500 people came, a dozen stayed, three quarters left early and about 40 percent paid twice.',
        'en'
      )
      assert.equal(figure(a, '2,500').approximate, true)
      assert.equal(figure(a, 'three quarters').value, 0.75)
      assert.equal(figure(a, 'twice').value, 2)
      assert.equal(figure(a, '40 percent').approximate, true)
    })

    it('reads shares without a count only before of', () => {
      assert.deepEqual(figureTexts(run('Half of the voters and a third of schools agreed.', 'en')), ['Half', 'a third'])
      assert.deepEqual(figureTexts(run('He played half the time in a third game.', 'en')), [])
    })

    it('marks thousands and dozens of as vague', () => {
      const a = run(
        'Thousands marched while dozens of officers watched and hundreds of thousands followed online.',
        'en'
      )
      assert.ok(a.figures.length >= 3)
      assert.ok(a.figures.every((f) => f.vague))
    })

    it('reads hyphenated counts but no score (GUIDELINES: results are no figures)', () => {
      const a = run('The Wild won 4-1 after a three-game streak and a 10-game slump.', 'en')
      assert.deepEqual(figureTexts(a).map((t) => t.split(' ')[0]), ['three-game', '10-game'])
    })

    it('leaves out dates, times, years, ages, ordinals and references', () => {
      const a = run(
        'On September 11, 2001, at 7:14 p.m., the 35-year-old won his 3rd title in 2019 under Article 5 with ' +
          'COVID-19 and a G7 summit on Tuesday, 18 years later.',
        'en'
      )
      assert.deepEqual(figureTexts(a), [])
    })

    it('counts once only after a focus word', () => {
      assert.deepEqual(figureTexts(run('He had once been a star.', 'en')), [])
      assert.deepEqual(figureTexts(run('He scored just once all season.', 'en')), ['once'])
    })
  })
})
