import { InputError } from '../../src/core/errors.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines, positionOf } from '../../src/model/position.js';
import { readText } from '../../src/read/read-text.js';
import { setAsideBoilerplate } from '../../src/read/set-aside-boilerplate.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readText', () => {
  it('decodes, repairs and normalises UTF-16 with a BOM, positions in the final text', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Geachte leden,\r\n\r\nDe coƶrdinatie\u00a0faalt.\r\n', 'utf16le'),
    ]);
    const r = readText(bytes);
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe('Geachte leden,\n\nDe coördinatie faalt.\n');
    const moji = r.repairs.find((x) => x.kind === 'mojibake-latin-ext-b');
    expect(moji?.position?.start).toEqual({ line: 3, column: 6, offset: r.text.indexOf('ö') });
    expect(r.repairs.map((x) => [x.kind, x.count])).toEqual([
      ['line-ends', 3],
      ['mojibake-latin-ext-b', 1],
      ['odd-space', 1],
    ]);
  });

  it('reports a Windows-1252 fallback as information', () => {
    const r = readText(Uint8Array.from([0x63, 0x72, 0x65, 0xeb, 0x72, 0x65, 0x6e]));
    expect(r).toMatchObject({ text: 'creëren', encoding: 'windows-1252' });
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: 'encoding-fallback', severity: 'info' })]);
  });

  it('passes input errors on', () => {
    expect(() => readText(new Uint8Array())).toThrow(InputError);
    expect(() => readText(Uint8Array.from([0x41, 0, 0x42]))).toThrow('binary file (NUL bytes)');
  });

  it('maps every position onto the final text, whatever the mix of repairs (property)', () => {
    const pieces = [
      'a',
      'é',
      ' ',
      '\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\u00ad',
      '\u200b',
      'Ã«',
      'Ã©',
      'â€“',
      'Â\u00a0',
      'coƶ',
      'ƫ',
      'iĆ«',
      'xÆ«',
      'ƒ',
      'e\u0301',
      '\t',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (parts) => {
        const r = readText(utf8(`x${parts.join('')}`));
        const index = indexLines(r.text);
        for (const repair of r.repairs) {
          const { start, end } = repair.position!;
          expect(start.offset).toBeLessThanOrEqual(end.offset);
          expect(end.offset).toBeLessThanOrEqual(r.text.length);
          expect(repair.position).toEqual(positionOf(index, start.offset, end.offset));
          // a repair's result is in the text unless a later normalisation changed it again (NBSP → space)
          const slice = r.text.slice(start.offset, end.offset);
          if (!/[\u00a0\u200b]/.test(repair.to)) expect(slice).toBe(repair.to);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text, and the boilerplate mask keeps every offset (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        let r: ReturnType<typeof readText>;
        try {
          r = readText(utf8(`${s}\nMeer informatie`));
        } catch (err) {
          if (err instanceof InputError) return; // control characters: refused as binary, which is right
          throw err;
        }
        setAsideBoilerplate(r);
        const { text: masked, discarded, source } = r;
        expect(masked.length).toBe(source.length);
        for (const d of discarded)
          expect(source.slice(d.position.start.offset, d.position.end.offset)).toBe(d.text);
      }),
      { numRuns: 300 },
    );
  });
});
