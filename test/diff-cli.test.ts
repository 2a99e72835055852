/** `vng-brief diff` in-process: formats, the summary line, exit codes, --fail-on, saved models, errors. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
const SUMMARY =
  /^\d+ kept, \d+ changed, \d+ new, \d+ dropped asks(?:; \d+ changed figures?)?; \+\d+ −\d+ references$/u;

describe('vng-brief diff: the example letters', () => {
  it('shows the changed, new and dropped positions, with file:line, and the summary last', async () => {
    const r = await runCli(['diff', LETTER_2022, LETTER_2024]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain(
      `${LETTER_2024}:51: Wet regulering sekswerk snel behandelen → Wet regulering sekswerk`,
    );
    expect(r.stdout).toMatch(/Versterk de capaciteit van AVIM/);
    expect(r.stdout).toMatch(
      new RegExp(`${LETTER_2022}:\\d+: De VNG vraagt de aanbevelingen van de commissie-Roemer`),
    );
    expect(lastLine(r.stdout)).toMatch(SUMMARY);
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
      /^[1-9]\d* kept, 0 changed, 0 new, 0 dropped asks; \+0 −0 references$/u,
    );
    expect(r.stdout).not.toMatch(/^ {2}(changed|new|dropped) \(/mu);
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
  it('md: a report with a summary table, ending in the summary line', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'md']);
    expect(r.stdout).toMatch(/^## Positions: /);
    expect(r.stdout).toContain('| asks | 2 | 1 | 1 | 3 |');
    expect(r.stdout).toContain('Zorg voor structurele **en toereikende** financiering');
    expect(lastLine(r.stdout)).toMatch(SUMMARY);
  });
  it('github: warnings on the new letter for changed and dropped asks, notices for new ones', async () => {
    const r = await runCli(['diff', OLD, NEW, '--format', 'github']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(SUMMARY);
    const changed = lines.find((l) => l.includes('title=Ask changed'))!;
    expect(changed).toMatch(
      new RegExp(
        `^::warning file=${NEW},line=17,endLine=17,title=Ask changed::Was: Zorg voor structurele financiering .*%0ANow: Zorg voor structurele en toereikende`,
      ),
    );
    const dropped = lines.filter((l) => l.includes('title=Ask dropped'));
    expect(dropped).toHaveLength(3);
    // an ask of a paired theme goes on that theme's heading in the new letter; one of a dropped theme on line 1
    expect(dropped.find((l) => l.includes('Maak afspraken met woningcorporaties'))).toMatch(/,line=21,/);
    expect(dropped.find((l) => l.includes('bezwaarprocedures'))).toMatch(/,line=1,/);
    expect(lines.filter((l) => l.startsWith('::notice ') && l.includes('title=New ask'))).toHaveLength(1);
  });
  it('escapes workflow-command data and properties as GitHub does', () => {
    expect(escapeData('100% zeker\r\nja')).toBe('100%25 zeker%0D%0Aja');
    expect(escapeProperty('brief: a,b.txt')).toBe('brief%3A a%2Cb.txt');
  });
  it('-o writes the report to a file and prints only the summary', async () => {
    const out = join(dir, 'report.md');
    const r = await runCli(['diff', OLD, NEW, '--format', 'md', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).toMatch(SUMMARY);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toMatch(/^## Positions: /);
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
