// The report as localised tables, rendered once as HTML (webview) and once as Markdown (export).
import * as vscode from 'vscode'
import {claimKindLabel, countLabel, figureStatusLabel, sourceTypeLabel, unnamedSourceLabel, viaLabel} from './labels.js'
import type {Place, SourceReport} from './reportModel.js'

export interface Cell {
  text: string
  /** Makes the cell a link back into the editor. */
  place?: Place
  /** Article prose: the webview clamps it to two lines and shows it whole on focus or hover. */
  prose?: boolean
}

/** One count in the report's summary; `tone` says whether it asks for work. */
export interface Chip {
  text: string
  tone: 'warning' | 'information' | 'plain'
}

export interface Table {
  title: string
  columns: string[]
  rows: Cell[][]
  /** Shown instead of an empty table. */
  empty: string
}

const line = (place: Place | null): Cell =>
  place ? {text: vscode.l10n.t('Line {0}', place.line), place} : {text: '–'}

/** The summary as separate counts, in the one wording of each (labels.ts), leaving out the ones that are zero. */
export function reportChips(report: SourceReport): Chip[] {
  const {counts} = report
  const figures: Chip = {text: countLabel('figures', counts.figures), tone: 'plain'}
  const chips: Array<Chip & {count: number}> = [
    {count: counts.none, text: countLabel('unattributed', counts.none), tone: 'warning'},
    {count: counts.vague, text: countLabel('vague', counts.vague), tone: 'information'},
    {count: counts.named, text: countLabel('named', counts.named), tone: 'plain'},
    {count: counts.ignored, text: countLabel('ignored', counts.ignored), tone: 'plain'},
    {count: counts.sources, text: countLabel('sources', counts.sources), tone: 'plain'},
    {count: counts.claims, text: countLabel('claims', counts.claims), tone: 'plain'}
  ]
  return [figures, ...chips.filter((chip) => chip.count > 0).map(({text, tone}) => ({text, tone}))]
}

/** The figures a writer still has to source, first in the webview: none, then vague, each in text order. */
export function needsSourceTable(report: SourceReport): Table {
  const open = report.figures.filter((figure) => !figure.ignored && figure.status !== 'named')
  const rank = (status: string) => (status === 'none' ? 0 : 1)
  return {
    title: vscode.l10n.t('Figures that need a source'),
    columns: [vscode.l10n.t('Line'), vscode.l10n.t('Figure'), vscode.l10n.t('Status')],
    rows: open
      .sort((a, b) => rank(a.status) - rank(b.status) || a.place.start - b.place.start)
      .map((figure) => [line(figure.place), {text: figure.text}, {text: figureStatusLabel(figure)}]),
    empty: vscode.l10n.t('Every figure has a named source.')
  }
}

/** Figures the writer or the workspace marked as not needing a source, last in the webview. */
export function ignoredTable(report: SourceReport): Table {
  return {
    title: vscode.l10n.t('Ignored figures'),
    columns: [vscode.l10n.t('Line'), vscode.l10n.t('Figure')],
    rows: report.figures.filter((figure) => figure.ignored).map((figure) => [line(figure.place), {text: figure.text}]),
    empty: vscode.l10n.t('No ignored figures.')
  }
}

/** The counts with the names and plurals every view uses (labels.ts). */
export function reportSummary(report: SourceReport): string {
  const {counts} = report
  const figures = [
    countLabel('named', counts.named),
    countLabel('vague', counts.vague),
    countLabel('unattributed', counts.none),
    countLabel('ignored', counts.ignored)
  ]
  const article = [countLabel('sources', counts.sources), countLabel('claims', counts.claims)]
  return `${countLabel('figures', counts.figures)}: ${figures.join(', ')} · ${article.join(' · ')}`
}

export function reportTables(report: SourceReport): Table[] {
  const vagueSourceOf = (id: string) => report.figures.find((figure) => figure.id === id)?.vagueSource ?? null
  return [
    {
      title: vscode.l10n.t('Sources'),
      columns: [
        vscode.l10n.t('Source'),
        vscode.l10n.t('Type'),
        vscode.l10n.t('Also called'),
        vscode.l10n.t('Claims'),
        vscode.l10n.t('Figures'),
        vscode.l10n.t('First mention')
      ],
      rows: report.sources.map((source) => [
        {text: source.name},
        {text: sourceTypeLabel(source.type)},
        {text: source.aliases.filter((alias) => alias !== source.name).join(', ')},
        {text: String(source.claims)},
        {text: String(source.figures)},
        line(source.place)
      ]),
      empty: vscode.l10n.t('No named sources.')
    },
    {
      title: vscode.l10n.t('Claims'),
      columns: [
        vscode.l10n.t('Line'),
        vscode.l10n.t('Source'),
        vscode.l10n.t('Kind'),
        vscode.l10n.t('Attributed by'),
        vscode.l10n.t('Claim')
      ],
      rows: report.claims.map((claim) => [
        line(claim.place),
        {text: claim.source ?? unnamedSourceLabel(claim.vagueSource)},
        {text: claimKindLabel(claim.kind)},
        {text: claim.cue},
        {text: claim.text, prose: true}
      ]),
      empty: vscode.l10n.t('No claims.')
    },
    {
      title: vscode.l10n.t('Figures'),
      columns: [
        vscode.l10n.t('Line'),
        vscode.l10n.t('Figure'),
        vscode.l10n.t('Status'),
        vscode.l10n.t('Source'),
        vscode.l10n.t('How')
      ],
      rows: report.figures.map((figure) => [
        line(figure.place),
        {text: figure.text},
        {text: figureStatusLabel(figure)},
        {text: figure.source ?? unnamedSourceLabel(figure.vagueSource)},
        {text: figure.via ? viaLabel(figure.via) : ''}
      ]),
      empty: vscode.l10n.t('No figures.')
    },
    {
      title: vscode.l10n.t('Differing figures'),
      columns: [vscode.l10n.t('Figures that count the same thing'), vscode.l10n.t('Sources')],
      rows: report.conflicts.map((group) => [
        {
          text: group.map((member) => `${member.text} (${vscode.l10n.t('line {0}', member.place.line)})`).join(' · '),
          place: group[0]?.place
        },
        {text: group.map((member) => member.source ?? unnamedSourceLabel(vagueSourceOf(member.figure))).join(' · ')}
      ]),
      empty: vscode.l10n.t('No differing figures.')
    }
  ]
}
