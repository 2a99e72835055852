import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLineHyphens, mayHoldLineHyphen } from '../../src/text/join-line-hyphens.js';

describe('joinLineHyphens', () => {
  it('joins words hyphenated at a line end and maps offsets back', () => {
    const source = 'het minis-\nterie en de Documenta-\n  tiecentra';
    const joined = joinLineHyphens(source);
    expect(joined.text).toBe('het ministerie en de Documentatiecentra');
    expect(joined.breaks).toHaveLength(2);
    const at = joined.text.indexOf('Documentatiecentra');
    expect(joined.toSource(at)).toBe(source.indexOf('Documenta'));
    expect(joined.toSource(joined.text.length - 1)).toBe(source.length - 1);
    expect(joined.toSource(joined.text.indexOf('terie'))).toBe(source.indexOf('terie'));
  });

  it('joins across blank lines, where a page break and its furniture set aside stood', () => {
    expect(joinLineHyphens('de kwalificatie-\n\n   \n\nstructuur').text).toBe('de kwalificatiestructuur');
  });

  it('keeps a hyphen before a capital, a space or a digit', () => {
    for (const text of ['Noord-\nHolland', 'zorg- en welzijn', 'zorg-\n en welzijn', 'COVID-\n19'])
      expect(joinLineHyphens(text).text).toBe(text);
  });
});

describe('mayHoldLineHyphen', () => {
  it('says yes to a hyphen, up to three spaces or tabs and a line break', () => {
    expect(mayHoldLineHyphen('het minis-\nterie')).toBe(true);
    expect(mayHoldLineHyphen('het minis- \t \r\nterie')).toBe(true);
    expect(mayHoldLineHyphen('het minis-    \nterie')).toBe(false);
    expect(mayHoldLineHyphen('het ministerie\n- van')).toBe(false);
    expect(mayHoldLineHyphen('-')).toBe(false);
    expect(mayHoldLineHyphen('\n')).toBe(false);
  });

  it('says yes exactly where the hyphen and line break the hyphen patterns need stand', () => {
    const parts = fc.constantFrom('a', 'Noord', '-', ' ', '\t', '\r', '\n', 'en ', 'x');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }), (list) => {
        const text = list.join('');
        expect(mayHoldLineHyphen(text)).toBe(/-[ \t]{0,3}\r?\n/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
