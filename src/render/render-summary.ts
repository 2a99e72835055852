/** A short readable summary of a parsed letter for the terminal: metadata, the theme tree, asks and references. */
import type { ChalkInstance } from 'chalk';
import type { Ask, Letter, Theme } from '../model/schema.js';
import { escapeControls, sanitizeData } from './escape-output.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** How the summary counts diagnostics: an info is a note, never a warning. */
const SEVERITY_NOUN = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The summary; letter text and the path reach it without control sequences, whatever the letter holds. */
export function renderSummary(input: Letter, c: ChalkInstance): string {
  const letter = sanitizeData(input);
  const { meta, source } = letter;
  const out: string[] = [];
  out.push(c.bold(meta.title ?? '(no title)'));
  const facts = [
    meta.date && `date ${meta.date}`,
    `kind ${meta.kind}`,
    meta.sender && `from ${meta.sender}`,
    meta.addressees.length > 0 && `to ${meta.addressees.join('; ')}`,
    meta.debate && `debate ${meta.debate.name}${meta.debate.date ? ` (${meta.debate.date})` : ''}`,
  ].filter(Boolean);
  out.push(c.dim(facts.join(' · ')));
  out.push(
    c.dim(
      `${escapeControls(input.source.path)} · ${source.origin ? `${source.origin} → ` : ''}${source.format} · ${source.encoding}`,
    ),
    '',
  );
  out.push(c.bold(`Themes (${letter.themes.filter((t) => t.title).length})`));
  const asksIn = groupBy(letter.asks.map((a) => [a.themeId, a] as const));
  for (const theme of letter.themes) addThemeLines(out, theme, asksIn.get(theme.id) ?? [], c);
  const refs = groupBy(letter.references.map((r) => [r.kind, r.text] as const));
  if (refs.size) {
    out.push('', c.bold(`References (${letter.references.length})`));
    for (const [kind, texts] of refs)
      out.push(`  ${c.cyan(kind.padEnd(12))} ${[...new Set(texts)].join('; ')}`);
  }
  if (letter.figures.length) {
    out.push('', c.bold(`Figures (${letter.figures.length})`));
    for (const f of letter.figures) out.push(`  ${c.cyan(f.kind.padEnd(12))} ${f.text}`);
  }
  const notes = [
    letter.source.repairs.length && plural(letter.source.repairs.length, 'repair', 'repairs'),
    letter.source.discarded.length &&
      plural(letter.source.discarded.length, 'line set aside', 'lines set aside'),
    ...(['error', 'warning', 'info'] as const).map((severity) => {
      const n = letter.diagnostics.filter((d) => d.severity === severity).length;
      return n > 0 && plural(n, SEVERITY_NOUN[severity], `${SEVERITY_NOUN[severity]}s`);
    }),
  ].filter(Boolean);
  if (notes.length) out.push('', c.dim(notes.join(' · ')));
  return `${out.join('\n')}\n`;
}

/** Deeper levels are indented as this one: a model may give any level, the terminal has a width. */
const MAX_INDENT_LEVEL = 8;

/** Appends a theme's line and its asks' lines to `out` (appended one by one: a theme may hold 100,000 asks). */
function addThemeLines(out: string[], theme: Theme, asks: readonly Ask[], c: ChalkInstance): void {
  const level = Number.isFinite(theme.level) ? theme.level : 1;
  const indent = '  '.repeat(Math.min(MAX_INDENT_LEVEL, Math.max(1, level)));
  const title = theme.title ? theme.title : c.italic('(opening)');
  out.push(`${indent}${title} ${c.dim(`· ${plural(theme.blocks.length, 'block', 'blocks')}`)}`);
  for (const a of asks) {
    // who must act, how firmly, and who asks when it is not the writer
    const about = [a.addressee && `→ ${a.addressee}`, a.firmness, a.requester, a.repeated && 'again'];
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
