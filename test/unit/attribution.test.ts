import assert from 'node:assert/strict'
import {figure, run, sourceOf} from './helpers.js'

describe('attribution', () => {
  describe('reporting verbs, German', () => {
    it('attributes with the speaker after the claim (…, sagte X)', () => {
      const a = run('Im Hafen lagen 40 Schiffe, sagte Hafenmeisterin Anna Berger.', 'de')
      assert.equal(sourceOf(a, '40 Schiffe'), 'Anna Berger')
      assert.equal(figure(a, '40 Schiffe').via, 'sentence')
    })

    it('attributes with the speaker first (X sagte, …)', () => {
      const a = run('Bürgermeister Jan Ohlsen sagte, die Stadt spare 2 Millionen Euro.', 'de')
      assert.equal(sourceOf(a, '2 Millionen'), 'Jan Ohlsen')
      assert.equal(a.claims[0]?.kind, 'indirect')
    })

    it('attributes with so X and wie X berichtet', () => {
      const a = run(
        'Der Schaden liegt bei 300.000 Euro, so Kämmerer Paul Frick. ' +
          'Wie die Polizei berichtet, wurden 14 Autos beschädigt.',
        'de'
      )
      assert.equal(sourceOf(a, '300.000'), 'Paul Frick')
      assert.equal(sourceOf(a, '14 Autos'), 'Polizei')
    })

    it('finds a separable verb across the clause (teilte … mit)', () => {
      const a = run('Die Bahn teilte am Morgen mit, dass 120 Züge ausfallen.', 'de')
      assert.equal(sourceOf(a, '120 Züge'), 'Bahn')
      assert.equal(a.claims[0]?.cue.text, 'teilte … mit')
    })

    it('does not take a noun for a verb or a figure for a speaker', () => {
      const a = run(
        'Die Angaben im Bericht nennen 30 Fälle. Etliche Nutzer mit Tausenden Followern erklären Grundlagen.',
        'de'
      )
      assert.equal(sourceOf(a, '30 Fälle'), 'none')
      assert.equal(a.claims.length, 0)
    })
  })

  describe('reporting verbs, English', () => {
    it('attributes with the speaker after the claim in either order', () => {
      const a = run(
        'The plant employs 1,200 people, Mayor Tom Reed said. ' +
          'Nearly 300 jobs are at risk, said union leader Maria Lopez.',
        'en'
      )
      assert.equal(sourceOf(a, '1,200'), 'Tom Reed')
      assert.equal(sourceOf(a, '300 jobs'), 'Maria Lopez')
    })

    it('attributes with the speaker first and with a participle', () => {
      const a = run(
        'The ministry said 45 schools would close. Coach Dana White praised the team, saying it had won 12 games.',
        'en'
      )
      assert.equal(sourceOf(a, '45 schools'), 'ministry')
      assert.equal(sourceOf(a, '12 games'), 'Dana White')
    })

    it('does not read a noun after an article or possessive as a verb', () => {
      const a = run('Nobody could verify the group\'s claim about 40 fighters. The report covers 12 towns.', 'en')
      assert.equal(a.claims.length, 0)
    })

    it('reads past the addressee and a time to the claim before', () => {
      const a = run(
        'At least four people were killed, County Judge Ana Ruiz told reporters at a news conference on Thursday.',
        'en'
      )
      assert.equal(sourceOf(a, 'four people'), 'Ana Ruiz')
      const b = run(
        'Forecasters expect another 2 to 4 inches of rain. Officials estimate damage at $500 million.',
        'en'
      )
      assert.equal(sourceOf(b, '2 to 4'), 'vague')
      assert.equal(sourceOf(b, '$500 million'), 'vague')
    })

    it('does not take the addressee or a first person for the source', () => {
      const a = run(
        'We expect 5 percent growth, Smith told reporters. ' +
          'Müller sagte der Deutschen Presse-Agentur, 30 Filialen schlössen.',
        'en'
      )
      assert.equal(sourceOf(a, '5 percent'), 'Smith')
      const b = run('Müller sagte der Deutschen Presse-Agentur, 30 Filialen schlössen.', 'de')
      assert.equal(sourceOf(b, '30 Filialen'), 'Müller')
    })

    it('does not read United States as a reporting verb', () => {
      const a = run('Two United States officials arrived with 40 staff.', 'en')
      assert.equal(a.claims.length, 0)
      assert.equal(sourceOf(a, '40 staff'), 'none')
    })
  })

  describe('institutions speaking through others', () => {
    it('gives an unnamed spokesperson’s words to the institution named in the genitive', () => {
      const a = run(
        'Wie ein Sprecher des Bundesamts für Migration und Flüchtlinge (BAMF) am Freitag sagte, wurden 121.000 ' +
          'Anträge gestellt.',
        'de'
      )
      assert.equal(sourceOf(a, '121.000'), 'BAMF')
      const b = run('A spokesman for the Federal Aviation Administration (FAA) said 40 flights were cancelled.', 'en')
      assert.equal(sourceOf(b, '40 flights'), 'FAA')
    })

    it('leaves a spokesperson of nobody vague', () => {
      assert.equal(sourceOf(run('Ein Sprecher sagte, 40 Flüge fielen aus.', 'de'), '40 Flüge'), 'vague')
      assert.equal(sourceOf(run('A spokesperson said 40 flights were cancelled.', 'en'), '40 flights'), 'vague')
    })

    it('reads statistics a document shows (wie aus … hervorgeht)', () => {
      const a = run(
        'Jeder dritte Antrag wird abgelehnt, wie aus einer Statistik des Bundesamts (BAMF) hervorgeht.',
        'de'
      )
      assert.equal(sourceOf(a, 'dritte'), 'BAMF')
    })

    it('resolves nach seinen Worten to the person before', () => {
      const a = run(
        '„Wir brauchen eine Wende“, sagte Generalsekretär Tim Ost. Nach seinen Worten kommen 10.000 Menschen im Monat.',
        'de'
      )
      assert.equal(sourceOf(a, '10.000'), 'Tim Ost')
    })
  })

  describe('prepositions', () => {
    it('attributes with laut, nach Angaben and zufolge', () => {
      const a = run(
        'Laut Feuerwehr brannten 3 Häuser. Nach Angaben des Roten Kreuzes wurden 17 Menschen verletzt. ' +
          'Dem Ministerium zufolge fehlen 800 Lehrer.',
        'de'
      )
      assert.equal(sourceOf(a, '3 Häuser'), 'Feuerwehr')
      assert.equal(sourceOf(a, '17 Menschen'), 'Roten Kreuzes')
      assert.equal(sourceOf(a, '800 Lehrer'), 'Ministerium')
      assert.ok(a.claims.every((c) => c.kind === 'according'))
    })

    it('attributes with according to, before or after the claim', () => {
      const a = run(
        'According to the World Bank, growth slowed to 2.1 percent. ' +
          'Exports fell 4 percent, according to the trade office.',
        'en'
      )
      assert.equal(sourceOf(a, '2.1'), 'World Bank')
      assert.equal(sourceOf(a, '4 percent'), 'trade office')
    })

    it('keeps two sources in one sentence apart by clause', () => {
      const a = run('Die Flut erreichte laut dem Landesamt 7,2 Meter, die Stadt gab den Pegel mit 7,5 Metern an.', 'de')
      assert.equal(sourceOf(a, '7,2'), 'Landesamt')
      assert.equal(sourceOf(a, '7,5'), 'Stadt')
    })
  })

  describe('quotations', () => {
    it('attributes a quote to the speaker after it, across sentences', () => {
      const a = run('„Wir haben 50 Betten frei. Mehr geht nicht“, sagte Klinikchef Otto Brandt.', 'de')
      assert.equal(sourceOf(a, '50 Betten'), 'Otto Brandt')
      assert.equal(figure(a, '50 Betten').via, 'quote')
      assert.equal(a.claims.find((c) => c.kind === 'direct')?.source, a.sources[0]?.id)
    })

    it('attributes a colon-introduced quote and a quote in the next sentence', () => {
      const a = run('Ähnlich äußerte sich Präsidentin Eva Lind: „Es fehlen 200 Stellen.“', 'de')
      assert.equal(sourceOf(a, '200 Stellen'), 'Eva Lind')
      const b = run('“That is perfect,” coach Ray Diaz said. “We won 9 of 10 games.”', 'en')
      assert.equal(sourceOf(b, '9'), 'Ray Diaz')
    })

    it('accepts single quotes but not apostrophes', () => {
      const a = run('‘We expect 5 percent growth,’ Smith told Reuters. It’s Parise’s best year with 9 goals.', 'en')
      assert.equal(sourceOf(a, '5 percent'), 'Smith')
      assert.equal(sourceOf(a, '9 goals'), 'none')
      const b = run('‚Wir erwarten 5 Prozent Wachstum‘, sagte Ökonomin Lea Roth.', 'de')
      assert.equal(sourceOf(b, '5 Prozent'), 'Lea Roth')
    })

    it('accepts » «, « » and straight quotes', () => {
      const a = run('»Wir brauchen 30 Helfer«, sagte Leiterin Ida Kern. «Es kommen 12 Busse», so Kern.', 'de')
      assert.equal(sourceOf(a, '30 Helfer'), 'Ida Kern')
      assert.equal(sourceOf(a, '12 Busse'), 'Ida Kern')
    })

    it('does not make a claim of a quoted term', () => {
      const a = run('Der Kanal «Geldfluss» hat 70.000 Abonnenten.', 'de')
      assert.equal(a.claims.length, 0)
      assert.equal(sourceOf(a, '70.000'), 'none')
    })

    it('carries an open quote into the next paragraph', () => {
      const a = run(
        '“We lost 3 games,” he said, and Coach Lee Park added: “We need rest.\n\n“We play 5 more games this month.”',
        'en'
      )
      assert.equal(sourceOf(a, '5 more games'), 'Lee Park')
    })
  })

  describe('headline colon and demonstrative', () => {
    it('attributes a headline of the form Source: claim', () => {
      const a = run('Polizei: 12 Tote bei Unfall auf der A7', 'de')
      assert.equal(sourceOf(a, '12 Tote'), 'Polizei')
      const b = run('UNICEF: 2 million children at risk', 'en')
      assert.equal(sourceOf(b, '2 million'), 'UNICEF')
    })

    it('does not read a label before a colon as a source', () => {
      assert.equal(sourceOf(run('Stand: 18.10.2024, es gab 5 Tote', 'de'), '5 Tote'), 'none')
      assert.equal(sourceOf(run('Update: 5 people were hurt', 'en'), '5 people'), 'none')
    })

    it('attributes the sentence before Das teilte … mit', () => {
      const a = run('Im Jahr gab es 400 Unfälle. Das teilte das Statistische Landesamt am Montag mit.', 'de')
      assert.equal(sourceOf(a, '400 Unfälle'), 'Statistische Landesamt')
      const b = run('Turnout reached 61 percent. That is what the election office said on Monday.', 'en')
      assert.equal(sourceOf(b, '61 percent'), 'none')
    })
  })

  describe('continuation', () => {
    it('carries Konjunktiv I and soll on to the previous source', () => {
      const a = run(
        'Laut Polizei wurden 20 Menschen festgenommen. Insgesamt sollen 300 Personen beteiligt gewesen sein. ' +
          'Die Lage sei inzwischen ruhig, 40 Beamte blieben vor Ort.',
        'de'
      )
      assert.equal(sourceOf(a, '300 Personen'), 'Polizei')
      assert.equal(figure(a, '300 Personen').via, 'continuation')
      assert.equal(sourceOf(a, '40 Beamte'), 'Polizei')
    })

    it('does not carry on without a marker or after a sentence with no source', () => {
      const a = run('Laut Polizei wurden 20 Menschen festgenommen. Am Abend zogen 500 Fans durch die Stadt.', 'de')
      assert.equal(sourceOf(a, '500 Fans'), 'none')
      const b = run('Die Stimmung ist offenbar gekippt. Tausende sollen folgen.', 'de')
      assert.equal(sourceOf(b, 'Tausende'), 'none')
    })

    it('carries a source into the next paragraph only through its first sentence (GUIDELINES, continuation)', () => {
      const a = run(
        'Laut Polizei wurden 20 Menschen festgenommen.\n\n' +
          'Der Zug kam spät an. Insgesamt sollen 300 Personen beteiligt gewesen sein.',
        'de'
      )
      assert.equal(sourceOf(a, '300 Personen'), 'none')
    })
  })

  describe('echo', () => {
    it('attributes a headline figure that repeats an attributed one', () => {
      const a = run(
        'Stadt spart 2 Millionen Euro\n\nDie Stadt spart nach Angaben des Kämmerers 2 Millionen Euro.',
        'de'
      )
      assert.equal(a.figures[0]?.status, 'named')
      assert.equal(a.figures[0]?.via, 'echo')
      const b = run('Sales fall 10 percent\n\nSales fell 10 percent, according to the dealers association.', 'en')
      assert.equal(b.figures[0]?.via, 'echo')
    })

    it('echoes a large bare number without its noun', () => {
      const a = run(
        'Storm leaves 200,000 without power\n\nThe storm cut power to 200,000 homes, the utility said.',
        'en'
      )
      assert.equal(a.figures[0]?.via, 'echo')
    })

    it('does not echo a different value or a bare small count', () => {
      const a = run(
        'Sales fall 12 percent\n\nSales fell 10 percent, according to the dealers association. ' +
          'Two trucks were sold. Two people left, the manager said.',
        'en'
      )
      assert.equal(a.figures[0]?.status, 'none')
      assert.equal(sourceOf(a, 'Two trucks'), 'none')
    })
  })
})
