/** `vng-brief brief <files|folders|globs…> --out DIR`: one brief per letter, index.json, errors and usage. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const FIXTURES = 'test/fixtures/letters';

/** A fresh folder with two fixture letters and one broken file (NUL bytes). */
function letterFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vng-batch-brief-'));
  copyFileSync(join(FIXTURES, 'inbreng-wonen-genummerd.txt'), join(dir, 'wonen.txt'));
  copyFileSync(join(FIXTURES, 'nieuws-jeugdzorg.md'), join(dir, 'jeugd.md'));
  writeFileSync(join(dir, 'kapot.txt'), Uint8Array.from([0x8a, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  return dir;
}

/** A fresh, empty output folder outside the letters' folder. */
const outFolder = () => join(mkdtempSync(join(tmpdir(), 'vng-batch-out-')), 'uit');
const indexIn = (out: string) => JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));

describe('vng-brief brief --out: a folder of letters', () => {
  it('writes one brief per letter and an index, reports the broken file in one line and exits 1', async () => {
    const [dir, out] = [letterFolder(), outFolder()];
    const r = await runCli(['brief', dir, '--out', out, '--quiet']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `vng-brief: ${join(dir, 'kapot.txt')}: binary file (NUL bytes)\nvng-brief: 1 of 3 inputs failed\n`,
    });
    expect(readdirSync(out).sort()).toEqual(['index.json', 'jeugd.md', 'wonen.md']);

    // each brief is the one the single-letter command prints
    const single = await runCli(['brief', join(dir, 'wonen.txt'), '--format', 'md']);
    expect(readFileSync(join(out, 'wonen.md'), 'utf8')).toBe(single.stdout);

    // the index has the shape parse's index has
    const models = outFolder();
    const letters = ['jeugd.md', 'kapot.txt', 'wonen.txt'].map((f) => join(dir, f));
    const parsed = await runCli(['parse', ...letters, '--out', models, '--quiet']);
    const index = indexIn(out);
    const parseIndex = indexIn(models);
    expect(index).toMatchObject({ total: 3, failed: 1 });
    expect(parsed.code).toBe(1);
    const withoutOutput = (letters: Array<Record<string, unknown>>) =>
      letters.map(({ output, page: _page, ...rest }) => ({ ...rest, output: typeof output }));
    expect(withoutOutput(index.letters)).toEqual(withoutOutput(parseIndex.letters));
    // and how each brief fills its page
    expect(index.letters[0].page).toEqual({
      method: 'estimate',
      used: expect.any(Number),
      fits: true,
      shortened: [],
    });
    expect(index.letters.map((l: { path: string; output: string | null }) => [l.path, l.output])).toEqual([
      [letters[0], join(out, 'jeugd.md')],
      [letters[1], null],
      [letters[2], join(out, 'wonen.md')],
    ]);
  });

  it('--format html writes .html files, and text .txt; a glob works as a folder does', async () => {
    const dir = letterFolder();
    const html = join(dir, 'html');
    const r = await runCli([
      'brief',
      join(dir, 'wonen.txt'),
      join(dir, 'jeugd.md'),
      '--out',
      html,
      '--format',
      'html',
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(html).sort()).toEqual(['index.html', 'index.json', 'jeugd.html', 'wonen.html']);
    expect(readFileSync(join(html, 'wonen.html'), 'utf8')).toMatch(/^<!doctype html>/);

    const text = join(dir, 'tekst');
    expect((await runCli(['brief', `${dir}/*.md`, '--out', text, '-f', 'text'])).code).toBe(0);
    expect(readdirSync(text).sort()).toEqual(['index.json', 'jeugd.txt']);
    expect(readFileSync(join(text, 'jeugd.txt'), 'utf8')).not.toContain('\u001b');
  });

  it('--since adds the same earlier letter to every brief', async () => {
    const out = outFolder();
    const fixture = join(FIXTURES, 'zonder-vragen.txt');
    const r = await runCli(['brief', LETTER_2024, fixture, '--out', out, '--since', LETTER_2022, '-q']);
    expect(r.code).toBe(0);
    for (const f of readdirSync(out).filter((name) => name.endsWith('.md')))
      expect(readFileSync(join(out, f), 'utf8')).toContain('## Wat is veranderd sinds 18 februari 2022');
    expect(indexIn(out).total).toBe(2);
  });
});

describe('vng-brief brief: usage errors in batch mode (exit 2)', () => {
  const dir = letterFolder();
  const cases: [string, string[], RegExp][] = [
    ['several letters without --out', [LETTER_2022, LETTER_2024], /several letters need --out DIR/],
    ['a folder without --out', [dir], /: is a folder \(briefs of a folder need --out DIR\)/],
    ['a glob without --out', [`${dir}/*.txt`], /: is a glob \(briefs of a glob need --out DIR\)/],
    ['--out with -o', [dir, '--out', join(dir, 'x'), '-o', 'y.md'], /-o writes one file/],
    ['an unknown template', [dir, '--out', join(dir, 'x'), '--template', 'bestaat-niet'], /bestaat-niet/],
    ['an unreadable --since letter', [dir, '--out', join(dir, 'x'), '--since', 'weg.txt'], /weg.txt/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await runCli(['brief', ...args]);
      expect([r.code, r.stdout, existsSync(join(dir, 'x'))]).toEqual([2, '', false]);
      expect(r.stderr).toMatch(message);
    });
  }

  it('pdf without a browser stops before any letter is read', async () => {
    const out = join(dir, 'pdf');
    const chrome = join(dir, 'geen-chrome');
    const r = await runCli(['brief', dir, '--out', out, '--format', 'pdf'], { CHROME_PATH: chrome });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vng-brief: CHROME_PATH=${chrome} is not an executable file\n`);
    expect(existsSync(out)).toBe(false);
  });
});
