import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { readText } from '../src/read/read-text.js';
import { coverageProblems } from './helpers/coverage.js';
import { allLetters } from './helpers/letters.js';
import { word } from './helpers/arbitraries.js';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('nothing is lost', () => {
  for (const path of allLetters()) {
    it(`every character of ${path} is in exactly one place`, () => {
      const bytes = readFileSync(path);
      const letter = parseLetter(bytes, { path });
      expect(coverageProblems(letter, readText(bytes).text)).toEqual([]);
    });

    it(`every item's text is the source slice at its position in ${path}`, () => {
      const bytes = readFileSync(path);
      const text = readText(bytes).text;
      const letter = parseLetter(bytes, { path });
      const slice = (p: { start: { offset: number }; end: { offset: number } }) =>
        text.slice(p.start.offset, p.end.offset);
      const items = [
        ...letter.themes.flatMap((t) => t.blocks.flatMap((b) => [b, ...(b.type === 'list' ? b.items : [])])),
        ...letter.asks,
        ...letter.references,
        ...letter.figures,
        ...letter.source.discarded,
      ];
      for (const item of items) {
        const discarded = letter.source.discarded.filter(
          (d) =>
            d.position.start.offset >= item.position.start.offset &&
            d.position.end.offset <= item.position.end.offset &&
            d !== item,
        );
        let expected = slice(item.position);
        for (const d of discarded) expected = expected.replace(d.text, ' '.repeat(d.text.length));
        expect(fold(item.text)).toBe(fold(expected));
      }
    });
  }

  it('holds for generated letters of headings, paragraphs, bullets and arrows', () => {
    const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    const block = fc.oneof(
      fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
      word.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => `  • ${x}`).join('\n')),
      sentence.map((s) => `- ➔ ${s}`),
      fc.constant('Meer informatie'),
      fc.constant('2/4'),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const source = blocks.join('\n\n');
        const letter = parseLetter(source);
        expect(coverageProblems(letter, readText(new TextEncoder().encode(source)).text)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
