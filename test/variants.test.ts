import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';
import { LETTER_2024 } from './helpers/letters.js';

const original = readFileSync(LETTER_2024, 'utf8');
const shape = (l: Letter) => l.themes.filter((t) => t.title).map((t) => `${t.level} ${t.title}`);

/** Windows-1252 bytes for a text whose characters all exist in that code page. */
function toWindows1252(text: string): Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1252');
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** The 2024 letter rewritten as Markdown: # for top-level themes, ## below them, "- ➔" list items. */
function toMarkdown(letter: Letter, text: string): string {
  let out = text;
  const titled = letter.themes.filter((t) => t.title && t.titlePosition).reverse();
  for (const t of titled) {
    const p = t.titlePosition!;
    out = `${out.slice(0, p.start.offset)}${'#'.repeat(t.level)} ${out.slice(p.start.offset)}`;
  }
  return out.replace(/^→ /gm, '- ➔ ');
}

describe('the 2024 letter in other clothes gives the same themes', () => {
  const expected = shape(parseLetter(Buffer.from(original)));

  it('has the eight headings with their levels', () => {
    expect(expected).toEqual([
      '1 Thema sekswerk scheiden van mensenhandel',
      '1 Mensenhandel',
      '2 Structureel financieel tekort opvang slachtoffers mensenhandel met multiproblematiek',
      '2 Capaciteitstekort AVIM belemmert effectieve aanpak',
      '2 Uitvoerbaarheid gemeenten wetsvoorstel mensenhandel en artikel 273f',
      '1 Sekswerk',
      '2 Wet gemeentelijk toezicht op seksbedrijven',
      '2 Wet regulering sekswerk',
    ]);
  });

  it('with CRLF line ends', () => {
    expect(shape(parseLetter(Buffer.from(original.replace(/\n/g, '\r\n'))))).toEqual(expected);
  });

  it('in Windows-1252', () => {
    const letter = parseLetter(toWindows1252(original));
    expect(letter.source.encoding).toBe('windows-1252');
    expect(shape(letter)).toEqual(expected);
  });

  it('in UTF-16 LE with BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const letter = parseLetter(bytes);
    expect(letter.source.encoding).toBe('utf-16le');
    expect(shape(letter)).toEqual(expected);
  });

  it('rewritten as Markdown with # headings and - ➔ items', () => {
    const md = toMarkdown(parseLetter(Buffer.from(original)), original);
    expect(md).toContain('## Wet regulering sekswerk');
    const letter = parseLetter(Buffer.from(md), { path: 'letter.md' });
    expect(letter.source.format).toBe('markdown');
    expect(shape(letter)).toEqual(expected);
  });
});
