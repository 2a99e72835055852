/**
 * Every example in every --help runs as pasted: no "…" standing for a file, only files the repository has (or
 * an earlier example of the same help makes). Each help's examples run in order, with bash, in a fresh folder
 * holding a copy of letters/, with `vng-brief` on the PATH as the built binary. An example may end in exit 1
 * when it is a check that fails on purpose (--fail-on), never in a usage error or a bug.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const COMMANDS = ['', 'parse', 'brief', 'diff', 'schema', 'templates'];

/** The "$ …" lines of a help text, a line ending in a backslash joined with the next. */
function examplesOf(help: string): string[] {
  const out: string[] = [];
  let pending: string | null = null;
  for (const line of help.split('\n')) {
    const text: string | null =
      pending !== null ? `${pending} ${line.trim()}` : (/^ {2}\$ (.+)$/u.exec(line)?.[1] ?? null);
    if (text === null) continue;
    if (text.endsWith('\\')) pending = text.slice(0, -1).trimEnd();
    else {
      out.push(text);
      pending = null;
    }
  }
  return out;
}

/** A folder with letters/ and a `vng-brief` that runs the built binary. */
function sandbox(): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = mkdtempSync(join(tmpdir(), 'vng-brief-examples-'));
  cpSync('letters', join(cwd, 'letters'), { recursive: true });
  const bin = join(cwd, '.bin');
  mkdirSync(bin);
  const shim = join(bin, 'vng-brief');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/vng-brief.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  return {
    cwd,
    // fitted by the estimate: the examples are about the command line, not the page
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH}`,
      VNG_BRIEF_FIT: 'estimate',
      NO_COLOR: '1',
    },
  };
}

describe('the examples of --help', () => {
  for (const command of COMMANDS) {
    it(`vng-brief ${command ? `${command} ` : ''}--help: every example runs as pasted`, async () => {
      const help = (await runCli([...(command ? [command] : []), '--help'])).stdout;
      const examples = examplesOf(help);
      expect(examples.length, 'examples').toBeGreaterThan(0);
      expect(help).not.toContain('…');
      // a line continued in the source (a lone backslash in a template literal) would be joined with a gap
      for (const line of help.split('\n').filter((l) => l.startsWith('  $ ')))
        expect(line, 'an example continued with a backslash').not.toMatch(/\S {3,}\S/u);
      const { cwd, env } = sandbox();
      for (const example of examples) {
        const r = spawnSync('bash', ['-o', 'pipefail', '-c', example], { cwd, env, encoding: 'utf8' });
        expect(r.status, `${example}\n${r.stderr}`).toBeLessThanOrEqual(1);
        expect(r.stderr, example).not.toMatch(/^(?:vng-brief: (?!.*warning:)|error:)/mu);
      }
    });
  }
});
