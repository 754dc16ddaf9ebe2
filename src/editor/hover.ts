// Hover cards: who said a figure, what a source said, whose a claim is. Article text
// is untrusted: the card is an untrusted MarkdownString without HTML, and every piece
// of article text is escaped before it goes in.
import * as vscode from 'vscode'
import type {Analysis, Claim, Figure, Source} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {attributionSnippets, ignoreMarkerFor, snippetPreview} from './attribution.js'
import {claimKindLabel, figureStatusLabel, sourceTypeLabel, valueLabel, viaLabel} from './labels.js'
import {claimsOf, excerpt, figuresOf, sourceOfTarget, targetAt} from './lookup.js'
import {spanRange} from './positions.js'

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.analysis(document)
    if (!analysis) return undefined
    const target = targetAt(analysis, document.offsetAt(position))
    if (!target) return undefined
    const card = new Card(document)
    const source = sourceOfTarget(analysis, target)
    if (target.kind === 'figure') figureCard(card, analysis, target.figure, source)
    else if (target.kind === 'mention') sourceCard(card, analysis, target.source)
    else claimCard(card, analysis, target.claim, source)
    const span = target.kind === 'figure' ? target.figure : target.kind === 'mention' ? target.mention : target.claim
    return new vscode.Hover(card.markdown, spanRange(document, span))
  }
}

/** Builds one card; our own labels are Markdown, article text is always escaped. */
class Card {
  readonly markdown = new vscode.MarkdownString(undefined, false)
  private readonly text: string

  constructor(private readonly document: vscode.TextDocument) {
    this.markdown.isTrusted = false
    this.markdown.supportHtml = false
    this.text = document.getText()
  }

  /**
   * Article text as literal characters: every ASCII punctuation mark is backslash-escaped
   * (CommonMark), so no link, HTML or emphasis can start; spaces stay breakable, unlike appendText's.
   */
  private appendArticleText(text: string): void {
    this.markdown.appendMarkdown(text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&'))
  }

  heading(label: string, span: {start: number; end: number}): void {
    this.markdown.appendMarkdown(`**${label}** `)
    this.appendArticleText(excerpt(this.text, span))
    this.markdown.appendMarkdown('\n\n')
  }

  /** `label: value`, the value article text. */
  field(label: string, value: string): void {
    this.markdown.appendMarkdown(`${label}: `)
    this.appendArticleText(value)
    this.markdown.appendMarkdown('  \n')
  }

  note(label: string): void {
    this.markdown.appendMarkdown(`${label}\n\n`)
  }

  /** A list of places in the article, each with its line number. */
  list(title: string, spans: Array<{start: number; end: number; detail?: string}>): void {
    if (spans.length === 0) return
    this.markdown.appendMarkdown(`\n\n**${title}**\n\n`)
    for (const span of spans) {
      const line = this.document.positionAt(span.start).line + 1
      this.markdown.appendMarkdown(`- ${vscode.l10n.t('Line {0}', line)}: `)
      this.appendArticleText(excerpt(this.text, span, 70))
      if (span.detail) this.markdown.appendMarkdown(` (${span.detail})`)
      this.markdown.appendMarkdown('\n')
    }
  }

  rule(): void {
    this.markdown.appendMarkdown('\n\n---\n\n')
  }

  sourceFields(source: Source): void {
    this.field(vscode.l10n.t('Source'), `${source.name} (${sourceTypeLabel(source.type)})`)
    const aliases = source.aliases.filter((alias) => alias !== source.name)
    if (aliases.length > 0) this.field(vscode.l10n.t('Also called'), aliases.join(', '))
  }

  get languageId(): string {
    return this.document.languageId
  }
}

function figureCard(card: Card, analysis: Analysis, figure: Figure, source: Source | undefined): void {
  card.heading(vscode.l10n.t('Figure'), figure)
  card.field(vscode.l10n.t('Status'), figureStatusLabel(figure) + (figure.via ? ` · ${viaLabel(figure.via)}` : ''))
  card.field(vscode.l10n.t('Value'), valueLabel(figure, analysis.language) + (figure.noun ? ` ${figure.noun}` : ''))
  const claim = analysis.claims.find((candidate) => candidate.id === figure.claim)
  if (claim) card.field(vscode.l10n.t('Attributed by'), claim.cue.text)
  if (figure.status === 'vague' && claim?.vagueSource) card.field(vscode.l10n.t('Vague source'), claim.vagueSource.text)
  if (source) {
    card.rule()
    card.sourceFields(source)
    const others = claimsOf(analysis, source.id).filter((other) => other.id !== figure.claim)
    card.list(vscode.l10n.t('Other claims of this source'), others)
  } else if (figure.status === 'none' && !figure.ignored) {
    card.rule()
    card.note(vscode.l10n.t('No source is named for this figure.'))
    const [snippet] = attributionSnippets(analysis.language)
    if (snippet !== undefined) card.field(vscode.l10n.t('Quick fix: add'), snippetPreview(snippet).trim())
    card.field(vscode.l10n.t('or mark the line with'), ignoreMarkerFor(card.languageId))
  }
}

function sourceCard(card: Card, analysis: Analysis, source: Source): void {
  card.heading(vscode.l10n.t('Source'), source.mentions[0] ?? {start: 0, end: 0})
  card.sourceFields(source)
  card.field(vscode.l10n.t('Mentions'), String(source.mentions.length))
  card.list(
    vscode.l10n.t('Claims'),
    claimsOf(analysis, source.id).map((claim) => ({...claim, detail: claimKindLabel(claim.kind)}))
  )
  card.list(
    vscode.l10n.t('Figures'),
    figuresOf(analysis, source.id).map((figure) => ({...figure, detail: figureStatusLabel(figure)}))
  )
}

function claimCard(card: Card, analysis: Analysis, claim: Claim, source: Source | undefined): void {
  card.heading(vscode.l10n.t('Claim'), claim)
  card.field(vscode.l10n.t('Kind'), claimKindLabel(claim.kind))
  card.field(vscode.l10n.t('Attributed by'), claim.cue.text)
  if (source) card.sourceFields(source)
  else if (claim.vagueSource) card.field(vscode.l10n.t('Vague source'), claim.vagueSource.text)
  else card.note(vscode.l10n.t('The source of this claim is not named.'))
  const figures = analysis.figures.filter((figure) => claim.figures.includes(figure.id))
  card.list(
    vscode.l10n.t('Figures'),
    figures.map((figure) => ({...figure, detail: figureStatusLabel(figure)}))
  )
}
