/**
 * One diagnostics channel: every command prints the warnings of every letter it reads as `parse` does, `-q`
 * silences them on every command, an info is never a warning, and the brief's own warning uses the same printer.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { EXIT } from '../src/core/errors.js';
import { runCli } from './helpers/run-cli.js';

/** A small letter with four warnings: a weekday that does not match, two kinds of mojibake, a link to "#". */
const WARNED = 'test/fixtures/diagnostics/waarschuwingen.txt';
/** A letter without warnings. */
const CLEAN = 'test/fixtures/diff/wonen-2025.txt';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-diagnostics-'));
const lines = (s: string) => s.split('\n').filter(Boolean);
const SUMMARY = /^\d+ ongewijzigd, \d+ gewijzigd, \d+ nieuw, \d+ vervallen vragen/u;

/** What `parse` prints on stderr for the letter: the reference every other command is held to. */
async function parseWarnings(file: string): Promise<string[]> {
  const r = await runCli(['parse', file, '--json']);
  expect(r.code).toBe(0);
  return lines(r.stderr);
}

describe('every command prints a letter’s warnings as parse does', async () => {
  const expected = await parseWarnings(WARNED);

  it('parse prints the fixture’s four warnings, one line each, in the order of the letter', () => {
    expect(expected.map((l) => /\[([a-z0-9-]+)\]$/.exec(l)?.[1])).toEqual([
      'debate-weekday-mismatch',
      'mojibake-latin-ext-b',
      'mojibake-utf8-as-cp1252',
      'link-without-target',
    ]);
    for (const line of expected) expect(line).toMatch(new RegExp(`^${WARNED}:\\d+:\\d+: warning: `));
  });

  it.each([['md'], ['html'], ['text']])('brief --format %s', async (format) => {
    const r = await runCli(['brief', WARNED, '--format', format]);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual(expected);
  });

  it('brief --out (a batch) and parse --out', async () => {
    for (const command of ['brief', 'parse']) {
      const r = await runCli([command, WARNED, CLEAN, '--out', join(dir, command)]);
      expect(r.code).toBe(0);
      expect(lines(r.stderr)).toEqual(expected);
    }
  });

  it('brief --since: the earlier letter’s warnings too, once, before the brief’s letter’s', async () => {
    const r = await runCli(['brief', CLEAN, '--since', WARNED, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual(expected);
    const both = await runCli(['brief', WARNED, '--since', WARNED, '--format', 'md']);
    expect(lines(both.stderr)).toEqual([...expected, ...expected]);
  });

  it('diff: each side’s warnings, old first, before the summary', async () => {
    const asOld = await runCli(['diff', WARNED, CLEAN]);
    expect(lines(asOld.stderr)).toEqual(expected);
    const asNew = await runCli(['diff', CLEAN, WARNED, '--format', 'json']);
    const stderr = lines(asNew.stderr);
    expect(stderr.slice(0, -1)).toEqual(expected);
    expect(stderr.at(-1)).toMatch(SUMMARY);
  });

  it('diff of a saved model: the warnings of the letter it was made from, with that letter’s path', async () => {
    const model = join(dir, 'waarschuwingen.json');
    expect((await runCli(['parse', WARNED, '--json', '-o', model, '-q'])).code).toBe(0);
    const r = await runCli(['diff', model, CLEAN]);
    expect(lines(r.stderr)).toEqual(expected);
  });

  it('-q silences them on every command, before or after the command’s name', async () => {
    const runs = [
      ['parse', WARNED, '-q'],
      ['-q', 'parse', WARNED, '--json'],
      ['brief', WARNED, '--quiet'],
      ['brief', CLEAN, '--since', WARNED, '-q'],
      ['brief', WARNED, '--out', join(dir, 'stil'), '-q'],
      ['diff', WARNED, CLEAN, '-q'],
      ['--quiet', 'diff', CLEAN, WARNED],
      ['schema', '-q'],
      ['templates', '-q'],
    ];
    for (const args of runs) expect(await runCli(args)).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('an info is not a warning', () => {
  // "financiële" and "coördinatie" in Windows-1252: not UTF-8, so the letter is read with the fallback (an info)
  const file = join(dir, 'cp1252.txt');
  const text =
    'Geachte leden,\n\nDe financi\u00eble co\u00f6rdinatie van de jeugdzorg vraagt om meer geld.\n\nMet vriendelijke groet,\n\nVNG\n';
  writeFileSync(file, Buffer.from(text, 'latin1'));

  it('is in the model, not printed, and counted as a note in the summary', async () => {
    const json = await runCli(['parse', file, '--json']);
    const { diagnostics } = JSON.parse(json.stdout) as {
      diagnostics: { ruleId: string; severity: string }[];
    };
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'encoding-fallback', severity: 'info' })]);
    expect(json.stderr).toBe('');
    const summary = await runCli(['parse', file]);
    expect(summary.stderr).toBe('');
    expect(summary.stdout).toMatch(/\n1 opmerking\n$/);
    expect(summary.stdout).not.toMatch(/waarschuwing/);
    expect(lines((await runCli(['parse', WARNED])).stdout).at(-1)).toMatch(/· 4 waarschuwingen$/);
  });

  it('is not counted as a warning in a batch index', async () => {
    const out = join(dir, 'index-info');
    expect((await runCli(['parse', file, '--out', out])).stderr).toBe('');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.letters[0]).toMatchObject({ warnings: 0, errors: 0 });
  });
});

describe('brief-overflow goes through the same printer', () => {
  const themes = Array.from(
    { length: 60 },
    (_, i) =>
      `Onderwerp ${i + 1} over de wijkteams\n\nDe wijkteams hebben in regio ${i + 1} te weinig mensen.\n\n- ➔ Zorg voor extra geld voor de wijkteams in regio ${i + 1}\n`,
  );
  const file = join(dir, 'lang.txt');
  writeFileSync(file, `Geachte leden,\n\nWij vragen uw aandacht voor de wijkteams.\n\n${themes.join('\n')}`);
  const OVERFLOW = new RegExp(
    `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: to fit one A4 page the brief lists \\d+ of the letter's asks and says how many more there are \\(\\d+% of the page, estimated\\) \\[brief-overflow\\]$`,
  );

  it('one line, for one letter and in a batch; -q silences it', async () => {
    expect(lines((await runCli(['brief', file, '--format', 'md'])).stderr)).toEqual([
      expect.stringMatching(OVERFLOW),
    ]);
    const batch = await runCli(['brief', file, '--out', join(dir, 'lang')]);
    expect(lines(batch.stderr)).toEqual([expect.stringMatching(OVERFLOW)]);
    expect((await runCli(['brief', file, '-q'])).stderr).toBe('');
  });

  it('is coloured as every other warning when colour is forced', async () => {
    const overflow = lines((await runCli(['brief', file], { FORCE_COLOR: '1' })).stderr)[0]!;
    const warned = lines((await runCli(['parse', WARNED, '--json'], { FORCE_COLOR: '1' })).stderr)[0]!;
    // eslint-disable-next-line no-control-regex -- the colour codes are what is compared
    const severity = (line: string) => /: (\u001b\[\d+mwarning\u001b\[\d+m): /u.exec(line)?.[1];
    expect(severity(overflow)).toBeDefined();
    expect(severity(overflow)).toBe(severity(warned));
  });
});

describe('exit codes and --verbose, documented and real', () => {
  it('every command’s --help and the program’s list the exit codes, -q and --verbose', async () => {
    for (const args of [
      ['--help'],
      ...['parse', 'brief', 'diff', 'schema', 'templates'].map((c) => [c, '--help']),
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(EXIT.ok);
      for (const code of Object.values(EXIT)) expect(r.stdout).toMatch(new RegExp(`^ {2}${code} +\\S`, 'm'));
      expect(r.stdout).toMatch(/^ {2}-q, --quiet +do not print warnings/m);
      expect(r.stdout).toMatch(/^ {2}--verbose +print the stack trace of an internal error/m);
    }
  });

  /** A run whose output fails in a way no command expects: an internal error. */
  async function internalError(args: string[]) {
    let stderr = '';
    const code = await main(['node', 'vng-brief', ...args], {
      stdout: {
        write: () => {
          throw new Error('schijf\u001b[2J kapot');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    });
    return { code, stderr };
  }

  it('an internal error exits 70 with one line and a hint; --verbose adds the stack, before or after the command', async () => {
    const plain = await internalError(['schema']);
    expect(plain).toEqual({
      code: EXIT.internal,
      stderr:
        'vng-brief: internal error: schijf kapot\nvng-brief: run again with --verbose for details, and please report it\n',
    });
    for (const args of [
      ['schema', '--verbose'],
      ['--verbose', 'schema'],
    ]) {
      const verbose = await internalError(args);
      expect(verbose.code).toBe(EXIT.internal);
      expect(verbose.stderr).toMatch(
        /^vng-brief: internal error: schijf kapot\nError: schijf kapot\n\s+at /u,
      );
      expect(verbose.stderr).not.toContain('\u001b');
    }
  });
});
