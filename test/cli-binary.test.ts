/**
 * The built binary as a user runs it: bin/vng-brief.js → dist/cli-entry.cjs → the one-file bundle and its code cache.
 * The other CLI tests call main() from src/ in-process; only this one sees what the bundle alone can break
 * (bundling, lazy imports, the code cache, the exit code set through process.exitCode). test/global-setup.ts
 * rebuilds dist/ first when it is older than the sources.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { LETTER_2024 } from './helpers/letters.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const runBinary = (args: string[]): Promise<Run> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/vng-brief.js', ...args],
      { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });

describe('bin/vng-brief.js', () => {
  it('parse --json prints the model the library makes of the letter, and its warnings', async () => {
    const r = await runBinary(['parse', LETTER_2024, '--json']);
    expect(r.code).toBe(0);
    const library = parseLetter(readFileSync(LETTER_2024), { path: LETTER_2024 });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(library)));
    const warnings = library.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(r.stderr).toContain(w.message);
  });

  it('a missing file is a user error: exit 2 and one line naming it', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'vng-brief-')), 'geen-brief.txt');
    const r = await runBinary(['parse', missing, '--json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `vng-brief: ${missing}: no such file\n` });
  });
});
