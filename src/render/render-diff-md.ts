/** The diff as Markdown: a report for a pull-request comment or the GitHub step summary. */
import type { AskDiff, DiffStatus, LetterDiff, WordChange } from '../model/diff-schema.js';
import { summaryLine } from '../diff/count-changes.js';
import { loadLabels } from './load-labels.js';
import { evidenceLine, phraseChange } from './phrase-diff-notes.js';
import { placeOf, referenceName, sanitizeDiff } from './render-diff-text.js';

/** Letter text is data: every character Markdown could read as markup is escaped. */
export const escapeMd = (s: string): string =>
  s.replace(/\s+/gu, ' ').replace(/[\\`*_~[\]<>|#!]/gu, (ch) => `\\${ch}`);

const wordDiffMd = (words: readonly WordChange[]): string =>
  words
    .map((w) => {
      const text = escapeMd(w.text);
      if (w.op === 'same' || !text.trim()) return w.op === 'removed' ? '' : text;
      const core = text.trim();
      const lead = text.startsWith(' ') ? ' ' : '';
      const tail = text.endsWith(' ') ? ' ' : '';
      return `${lead}${w.op === 'added' ? `**${core}**` : `~~${core}~~`}${tail}`;
    })
    .join('');

const LABEL: Record<DiffStatus, string> = {
  changed: 'Changed',
  new: 'New',
  dropped: 'Dropped',
  kept: 'Kept',
};
const code = (s: string) => `\`${s.replace(/`/gu, "'")}\``;
const titleOf = (t: { title: string | null } | null) => (t ? escapeMd(t.title ?? '(opening)') : '');

function askItem(diff: LetterDiff, a: AskDiff): string[] {
  const text =
    a.status === 'changed' && a.words ? wordDiffMd(a.words) : escapeMd((a.new ?? a.old)?.text ?? '');
  const lines = [`- ${code(placeOf(diff, a))} ${text}`];
  if (a.status !== 'kept' && a.evidence.length) {
    const why = evidenceLine(a.evidence, 'ask', loadLabels('en')); // the report is in English, its notes too
    lines.push(`  <sub>${a.old && a.new ? `score ${a.score.toFixed(2)} · ` : ''}${escapeMd(why)}</sub>`);
  }
  return lines;
}

export function renderDiffMarkdown(input: LetterDiff): string {
  const diff = sanitizeDiff(input);
  const side = (s: LetterDiff['old']) => `${escapeMd(s.title ?? s.path)}${s.date ? ` (${s.date})` : ''}`;
  const s = diff.summary;
  const out = [
    `## Positions: ${side(diff.old)} → ${side(diff.new)}`,
    '',
    `${code(diff.old.input)} → ${code(diff.new.input)}`,
    '',
    '| | kept | changed | new | dropped |',
    '|---|---:|---:|---:|---:|',
    ...(['asks', 'themes', 'figures'] as const).map(
      (k) => `| ${k} | ${s[k].kept} | ${s[k].changed} | ${s[k].new} | ${s[k].dropped} |`,
    ),
    '',
    `References: **+${s.references.added}** added, **−${s.references.removed}** removed, ${s.references.kept} in both.`,
  ];
  const asks = diff.asks.filter((a) => a.status !== 'kept');
  if (asks.length) {
    out.push('', '### Asks');
    for (const status of ['changed', 'new', 'dropped'] as const) {
      const group = asks.filter((a) => a.status === status);
      if (group.length) out.push('', `**${LABEL[status]}**`, '', ...group.flatMap((a) => askItem(diff, a)));
    }
  }
  out.push('', '### Themes', '', '| status | old | new | score | why |', '|---|---|---|---:|---|');
  for (const t of [...diff.themes].sort((x, y) => ORDER.indexOf(x.status) - ORDER.indexOf(y.status))) {
    const labels = loadLabels('en');
    const why = [
      ...t.changes.map((change) => phraseChange(change, t, labels)),
      ...(t.evidence.length ? [evidenceLine(t.evidence, 'theme', labels)] : []),
      ...t.related.map((r) => `related ${r.side} theme “${r.title ?? '(opening)'}” (${r.score.toFixed(2)})`),
    ];
    const cell = escapeMd(why.join('; '));
    out.push(
      `| ${t.status} | ${titleOf(t.old)} | ${titleOf(t.new)} | ${t.old && t.new ? t.score.toFixed(2) : ''} | ${cell} |`,
    );
  }
  const { added, removed } = diff.references;
  if (added.length || removed.length) {
    out.push('', '### References', '', '| | kind | reference | where |', '|---|---|---|---|');
    for (const r of added)
      out.push(
        `| + | ${r.kind} | ${escapeMd(referenceName(r))} | ${code(`${diff.new.path}:${r.position.start.line}`)} |`,
      );
    for (const r of removed)
      out.push(
        `| − | ${r.kind} | ${escapeMd(referenceName(r))} | ${code(`${diff.old.path}:${r.position.start.line}`)} |`,
      );
  }
  const figures = diff.figures.filter((f) => f.status !== 'kept');
  if (figures.length) {
    out.push('', '### Figures', '');
    for (const f of figures) {
      const what =
        f.old && f.new
          ? `${escapeMd(f.old.text)} → **${escapeMd(f.new.text)}**`
          : escapeMd((f.new ?? f.old)?.text ?? '');
      out.push(`- ${f.status}: ${what} ${code(placeOf(diff, f))}`);
    }
  }
  out.push('', summaryLine(diff));
  return `${out.join('\n')}\n`;
}

const ORDER: DiffStatus[] = ['changed', 'new', 'dropped', 'kept'];
