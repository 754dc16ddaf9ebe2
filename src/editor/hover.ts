// Hover cards: who said a figure, what a source said, whose a claim is. Article text
// is untrusted: every piece of it is escaped before it goes in, no HTML is rendered,
// and the only command links that run are our own (`isTrusted.enabledCommands`).
import * as vscode from 'vscode'
import {IGNORE_MARKERS, type Analysis, type Claim, type Figure, type Source, type Span} from '../core/index.js'
import type {AnalysisCache} from './analysisCache.js'
import {attributionOffset, attributionSnippets, snippetPreview} from './attribution.js'
import {INSERT_ATTRIBUTION_COMMAND} from './codeActions.js'
import {claimKindLabel, countLabel, figureStatusLabel, sourceTypeLabel, viaLabel} from './labels.js'
import {claimsOf, excerpt, figuresOf, sentenceOf, sourceOfTarget, targetAt} from './lookup.js'
import {spanRange} from './positions.js'
import {REVEAL_COMMAND} from './sourcesTree.js'

/** Our commands a card links to; no other command link in a card runs. */
export const SHOW_FIXES_COMMAND = 'sourced.showFixes'
export const SHOW_REPORT_COMMAND = 'sourced.showReport'
export const HOVER_COMMANDS = [REVEAL_COMMAND, INSERT_ATTRIBUTION_COMMAND, SHOW_FIXES_COMMAND, SHOW_REPORT_COMMAND]

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.analysis(document)
    if (!analysis) return undefined
    const target = targetAt(analysis, document.offsetAt(position))
    if (!target) return undefined
    const card = new Card(document, analysis)
    const source = sourceOfTarget(analysis, target)
    if (target.kind === 'figure') figureCard(card, target.figure, source)
    else if (target.kind === 'mention') sourceCard(card, target.source)
    else claimCard(card, target.claim, source)
    const span = target.kind === 'figure' ? target.figure : target.kind === 'mention' ? target.mention : target.claim
    return new vscode.Hover(card.markdown, spanRange(document, span))
  }
}

/** Article text as literal characters: every ASCII punctuation mark backslash-escaped (CommonMark). */
export function escapeArticleText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&')
}

/** Our own code (a marker, a snippet) as an inline code span, fenced longer than any backtick run in it. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence} ${text} ${fence}`
}

/** A Markdown link that runs one of our commands with JSON arguments (as VS Code's command links take them). */
function commandLink(label: string, command: string, args: unknown[] = []): string {
  const query = args.length > 0 ? `?${encodeURIComponent(JSON.stringify(args))}` : ''
  return `[${label}](command:${command}${query})`
}

/** Builds one card: our labels are Markdown, article text is escaped. */
class Card {
  readonly markdown = new vscode.MarkdownString(undefined, false)
  /** The document's text, for excerpts and offsets. */
  readonly text: string
  private readonly blocks: string[] = []

  constructor(
    private readonly document: vscode.TextDocument,
    readonly analysis: Analysis
  ) {
    this.markdown.isTrusted = {enabledCommands: HOVER_COMMANDS}
    this.markdown.supportHtml = false
    this.text = document.getText()
  }

  /** Escaped article text, whitespace collapsed, cut at `max` characters. */
  words(span: Span, max = 80): string {
    return escapeArticleText(excerpt(this.text, span, max))
  }

  /** A paragraph of the card; its lines are kept apart with hard breaks. */
  block(...lines: Array<string | undefined>): void {
    const present = lines.filter((line): line is string => line !== undefined && line !== '')
    if (present.length > 0) this.blocks.push(present.join('  \n'))
  }

  rule(): void {
    this.blocks.push('---')
  }

  /** `[Line 23](reveal)`: a place in the article, as a link that selects it. */
  lineLink(span: Span): string {
    const line = this.document.positionAt(span.start).line + 1
    return commandLink(vscode.l10n.t('Line {0}', line), REVEAL_COMMAND, [this.document.uri, span.start, span.end])
  }

  /** A titled list of places, each a line link, its words and a detail. */
  list(title: string, items: Array<{span: Span; detail?: string}>): void {
    if (items.length === 0) return
    const lines = items.map(({span, detail}) => {
      const words = this.claimWords(span)
      return `- ${this.lineLink(span)}: ${words}${detail ? ` (${detail})` : ''}`
    })
    this.blocks.push(`**${title}**\n\n${lines.join('\n')}`)
  }

  /** A claim's words, with `…` when it starts inside its sentence, so it does not seem to open there. */
  claimWords(span: Span, max = 70): string {
    const sentence = sentenceOf(this.analysis, span)
    const before = sentence ? this.text.slice(sentence.start, span.start).trim() : ''
    return `${before === '' ? '' : '…'}${this.words(span, max)}`
  }

  /** The source's name and type, then its other names: the heading of its part of a card. */
  sourceLines(source: Source, via?: string): void {
    const aliases = source.aliases.filter((alias) => alias !== source.name).map(escapeArticleText)
    this.block(
      `**${escapeArticleText(source.name)}** · ${sourceTypeLabel(source.type)}${via ? ` · ${via}` : ''}`,
      source.role ? escapeArticleText(source.role) : undefined,
      aliases.length > 0 ? `${vscode.l10n.t('Also called')}: ${aliases.join(', ')}` : undefined
    )
  }

  actions(...links: Array<string | undefined>): void {
    this.block(links.filter((link) => link !== undefined).join(' · '))
  }

  get uri(): vscode.Uri {
    return this.document.uri
  }

  lineText(span: Span): string {
    return this.document.lineAt(this.document.positionAt(span.start).line).text
  }

  finish(): void {
    this.markdown.appendMarkdown(this.blocks.join('\n\n'))
  }
}

/** `attributed by “sagte”`: the words that make the attribution. */
function attributedBy(claim: Claim): string {
  return vscode.l10n.t('attributed by “{0}”', escapeArticleText(claim.cue.text))
}

function figureCard(card: Card, figure: Figure, source: Source | undefined): void {
  const {analysis} = card
  const claim = analysis.claims.find((candidate) => candidate.id === figure.claim)
  // The figure's own words keep its qualifiers (`bis zu`, `rund`) as the article wrote them.
  card.block(`**${vscode.l10n.t('Figure')}** ${card.words(figure)}`, figureStatusLine(card, figure, claim))
  if (source) {
    card.rule()
    card.sourceLines(source, claim ? attributedBy(claim) : undefined)
    const others = claimsOf(analysis, source.id).filter((other) => other.id !== figure.claim)
    card.list(
      vscode.l10n.t('Other claims of this source'),
      others.map((other) => ({span: other}))
    )
  }
  if (figure.status === 'none' && !figure.ignored) card.actions(...fixLinks(card, figure))
  else card.actions(commandLink(vscode.l10n.t('Show in report'), SHOW_REPORT_COMMAND))
  card.finish()
}

/** The one line that says where the figure stands: its status, with how it got it. */
function figureStatusLine(card: Card, figure: Figure, claim: Claim | undefined): string {
  if (figure.ignored) return ignoredLine(card, figure)
  const status = figureStatusLabel(figure)
  const capitalised = status.charAt(0).toUpperCase() + status.slice(1)
  if (figure.status === 'named') return figure.via ? `${capitalised} · ${viaLabel(figure.via)}` : capitalised
  if (figure.status === 'vague') {
    const words = claim?.vagueSource ? `: ${escapeArticleText(claim.vagueSource.text)}` : ''
    return `${capitalised}${words}${claim ? ` · ${attributedBy(claim)}` : ''}`
  }
  return capitalised
}

/** Why an ignored figure needs no source: the marker on its line, or the workspace's list. */
function ignoredLine(card: Card, figure: Figure): string {
  const line = card.lineText(figure)
  const marker = /<!--\s*sourced-ignore\s*-->/i.test(line)
    ? IGNORE_MARKERS.html
    : /\[sourced-ignore\]/i.test(line)
      ? IGNORE_MARKERS.plain
      : undefined
  return marker
    ? vscode.l10n.t('Ignored: the line carries {0}', code(marker))
    : vscode.l10n.t('Ignored: listed in {0}', code('sourced.ignoredFigures'))
}

/** Add an attribution (the snippet as code), see every fix (ignoring among them), or the report. */
function fixLinks(card: Card, figure: Figure): string[] {
  const links: string[] = []
  const [snippet] = attributionSnippets(card.analysis.language)
  if (snippet !== undefined) {
    const offset = attributionOffset(card.analysis, card.text, figure)
    // Shown without its leading comma: it reads as the words to add, not as punctuation.
    const words = snippetPreview(snippet).replace(/^[\s,;]+/, '')
    const add = commandLink(vscode.l10n.t('Add attribution'), INSERT_ATTRIBUTION_COMMAND, [card.uri, offset, snippet])
    links.push(`${add} ${code(words)}`)
  }
  links.push(commandLink(vscode.l10n.t('Ignore…'), SHOW_FIXES_COMMAND, [card.uri, figure.start, figure.end]))
  links.push(commandLink(vscode.l10n.t('Show in report'), SHOW_REPORT_COMMAND))
  return links
}

function sourceCard(card: Card, source: Source): void {
  const {analysis} = card
  const claims = claimsOf(analysis, source.id)
  const figures = figuresOf(analysis, source.id)
  card.sourceLines(source)
  card.block(
    [
      countLabel('mentions', source.mentions.length),
      countLabel('claims', claims.length),
      countLabel('figures', figures.length)
    ].join(' · ')
  )
  card.list(
    vscode.l10n.t('Claims'),
    claims.map((claim) => ({span: claim, detail: claimKindLabel(claim.kind)}))
  )
  card.list(
    vscode.l10n.t('Figures'),
    figures.map((figure) => ({span: figure, detail: figureStatusLabel(figure)}))
  )
  card.actions(commandLink(vscode.l10n.t('Show in report'), SHOW_REPORT_COMMAND))
  card.finish()
}

function claimCard(card: Card, claim: Claim, source: Source | undefined): void {
  const {analysis} = card
  card.block(
    `**${vscode.l10n.t('Claim')}** ${card.claimWords(claim, 120)}`,
    `${claimKindLabel(claim.kind)} · ${attributedBy(claim)}`
  )
  if (source) {
    card.rule()
    card.sourceLines(source)
  } else if (claim.vagueSource) {
    card.block(`${vscode.l10n.t('Vague source')}: ${escapeArticleText(claim.vagueSource.text)}`)
  } else {
    card.block(vscode.l10n.t('The source of this claim is not named.'))
  }
  const figures = analysis.figures.filter((figure) => claim.figures.includes(figure.id))
  card.list(
    vscode.l10n.t('Figures'),
    figures.map((figure) => ({span: figure, detail: figureStatusLabel(figure)}))
  )
  card.finish()
}
