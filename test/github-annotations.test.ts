/**
 * `diff --format github` within GitHub's limits: at most 10 annotations of each kind per step, the rest stood
 * for by the tenth and listed in the step summary ($GITHUB_STEP_SUMMARY), which is appended to, never replaced.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-github-'));
const SUBJECTS =
  'opvang woningbouw jeugdzorg armoede schulden energie vervoer onderwijs sport cultuur veiligheid zorg natuur water afval digitalisering'.split(
    ' ',
  );
const letter = (name: string, date: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, `Datum\n${date}\n\nGeachte leden,\n\n${body}\n\nMet vriendelijke groet,\n\nVNG\n`);
  return path;
};
/** 16 asks, all dropped by the new letter, which asks one new thing */
const OLD = letter(
  'veel.txt',
  '1 maart 2023',
  `Woningbouw en opvang\n\nDe VNG vraagt u:\n\n${SUBJECTS.map((s) => `➔ Zorg voor structurele middelen voor ${s} in elke gemeente`).join('\n')}`,
);
const NEW = letter(
  'klimaat.txt',
  '1 maart 2024',
  'Klimaat\n\nWij vragen u de klimaatdoelen te halen met extra geld voor isolatie.',
);

describe('diff --format github: GitHub’s limit of 10 annotations a kind', () => {
  it('shows 9, and a tenth that says how many more and names them', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '## Earlier step\n');
    const r = await runCli(['diff', OLD, NEW, '--format', 'github', '--fail-on', 'dropped', '-q'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((l) => l.startsWith(`::error file=${NEW},line=`))).toBe(true);
    // 16 dropped asks and the dropped theme fail: 9 shown, 8 in the tenth
    const more = errors[9]!;
    expect(more).toMatch(/^::error title=8 meer::GitHub toont 10 annotaties per soort; /u);
    expect(more.split('%0A')).toHaveLength(9);
    expect(more).toContain('%0Aregel 19 (oud): Vraag vervallen: Zorg voor structurele middelen voor cultuur');
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(1);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('## Earlier step\n### Niet als annotatie getoond (8)\n\n')).toBe(true);
    expect(written).toContain(
      '- **Vraag vervallen** · regel 19 (oud): Zorg voor structurele middelen voor cultuur',
    );
    expect(written).toContain('- **Thema vervallen** · regel 6 (oud): Woningbouw en opvang');
    expect(written.match(/^- \*\*/gmu)).toHaveLength(8);
  });

  it('all of them, and no step summary, when they fit', async () => {
    const summary = join(dir, 'untouched.md');
    writeFileSync(summary, '');
    const r = await runCli(['diff', NEW, OLD, '--format', 'github', '-q'], { GITHUB_STEP_SUMMARY: summary });
    // 16 new asks are notices; nothing fails
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(10);
    expect(notices[9]).toMatch(/^::notice title=7 meer::/u);
    expect(readFileSync(summary, 'utf8')).toContain('(7)');
    const fits = await runCli(['diff', OLD, OLD, '--format', 'github', '-q'], {
      GITHUB_STEP_SUMMARY: join(dir, 'none.md'),
    });
    expect(fits.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(() => readFileSync(join(dir, 'none.md'))).toThrow();
  });
});
