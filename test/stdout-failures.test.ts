/**
 * Standard output that fails: full (ENOSPC), not writable (EBADF), or a reader that goes away (EPIPE). The first
 * two are one line and exit 2, without a stack; the last ends quietly with the exit code the run earned.
 * Node itself puts /dev/null in place of a closed stdout (`>&-`) before any JavaScript runs, so that case
 * cannot be told from `> /dev/null` (README, "Outputs").
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from './helpers/run-binary.js';

const LETTER = 'test/fixtures/diff/wonen-2025.txt';
const HANG_GUARD = 60_000;

/** Runs a bash script with the binary as $0 and `args` as $1…; its exit code and stderr. */
function bash(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-c', script, process.execPath, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/** Runs the binary with its stdout on a file descriptor opened here. */
async function withStdout(path: string, flags: string, args: string[]) {
  const fd = openSync(path, flags);
  try {
    return await runBinary(args, { stdio: ['ignore', fd, 'pipe'] });
  } finally {
    closeSync(fd);
  }
}

describe('standard output that fails', () => {
  it(
    'full (/dev/full): one line, exit 2',
    async () => {
      for (const args of [
        ['schema'],
        ['parse', LETTER, '--json', '-q'],
        ['brief', LETTER, '--format', 'md', '-q'],
      ]) {
        const r = await withStdout('/dev/full', 'w', args);
        expect(r, args.join(' ')).toMatchObject({
          code: 2,
          stderr: 'vng-brief: standard output: cannot write output (ENOSPC)\n',
        });
      }
    },
    HANG_GUARD,
  );

  it(
    'open for reading only (EBADF): one line, exit 2',
    async () => {
      const r = await withStdout(LETTER, 'r', ['schema']);
      expect(r).toMatchObject({
        code: 2,
        stderr: 'vng-brief: standard output: cannot write output (EBADF)\n',
      });
    },
    HANG_GUARD,
  );

  it(
    'a reader that leaves a --jsonl pipe keeps the exit code 1 of a letter that failed',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vng-brief-epipe-'));
      writeFileSync(join(dir, 'a-kapot.txt'), Uint8Array.from([0x41, 0x42, 0x43, 0, 0, 0]));
      mkdirSync(join(dir, 'brieven'));
      // more models than a pipe holds, so a write after the reader left fails
      for (let i = 0; i < 12; i++)
        writeFileSync(join(dir, 'brieven', `b${i}.txt`), `${'Wij vragen om geld. '.repeat(400)}\n`);
      const run = (reader: string) =>
        bash(`"$0" bin/vng-brief.js parse "$1" "$2" --jsonl -q | ${reader}; exit "\${PIPESTATUS[0]}"`, [
          join(dir, 'a-kapot.txt'),
          join(dir, 'brieven'),
        ]);
      const early = await run('head -c 1 >/dev/null');
      expect(early.code).toBe(1);
      expect(early.stderr).toMatch(
        /^vng-brief: .*a-kapot\.txt: binary file \(NUL bytes\)\nvng-brief: 1 of 13 inputs failed\n$/u,
      );
      const all = await run('cat >/dev/null');
      expect(all).toEqual({ code: 1, stderr: expect.stringContaining('1 of 13 inputs failed') });
    },
    HANG_GUARD,
  );

  it(
    'a reader that leaves early is no failure: exit 0 and nothing on stderr',
    async () => {
      // the model of the 2024 letter is larger than a pipe holds
      const r = await bash(
        '"$0" bin/vng-brief.js parse "$1" --yaml -q | head -c 1 >/dev/null; exit "${PIPESTATUS[0]}"',
        ['letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt'],
      );
      expect(r).toEqual({ code: 0, stderr: '' });
    },
    HANG_GUARD,
  );
});
