import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LN } from '../../src/text/letter-classes.js';
import {
  blockLetterOrDigitAt,
  blockWords,
  blockWordsAt,
  digitAt,
  letterAt,
  letterDigitRuns,
  letterDigitWords,
  letterOrDigitAt,
  lowerAt,
  upperAt,
} from '../../src/text/letter-or-digit.js';

/** The patterns these stand in for. */
const runsBy = (joiners: string): RegExp =>
  joiners === '' ? /[\p{L}\p{N}]+/gu : new RegExp(`[\\p{L}\\p{N}]+(?:[${joiners}][\\p{L}\\p{N}]+)*`, 'gu');

const PARTS = fc.constantFrom(
  'Wet',
  'niet',
  'Ingezetenen',
  '2021',
  '²',
  '½',
  'é',
  'İ',
  'ا',
  '٣',
  '\u0301',
  '𝐀',
  '😀',
  '\ud835',
  '\udc00',
  '-',
  "'",
  '’',
  '--',
  ' ',
  '.',
  '(',
);
const TEXT = fc.array(PARTS, { maxLength: 14 }).map((p) => p.join(''));

describe('letterDigitRuns', () => {
  it('reads words across single joiners', () => {
    expect(letterDigitWords('Register Niet-Ingezetenen (RNI)')).toEqual([
      'Register',
      'Niet',
      'Ingezetenen',
      'RNI',
    ]);
    expect(letterDigitWords('Wet Niet-Ingezetenen- en regio’s', '-')).toEqual([
      'Wet',
      'Niet-Ingezetenen',
      'en',
      'regio',
      's',
    ]);
    expect(letterDigitWords("regio's en regio’s -- a--b", "'’-")).toEqual([
      "regio's",
      'en',
      'regio’s',
      'a',
      'b',
    ]);
    expect(letterDigitRuns('  𝐀b 3½')).toEqual([
      { start: 2, end: 5 },
      { start: 6, end: 8 },
    ]);
  });

  it('finds what a global scan with its pattern finds, for any joiners', () => {
    fc.assert(
      fc.property(TEXT, fc.constantFrom('', '-', "'’-"), (text, joiners) => {
        const expected = [...text.matchAll(runsBy(joiners))].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(letterDigitRuns(text, joiners)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps of a text what removing [^\\p{L}\\p{N}] keeps', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(letterDigitWords(text).join('')).toBe(text.replace(/[^\p{L}\p{N}]/gu, ''));
      }),
    );
  });

  it('finds the whole words of [LN]+', () => {
    const run = new RegExp(`[${LN}]+`, 'gu');
    fc.assert(
      fc.property(TEXT, (text) => {
        const expected = [...text.matchAll(run)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(blockWordsAt(text)).toEqual({
          starts: expected.map((r) => r.start),
          words: expected.map((r) => text.slice(r.start, r.end)),
        });
        expect(blockWords(text)).toEqual(expected.map((r) => text.slice(r.start, r.end)));
      }),
    );
  });

  it('answers for every code unit as the classes do', () => {
    const ln = new RegExp(`^[${LN}]$`, 'u');
    const checks: [string, (c: string) => boolean, RegExp][] = [
      ['letterOrDigitAt', (c) => letterOrDigitAt(c, 0) > 0, /[\p{L}\p{N}]/u],
      ['letterAt', (c) => letterAt(c, 0) > 0, /\p{L}/u],
      ['upperAt', (c) => upperAt(c, 0) > 0, /^\p{Lu}/u],
      ['lowerAt', (c) => lowerAt(c, 0) > 0, /^\p{Ll}/u],
      ['digitAt', (c) => digitAt(c, 0) > 0, /^\p{N}/u],
      ['blockLetterOrDigitAt', (c) => blockLetterOrDigitAt(c, 0) > 0, ln],
    ];
    // one assertion over all 65,536 code units: an expect() each would take most of the test's time limit
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const [name, answer, pattern] of checks)
        if (answer(c) !== pattern.test(c)) wrong.push(`${name} U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(letterOrDigitAt('x', 1)).toBe(0);
    expect(letterAt('𝐀', 0)).toBe(2);
    expect(upperAt('𝐀b', 0)).toBe(2);
    expect(lowerAt('', 0)).toBe(0);
    expect(blockLetterOrDigitAt('𝐀', 0)).toBe(0);
  });
});
