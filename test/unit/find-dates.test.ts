import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseDutchDate } from '../../src/text/find-dates.js';

const REF = { year: 2024, month: 9, day: 5 };

describe('parseDutchDate: written forms', () => {
  it.each([
    ['5 september 2024', '2024-09-05', '5 september 2024'],
    ['d.d. 3 maart 2025', '2025-03-03', '3 maart 2025'],
    ['Den Haag, 4 oktober 2024', '2024-10-04', '4 oktober 2024'],
    ['23-12-2023', '2023-12-23', '23-12-2023'],
    ['18 feb. 2022', '2022-02-18', '18 feb. 2022'],
    ['3 mrt 2025', '2025-03-03', '3 mrt 2025'],
    ['d.d. 26-01-2000', '2000-01-26', '26-01-2000'],
    ['gepubliceerd op 11.09.2024', '2024-09-11', '11.09.2024'],
    ['1 jan. 2025', '2025-01-01', '1 jan. 2025'],
  ])('%s', (input, date, text) => {
    const d = parseDutchDate(input);
    expect(d?.date).toBe(date);
    expect(d?.text).toBe(text);
    expect(d?.yearGiven).toBe(true);
    expect(input.slice(d?.start, d?.end)).toBe(text);
  });

  it('gives day and month but no year or date without a reference', () => {
    const d = parseDutchDate('Het overleg is op 11 sept');
    expect(d).toMatchObject({ text: '11 sept', day: 11, month: 9, year: null, date: null, yearGiven: false });
  });

  it('keeps a month with its year but without a day', () => {
    const d = parseDutchDate('uit een onderzoek van februari 2024 blijkt');
    expect(d).toMatchObject({ text: 'februari 2024', day: null, month: 2, year: 2024, date: null });
  });
});

describe('findDates: year from the reference', () => {
  it('gives the first day of "11 en 12 november" and "3 t/m 5 maart" its own date', () => {
    expect(findDates('De Kamer vergadert op 11 en 12 november.', REF).map((d) => [d.text, d.date])).toEqual([
      ['11', '2024-11-11'],
      ['12 november', '2024-11-12'],
    ]);
    expect(findDates('Van 3 t/m 5 maart 2025 is het congres.').map((d) => d.date)).toEqual([
      '2025-03-03',
      '2025-03-05',
    ]);
    expect(findDates('Er waren 40 en 12 november bleef het stil.', REF).map((d) => d.text)).toEqual([
      '12 november',
    ]);
  });

  it('derives the year nearest the reference date', () => {
    expect(parseDutchDate('11 sept', REF)?.date).toBe('2024-09-11');
    expect(parseDutchDate('het overleg van 8 januari', REF)?.date).toBe('2025-01-08');
    expect(parseDutchDate('sinds 20 april', REF)?.date).toBe('2024-04-20');
  });

  it('trims a leading "Op" and shifts the start', () => {
    const input = 'Op woensdag 11 september debatteert u over de wet.';
    const d = parseDutchDate(input, REF);
    expect(d).toMatchObject({ text: 'woensdag 11 september', start: 3, date: '2024-09-11', weekday: 3 });
    expect(d?.weekdayMismatch).toBe(false);
  });

  it('trims a leading comma', () => {
    const input = 'het debat met de minister, donderdag 24 februari';
    const d = parseDutchDate(input, { year: 2022, month: 2, day: 18 });
    expect(d?.text).toBe('donderdag 24 februari');
    expect(input.slice(d?.start, d?.end)).toBe('donderdag 24 februari');
    expect(d?.date).toBe('2022-02-24');
  });

  it('lets a named weekday pick the year', () => {
    // 12 March is a Wednesday in 2025, a Tuesday in 2024: the nearer year loses.
    const d = parseDutchDate('op woensdag 12 maart', { year: 2024, month: 8, day: 1 });
    expect(d?.date).toBe('2025-03-12');
    expect(d?.weekdayMismatch).toBe(false);
  });

  it('flags a weekday that fits none of the nearby years', () => {
    // 24 February is a Friday (2023), Saturday (2024) and Monday (2025).
    const d = parseDutchDate('donderdag 24 februari', REF);
    expect(d).toMatchObject({ date: '2025-02-24', weekday: 4, weekdayMismatch: true });
  });

  it('flags a weekday that contradicts a written year', () => {
    expect(parseDutchDate('vrijdag 5 september 2024')?.weekdayMismatch).toBe(true);
    expect(parseDutchDate('donderdag 5 september 2024')?.weekdayMismatch).toBe(false);
  });

  it('reads "jl." as past and "a.s." as coming', () => {
    const ref = { year: 2024, month: 7, day: 10 };
    expect(parseDutchDate('Op 30 september jl. spraken wij', { year: 2024, month: 3, day: 1 })?.date).toBe(
      '2023-09-30',
    );
    expect(parseDutchDate('het overleg van 2 juli a.s.', ref)?.date).toBe('2025-07-02');
    expect(parseDutchDate('het overleg van 2 juli', ref)?.date).toBe('2024-07-02');
  });

  it('never uses today as reference', () => {
    const d = parseDutchDate('op 14 mei');
    expect(d?.year).toBeNull();
    expect(d?.date).toBeNull();
  });

  it('takes the year of a range end for its start', () => {
    const d = parseDutchDate('van 1 juni tot 1 juli 2024');
    expect(d).toMatchObject({ date: '2024-06-01', yearGiven: true });
  });
});

describe('findDates: offsets and several dates', () => {
  it('finds each date with offsets into the input', () => {
    const input =
      'Den Haag, 12 maart 2024\nIn de brief van 2 februari 2024 schreef ik over het overleg van 14 december 2023.';
    const found = findDates(input);
    expect(found.map((d) => d.date)).toEqual(['2024-03-12', '2024-02-02', '2023-12-14']);
    for (const d of found) expect(input.slice(d.start, d.end)).toBe(d.text);
  });

  it('sees a date with a footnote digit glued to it', () => {
    const input = 'het tweeminutendebat van 14 december 2023.4 In deze brief';
    expect(findDates(input).map((d) => d.text)).toEqual(['14 december 2023']);
  });

  it('leaves a time after the date out of the text', () => {
    expect(parseDutchDate('op 5 september 2024 om 14.00 uur')?.text).toBe('5 september 2024');
    expect(parseDutchDate('op 5 september om 10 uur', REF)?.text).toBe('5 september');
  });

  it('works across paragraphs and keeps offsets', () => {
    const input = 'Eerste alinea.\n\nTweede alinea over 3 april 2023.\n\n\nDerde over 9 mei 2022.';
    const found = findDates(input);
    expect(found.map((d) => d.text)).toEqual(['3 april 2023', '9 mei 2022']);
    for (const d of found) expect(input.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('findDates: not dates', () => {
  it.each([
    'Vanaf 2026 loopt het tekort op.',
    'In 2026 moet het geregeld zijn.',
    'medio 2026',
    'voor de periode 2024-2026',
    'zie pagina 2/4 van de bijlage',
    'Kamerstuk 28 638, nr. 190',
    'het overleg begint om 14.00 uur',
    'om 10:30',
    'zo blijkt uit onderzoek',
    'nu het nieuwe kabinet er is',
    'binnen 2 weken na ontvangst',
    'drie maanden later',
    'Jan de Vries sprak namens de gemeente',
    'in mei',
    'Voorjaarsnota 2025',
  ])('%s', (input) => {
    expect(findDates(input, REF)).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('31 februari 2024')).toEqual([]);
  });
});

describe('findDates: size', () => {
  // a hang guard, not a speed test: speed is measured by `npm run bench`
  it('reads a large text', { timeout: 30_000 }, () => {
    const para = 'Op woensdag 11 september debatteert u over 3 april 2023 en het budget van € 5 miljoen.\n\n';
    const input = para.repeat(Math.ceil(1_000_000 / para.length));
    const found = findDates(input, REF);
    expect(found.length).toBe(2 * Math.ceil(1_000_000 / para.length));
  });

  it('copes with one huge line without breaks', () => {
    const input = 'gemeenten en 5 september 2024 '.repeat(30_000);
    expect(findDates(input).length).toBe(30_000);
  });
});

describe('findDates: properties', () => {
  const piece = fc.constantFrom(
    ' ',
    '\n',
    '\n\n',
    ',',
    '.',
    '-',
    '/',
    'Op ',
    'woensdag ',
    '5 ',
    '11',
    '2024',
    'september',
    'sept',
    'feb.',
    ' jl.',
    ' a.s.',
    '23-12-2023',
    'om 14.00 uur',
    '1',
    '.1',
  );
  it('returns ordered, non-overlapping slices with real dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 }),
        fc.boolean(),
        (parts, useRef) => {
          const input = parts.join('');
          let last = 0;
          for (const d of findDates(input, useRef ? REF : undefined)) {
            expect(input.slice(d.start, d.end)).toBe(d.text);
            expect(d.start).toBeGreaterThanOrEqual(last);
            if (d.date) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (!useRef && !d.yearGiven) expect(d.year).toBeNull();
            last = d.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
