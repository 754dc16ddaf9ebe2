import assert from 'node:assert/strict'
import {run, sourceNames, sourceOf} from './helpers.js'

describe('sources', () => {
  it('merges a role and name apposition with the surname alone (de)', () => {
    const a = run(
      'Es fehlen 300 Lehrer, sagte die Leiterin des Schulamts, Karin Vogt. ' +
        'Vogt betonte, 40 Stellen seien ausgeschrieben.',
      'de'
    )
    assert.deepEqual(sourceNames(a), ['Karin Vogt'])
    const source = a.sources[0]
    assert.ok(source)
    assert.equal(source.type, 'person')
    assert.ok(source.aliases.includes('Vogt'))
    assert.equal(source.role, 'Leiterin des Schulamts')
    assert.equal(source.mentions.length, 2)
  })

  it('merges the surname alone with the full name (en)', () => {
    const a = run(
      'Team manager Rita Gomez said 14 players were injured.\n\nGomez said 3 of them would miss the final.',
      'en'
    )
    assert.deepEqual(sourceNames(a), ['Rita Gomez'])
    assert.equal(sourceOf(a, '3'), 'Rita Gomez')
  })

  it('merges an abbreviation defined in brackets, either way round', () => {
    const a = run(
      'Die Zahl stieg laut dem Bundesamt für Statistik (BfS) auf 5.000. Das BfS meldete zudem 200 Fälle.',
      'de'
    )
    assert.deepEqual(sourceNames(a), ['BfS'])
    assert.ok(a.sources[0]?.aliases.includes('Bundesamt für Statistik'))
    const b = run(
      'The WHO (World Health Organization) counted 90 cases, and the World Health Organization said 4 were fatal.',
      'en'
    )
    assert.equal(b.sources.length, 1)
    assert.equal(b.sources[0]?.type, 'organization')
  })

  it('merges German inflected forms of one description', () => {
    const a = run(
      'Nach Informationen des britischen Geheimdienstes wurden 30 Agenten enttarnt.\n\n' +
        'Der britische Geheimdienst meldete, 5 seien geflohen.',
      'de'
    )
    assert.equal(a.sources.length, 1)
    assert.ok(a.sources[0]?.aliases.includes('britischen Geheimdienstes'))
    assert.ok(a.sources[0]?.aliases.includes('britische Geheimdienst'))
  })

  it('merges a description with the one organisation it fits, across languages', () => {
    const a = run(
      'Laut dem südkoreanischen Geheimdienst sind 400 Soldaten eingetroffen. ' +
        'Der NIS (National Intelligence Service) berichtete, 100 weitere seien unterwegs.',
      'de'
    )
    assert.equal(a.sources.length, 1)
    assert.equal(a.sources[0]?.name, 'NIS')
  })

  it('takes a short name in brackets and points a bare kind of institution back to it', () => {
    const a = run(
      'Die Preise stiegen um 2 Prozent. Das teilte das Statistische Landesamt (Statla) mit. ' +
        'Mieten stiegen um 4 Prozent, wie die Behörde mitteilte.',
      'de'
    )
    assert.deepEqual(sourceNames(a), ['Statla'])
    assert.ok(a.sources[0]?.aliases.includes('Behörde'))
    const b = run('The Census Bureau (CB) counted 300 towns. Rents rose 4 percent, the bureau said.', 'en')
    assert.equal(b.sources.length, 1)
  })

  it('reads an office inside a compound before a name, and stops before a verb', () => {
    const a = run(
      '„Die Lage bleibt mit 3 Prozent hart“, sagte Bank-Chefvolkswirtin Eva Roth. ' +
        'Nach Berechnungen des Ifo-Instituts müssen Haushalte 900 Euro mehr zahlen.',
      'de'
    )
    assert.deepEqual(sourceNames(a), ['Eva Roth', 'Ifo-Instituts'])
    assert.equal(a.sources[0]?.type, 'person')
  })

  it('keeps two people with the same role apart', () => {
    const a = run('Präsident Jan Novak sagte, 12 Minister träten zurück. Präsident Ilse Marr sagte, 3 blieben.', 'de')
    assert.deepEqual(sourceNames(a).sort(), ['Ilse Marr', 'Jan Novak'])
  })

  it('recognises vague sources as vague, not named', () => {
    const de = run(
      'Experten schätzen den Schaden auf 2 Millionen Euro. Aus der Regierung hieß es, 30 Firmen seien betroffen. ' +
        'Laut Medienberichten starben 5 Menschen.',
      'de'
    )
    assert.deepEqual(de.sources, [])
    assert.ok(de.figures.every((f) => f.status === 'vague'))
    const en = run(
      'Officials said 40 homes were lost. A spokesperson said 12 people were rescued. Local media reported 3 deaths.',
      'en'
    )
    assert.deepEqual(en.sources, [])
    assert.ok(en.figures.every((f) => f.status === 'vague'))
  })

  it('resolves a pronoun to the latest person named before it', () => {
    const a = run('Ministerin Clara Holm sagte, 60 Schulen würden saniert. Sie fügte hinzu, 8 weitere folgten.', 'de')
    assert.equal(sourceOf(a, '8'), 'Clara Holm')
    const b = run('Coach Ben Ortiz praised the defence. “We allowed 2 goals all week,” he said.', 'en')
    assert.equal(sourceOf(b, '2 goals'), 'Ben Ortiz')
  })
})
