/**
 * Big pathological inputs, generated here: each must complete (a model or a clean InputError) within a
 * generous hang guard and with memory bounded. Timing belongs to the benchmark (npm run bench), so the
 * guards here only catch hangs and blow-ups. Structure and Unicode cases are in pathological-structure.
 */
import { describe, expect, it } from 'vitest';
import { parseBounded } from './helpers/parse-bounded.js';

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
