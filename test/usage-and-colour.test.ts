/**
 * Usage problems are one line and exit 2 (never an internal error), file names keep their control characters
 * as visible escapes, and colour follows no-color.org: NO_COLOR (non-empty) wins over FORCE_COLOR, and no
 * colour ever goes into a file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { runCli } from './helpers/run-cli.js';

const LETTER = 'test/fixtures/diff/wonen-2025.txt';
const OLD = 'test/fixtures/diff/wonen-2023.txt';
const ESC = '\u001b';
const dir = mkdtempSync(join(tmpdir(), 'vng-brief-usage-'));

describe('usage problems: one line, exit 2', () => {
  it('an unknown --input-format', async () => {
    const r = await runCli(['parse', LETTER, '--input-format', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "error: option '--input-format <format>' argument 'bogus' is invalid. Allowed choices are auto, markdown, text.",
    );
  });

  it('standard input twice: the letter and --since', async () => {
    for (const since of ['-', '/dev/stdin']) {
      const r = await runCli(['brief', '-', '--since', since]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(
        'error: standard input can be read once: give the letter or --since as a file',
      );
    }
  });

  it('a folder that is its own --out folder', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'x.txt'), readFileSync(LETTER));
    const r = await runCli(['brief', batch, '--out', batch]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${batch}: is the --out folder itself; write the outputs to another folder\n`,
    });
    expect(readdirSync(batch)).toEqual(['x.txt']);
  });
});

describe('file names with control characters are shown with escapes, on one line', () => {
  const name = join(dir, `brief${ESC}[2J\nregel\u0007.txt`);
  const shown = join(dir, 'brief\\x1b[2J\\nregel\\x07.txt');

  it('in an error', async () => {
    const r = await runCli(['parse', name]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `vng-brief: ${shown}: no such file\n` });
  });

  it('in a diagnostic, a batch failure and the summary', async () => {
    writeFileSync(name, 'Zie [de brief](#) hier.\n');
    const parsed = await runCli(['parse', name]);
    expect(parsed.stderr).toMatch(new RegExp(`^${shown.replace(/[\\[\]().]/g, '\\$&')}:1:5: warning: `, 'u'));
    expect(parsed.stdout).toContain(`${shown} · text · utf-8`);
    const bad = join(dir, `kapot${ESC}]0;titel\u0007.txt`);
    writeFileSync(bad, Uint8Array.from([0, 0, 0, 0]));
    const batch = await runCli(['parse', bad, LETTER, '--jsonl', '-q']);
    expect(batch.stderr).toContain(`vng-brief: ${join(dir, 'kapot\\x1b]0;titel\\x07.txt')}: binary file`);
  });
});

describe('colour after no-color.org, and never in a file', () => {
  // eslint-disable-next-line no-control-regex -- looking for colour codes
  const SGR = /\u001b\[/u;

  it('NO_COLOR wins over FORCE_COLOR', async () => {
    for (const args of [
      ['parse', LETTER],
      ['diff', OLD, LETTER],
      ['brief', LETTER, '--format', 'text'],
    ]) {
      const forced = await runCli(args, { FORCE_COLOR: '1' });
      expect(forced.stdout, args.join(' ')).toMatch(SGR); // FORCE_COLOR alone does colour a pipe
      const both = await runCli(args, { FORCE_COLOR: '1', NO_COLOR: '1' });
      expect(both.stdout, args.join(' ')).not.toMatch(SGR);
    }
  });

  it('an empty NO_COLOR does not disable colour on a terminal', async () => {
    const run = async (env: NodeJS.ProcessEnv) => {
      let stdout = '';
      await main(['node', 'vng-brief', 'parse', LETTER, '-q'], {
        stdout: { write: (s: string) => (stdout += s), isTTY: true },
        stderr: { write: () => true, isTTY: false },
        env,
      });
      return stdout;
    };
    expect(await run({ NO_COLOR: '' })).toMatch(SGR);
    expect(await run({ NO_COLOR: '1' })).not.toMatch(SGR);
  });

  it('FORCE_COLOR=0 or false turns colour off on a terminal too, as in Node and chalk', async () => {
    // a letter with a warning, so that standard error has something to colour
    const warned = join(dir, 'gewaarschuwd.txt');
    writeFileSync(warned, 'Zie [de brief](#) hier.\n');
    for (const value of ['0', 'false']) {
      let stdout = '';
      let stderr = '';
      await main(['node', 'vng-brief', 'parse', warned], {
        stdout: { write: (s: string) => (stdout += s), isTTY: true },
        stderr: { write: (s: string) => (stderr += s), isTTY: true },
        env: { FORCE_COLOR: value },
      });
      expect(stderr).toContain('warning:');
      expect(stdout + stderr, value).not.toMatch(SGR);
    }
  });

  it('FORCE_COLOR puts no colour into -o or --out files', async () => {
    const env = { FORCE_COLOR: '1' };
    const files = [join(dir, 'samenvatting.txt'), join(dir, 'verschil.txt'), join(dir, 'brief.txt')];
    expect((await runCli(['parse', LETTER, '-o', files[0]!], env)).code).toBe(0);
    expect((await runCli(['diff', OLD, LETTER, '-o', files[1]!], env)).code).toBe(0);
    expect((await runCli(['brief', LETTER, '--format', 'text', '-o', files[2]!], env)).code).toBe(0);
    const out = join(dir, 'briefs');
    expect((await runCli(['brief', LETTER, OLD, '--out', out, '--format', 'text'], env)).code).toBe(0);
    files.push(join(out, 'wonen-2025.txt'), join(out, 'wonen-2023.txt'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.length, file).toBeGreaterThan(100);
      expect(text, file).not.toMatch(SGR);
    }
  });
});
