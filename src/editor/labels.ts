// Localised names for the engine's enums and counts, and the problem messages in the UI's
// language: shared by hover, status bar, views, report and export.
import * as vscode from 'vscode'
import type {
  Analysis,
  AttributionVia,
  ClaimKind,
  Diagnostic as EngineDiagnostic,
  Figure,
  FigureStatus,
  SourceType
} from '../core/index.js'
import type {ArticleCounts} from './counts.js'
import type {MessageLanguage} from './settings.js'

export function statusLabel(status: FigureStatus): string {
  switch (status) {
    case 'named':
      return vscode.l10n.t('named source')
    case 'vague':
      return vscode.l10n.t('vague source')
    case 'none':
      return vscode.l10n.t('no source')
  }
}

/** The status a writer cares about: an ignored figure is neither sourced nor a problem. */
export function figureStatusLabel(figure: Pick<Figure, 'status' | 'ignored'>): string {
  return figure.ignored ? vscode.l10n.t('ignored') : statusLabel(figure.status)
}

export function sourceTypeLabel(type: SourceType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('person')
    case 'organization':
      return vscode.l10n.t('organization')
    case 'group':
      return vscode.l10n.t('group')
    case 'document':
      return vscode.l10n.t('document')
  }
}

export function claimKindLabel(kind: ClaimKind): string {
  switch (kind) {
    case 'direct':
      return vscode.l10n.t('direct quotation')
    case 'indirect':
      return vscode.l10n.t('reported speech')
    case 'according':
      return vscode.l10n.t('attribution ("according to")')
  }
}

export function viaLabel(via: AttributionVia): string {
  switch (via) {
    case 'sentence':
      return vscode.l10n.t('in the same sentence')
    case 'continuation':
      return vscode.l10n.t('continues reported speech')
    case 'quote':
      return vscode.l10n.t('inside a quotation')
    case 'echo':
      return vscode.l10n.t('repeats a figure attributed elsewhere')
    case 'paragraph':
      return vscode.l10n.t('source named earlier in the paragraph')
  }
}

/** What can be counted, each with a message per count form (`vscode.l10n.t` has no plural rules of its own). */
export type CountKind = keyof ArticleCounts | 'mentions'

/**
 * `2 sources`, `1 Quelle`: the one wording of each count, for every view. `translate`
 * is `vscode.l10n.t` unless a test passes a lookup in a bundle of its own.
 */
export function countLabel(kind: CountKind, count: number, translate: Translate = vscode.l10n.t): string {
  const one = count === 1
  switch (kind) {
    case 'figures':
      return one ? translate('1 figure') : translate('{0} figures', count)
    case 'named':
      return one ? translate('1 with a named source') : translate('{0} with a named source', count)
    case 'vague':
      return one ? translate('1 vague source') : translate('{0} vague sources', count)
    case 'unattributed':
      return one ? translate('1 without a source') : translate('{0} without a source', count)
    case 'ignored':
      return one ? translate('1 ignored') : translate('{0} ignored', count)
    case 'sources':
      return one ? translate('1 source') : translate('{0} sources', count)
    case 'claims':
      return one ? translate('1 claim') : translate('{0} claims', count)
    case 'mentions':
      return one ? translate('1 mention') : translate('{0} mentions', count)
  }
}

/** `vscode.l10n.t`'s shape for messages with positional arguments. */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string

/** An unnamed source in a table cell, the same in every table: its words in brackets, else a dash. */
export function unnamedSourceLabel(vagueSource: string | null): string {
  return vagueSource ? `(${vagueSource})` : '–'
}

/**
 * A problem's message in the language the `sourced.messageLanguage` setting chooses:
 * the engine's (the article's language) or VS Code's display language.
 */
export function problemMessage(analysis: Analysis, message: EngineDiagnostic, language: MessageLanguage): string {
  if (language === 'article') return message.message
  const figure = analysis.figures.find((candidate) => candidate.id === message.figure)
  const claim = analysis.claims.find((candidate) => candidate.id === message.claim)
  const vagueWords = (claim?.vagueSource ?? claim?.cue)?.text ?? ''
  switch (message.ruleId) {
    case 'unattributed-figure':
      return figure ? vscode.l10n.t('Figure “{0}” has no source', figure.text) : message.message
    case 'vague-source':
      if (figure) return vscode.l10n.t('Figure “{0}” rests on a vague source (“{1}”)', figure.text, vagueWords)
      return claim ? vscode.l10n.t('Claim attributed to a vague source (“{0}”)', vagueWords) : message.message
    case 'hedge-without-source': {
      const hedge = analysis.hedges.find((candidate) => candidate.start === message.start)
      return hedge ? vscode.l10n.t('“{0}” in a sentence that names no source', hedge.text) : message.message
    }
  }
}

/** A related place's note in the chosen language: the engine's own words for a hedge's sentence, else article text. */
export function relatedNote(message: EngineDiagnostic, note: string, language: MessageLanguage): string {
  if (language === 'article' || message.ruleId !== 'hedge-without-source') return note
  return vscode.l10n.t('sentence that names no source')
}
