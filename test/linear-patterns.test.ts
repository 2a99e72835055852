/**
 * Patterns that were quadratic on long runs were rewritten to run in linear time (regex-backtracking.test.ts
 * measures that). Here the code that uses them must still do what the simple pattern did: each expected value
 * is written with the simple, quadratic pattern, on short runs of the characters it repeats.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBriefData, diffLetters, parseLetter, renderBrief, summariseChanges } from '../src/index.js';
import { LETTER_2024 } from './helpers/letters.js';

const letter = parseLetter(readFileSync(LETTER_2024), { path: LETTER_2024 });
const runOf = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 24 });
const NUM_RUNS = 300;

describe('linear rewrites of quadratic patterns do what the simple ones did', () => {
  it('a brief loses the blanks at the end of its lines (render-brief.ts)', async () => {
    const data = buildBriefData(letter);
    await fc.assert(
      fc.asyncProperty(runOf(' \t\na.\r'), async (source) => {
        // template text without Liquid syntax is the brief as it stands
        const template = { path: 'templates/run.md.liquid', display: 'run.md.liquid', source };
        const expected = `${source
          .replace(/[ \t]+$/gm, '')
          .replace(/\n{3,}/g, '\n\n')
          .trim()}\n`;
        expect(await renderBrief(data, { format: 'md', template })).toBe(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a change line drops an ask's trailing punctuation (summarise-changes.ts)", () => {
    const same = diffLetters(letter, letter);
    const ask = same.asks[0]!;
    fc.assert(
      fc.property(runOf('.;: a\n'), (tail) => {
        // short enough that the line is not clipped
        const text = `Zorg voor${tail}`;
        const diff = {
          ...same,
          asks: [{ ...ask, status: 'new' as const, old: null, new: { ...ask.new!, text } }],
          figures: [],
          references: { added: [], removed: [], kept: [] },
        };
        const expected = text
          .replace(/\s+/gu, ' ')
          .trim()
          .replace(/[.;:]+$/u, '');
        expect(summariseChanges(diff, 'en').filter((l) => l.startsWith('New: '))).toEqual([
          `New: ${expected}`,
        ]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
