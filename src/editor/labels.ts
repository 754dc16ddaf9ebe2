// Localised names for the engine's enums, shared by hover, views, report and export.
import * as vscode from 'vscode'
import type {AttributionVia, ClaimKind, Figure, FigureStatus, Language, SourceType} from '../core/index.js'

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

/** The number as the article's language writes it, with its range and approximation. */
export function valueLabel(figure: Figure, language: Language): string {
  if (figure.value === null) return vscode.l10n.t('vague magnitude')
  const format = (value: number) => value.toLocaleString(language === 'de' ? 'de-DE' : 'en-US')
  const value = figure.valueMax === null ? format(figure.value) : `${format(figure.value)}–${format(figure.valueMax)}`
  const unit = figure.unit === null ? '' : ` ${figure.unit}`
  return figure.approximate ? vscode.l10n.t('about {0}', `${value}${unit}`) : `${value}${unit}`
}
