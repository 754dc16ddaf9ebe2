// Invented articles for the view and report suites (never corpus text).

/** German: a headline, a subhead, a named source, a vague one, a figure without a source and one to ignore. */
export const LIBRARY_ARTICLE = [
  'Stadtbibliothek verlängert Öffnungszeiten',
  'Die Stadtbibliothek Lindental öffnet ab März auch sonntags. Das teilte Bibliotheksleiterin Clara Weiß am ' +
    'Freitag mit. Im vergangenen Jahr zählte die Bibliothek laut Jahresbericht 86.000 Besuche.',
  'Mehr Personal',
  '„Wir stellen dafür vier neue Mitarbeiter ein“, sagte Weiß. Experten zufolge steigt die Nachfrage um 20 Prozent.',
  'Rund 1.200 Menschen haben eine Petition unterschrieben. Im Lesesaal stehen 35 Computer.'
].join('\n\n')

/** The figure `sourced.ignoredFigures` names in the suites. */
export const IGNORED_FIGURE = '35 Computer'

/** English: one named source, one figure without a source, nothing vague or ignored. */
export const FERRY_ARTICLE = [
  'Ferry subsidy splits harbour council',
  'The harbour council will vote on a ferry subsidy next week. The subsidy would cost £1.2 million a year, ' +
    'treasurer Mark Hollis said.',
  'Around 900 residents use the ferry every day.'
].join('\n\n')
