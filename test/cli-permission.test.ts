import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/run-cli.js';

// CI runs as root, who may read any file; the OS refusal is simulated for the one file that is unreadable.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: (path: string, ...rest: unknown[]) =>
      String(path).endsWith('unreadable.txt')
        ? Promise.reject(
            Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' }),
          )
        : (real.open as (...a: unknown[]) => Promise<unknown>)(path, ...rest),
  };
});

describe('vng-brief parse: a file without read permission', () => {
  it('gives one line, exit 2, no stack trace', async () => {
    const p = join(mkdtempSync(join(tmpdir(), 'vng-brief-')), 'unreadable.txt');
    writeFileSync(p, 'Geheim.');
    chmodSync(p, 0o000);
    const r = await runCli(['parse', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vng-brief: ${p}: permission denied\n`);
  });
});
