/** PDF text items → lines: rows, cells, paragraph gaps, page breaks, list items set in, wrapped headings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layOutPdfText, type PdfTextItem } from '../../src/read/lay-out-pdf-text.js';

const BODY = 'F1';
const BOLD = 'F2';
/** One line of body text at baseline y (points from the bottom), starting at x. */
const at = (y: number, str: string, x = 72, font = BODY, size = 12): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
  font,
});
/** Lines 18 points apart from the top of the page, a gap of `gap` where a line is null. */
function page(lines: (string | null)[], gap = 30): PdfTextItem[] {
  let y = 780;
  const items: PdfTextItem[] = [];
  for (const line of lines) {
    if (line === null) y -= gap - 18;
    else {
      items.push(at(y, line));
      y -= 18;
    }
  }
  return items;
}

describe('layOutPdfText', () => {
  it('keeps printed lines, and puts a blank line at a paragraph gap and between pages', () => {
    const { text, pages } = layOutPdfText([
      page([
        'Geachte leden,',
        null,
        'Wij vragen u om geld voor',
        'de opvang van slachtoffers.',
        'Een derde regel.',
      ]),
      page(['Met vriendelijke groet,']),
    ]);
    expect(text).toBe(
      'Geachte leden,\n\nWij vragen u om geld voor\nde opvang van slachtoffers.\nEen derde regel.\n\nMet vriendelijke groet,',
    );
    expect(pages).toEqual([1, 7]);
  });

  it('joins the pieces of a line, with a space only where they stand apart', () => {
    const { text } = layOutPdfText([
      [at(700, 'Wij vragen', 72), at(700, 'u', 72 + 60 + 3), at(700, 'om', 144), at(700, 'geld.', 156)],
    ]);
    expect(text).toBe('Wij vragen u omgeld.');
  });

  it('makes pieces of one baseline far apart separate lines (a footer and its page number)', () => {
    const { text } = layOutPdfText([
      [
        ...page(['Tekst van de brief.']),
        at(40, 'VNG, Postbus 30435', 72, BODY, 8),
        at(40, 'Pagina 1 van 2', 470, BODY, 8),
      ],
    ]);
    expect(text.split('\n').slice(-2)).toEqual([
      'VNG, Postbus 30435',
      expect.stringMatching(/^ +Pagina 1 van 2$/),
    ]);
  });

  it('sets a list item in, and its wrapped lines under its text', () => {
    const { text } = layOutPdfText([
      [
        at(700, 'Wij vragen het volgende van de Kamer, met nadruk.'),
        at(682, '➔ Zorg voor structurele financiering van de opvang van', 102),
        at(664, 'slachtoffers', 102),
        at(646, 'Een gewone regel van de brief die verder gaat.'),
      ],
    ]);
    expect(text.split('\n')).toEqual([
      'Wij vragen het volgende van de Kamer, met nadruk.',
      '     ➔ Zorg voor structurele financiering van de opvang van',
      '       slachtoffers',
      'Een gewone regel van de brief die verder gaat.',
    ]);
  });

  it('joins a heading that wrapped (lines in a font other than the body’s), not a body paragraph', () => {
    const { text } = layOutPdfText([
      [
        at(700, 'Structureel financieel tekort opvang', 72, BOLD),
        at(682, 'slachtoffers mensenhandel', 72, BOLD),
        at(652, 'De opvang kampt met een tekort van een miljoen euro per jaar.'),
        at(634, 'Dat tekort loopt op.'),
      ],
    ]);
    expect(text.split('\n')).toEqual([
      'Structureel financieel tekort opvang slachtoffers mensenhandel',
      '',
      'De opvang kampt met een tekort van een miljoen euro per jaar.',
      'Dat tekort loopt op.',
    ]);
  });

  it('turns line breaks and controls inside a piece into spaces, so line numbers hold', () => {
    expect(layOutPdfText([[at(700, 'een\u2028twee\rdrie\u0000vier')]]).text).toBe('een twee drie vier');
  });

  it('never throws, and counts every page, for any items', () => {
    const item = fc.record({
      str: fc.string({ maxLength: 12 }),
      x: fc.double({ min: -100, max: 700, noNaN: true }),
      y: fc.double({ min: -100, max: 900, noNaN: true }),
      width: fc.double({ min: 0, max: 500, noNaN: true }),
      size: fc.double({ min: 0, max: 40, noNaN: true }),
      font: fc.constantFrom(BODY, BOLD),
    });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 30 }), { maxLength: 4 }), (pages) => {
        const out = layOutPdfText(pages);
        expect(out.pages).toHaveLength(pages.length);
        expect(out.text).not.toMatch(/[\r\u2028\u2029\f]/);
      }),
      { numRuns: 200 },
    );
  });
});
