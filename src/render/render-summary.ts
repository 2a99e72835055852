/**
 * A short readable summary of a parsed letter for the terminal, in the labels' words: metadata, the theme tree,
 * asks (whom they ask, how firmly, who asks) and references.
 */
import type { ChalkInstance } from 'chalk';
import type { Ask, Letter, Theme } from '../model/schema.js';
import { foldSpace } from '../text/fold-space.js';
import { askedBy } from './asked-by.js';
import { escapeControls, sanitizeData } from './escape-output.js';
import { fillLabel } from './fill-label.js';
import { countIn, loadLabels, type Labels, type Lang } from './load-labels.js';

/** How the summary counts diagnostics: an info is a note, never a warning. */
const SEVERITY_NOUN = { error: 'errors', warning: 'warnings', info: 'notes' } as const;

/** "debat Mensenhandel" says itself what it is: "debat {name}" would say "debat" twice. */
const namesItself = (name: string, label: string): boolean =>
  name.toLowerCase().startsWith(label.replace('{name}', '').trim().toLowerCase());

/**
 * The summary; letter text and the path reach it without control sequences, whatever the letter holds.
 * Standard input is named in words, as the brief's footer names it.
 */
export function renderSummary(input: Letter, c: ChalkInstance, lang: Lang = 'nl'): string {
  const letter = sanitizeData(input);
  const labels = loadLabels(lang);
  const words = labels.summary;
  const { meta, source } = letter;
  const out: string[] = [];
  out.push(c.bold(meta.title ?? words.noTitle));
  const debate = meta.debate && `${meta.debate.name}${meta.debate.date ? ` (${meta.debate.date})` : ''}`;
  const facts = [
    meta.date && fillLabel(words.date, { date: meta.date }),
    fillLabel(words.kind, { kind: labels.letterKinds[meta.kind] }),
    meta.sender && fillLabel(words.from, { sender: meta.sender }),
    meta.addressees.length > 0 && fillLabel(words.to, { list: meta.addressees.join('; ') }),
    debate && (namesItself(debate, words.debate) ? debate : fillLabel(words.debate, { name: debate })),
  ].filter(Boolean);
  out.push(c.dim(facts.join(' · ')));
  out.push(
    c.dim(
      `${input.source.path === '-' ? labels.stdin : escapeControls(input.source.path)} · ${source.origin ? `${source.origin} → ` : ''}${source.format} · ${source.encoding}`,
    ),
    '',
  );
  // the count is of the lines listed below it, the opening (text before the first heading) included
  out.push(c.bold(fillLabel(words.themes, { count: String(letter.themes.length) })));
  const asksIn = groupBy(letter.asks.map((a) => [a.themeId, a] as const));
  for (const theme of letter.themes) addThemeLines(out, letter, theme, asksIn.get(theme.id) ?? [], c, labels);
  const refs = groupBy(
    letter.references.map((r) => [labels.referenceKinds[r.kind], foldSpace(r.text)] as const),
  );
  const pad = Math.max(12, ...[...refs.keys()].map((k) => k.length));
  if (refs.size) {
    out.push('', c.bold(fillLabel(words.references, { count: String(letter.references.length) })));
    for (const [kind, texts] of refs)
      out.push(`  ${c.cyan(kind.padEnd(pad))} ${[...new Set(texts)].join('; ')}`);
  }
  if (letter.figures.length) {
    out.push('', c.bold(fillLabel(words.figures, { count: String(letter.figures.length) })));
    for (const f of letter.figures)
      out.push(`  ${c.cyan(labels.figureKinds[f.kind].padEnd(pad))} ${foldSpace(f.text)}`);
  }
  const notes = [
    letter.source.repairs.length && countIn(words.repairs, letter.source.repairs.length),
    letter.source.discarded.length && countIn(words.setAside, letter.source.discarded.length),
    ...(['error', 'warning', 'info'] as const).map((severity) => {
      const n = letter.diagnostics.filter((d) => d.severity === severity).length;
      return n > 0 && countIn(words[SEVERITY_NOUN[severity]], n);
    }),
  ].filter(Boolean);
  if (notes.length) out.push('', c.dim(notes.join(' · ')));
  return `${out.join('\n')}\n`;
}

/** Deeper levels are indented as this one: a model may give any level, the terminal has a width. */
const MAX_INDENT_LEVEL = 8;

/** Appends a theme's line and its asks' lines to `out` (appended one by one: a theme may hold 100,000 asks). */
function addThemeLines(
  out: string[],
  letter: Letter,
  theme: Theme,
  asks: readonly Ask[],
  c: ChalkInstance,
  labels: Labels,
): void {
  const level = Number.isFinite(theme.level) ? theme.level : 1;
  const indent = '  '.repeat(Math.min(MAX_INDENT_LEVEL, Math.max(1, level)));
  const title = theme.title ? theme.title : c.italic(labels.summary.opening);
  out.push(`${indent}${title} ${c.dim(`· ${countIn(labels.summary.blocks, theme.blocks.length)}`)}`);
  for (const a of asks) {
    // who must act, how firmly, and who asks when it is not the writer
    const about = [
      a.addressee && (labels.askedOf[a.addressee as keyof Labels['askedOf']] ?? a.addressee),
      labels.firmness[a.firmness],
      askedBy(letter, a.requester, labels),
      a.repeated && labels.summary.again,
    ];
    out.push(
      `${indent}  ${c.green(a.marker === 'arrow' ? '➔' : a.marker === 'bullet' ? '•' : '»')} ${a.plain} ${c.dim(`[${about.filter(Boolean).join(' · ')}]`)}`,
    );
  }
}

function groupBy<T>(pairs: (readonly [string, T])[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [k, v] of pairs) {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  }
  return map;
}
