/**
 * Every read stops at its limit while reading: a device, a FIFO, a pipe named /dev/stdin, a process
 * substitution and a template report no size (or a false one) to `stat`, and some never end.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from './helpers/run-binary.js';
import { runCli } from './helpers/run-cli.js';

const LETTER = 'test/fixtures/diff/wonen-2025.txt';
const HANG_GUARD = 60_000;

/** A FIFO that a shell fills with `bytes` zero bytes (and never more), once a reader opens it. */
function fifoOf(bytes: number): string {
  const fifo = join(mkdtempSync(join(tmpdir(), 'vng-brief-fifo-')), 'brief.txt');
  execFileSync('mkfifo', [fifo]);
  // the writer ends on its own when the reader goes away early (SIGPIPE)
  spawn('sh', ['-c', `head -c ${bytes} /dev/zero > "$1"`, 'sh', fifo], { stdio: 'ignore' });
  return fifo;
}

describe('reads are bounded while reading', () => {
  it(
    'a device that never ends (/dev/zero): parse, diff and brief --since stop at --max-size',
    async () => {
      for (const args of [
        ['parse', '/dev/zero'],
        ['diff', '/dev/zero', LETTER],
        ['diff', LETTER, '/dev/zero'],
        ['brief', LETTER, '--since', '/dev/zero'],
      ]) {
        const r = await runCli([...args, '--max-size', '64KB']);
        expect(r, args.join(' ')).toEqual({
          code: 2,
          stdout: '',
          stderr: 'vng-brief: /dev/zero: file is larger than 64 KB (raise --max-size)\n',
        });
      }
    },
    HANG_GUARD,
  );

  it(
    'a template that never ends',
    async () => {
      const r = await runCli(['brief', LETTER, '--format', 'md', '--template', '/dev/zero']);
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: 'vng-brief: /dev/zero: template larger than 512 KB\n',
      });
    },
    HANG_GUARD,
  );

  it(
    'a FIFO fed past the limit',
    async () => {
      const fifo = fifoOf(8 * 1024 * 1024);
      const r = await runCli(['parse', fifo, '--max-size', '1MB']);
      expect(r.stderr).toBe(`vng-brief: ${fifo}: file is larger than 1 MB (raise --max-size)\n`);
      expect(r.code).toBe(2);
    },
    HANG_GUARD,
  );

  it(
    '/dev/stdin on a pipe, and a process substitution, stop at the limit',
    async () => {
      // Node gives a child a socket for stdin, a shell a pipe: both are read as standard input
      const socket = await runBinary(['parse', '/dev/stdin', '--max-size', '1MB'], {
        started: (child) => {
          // far more than the limit; the writes fail once vng-brief has stopped reading
          child.stdin!.on('error', () => {});
          const chunk = Buffer.alloc(1024 * 1024);
          for (let i = 0; i < 32; i++) child.stdin!.write(chunk);
          child.stdin!.end();
        },
      });
      expect(socket).toMatchObject({
        code: 2,
        stderr: 'vng-brief: /dev/stdin: file is larger than 1 MB (raise --max-size)\n',
      });
      const shell = (script: string) =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn('bash', ['-c', script, process.execPath], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
          child.on('close', (code) => done({ code, stderr }));
        });
      expect(
        await shell('head -c 33554432 /dev/zero | "$0" bin/vng-brief.js parse /dev/stdin --max-size 1MB'),
      ).toEqual({
        code: 2,
        stderr: 'vng-brief: /dev/stdin: file is larger than 1 MB (raise --max-size)\n',
      });
      const substitution = await shell('"$0" bin/vng-brief.js parse <(head -c 8388608 /dev/zero)');
      expect(substitution.stderr).toMatch(
        /^vng-brief: \/dev\/fd\/\d+: file is larger than 5 MB \(raise --max-size\)\n$/u,
      );
      expect(substitution.code).toBe(2);
    },
    HANG_GUARD,
  );
});
