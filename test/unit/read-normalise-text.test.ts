import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/read/normalise-text.js';
import { readText } from '../../src/read/read-text.js';

const read = (s: string) => readText(new TextEncoder().encode(s));

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF, one repair per form with a count', () => {
    const r = normaliseText('Geachte leden,\r\n\r\nWij vragen\rhet kabinet.');
    expect(r.text).toBe('Geachte leden,\n\nWij vragen\nhet kabinet.');
    expect(r.found.map((f) => [f.kind, f.from, f.to, f.count])).toEqual([
      ['line-ends', '\r\n', '\n', 2],
      ['line-ends', '\r', '\n', 1],
    ]);
  });

  it('turns no-break, narrow, figure, thin and ideographic spaces into plain spaces; tabs stay', () => {
    const r = normaliseText('€\u00a05\u202fmiljoen\u2007en\u2009meer\u3000nu\tklaar');
    expect(r.text).toBe('€ 5 miljoen en meer nu\tklaar');
    expect(r.found.every((f) => f.kind === 'odd-space' && f.to === ' ')).toBe(true);
    expect(r.found.map((f) => f.from)).toEqual(['\u00a0', '\u202f', '\u2007', '\u2009', '\u3000']);
  });

  it('removes soft hyphens and zero-width characters', () => {
    const r = normaliseText('gemeen\u00adtelijke\u200b taken\u200d en\u2060 \ufeffregels');
    expect(r.text).toBe('gemeentelijke taken en regels');
    expect(r.found.map((f) => [f.kind, f.from, f.count])).toEqual([
      ['invisible-char', '\u00ad', 1],
      ['invisible-char', '\u200b', 1],
      ['invisible-char', '\u200d', 1],
      ['invisible-char', '\u2060', 1],
      ['invisible-char', '\ufeff', 1],
    ]);
  });

  it('composes decomposed accents', () => {
    expect(normaliseText('ide\u0301e en cree\u0308ren').text).toBe('idée en creëren');
  });

  it('leaves a text with nothing to normalise as it is: accents, curly quotes, tabs and LF are no targets', () => {
    const text = 'Geachte leden,\n\n‘Wij vragen’ het kabinet\tom € 5 miljoen voor creëren en ideeën.';
    expect(normaliseText(text)).toEqual({ text, edits: [], found: [] });
  });

  it('still finds one target far into a long text without others', () => {
    const long = 'Wij vragen het kabinet. '.repeat(200);
    expect(normaliseText(`${long}ide\u0301e`).text).toBe(`${long}idée`);
    expect(normaliseText(`${long}einde\u200b`).found).toMatchObject([{ kind: 'invisible-char' }]);
    expect(normaliseText(`${long}\u0301`).text).toBe(`${long}\u0301`);
  });

  it('reads a text the same whether or not it holds a target elsewhere', () => {
    // with a no-break space in front the whole text is scanned; without it, a text with no target is returned at once
    const char = fc.constantFrom(
      'a',
      'é',
      'ë',
      ' ',
      '\t',
      '\n',
      '’',
      '.',
      '\u0301',
      '\u0308',
      '\r',
      '\u00a0',
      '\u200b',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(normaliseText(`\u00a0${text}`).text).toBe(` ${normaliseText(text).text}`);
      }),
    );
  });
});

describe('normalisation positions in the final text', () => {
  it('puts each repair where its result is, after removals earlier in the text', () => {
    const r = read('Een\u00ad\u00adzaak\r\nvan\u00a0belang.\r\n');
    expect(r.text).toBe('Eenzaak\nvan belang.\n');
    const lineEnds = r.repairs.find((x) => x.kind === 'line-ends');
    expect(lineEnds?.count).toBe(2);
    expect(lineEnds?.position?.start).toEqual({ line: 1, column: 8, offset: 7 });
    const space = r.repairs.find((x) => x.kind === 'odd-space');
    expect(r.text.slice(space!.position!.start.offset, space!.position!.end.offset)).toBe(' ');
    expect(space?.position?.start.offset).toBe(11);
    const invisible = r.repairs.find((x) => x.kind === 'invisible-char');
    expect(invisible).toMatchObject({ count: 2, position: { start: { offset: 3 }, end: { offset: 3 } } });
  });

  it('does not warn about normalisation', () => {
    expect(read('a\u00a0b\r\nc\u00add').messages).toEqual([]);
  });
});
