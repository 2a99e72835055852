/**
 * Big pathological inputs, generated here: each must complete (a model or a clean InputError) within a
 * generous hang guard and with memory bounded. Timing belongs to the benchmark (npm run bench), so the
 * guards here only catch hangs and blow-ups. Structure and Unicode cases are in pathological-structure.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBounded } from './helpers/parse-bounded.js';
import { runCli } from './helpers/run-cli.js';

const MB = 1024 * 1024;
const HANG_GUARD = 90_000;

const PROSE = 'Het water stroomt langs de dijk en de wind waait over het land. ';

describe('pathological input: size', () => {
  it(
    'a 5 MB single line',
    () => {
      const letter = parseBounded(PROSE.repeat(Math.ceil((5 * MB) / PROSE.length)));
      expect(letter?.themes.length).toBeGreaterThan(0);
    },
    HANG_GUARD,
  );

  it(
    '100,000 short lines',
    () => {
      const letter = parseBounded('Zorg voor opvang.\n'.repeat(100_000));
      // one paragraph, every line a sentence of it
      const blocks = letter?.themes.flatMap((t) => t.blocks) ?? [];
      expect(blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).length).toBe(100_000);
    },
    HANG_GUARD,
  );

  it(
    '100,000 arrows on one line, and 100,000 arrow lines',
    () => {
      expect(parseBounded('➔'.repeat(100_000))).not.toBeNull();
      const lines = parseBounded('➔ Zorg voor middelen.\n'.repeat(100_000));
      expect(lines?.asks.length).toBe(100_000);
    },
    HANG_GUARD,
  );

  it(
    'one sentence of 200,000 words that almost ask something',
    () => {
      expect(parseBounded('wij vragen u om de gemeenten '.repeat(40_000))).not.toBeNull();
    },
    HANG_GUARD,
  );

  // each of these was quadratic once (minutes at 160,000 characters): a regex tried from every character of a run
  const runs: [string, string][] = [
    ['spaces in a line', `Wij vragen${' '.repeat(400_000)}x.`],
    ['tabs after a letterhead label', `Onderwerp${'\t'.repeat(400_000)}x`],
    ['spaces before a colon', `Datum${' '.repeat(400_000)}:x`],
    ['dots inside a number', `In het jaar 1${'.'.repeat(400_000)}5 kost het veel.`],
    ['spaces in a link target', `Zie [de brief](<${' '.repeat(400_000)}x>) hier.`],
    ['dots after a debate name', `Inbreng voor het commissiedebat Wonen${'.'.repeat(400_000)}b.`],
  ];
  for (const [name, text] of runs) {
    it(`a run of 400,000 characters: ${name}`, () => expect(parseBounded(text)).not.toBeNull(), HANG_GUARD);
  }
});

/** The shapes that once crashed or grew quadratically, at 1 MB; their growth is a ratio in the benchmark. */
const BODY = 'De gemeente zorgt voor betaalbare huizen.';
const AT_1MB = {
  // one paragraph of 125,000 short lines: Math.max(...lines) overflowed the call stack
  'short lines': 'woord x\n'.repeat(125_000),
  // a numbered heading before every paragraph: each one copied the rest of the lines to find the next
  'numbered headings': Array.from({ length: 17_000 }, (_, i) => `${(i % 9) + 1}. Kop\n\n${BODY}\n\n`).join(
    '',
  ),
  // a heading-like line before every paragraph, between salutation and closing: 20,000 inferred themes
  'heading-like lines': `Geachte leden,\n\n${Array.from({ length: 20_000 }, (_, i) => `Thema ${i}\n\n${BODY}\n\n`).join('')}Met vriendelijke groet,\n`,
};

describe('pathological input: 1 MB of the shapes that were not linear', () => {
  for (const [name, text] of Object.entries(AT_1MB)) {
    it(
      `${name}: parsed`,
      () => {
        expect(text.length).toBeGreaterThan(MB * 0.8);
        expect(parseBounded(text)?.themes.length).toBeGreaterThan(0);
      },
      HANG_GUARD,
    );
  }

  it(
    'short lines: brief and diff as well',
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'vng-brief-lines-')), 'regels.txt');
      writeFileSync(file, AT_1MB['short lines']);
      const brief = await runCli(['brief', file, '--format', 'md', '-q']);
      expect(brief.stderr).toBe('');
      expect(brief.code).toBe(0);
      const diff = await runCli(['diff', file, file, '-q']);
      expect(diff.stderr).toBe('');
      expect(diff.stdout).toMatch(/1 ongewijzigd, 0 gewijzigd, 0 nieuw, 0 vervallen thema's/u);
    },
    HANG_GUARD,
  );
});
