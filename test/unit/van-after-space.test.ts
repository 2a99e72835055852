import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FROM_TO, vanAfterSpace } from '../../src/extract/references/find-documents.js';

describe('vanAfterSpace', () => {
  it('says yes where "Van" follows spaces, no where no space comes first or the case differs', () => {
    expect(vanAfterSpace('de publicatie \u00a0Van schuld naar schone lei', 13)).toBe(true);
    expect(vanAfterSpace('de publicatie Van', 12)).toBe(false);
    expect(vanAfterSpace('de publicatie van schuld naar', 13)).toBe(false);
    expect(vanAfterSpace('de publicatie  ', 13)).toBe(false);
  });

  it('never says no where the pattern matches at the position', () => {
    const parts = fc.constantFrom(
      ' ',
      '\t',
      '\u00a0',
      'Van',
      'van',
      'schuld',
      'naar',
      'Parijs',
      '\n',
      '.',
      'x',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 9 }), fc.nat(4), (list, pos) => {
        const text = list.join('');
        FROM_TO.lastIndex = pos;
        if (FROM_TO.test(text)) expect(vanAfterSpace(text, pos)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
