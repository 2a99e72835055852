import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { LetterSchema } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

const LETTER = (topic: string) => `Aan de leden van de vaste commissie voor Binnenlandse Zaken

Onderwerp: inbreng commissiedebat ${topic}

Geachte leden,

Gemeenten staan voor een grote opgave rond ${topic}. Wij vragen u om de middelen structureel te maken.

Financiën
Het tekort loopt op tot 120 miljoen euro per jaar.
➔ Zorg voor een structurele bijdrage aan gemeenten.
`;

/** A fresh folder of letters: good ones at two levels, a broken one, and files that are not letters. */
function letterFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vng-batch-'));
  writeFileSync(join(dir, 'wonen.txt'), LETTER('wonen'));
  writeFileSync(join(dir, 'afval.txt'), LETTER('afval'));
  mkdirSync(join(dir, 'nieuws'));
  writeFileSync(join(dir, 'nieuws', 'jeugd.md'), `# Jeugdzorg onder druk\n\n${LETTER('jeugdzorg')}`);
  writeFileSync(join(dir, 'nieuws', 'oud.markdown'), LETTER('archief'));
  writeFileSync(join(dir, 'kapot.txt'), Uint8Array.from([0x8a, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'bijlage.xlsx'), 'PK not a letter');
  writeFileSync(join(dir, 'notities.json'), '{}');
  return dir;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('vng-brief parse --out: a folder of letters', () => {
  it('writes one model per letter and an index, reports the broken file and exits 1', async () => {
    const dir = letterFolder();
    const out = join(dir, 'uit');
    const r = await runCli(['parse', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `vng-brief: ${join(dir, 'kapot.txt')}: binary file (NUL bytes)`,
      'vng-brief: 1 of 5 inputs failed',
    ]);
    expect(readdirSync(out).sort()).toEqual([
      'afval.json',
      'index.json',
      'jeugd.json',
      'oud.json',
      'wonen.json',
    ]);
    const model = LetterSchema.parse(readJson(join(out, 'wonen.json')));
    expect(model.source.path).toBe(join(dir, 'wonen.txt'));
    expect(model.source.format).toBe('text');
    expect(LetterSchema.parse(readJson(join(out, 'jeugd.json'))).source.format).toBe('markdown');

    const index = readJson(join(out, 'index.json'));
    expect(index).toMatchObject({ total: 5, failed: 1 });
    expect(index.letters.map((l: { path: string }) => l.path)).toEqual(
      ['afval.txt', 'kapot.txt', 'nieuws/jeugd.md', 'nieuws/oud.markdown', 'wonen.txt'].map((f) =>
        join(dir, f),
      ),
    );
    const wonen = index.letters.find((l: { path: string }) => l.path.endsWith('wonen.txt'));
    expect(wonen).toMatchObject({
      output: join(out, 'wonen.json'),
      error: null,
      asks: model.asks.length,
      themes: model.themes.length,
    });
    expect(Object.keys(wonen)).toEqual(
      expect.arrayContaining([
        'title',
        'date',
        'debate',
        'themes',
        'asks',
        'references',
        'warnings',
        'errors',
      ]),
    );
    expect(index.letters.find((l: { path: string }) => l.path.endsWith('kapot.txt'))).toEqual({
      path: join(dir, 'kapot.txt'),
      output: null,
      error: 'binary file (NUL bytes)',
    });
  });

  it('exits 0 when every letter parses, writes YAML with --yaml, and never reads its own output folder', async () => {
    const dir = letterFolder();
    const out = join(dir, 'nieuws', 'uit');
    const r = await runCli(['parse', join(dir, 'wonen.txt'), join(dir, 'nieuws'), '--out', out, '--yaml']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.json', 'jeugd.yaml', 'oud.yaml', 'wonen.yaml']);
    expect(readFileSync(join(out, 'wonen.yaml'), 'utf8')).toMatch(/^schemaVersion: 1\n/);
    writeFileSync(join(out, 'extra.md'), LETTER('uitvoer'));
    const again = await runCli(['parse', join(dir, 'nieuws'), '--out', out]);
    expect(readJson(join(out, 'index.json')).total).toBe(2);
    expect(again.code).toBe(0);
  });

  it('gives clashing names a number and keeps index.json for the index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vng-batch-'));
    mkdirSync(join(dir, 'b'));
    for (const f of ['brief.txt', 'brief.md', 'b/brief.txt', 'index.txt', 'Brief.markdown'])
      writeFileSync(join(dir, f), LETTER('namen'));
    const out = join(dir, 'out');
    expect((await runCli(['parse', dir, '--out', out, '-q'])).code).toBe(0);
    const index = readJson(join(out, 'index.json'));
    expect(index.letters.map((l: { output: string }) => l.output.slice(out.length + 1))).toEqual([
      'Brief.json', // Brief.markdown
      'brief-2.json', // b/brief.txt
      'brief-3.json', // brief.md
      'brief-4.json', // brief.txt
      'index-2.json', // index.txt
    ]);
    expect(readdirSync(out)).toHaveLength(6);
  });

  it('expands globs, and reports a glob that matches nothing as a failed input', async () => {
    const dir = letterFolder();
    const out = join(dir, 'out');
    const r = await runCli(['parse', `${dir}/**/*.md`, `${dir}/*.docx`, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`vng-brief: ${dir}/*.docx: no files match`);
    expect(readdirSync(out).sort()).toEqual(['index.json', 'jeugd.json']);
  });

  it('reports a missing file and goes on with the others', async () => {
    const dir = letterFolder();
    const r = await runCli(['parse', join(dir, 'weg.txt'), join(dir, 'afval.txt'), '--out', join(dir, 'o')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`vng-brief: ${join(dir, 'weg.txt')}: no such file`);
    expect(existsSync(join(dir, 'o', 'afval.json'))).toBe(true);
  });

  it('refuses an output folder it cannot create (exit 2) and leaves no temporary files behind', async () => {
    const dir = letterFolder();
    writeFileSync(join(dir, 'bezet'), 'a file where the folder should go');
    const r = await runCli(['parse', dir, '--out', join(dir, 'bezet')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot create the output folder/);
    const out = join(dir, 'goed');
    await runCli(['parse', dir, '--out', out, '-q']);
    expect(readdirSync(out).every((f) => /^[a-z]+\.json$/.test(f))).toBe(true);
  });
});

describe('vng-brief parse --jsonl', () => {
  it('prints one valid model per line, in order, and nothing else on stdout', async () => {
    const dir = letterFolder();
    const r = await runCli(['parse', dir, '--jsonl', '-q']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    const paths = lines.map((l) => LetterSchema.parse(JSON.parse(l)).source.path);
    expect(paths).toEqual(
      ['afval.txt', 'nieuws/jeugd.md', 'nieuws/oud.markdown', 'wonen.txt'].map((f) => join(dir, f)),
    );
    expect(existsSync(join(dir, 'index.json'))).toBe(false);
  });
});

describe('vng-brief parse: a stream written with -o', () => {
  it('never replaces one of its letters, named or found by a glob (exit 2 before any work)', async () => {
    const dir = letterFolder();
    const letter = join(dir, 'notities');
    writeFileSync(letter, LETTER('notities'));
    for (const args of [
      [join(dir, 'wonen.txt'), letter, '--jsonl', '-o', letter],
      [join(dir, '*'), '--format', 'csv', '-o', letter],
    ]) {
      const r = await runCli(['parse', ...args]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/notities: is an input of this command; not writing over it/);
      expect(readFileSync(letter, 'utf8')).toBe(LETTER('notities'));
    }
  });
});

describe('vng-brief parse: usage errors in batch mode (exit 2)', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'several inputs without --out',
      ['a.txt', 'b.txt'],
      /several inputs need --out DIR, or --format jsonl or csv/,
    ],
    [
      'a folder without --out',
      ['letters/', '-f', 'text'],
      /letters\/: is a folder \(models of a folder need --out DIR, or --format jsonl or csv\)/,
    ],
    [
      'a glob without --out, also when it matches one file',
      ['letters/2022-*.txt'],
      /letters\/2022-\*\.txt: is a glob \(models of a glob need --out DIR, or --format jsonl or csv\)/,
    ],
    ['--out with --jsonl', ['a.txt', '--out', 'x', '--jsonl'], /exclude each other/],
    ['--out with -o', ['a.txt', '--out', 'x', '-o', 'y.json'], /-o writes one file/],
    ['--jsonl with --yaml', ['a.txt', '--jsonl', '--yaml'], /give one output format, not yaml and jsonl/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await runCli(['parse', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }
  it('a folder with no letters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vng-batch-'));
    const r = await runCli(['parse', dir, '--out', join(dir, 'o')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no letters found/);
  });
});

describe('vng-brief parse --out: progress', () => {
  const run = async (dir: string, isTTY: boolean, extra: string[] = []) => {
    let stderr = '';
    const sink = { write: (s: string) => ((stderr += s), true), isTTY, columns: 100 };
    const code = await main(
      ['node', 'vng-brief', 'parse', dir, '--out', join(dir, `o${Math.random()}`), ...extra],
      {
        stdout: { write: () => true, isTTY: false },
        stderr: sink,
        env: {},
      },
    );
    return { code, stderr };
  };
  const manyLetters = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vng-batch-'));
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `brief-${i}.txt`), LETTER(`thema ${i}`));
    writeFileSync(join(dir, 'leeg.txt'), '');
    return dir;
  };

  it('draws a bar on a terminal, with errors printed above it', async () => {
    const r = await run(manyLetters(), true);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/█/);
    expect(r.stderr).toContain('leeg.txt: empty file\n');
  });
  it('stays silent when stderr is not a terminal, or with --quiet', async () => {
    const dir = manyLetters();
    const plain = await run(dir, false);
    expect(plain.stderr).not.toContain('█');
    expect(plain.stderr).not.toContain('\u001b[');
    expect(plain.stderr).toContain('leeg.txt: empty file\n');
    const quiet = await run(dir, true, ['--quiet']);
    expect(quiet.stderr).not.toContain('█');
    expect(quiet.stderr).not.toContain('\u001b[');
    expect(quiet.stderr).toContain('leeg.txt: empty file\n');
  });
});
