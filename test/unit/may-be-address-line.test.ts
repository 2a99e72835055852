import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeAddressLine } from '../../src/parse/may-be-address-line.js';
import { ADDRESS_LINE, BYLINE, POSTCODE } from '../../src/parse/page-blocks.js';
import { openingsOf, opensAs } from '../../src/read/pattern-openings.js';

const isAddress = (line: string): boolean => POSTCODE.test(line) || ADDRESS_LINE.test(line);

describe('mayBeAddressLine', () => {
  it('says yes to a postcode, a number after its label, Postbus and www.', () => {
    expect(mayBeAddressLine('3503 RE Utrecht')).toBe(true);
    expect(mayBeAddressLine('T 030 263 41 90')).toBe(true);
    expect(mayBeAddressLine('Telefoon.: \t+(070) 373 80 00')).toBe(true);
    expect(mayBeAddressLine('POSTBUS 30435')).toBe(true);
    expect(mayBeAddressLine('Www.vng.nl')).toBe(true);
    expect(mayBeAddressLine('Poſtbus')).toBe(true);
  });

  it('says no to a title without a digit near its start', () => {
    expect(mayBeAddressLine('Mensenhandel en prostitutie')).toBe(false);
    expect(mayBeAddressLine('Telefonische bereikbaarheid van 2024')).toBe(false);
    expect(mayBeAddressLine('De website www.vng.nl')).toBe(false);
    expect(mayBeAddressLine('')).toBe(false);
  });

  it('never says no where the address patterns match', () => {
    const part = fc.constantFrom(
      'Postbus',
      'poſtbus',
      'www.',
      'WWW.',
      'T',
      'tel',
      'Telefoon',
      'fax',
      'M',
      '.',
      ':',
      '+',
      '(',
      ')',
      '-',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '0',
      '30',
      '070',
      '3503',
      'RE',
      'É',
      'x',
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (list) => {
        const line = list.join('');
        if (!isAddress(line)) return;
        matched++;
        expect(mayBeAddressLine(line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(20);
  });
});

describe('the byline gate', () => {
  const openings = openingsOf(BYLINE);

  it('reads the words a byline opens with', () => {
    expect(opensAs('Door Jan de Vries', openings)).toBe(true);
    expect(opensAs('GESCHREVEN DOOR: Jan', openings)).toBe(true);
    expect(opensAs('Tekſt: Jan', openings)).toBe(true);
    expect(opensAs('Geschreven op 5 mei', openings)).toBe(false);
    expect(opensAs('Mensenhandel en prostitutie', openings)).toBe(false);
  });

  it('never refuses a line the byline pattern matches', () => {
    const part = fc.constantFrom(
      'door',
      'Door',
      'TEKST',
      'tekſt',
      'auteur',
      'Redactie',
      'geschreven',
      'bron',
      ':',
      ' ',
      '\t',
      '\u00a0',
      'Jan',
      'de Vries',
      '.',
      'x',
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (list) => {
        const line = list.join('');
        if (!BYLINE.test(line)) return;
        matched++;
        expect(opensAs(line, openings)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(20);
  });
});
