import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';
import { readText } from '../src/read/read-text.js';
import { coverageProblems } from './helpers/coverage.js';
import { allLetters } from './helpers/letters.js';
import { word } from './helpers/arbitraries.js';

type Ranged = { text: string; position: { start: { offset: number }; end: { offset: number } } };

/**
 * Every item's text is the source slice at its position, exactly (a page label inside a block stays in it);
 * no set-aside entry straddles the edge of an item (it lies wholly inside or outside, or, for a reference, holds it
 * whole: a name kept from a set-aside line); blocks never overlap.
 */
function sliceProblems(letter: Letter, text: string): string[] {
  const problems: string[] = [];
  const span = (item: Ranged) => [item.position.start.offset, item.position.end.offset] as const;
  const blocks = letter.themes.flatMap((t) => t.blocks);
  const items: Ranged[] = [
    ...blocks.flatMap((b) => [b, ...(b.type === 'list' ? b.items : [])]),
    ...letter.asks,
    ...letter.references,
    ...letter.figures,
    ...letter.source.discarded,
  ];
  const references = new Set<Ranged>(letter.references);
  for (const item of items) {
    const [start, end] = span(item);
    if (item.text !== text.slice(start, end))
      problems.push(
        `${JSON.stringify(item.text)} is not the slice ${JSON.stringify(text.slice(start, end))}`,
      );
    for (const d of letter.source.discarded) {
      const [ds, de] = span(d);
      const holdsName = references.has(item) && ds <= start && end <= de;
      if (ds < end && de > start && (ds < start || de > end) && !holdsName)
        problems.push(
          `set aside ${JSON.stringify(d.text)} straddles the edge of ${JSON.stringify(item.text)}`,
        );
    }
  }
  for (let i = 1; i < blocks.length; i++)
    if (span(blocks[i]!)[0] < span(blocks[i - 1]!)[1])
      problems.push(`block ${blocks[i]!.id} overlaps block ${blocks[i - 1]!.id}`);
  return problems;
}

describe('nothing is lost', () => {
  for (const path of allLetters()) {
    it(`every character of ${path} is in exactly one place`, () => {
      const bytes = readFileSync(path);
      const letter = parseLetter(bytes, { path });
      expect(coverageProblems(letter, readText(bytes).text)).toEqual([]);
    });

    it(`every item's text is the source slice at its position in ${path}`, () => {
      const bytes = readFileSync(path);
      expect(sliceProblems(parseLetter(bytes, { path }), readText(bytes).text)).toEqual([]);
    });
  }

  it('a page label between list items and inside a joined paragraph stays in the text, not in plain', () => {
    const source = [
      'Geachte leden,',
      '',
      'Wij vragen u om:',
      '',
      '• het herhaalgesprek',
      'Pagina 2 van 4',
      '• het aanpassen van de regels',
      '',
      'Gemeenten willen dat de minister de regels voor de opvang van jongeren',
      '',
      'Pagina 3 van 4',
      '',
      'aanpast voor alle gemeenten.',
      '',
      'Met vriendelijke groet,',
    ].join('\n');
    const letter = parseLetter(source);
    expect(letter.source.discarded.map((d) => d.text)).toEqual(['Pagina 2 van 4', 'Pagina 3 van 4']);
    const blocks = letter.themes.flatMap((t) => t.blocks);
    const list = blocks.find((b) => b.type === 'list')!;
    expect(list.text).toBe('• het herhaalgesprek\nPagina 2 van 4\n• het aanpassen van de regels');
    expect(list.plain).toBe('het herhaalgesprek\nhet aanpassen van de regels');
    const joined = blocks.find((b) => b.text.startsWith('Gemeenten'))!;
    expect(joined.text).toContain('Pagina 3 van 4');
    expect(joined.plain).toBe(
      'Gemeenten willen dat de minister de regels voor de opvang van jongeren aanpast voor alle gemeenten.',
    );
    expect(sliceProblems(letter, source)).toEqual([]);
    expect(coverageProblems(letter, source)).toEqual([]);
  });

  it('holds for generated letters of headings, paragraphs, bullets and arrows, split by page labels', () => {
    const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    const label = fc.constantFrom('Pagina 2 van 4', '2/4', '- 3 -');
    const bullets = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((s) => s.map((x) => `• ${x}`));
    const block = fc.oneof(
      fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
      word.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
      fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => `  • ${x}`).join('\n')),
      sentence.map((s) => `- ➔ ${s}`),
      fc.constant('Meer informatie'),
      fc.constant('2/4'),
      // a list with a page label between two of its items
      fc.tuple(bullets, label, fc.nat()).map(([items, l, at]) => {
        const lines = [...items];
        lines.splice(1 + (at % (items.length - 1)), 0, l);
        return lines.join('\n');
      }),
      // a paragraph split mid-sentence by a page break with a label, which the parser joins back
      fc
        .tuple(
          fc.array(word, { minLength: 8, maxLength: 14 }),
          label,
          fc.array(word, { minLength: 2, maxLength: 6 }),
        )
        .map(
          ([head, l, tail]) => `De ${head.join(' ')}\n\n${l}\n\n${tail.join(' ').toLowerCase()} gemeenten.`,
        ),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const source = blocks.join('\n\n');
        const letter = parseLetter(source);
        const text = readText(new TextEncoder().encode(source)).text;
        expect(coverageProblems(letter, text)).toEqual([]);
        expect(sliceProblems(letter, text)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
