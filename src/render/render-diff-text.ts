/** The diff for a terminal: grouped by status, each line with its place (file:line) in the new or old letter. */
import type { ChalkInstance } from 'chalk';
import type { AskDiff, DiffStatus, LetterDiff, ThemeDiff, WordChange } from '../model/diff-schema.js';
import { summaryLine } from '../diff/count-changes.js';
import { sanitizeData, stripControls } from './escape-output.js';
import { loadLabels } from './load-labels.js';
import { evidenceLine, phraseChange } from './phrase-diff-notes.js';

const ORDER: DiffStatus[] = ['changed', 'new', 'dropped', 'kept'];

/**
 * The diff as every report shows it: letter text without control sequences, and each side's file names on one
 * line (a name may hold a line break), so that no letter or file can steer the terminal or the report's layout.
 */
export function sanitizeDiff(diff: LetterDiff): LetterDiff {
  const side = (s: LetterDiff['old']) => ({
    ...s,
    path: stripControls(s.path, { oneLine: true }),
    input: stripControls(s.input, { oneLine: true }),
  });
  const clean = sanitizeData(diff);
  return { ...clean, old: side(clean.old), new: side(clean.new) };
}

/** "path:line" in the new letter, or in the old one for what was dropped. */
export function placeOf(
  diff: LetterDiff,
  item: {
    old: { position: { start: { line: number } } } | null;
    new: { position: { start: { line: number } } } | null;
  },
): string {
  return item.new
    ? `${diff.new.path}:${item.new.position.start.line}`
    : `${diff.old.path}:${item.old?.position.start.line ?? 1}`;
}

const themeName = (t: { title: string | null } | null) => (t ? (t.title ?? '(opening)') : '');

/** git --word-diff style, which reads without colour too. */
export function wordDiffText(words: readonly WordChange[], c: ChalkInstance): string {
  return words
    .map((w) =>
      w.op === 'added' ? c.green(`{+${w.text}+}`) : w.op === 'removed' ? c.red(`[-${w.text}-]`) : w.text,
    )
    .join('')
    .replace(/\s+/gu, ' ');
}

function statusColour(status: DiffStatus, c: ChalkInstance): (s: string) => string {
  return { changed: c.yellow, new: c.green, dropped: c.red, kept: c.dim }[status];
}

function themeLines(diff: LetterDiff, t: ThemeDiff, c: ChalkInstance): string[] {
  const title =
    t.status === 'changed' || t.status === 'kept'
      ? themeName(t.old) === themeName(t.new)
        ? themeName(t.new)
        : `${themeName(t.old)} → ${themeName(t.new)}`
      : themeName(t.new ?? t.old);
  const lines = [`    ${c.cyan(placeOf(diff, t))}: ${title}`];
  if (t.status !== 'kept') {
    const labels = loadLabels('en'); // the report is in English, its notes too
    for (const change of t.changes)
      lines.push(`      ${statusColour(t.status, c)('·')} ${phraseChange(change, t, labels)}`);
    const why = evidenceLine(t.evidence, 'theme', labels);
    if (why) lines.push(c.dim(`      ${t.old && t.new ? `score ${t.score.toFixed(2)}: ` : ''}${why}`));
    for (const r of t.related)
      lines.push(c.dim(`      related ${r.side} theme ${themeName(r)} (${r.score.toFixed(2)})`));
  } else if (t.edited) lines.push(c.dim('      prose edited, positions unchanged'));
  return lines;
}

function askLines(diff: LetterDiff, a: AskDiff, c: ChalkInstance): string[] {
  const text = a.status === 'changed' && a.words ? wordDiffText(a.words, c) : ((a.new ?? a.old)?.text ?? '');
  const lines = [`    ${c.cyan(placeOf(diff, a))}: ${text}`];
  if (a.status !== 'kept' && a.evidence.length) {
    const why = evidenceLine(a.evidence, 'ask', loadLabels('en'));
    lines.push(c.dim(`      ${a.old && a.new ? `score ${a.score.toFixed(2)}: ` : ''}${why}`));
  }
  return lines;
}

/** Appends a section to `out`, line by line (a letter may hold 100,000 asks: no spreading of the lines). */
function addSection<T extends { status: DiffStatus }>(
  out: string[],
  title: string,
  items: readonly T[],
  lines: (x: T) => string[],
  c: ChalkInstance,
): void {
  if (!items.length) return;
  out.push('', c.bold(title));
  for (const status of ORDER) {
    const group = items.filter((i) => i.status === status);
    if (!group.length) continue;
    out.push(`  ${statusColour(status, c)(`${status} (${group.length})`)}`);
    for (const item of group) for (const line of lines(item)) out.push(line);
  }
}

export function renderDiffText(input: LetterDiff, c: ChalkInstance): string {
  const diff = sanitizeDiff(input);
  const side = (s: LetterDiff['old']) => `${s.title ?? s.path}${s.date ? ` (${s.date})` : ''}`;
  const out = [
    c.bold(`${side(diff.old)} → ${side(diff.new)}`),
    c.dim(`${diff.old.input} → ${diff.new.input}`),
  ];
  addSection(out, 'Themes', diff.themes, (t) => themeLines(diff, t, c), c);
  addSection(out, 'Asks', diff.asks, (a) => askLines(diff, a, c), c);
  const { added, removed } = diff.references;
  if (added.length || removed.length) {
    out.push('', c.bold('References'));
    for (const r of added)
      out.push(
        `  ${c.green('+')} ${c.cyan(`${diff.new.path}:${r.position.start.line}`)}: ${r.kind} ${referenceName(r)}`,
      );
    for (const r of removed)
      out.push(
        `  ${c.red('−')} ${c.cyan(`${diff.old.path}:${r.position.start.line}`)}: ${r.kind} ${referenceName(r)}`,
      );
  }
  const figures = diff.figures.filter((f) => f.status !== 'kept');
  if (figures.length) {
    out.push('', c.bold('Figures'));
    for (const f of figures) {
      const what = f.old && f.new ? `${f.old.text} → ${f.new.text}` : (f.new ?? f.old)?.text;
      out.push(`  ${statusColour(f.status, c)(f.status.padEnd(7))} ${c.cyan(placeOf(diff, f))}: ${what}`);
    }
  }
  out.push('', summaryLine(diff));
  return `${out.join('\n')}\n`;
}

/** "Wet gemeentelijk toezicht op seksbedrijven (Wgts)": the text, with the canonical name when it differs. */
export function referenceName(r: { text: string; name: string | null; id?: string | undefined }): string {
  const name = r.name && r.name.toLowerCase() !== r.text.toLowerCase() ? ` (${r.name})` : '';
  return `${r.text}${name}${r.id && !`${r.text}${name}`.includes(r.id) ? ` [${r.id}]` : ''}`;
}
