import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LetterSchema } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';

/** the start of an ANSI colour sequence */
const ESC = '\u001b[';
const dir = mkdtempSync(join(tmpdir(), 'vng-brief-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** A user error: exit 2, exactly one line on stderr naming the file, no stack trace, nothing on stdout. */
async function expectUserError(args: string[], path: string, problem: RegExp) {
  const r = await runCli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^vng-brief: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('vng-brief parse: bad input', () => {
  it('a missing file', () =>
    expectUserError(['parse', join(dir, 'nope.txt')], join(dir, 'nope.txt'), /no such file/));
  it('a directory', () =>
    expectUserError(['parse', dir], dir, /is a folder \(models of a folder need --out DIR/));
  it('an empty file', async () => {
    const p = file('empty.txt', '');
    await expectUserError(['parse', p], p, /empty file/);
  });
  it('a binary file with NUL bytes', async () => {
    // no known magic bytes (a PNG's are named: test/input-errors.test.ts)
    const p = file(
      'data.bin',
      Uint8Array.from([0x8a, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    await expectUserError(['parse', p], p, /binary/);
  });
  it('a binary file of control characters', async () => {
    const p = file(
      'noise.bin',
      Uint8Array.from({ length: 400 }, (_, i) => ((i * 7) % 31) + 1),
    );
    await expectUserError(['parse', p], p, /binary/);
  });
  it('a file over the size cap', async () => {
    const p = file('big.txt', 'Gemeenten vragen middelen.\n'.repeat(100));
    await expectUserError(['parse', p, '--max-size', '1KB'], p, /larger than 1 KB/);
  });
  it('an unknown option is a usage error', async () => {
    const r = await runCli(['parse', LETTER_2024, '--jsno']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--jsno'/);
  });
  it('an invalid --max-size', async () => {
    const r = await runCli(['parse', LETTER_2024, '--max-size', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a size/);
  });
});

describe('vng-brief parse: output', () => {
  it('prints a summary with the theme tree and no colour when not a TTY', async () => {
    const r = await runCli(['parse', LETTER_2024]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VNG inbreng CD Mensenhandel en Prostitutie 11 sept');
    expect(r.stdout).toMatch(/\n {2}Mensenhandel · \d+ blok(?:ken)?\n {4}Structureel financieel tekort/);
    expect(r.stdout).not.toContain(ESC);
  });
  it('prints a reference or figure wrapped in the source on one line', async () => {
    const letter = file(
      'wrapped.txt',
      'Aan de leden van de vaste\ncommissie voor Landbouw\n\nDe vereniging telt ruim 8.000\nimkers. Wij vragen u de regeling te verlengen.\n',
    );
    const r = await runCli(['parse', letter]);
    expect(r.stdout).toMatch(/ vaste commissie voor Landbouw\n/);
    expect(r.stdout).toMatch(/ ruim 8\.000 imkers\n/);
  });
  it('colours only when forced, and never with NO_COLOR', async () => {
    expect((await runCli(['parse', LETTER_2024], { FORCE_COLOR: '1' })).stdout).toContain(ESC);
    expect((await runCli(['parse', LETTER_2024], { NO_COLOR: '1' })).stdout).not.toContain(ESC);
  });
  it('prints JSON that passes the schema, and YAML', async () => {
    const json = await runCli(['parse', LETTER_2024, '--json']);
    expect(LetterSchema.parse(JSON.parse(json.stdout)).themes.length).toBeGreaterThan(5);
    const yaml = await runCli(['parse', LETTER_2024, '--yaml']);
    expect(yaml.stdout).toMatch(/^schemaVersion: 1\n/);
  });
  it('writes -o files', async () => {
    const out = join(dir, 'out.json');
    const r = await runCli(['parse', LETTER_2022, '--json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).source.path).toBe(LETTER_2022);
  });
  it('reports repairs as file:line:column warnings, once per kind, and --quiet silences them', async () => {
    const r = await runCli(['parse', LETTER_2022, '--json']);
    const warnings = r.stderr.trimEnd().split('\n');
    expect(warnings.filter((w) => w.includes('[mojibake-latin-ext-b]'))).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${LETTER_2022}:\\d+:\\d+: warning: `));
    expect((await runCli(['parse', LETTER_2022, '--json', '--quiet'])).stderr).toBe('');
  });
  it('shows examples in --help', async () => {
    const r = await runCli(['parse', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
  });
});
