/** `vng-brief diff` in-process: formats, the summary line, exit codes, --fail-on, saved models, errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { main } from '../src/cli/main.js';
import { escapeData, escapeProperty } from '../src/render/render-diff-github.js';
import { LetterDiffSchema, jsonSchema } from '../src/index.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-diff-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const OLD = 'test/fixtures/diff/wonen-2023.txt';
const NEW = 'test/fixtures/diff/wonen-2025.txt';
const base = readFileSync(OLD, 'utf8');
/** the fixture with one theme added (no asks, no references, no figures) */
const withTheme = file(
  'with-theme.txt',
  base.replace(
    '\nU kunt altijd contact',
    '\nToezicht op kamerverhuur\n\nSteeds meer woningen worden per kamer verhuurd.\n\nU kunt altijd contact',
  ),
);
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');
const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);
/** The summary line in Dutch, the default, and in English. */
const SUMMARY =
  /^\d+ ongewijzigd, \d+ gewijzigd, \d+ nieuw, \d+ vervallen vragen(?:; \d+ gewijzigde? cijfers?)?; \+\d+ −\d+ verwijzingen$/u;
const SUMMARY_EN =
  /^\d+ kept, \d+ changed, \d+ new, \d+ dropped asks(?:; \d+ changed figures?)?; \+\d+ −\d+ references$/u;

describe('vng-brief diff: the example letters', () => {
  it('names both files once, in a header, and each item by its line', async () => {
    const r = await runCli(['diff', LETTER_2022, LETTER_2024]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Posities: VNG: Meer zicht nodig op mensenhandel \(18 februari 2022\) → /u);
    expect(lines.slice(1, 3)).toEqual([`  oud:   ${LETTER_2022}`, `  nieuw: ${LETTER_2024}`]);
    // each path once: the items have their lines only
    expect(r.stdout.split(LETTER_2024)).toHaveLength(2);
    expect(r.stdout.split(LETTER_2022)).toHaveLength(2);
    expect(r.stdout).toContain(
      '    regel 51 (oud 17): Wet regulering sekswerk snel behandelen → Wet\n        regulering sekswerk',
    );
    expect(r.stdout).toContain(
      '    regel 35: Versterk de capaciteit van AVIM om mensenhandel te bestrijden\n',
    );
    expect(r.stdout).toContain(
      '    regel 23 (oud): De VNG vraagt de aanbevelingen van de commissie-Roemer\n',
    );
    expect(lastLine(r.stdout)).toMatch(SUMMARY);
  });
  it('shows no scores and no git word-diff markup, in text and Markdown: the evidence is in words', async () => {
    for (const format of ['text', 'md']) {
      const r = await runCli(['diff', LETTER_2022, LETTER_2024, '--format', format]);
      expect(r.stdout, format).not.toMatch(/\b0\.\d\d\b|score/u);
      expect(r.stdout, format).not.toMatch(/\[-|-\]|\{\+|\+\}/u);
      expect(r.stdout, format).toMatch(/beide noemen Wet regulering sekswerk \(35715\)/u);
    }
    // the scores are in the JSON
    const json = JSON.parse((await runCli(['diff', LETTER_2022, LETTER_2024, '--format', 'json'])).stdout);
    expect(json.asks.find((a: { status: string }) => a.status === 'changed').score).toBeGreaterThan(0.35);
  });
  it('shows a changed ask as its new text and what it was, and one asked less firmly as such', async () => {
    const r = await runCli(['diff', LETTER_2022, LETTER_2024]);
    expect(r.stdout).toContain(
      [
        '    regel 57 (oud 19): Gemeenten hebben behoefte aan duidelijkheid over het',
        '        Wetsvoorstel regulering sekswerk.',
        '      was: We roepen daarom de Kamer op (nu het nieuwe kabinet aan de slag is)',
        '        de Wet regulering sekswerk (35715) snel te behandelen.',
        '      · minder dringend gevraagd: dringend verzocht → gevraagd',
      ].join('\n'),
    );
    const en = await runCli(['diff', LETTER_2022, LETTER_2024, '--lang', 'en']);
    expect(en.stdout).toContain('· asked less firmly: urged → asked');
  });
  it('in English with --lang en', async () => {
    const r = await runCli(['diff', LETTER_2022, LETTER_2024, '--lang', 'en']);
    expect(r.stdout).toMatch(/^Positions: .*\n {2}old: letters\//u);
    expect(r.stdout).toMatch(/\nRequests\n {2}changed \(2\)\n/u);
    expect(lastLine(r.stdout)).toMatch(SUMMARY_EN);
  });
  it('wraps to the width of the terminal', async () => {
    let stdout = '';
    await main(['node', 'vng-brief', 'diff', LETTER_2022, LETTER_2024, '-q'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: true, columns: 60 },
      stderr: { write: () => true, isTTY: false },
      env: { NO_COLOR: '1' },
    });
    const lines = stdout.trimEnd().split('\n').slice(3, -1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(lines.filter((l) => l.length > 50).length).toBeGreaterThan(10);
  });
  it('warns when the old letter is dated after the new one (the two swapped)', async () => {
    const r = await runCli(['diff', LETTER_2024, LETTER_2022]);
    expect(r.stdout.split('\n')[3]).toBe(
      '  ⚠ de oude brief (5 september 2024) is van na de nieuwe (18 februari 2022): staan ze in de goede volgorde?',
    );
    const md = await runCli(['diff', LETTER_2024, LETTER_2022, '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toContain(
      '> ⚠ the old letter (5 September 2024) is dated after the new one (18 February 2022)',
    );
    const json = await runCli(['diff', LETTER_2024, LETTER_2022, '--format', 'json']);
    expect(json.stderr).toContain('vng-brief: warning: de oude brief (5 september 2024) is van na de nieuwe');
    const github = await runCli(['diff', LETTER_2024, LETTER_2022, '--format', 'github']);
    expect(github.stdout.split('\n')[0]).toMatch(/^::warning::de oude brief/u);
    // in the right order: no warning
    const right = await runCli(['diff', LETTER_2022, LETTER_2024, '--format', 'json']);
    expect(right.stderr).not.toContain('vng-brief: warning:');
  });
  it('colours only on request', async () => {
    expect((await runCli(['diff', OLD, NEW], { FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect((await runCli(['diff', OLD, NEW], { NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
  });
});

describe('vng-brief diff: exit codes', () => {
  it('a letter against itself: everything kept, exit 0 with --exit-code', async () => {
    const r = await runCli(['diff', LETTER_2024, LETTER_2024, '--exit-code']);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toMatch(
      /^[1-9]\d* ongewijzigd, 0 gewijzigd, 0 nieuw, 0 vervallen vragen; \+0 −0 verwijzingen$/u,
    );
    expect(r.stdout).not.toMatch(/^ {2}(gewijzigd|nieuw|vervallen) \(/mu);
  });
  it('differences: 0 without flags, 1 with --exit-code, and the summary line stays last', async () => {
    expect((await runCli(['diff', OLD, NEW])).code).toBe(0);
    const r = await runCli(['diff', OLD, NEW, '--exit-code']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(SUMMARY);
    const json = await runCli(['diff', OLD, NEW, '--exit-code', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(json.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(json.stderr.trimEnd()).toMatch(SUMMARY);
  });
  it('--fail-on fails only for the statuses it names', async () => {
    expect((await runCli(['diff', OLD, withTheme, '--fail-on', 'dropped,changed'])).code).toBe(0);
    expect((await runCli(['diff', OLD, withTheme, '--fail-on', 'new'])).code).toBe(1);
    expect((await runCli(['diff', OLD, withTheme, '--fail-on', 'dropped', '--exit-code'])).code).toBe(0);
    expect((await runCli(['diff', OLD, NEW, '--fail-on', ' Dropped '])).code).toBe(1);
  });
  it('a bad --fail-on or --format is a usage error (exit 2)', async () => {
    const r = await runCli(['diff', OLD, NEW, '--fail-on', 'dropped,gone']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/changed, new, dropped \(not: gone\)/);
    expect((await runCli(['diff', OLD, NEW, '--fail-on', 'kept'])).code).toBe(2);
    expect((await runCli(['diff', OLD, NEW, '--format', 'html'])).code).toBe(2);
  });
});

describe('vng-brief diff: formats', () => {
  it('json: the model on stdout, the summary on stderr', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'json']);
    expect(r.code).toBe(0);
    const diff = LetterDiffSchema.parse(JSON.parse(r.stdout));
    expect(diff.summary.asks).toMatchObject({ changed: 1, new: 1 });
    expect(r.stderr.trimEnd()).toMatch(SUMMARY);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  it('yaml: the same model', async () => {
    const r = await runCli(['diff', OLD, NEW, '-f', 'yaml']);
    const json = await runCli(['diff', OLD, NEW, '--format', 'json']);
    expect(parseYaml(r.stdout)).toEqual(JSON.parse(json.stdout));
    expect(r.stderr.trimEnd()).toMatch(SUMMARY);
  });
  it('md: a report with a summary table, ending in the summary line', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'md']);
    expect(r.stdout).toMatch(/^## Posities: /);
    expect(r.stdout).toContain('| | ongewijzigd | gewijzigd | nieuw | vervallen |');
    expect(r.stdout).toContain('| Vragen | 2 | 1 | 1 | 3 |');
    expect(r.stdout).toContain('Zorg voor structurele **en toereikende** financiering');
    expect(lastLine(r.stdout)).toMatch(SUMMARY);
  });
  it('github: warnings on the new letter for changed and dropped asks, notices for new ones', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'github', '--lang', 'en']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(SUMMARY_EN);
    const changed = lines.find((l) => l.includes('title=Ask changed'))!;
    expect(changed).toMatch(
      new RegExp(
        `^::warning file=${NEW},line=17,endLine=17,title=Ask changed::was: Zorg voor structurele financiering .*%0Anow: Zorg voor structurele en toereikende`,
      ),
    );
    const dropped = lines.filter((l) => l.includes('title=Ask dropped'));
    expect(dropped).toHaveLength(3);
    // an ask of a paired theme goes on that theme's heading in the new letter; one of a dropped theme on line 1
    expect(dropped.find((l) => l.includes('Maak afspraken met woningcorporaties'))).toMatch(/,line=21,/);
    expect(dropped.find((l) => l.includes('bezwaarprocedures'))).toMatch(/,line=1,/);
    expect(lines.filter((l) => l.startsWith('::notice ') && l.includes('title=New ask'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::error'))).toEqual([]);
  });
  it('github: what fails --fail-on is an error, themes and figures too; the rest stay warnings', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'github', '--fail-on', 'dropped']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    expect(errors.filter((l) => l.includes('title=Vraag vervallen'))).toHaveLength(3);
    expect(errors.filter((l) => l.includes('title=Thema vervallen'))).toHaveLength(1);
    expect(
      lines.filter((l) => l.startsWith('::warning ') && l.includes('title=Vraag gewijzigd')),
    ).toHaveLength(1);
    const all = await runCli(['diff', OLD, NEW, '--format', 'github', '--exit-code']);
    expect(all.stdout).not.toMatch(/^::(warning|notice) /mu);
  });
  it('escapes workflow-command data and properties as GitHub does', () => {
    expect(escapeData('100% zeker\r\nja')).toBe('100%25 zeker%0D%0Aja');
    expect(escapeProperty('brief: a,b.txt')).toBe('brief%3A a%2Cb.txt');
  });
  it('-o writes the report to a file and prints only the summary; the extension picks the format', async () => {
    const out = join(dir, 'report.md');
    const r = await runCli(['diff', OLD, NEW, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).toMatch(SUMMARY);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toMatch(/^## Posities: /);
    const json = join(dir, 'report.json');
    expect((await runCli(['diff', OLD, NEW, '-o', json])).code).toBe(0);
    expect(LetterDiffSchema.parse(JSON.parse(readFileSync(json, 'utf8'))).schemaVersion).toBe(2);
  });
  it('`vng-brief schema diff` publishes the diff model', async () => {
    const r = await runCli(['schema', 'diff']);
    expect(JSON.parse(r.stdout)).toEqual(jsonSchema('diff'));
    expect(JSON.parse(r.stdout).$defs.LetterDiff.title).toBe('vng-brief LetterDiff model');
  });
});

describe('vng-brief diff: saved models and bad input', () => {
  it('accepts a saved parse --json model on either side, with the same result', async () => {
    const model = join(dir, 'old.json');
    expect((await runCli(['parse', OLD, '--json', '-o', model, '--quiet'])).code).toBe(0);
    const fromModel = JSON.parse((await runCli(['diff', model, NEW, '--format', 'json'])).stdout);
    const fromText = JSON.parse((await runCli(['diff', OLD, NEW, '--format', 'json'])).stdout);
    expect(fromModel.old).toEqual({ ...fromText.old, input: model });
    expect(fromModel.asks).toEqual(fromText.asks);
    expect(fromModel.summary).toEqual(fromText.summary);
  });
  it('a JSON file that is not a letter model is a one-line user error', async () => {
    const bad = file('bad.json', '{"schemaVersion": 1, "themes": []}');
    const r = await runCli(['diff', bad, NEW]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(
        `^vng-brief: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a vng-brief letter model \\(.+\\)\\n$`,
      ),
    );
  });
  it('broken JSON is a one-line user error too', async () => {
    const broken = file('broken.json', '{ "schemaVersion": ');
    const r = await runCli(['diff', OLD, broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/: not valid JSON \(/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  it('a missing file, and two sides on standard input', async () => {
    expect((await runCli(['diff', join(dir, 'nope.txt'), NEW])).stderr).toMatch(/nope\.txt: no such file/);
    expect((await runCli(['diff', '-', '-'])).code).toBe(2);
  });
});
