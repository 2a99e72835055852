/**
 * The diff for a terminal: a header naming both letters once, then the asks, themes, references and figures
 * grouped by status, each item with its line ("regel 57") and wrapped to the terminal's width. A changed ask
 * shows its new and its old text, the differing words coloured on a terminal (never marked up in plain text);
 * evidence is in words, scores are left to the JSON.
 */
import type { ChalkInstance } from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import type { AskDiff, DiffStatus, LetterDiff, ThemeDiff } from '../model/diff-schema.js';
import { markedText, placeOf, referenceName, sanitizeDiff, wordsDiffer } from './describe-diff-items.js';
import { fillLabel } from './fill-label.js';
import { formatDate } from './format-date.js';
import { loadLabels, type Labels, type Lang } from './load-labels.js';
import { evidenceLine, phraseAskChanges, phraseChange, swappedDates } from './phrase-diff-notes.js';
import { summaryLine } from './phrase-diff-summary.js';
import { wrapText } from './wrap-text.js';

export interface DiffReportOptions {
  /** the language of the report's words (default nl) */
  lang?: Lang;
  /** the width to wrap text lines at (default 80) */
  width?: number;
}

const ORDER: DiffStatus[] = ['changed', 'new', 'dropped', 'kept'];

/** What a report renders with: the cleaned diff, its words, colours and width. */
interface Report {
  diff: LetterDiff;
  labels: Labels;
  c: ChalkInstance;
  width: number;
}

function statusColour(status: DiffStatus, c: ChalkInstance): (s: string) => string {
  return { changed: c.yellow, new: c.green, dropped: c.red, kept: c.dim }[status];
}

/**
 * A line after `lead` (spaces, or a coloured status), wrapped to the width with its continuation lines hung
 * `hang` columns further in than the text starts.
 */
function wrapped(r: Report, lead: number | string, text: string, hang = 2): string {
  const start = typeof lead === 'number' ? ' '.repeat(lead) : lead;
  return `${start}${wrapText(text, r.width, stripVTControlCharacters(start).length + hang)}`;
}

/** The theme's title, or the opening's name. */
const themeName = (t: { title: string | null } | null, labels: Labels) =>
  t ? (t.title ?? labels.diff.opening) : '';

function themeLines(r: Report, t: ThemeDiff): string[] {
  const { labels, c } = r;
  const [was, now] = [themeName(t.old, labels), themeName(t.new, labels)];
  const title = t.old && t.new && was !== now ? `${was} → ${now}` : now || was;
  const lines = [wrapped(r, 4, `${c.cyan(placeOf(t, labels))}: ${title}`, 4)];
  if (t.status === 'kept') {
    if (t.edited) lines.push(wrapped(r, 6, c.dim(labels.report.edited)));
    return lines;
  }
  for (const change of t.changes)
    lines.push(wrapped(r, 6, `${statusColour(t.status, c)('·')} ${phraseChange(change, t, labels)}`));
  const why = evidenceLine(t.evidence, 'theme', labels);
  if (why) lines.push(wrapped(r, 6, c.dim(why)));
  for (const rel of t.related)
    lines.push(
      wrapped(
        r,
        6,
        c.dim(fillLabel(labels.report[`related-${rel.side}`], { title: `“${themeName(rel, labels)}”` })),
      ),
    );
  return lines;
}

function askLines(r: Report, a: AskDiff): string[] {
  const { labels, c } = r;
  const words = a.status === 'changed' && wordsDiffer(a.words) ? a.words : null;
  const text = words ? markedText(words, 'new', (s) => c.green(s)) : ((a.new ?? a.old)?.text ?? '');
  const lines = [wrapped(r, 4, `${c.cyan(placeOf(a, labels))}: ${text}`, 4)];
  if (words) lines.push(wrapped(r, 6, `${labels.report.was}: ${markedText(words, 'old', (s) => c.red(s))}`));
  for (const change of phraseAskChanges(a, labels))
    lines.push(wrapped(r, 6, `${statusColour(a.status, c)('·')} ${change}`));
  if (a.status !== 'kept' && a.evidence.length)
    lines.push(wrapped(r, 6, c.dim(evidenceLine(a.evidence, 'ask', labels))));
  return lines;
}

/** Appends a section to `out`, line by line (a letter may hold 100,000 asks: no spreading of the lines). */
function addSection<T extends { status: DiffStatus }>(
  out: string[],
  r: Report,
  title: string,
  items: readonly T[],
  lines: (x: T) => string[],
): void {
  if (!items.length) return;
  out.push('', r.c.bold(title));
  for (const status of ORDER) {
    const group = items.filter((i) => i.status === status);
    if (!group.length) continue;
    out.push(`  ${statusColour(status, r.c)(`${r.labels.report.status[status]} (${group.length})`)}`);
    for (const item of group) for (const line of lines(item)) out.push(line);
  }
}

/** The two letters, by title and date, and the files the lines point into; a warning when they seem swapped. */
function header(r: Report): string[] {
  const { diff, labels, c } = r;
  const words = labels.report;
  const title = (s: LetterDiff['old']) => {
    const date = formatDate(s.date, labels)?.text;
    return `${s.title ?? s.path}${date ? ` (${date})` : ''}`;
  };
  const width = Math.max(words.old.length, words.new.length) + 1;
  const file = (name: string, s: LetterDiff['old']) =>
    `  ${`${name}:`.padEnd(width)} ${s.path}${s.input !== s.path ? c.dim(` (${fillLabel(words.model, { input: s.input })})`) : ''}`;
  const swapped = swappedDates(diff, labels);
  return [
    c.bold(`${words.heading}: ${title(diff.old)} → ${title(diff.new)}`),
    file(words.old, diff.old),
    file(words.new, diff.new),
    ...(swapped ? [c.yellow(`  ⚠ ${swapped}`)] : []),
  ];
}

export function renderDiffText(input: LetterDiff, c: ChalkInstance, options: DiffReportOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const r: Report = { diff: sanitizeDiff(input), labels: loadLabels(lang), c, width: options.width ?? 80 };
  const { diff, labels } = r;
  const words = labels.report;
  const out = header(r);
  addSection(out, r, words.asks, diff.asks, (a) => askLines(r, a));
  addSection(out, r, words.themes, diff.themes, (t) => themeLines(r, t));
  const { added, removed } = diff.references;
  if (added.length || removed.length) {
    out.push('', c.bold(words.references));
    const line = (sign: string, place: string, ref: (typeof added)[number]) =>
      wrapped(
        r,
        2,
        `${sign} ${c.cyan(place)}: ${referenceName(ref)} ${c.dim(`· ${labels.referenceKinds[ref.kind]}`)}`,
        4,
      );
    for (const ref of added) out.push(line(c.green('+'), placeOf({ old: null, new: ref }, labels), ref));
    for (const ref of removed) out.push(line(c.red('−'), placeOf({ old: ref, new: null }, labels), ref));
  }
  const figures = diff.figures.filter((f) => f.status !== 'kept');
  if (figures.length) {
    out.push('', c.bold(words.figures));
    const pad = Math.max(...figures.map((f) => words.status[f.status].length));
    for (const f of figures) {
      const what = f.old && f.new ? `${f.old.text} → ${f.new.text}` : (f.new ?? f.old)?.text;
      const status = statusColour(f.status, c)(words.status[f.status].padEnd(pad));
      out.push(wrapped(r, `  ${status} `, `${c.cyan(placeOf(f, labels))}: ${what}`));
    }
  }
  out.push('', summaryLine(diff, lang));
  return `${out.join('\n')}\n`;
}
