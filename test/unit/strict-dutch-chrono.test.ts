import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neededWords, strictDutch } from '../../src/text/strict-dutch-chrono.js';

const REF = new Date(2024, 8, 5, 12);
/** What a parse finds, as plain data: where, the text, and the known components. */
const found = (c: chrono.Chrono, text: string) =>
  c.parse(text, REF).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);

describe('strictDutch', () => {
  it('knows the words of exactly the two time-span parsers of chrono’s strict Dutch set', () => {
    const context = { text: '', reference: REF } as unknown as Parameters<chrono.Parser['pattern']>[0];
    const needs = chrono.nl
      .createConfiguration(true)
      .parsers.map((p) => neededWords(p.pattern(context)))
      .filter((w) => w !== null);
    expect(needs).toEqual([['geleden'], ['later', 'vanaf nu']]);
  });

  it('is given patterns that do not depend on the text or the date (strictDutch asks each parser once)', () => {
    const contextOf = (text: string, reference: Date) =>
      ({ text, reference, refDate: reference }) as unknown as Parameters<chrono.Parser['pattern']>[0];
    const shown = (context: Parameters<chrono.Parser['pattern']>[0]) =>
      chrono.nl
        .createConfiguration(true)
        .parsers.map((p) => p.pattern(context))
        .map((re) => `/${re.source}/${re.flags}`);
    expect(shown(contextOf('Op 12 september 2024 om 10.00 uur.', new Date(1999, 0, 1)))).toEqual(
      shown(contextOf('', REF)),
    );
  });

  it('finds a time span before its word, in any case, as chrono.nl.strict does', () => {
    for (const text of [
      'Dat besloot de raad drie weken geleden.',
      'DRIE WEKEN GELEDEN besloot de raad.',
      'Twee dagen later volgt het besluit, op 12 september 2024.',
      'Het geldt 5 jaar vanaf nu.',
      'Binnen 3 dagen en 2 uur later.',
    ]) {
      expect(found(strictDutch, text)).toEqual(found(chrono.nl.strict, text));
      expect(found(strictDutch, text).length).toBeGreaterThan(0);
    }
  });

  it('finds nothing of those parsers in text without their words, and the rest as before', () => {
    for (const text of [
      'De wet van 1 januari 2025 geldt.',
      'Drie weken gelden de regels, vanaf 1 mei.',
      'Vanaf nu-en-dan, 4 dagen lat.',
      '',
    ])
      expect(found(strictDutch, text)).toEqual(found(chrono.nl.strict, text));
  });

  it('finds what chrono.nl.strict finds in any text', () => {
    const words = fc.constantFrom(
      'drie',
      '3',
      'weken',
      'dagen',
      'uur',
      'geleden',
      'Geleden',
      'later',
      'LATER',
      'vanaf',
      'nu',
      'binnen',
      'september',
      '2024',
      '12',
      ' ',
      ',',
      '.',
      '-',
      'ſ',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        expect(found(strictDutch, text)).toEqual(found(chrono.nl.strict, text));
      }),
      { numRuns: 300 },
    );
  });
});
