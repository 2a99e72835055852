/**
 * Interrupting `brief --format pdf` (Ctrl-C, a kill) stops the browser and removes its temporary folder. The
 * browser here is a stand-in that writes into its profile until it is stopped (or gives up after ten seconds),
 * as Chromium does, so the test needs no Chromium.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from './helpers/run-binary.js';

const LETTER = 'test/fixtures/diff/wonen-2025.txt';
const HANG_GUARD = 60_000;

/** Writes its profile and a heartbeat (a count, in $HEARTBEAT) every 50 ms. */
const BROWSER = `#!/bin/sh
for a in "$@"; do case "$a" in --user-data-dir=*) profile="\${a#--user-data-dir=}";; esac; done
mkdir -p "$profile"
i=0
while [ $i -lt 200 ]; do echo $i > "$profile/Lock"; echo $i > "$HEARTBEAT"; sleep 0.05; i=$((i + 1)); done
`;

/** Polls until `found` returns a value (the hang guard ends a wait that never does). */
async function waitFor<T>(found: () => T | undefined): Promise<T> {
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('brief --format pdf, interrupted', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(
      `${signal}: the browser is stopped and its folder removed`,
      async () => {
        const tmp = mkdtempSync(join(tmpdir(), 'vng-brief-signal-'));
        const browser = join(tmp, 'browser.sh');
        writeFileSync(browser, BROWSER);
        const heartbeat = join(tmp, 'heartbeat');
        chmodSync(browser, 0o755);
        const folder = () => readdirSync(tmp).filter((f) => f.startsWith('vng-brief-chromium-'));
        const r = await runBinary(['brief', LETTER, '--format', 'pdf', '-o', join(tmp, 'brief.pdf'), '-q'], {
          env: { CHROME_PATH: browser, TMPDIR: tmp, HEARTBEAT: heartbeat },
          started: (child) => {
            // once the browser writes into its profile, interrupt vng-brief (only it, as a kill would)
            void waitFor(() =>
              folder().some((f) => existsSync(join(tmp, f, 'profile', 'Lock'))) ? true : undefined,
            ).then(() => child.kill(signal));
          },
        });
        expect(r.signal).toBe(signal);
        expect(r.stderr).toBe('');
        expect(folder()).toEqual([]);
        // the browser is gone too: its heartbeat has stopped
        const beat = readFileSync(heartbeat, 'utf8');
        await new Promise((done) => setTimeout(done, 300));
        expect(readFileSync(heartbeat, 'utf8')).toBe(beat);
        expect(folder()).toEqual([]);
        expect(existsSync(join(tmp, 'brief.pdf'))).toBe(false);
      },
      HANG_GUARD,
    );
  }
});
