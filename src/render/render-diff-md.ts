/**
 * The diff as Markdown: a report for a pull-request comment or the GitHub step summary. Both letters are named
 * once at the top; each item has its line. A changed ask shows its new text with the added words in bold and
 * its old text with the removed words struck through; evidence is in words, scores are left to the JSON.
 */
import type { AskDiff, DiffStatus, LetterDiff, ThemeDiff } from '../model/diff-schema.js';
import { markedText, placeOf, referenceName, sanitizeDiff, wordsDiffer } from './describe-diff-items.js';
import { fillLabel } from './fill-label.js';
import { formatDate } from './format-date.js';
import { loadLabels, type Labels } from './load-labels.js';
import { evidenceLine, phraseAskChanges, phraseChange, swappedDates } from './phrase-diff-notes.js';
import { summaryLine } from './phrase-diff-summary.js';
import type { DiffReportOptions } from './render-diff-text.js';

/** Letter text is data: every character Markdown could read as markup is escaped. */
export const escapeMd = (s: string): string =>
  s.replace(/\s+/gu, ' ').replace(/[\\`*_~[\]<>|#!]/gu, (ch) => `\\${ch}`);

const ORDER: DiffStatus[] = ['changed', 'new', 'dropped', 'kept'];
/** The columns of the counts table, as the summary line counts. */
const COUNTED: DiffStatus[] = ['kept', 'changed', 'new', 'dropped'];
const code = (s: string) => `\`${s.replace(/`/gu, "'")}\``;
const titleOf = (t: { title: string | null } | null, labels: Labels) =>
  t ? escapeMd(t.title ?? labels.diff.opening) : '';
const upfirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function askItem(a: AskDiff, labels: Labels): string[] {
  const words = a.status === 'changed' && wordsDiffer(a.words) ? a.words : null;
  const text = words
    ? markedText(words, 'new', (s) => `**${s}**`, escapeMd)
    : escapeMd((a.new ?? a.old)?.text ?? '');
  const lines = [`- ${placeOf(a, labels)}: ${text}`];
  if (words) lines.push(`  - ${labels.report.was}: ${markedText(words, 'old', (s) => `~~${s}~~`, escapeMd)}`);
  for (const change of phraseAskChanges(a, labels)) lines.push(`  - ${escapeMd(change)}`);
  if (a.status !== 'kept' && a.evidence.length)
    lines.push(`  - <sub>${escapeMd(evidenceLine(a.evidence, 'ask', labels))}</sub>`);
  return lines;
}

function themeRow(t: ThemeDiff, labels: Labels): string {
  const why = [
    ...t.changes.map((change) => phraseChange(change, t, labels)),
    ...(t.evidence.length ? [evidenceLine(t.evidence, 'theme', labels)] : []),
    ...t.related.map((r) =>
      fillLabel(labels.report[`related-${r.side}`], { title: `“${r.title ?? labels.diff.opening}”` }),
    ),
  ];
  const status = labels.report.status[t.status];
  return `| ${status} | ${placeOf(t, labels)} | ${titleOf(t.old, labels)} | ${titleOf(t.new, labels)} | ${escapeMd(why.join('; '))} |`;
}

/** The two letters by title and date, the files their lines are in, and a warning when they seem swapped. */
function header(diff: LetterDiff, labels: Labels): string[] {
  const words = labels.report;
  const title = (s: LetterDiff['old']) => {
    const date = formatDate(s.date, labels)?.text;
    return `${escapeMd(s.title ?? s.path)}${date ? ` (${date})` : ''}`;
  };
  const file = (name: string, s: LetterDiff['old']) =>
    `- **${name}:** ${code(s.path)}${s.input !== s.path ? ` (${escapeMd(fillLabel(words.model, { input: s.input }))})` : ''}`;
  const swapped = swappedDates(diff, labels);
  return [
    `## ${words.heading}: ${title(diff.old)} → ${title(diff.new)}`,
    '',
    file(words.old, diff.old),
    file(words.new, diff.new),
    ...(swapped ? ['', `> ⚠ ${escapeMd(swapped)}`] : []),
  ];
}

export function renderDiffMarkdown(input: LetterDiff, options: DiffReportOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const diff = sanitizeDiff(input);
  const labels = loadLabels(lang);
  const words = labels.report;
  const s = diff.summary;
  const out = [
    ...header(diff, labels),
    '',
    `| | ${COUNTED.map((x) => words.status[x]).join(' | ')} |`,
    '|---|---:|---:|---:|---:|',
    ...(['asks', 'themes', 'figures'] as const).map(
      (k) => `| ${words[k]} | ${s[k].kept} | ${s[k].changed} | ${s[k].new} | ${s[k].dropped} |`,
    ),
    '',
    `${words.references}: ${fillLabel(words.referenceCounts, {
      added: `**+${s.references.added}**`,
      removed: `**−${s.references.removed}**`,
      kept: String(s.references.kept),
    })}.`,
  ];
  const asks = diff.asks.filter((a) => a.status !== 'kept');
  if (asks.length) {
    out.push('', `### ${words.asks}`);
    for (const status of ORDER) {
      const group = asks.filter((a) => a.status === status);
      if (group.length)
        out.push('', `**${upfirst(words.status[status])}**`, '', ...group.flatMap((a) => askItem(a, labels)));
    }
  }
  if (diff.themes.length) {
    out.push(
      '',
      `### ${words.themes}`,
      '',
      `| status | ${words.lineColumn} | ${words.old} | ${words.new} | ${words.why} |`,
      '|---|---|---|---|---|',
    );
    for (const t of [...diff.themes].sort((x, y) => ORDER.indexOf(x.status) - ORDER.indexOf(y.status)))
      out.push(themeRow(t, labels));
  }
  const { added, removed } = diff.references;
  if (added.length || removed.length) {
    out.push(
      '',
      `### ${words.references}`,
      '',
      `| | ${words.kind} | ${words.reference} | ${words.lineColumn} |`,
      '|---|---|---|---|',
    );
    const row = (sign: string, place: string, r: (typeof added)[number]) =>
      `| ${sign} | ${labels.referenceKinds[r.kind]} | ${escapeMd(referenceName(r))} | ${place} |`;
    for (const r of added) out.push(row('+', placeOf({ old: null, new: r }, labels), r));
    for (const r of removed) out.push(row('−', placeOf({ old: r, new: null }, labels), r));
  }
  const figures = diff.figures.filter((f) => f.status !== 'kept');
  if (figures.length) {
    out.push('', `### ${words.figures}`, '');
    for (const f of figures) {
      const what =
        f.old && f.new
          ? `${escapeMd(f.old.text)} → **${escapeMd(f.new.text)}**`
          : escapeMd((f.new ?? f.old)?.text ?? '');
      out.push(`- ${words.status[f.status]}: ${what} (${placeOf(f, labels)})`);
    }
  }
  out.push('', summaryLine(diff, lang));
  return `${out.join('\n')}\n`;
}
