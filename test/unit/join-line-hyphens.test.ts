import { describe, expect, it } from 'vitest';
import { joinLineHyphens } from '../../src/text/join-line-hyphens.js';

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

  it('keeps a hyphen before a capital, a space or a digit', () => {
    for (const text of [
      'Noord-\nHolland',
      'zorg- en welzijn',
      'zorg-\n en welzijn',
      'COVID-\n19',
      'rijks-\n\nbrede',
    ])
      expect(joinLineHyphens(text).text).toBe(text);
  });
});
