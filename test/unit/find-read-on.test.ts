import { describe, expect, it } from 'vitest';
import { findReadOn } from '../../src/text/find-read-on.js';

const call = (line: string) => {
  const found = findReadOn(line);
  return found && line.slice(found.start, found.end);
};

describe('findReadOn: a call to read on that points to the document', () => {
  it.each([
    ['Lees de volledige reactie van de koepel.', 'Lees de volledige reactie van de koepel.'],
    ['→ Lees de brief (pdf)', 'Lees de brief (pdf)'],
    ['Bekijk de inbreng van de provincies (pdf) »', 'Bekijk de inbreng van de provincies (pdf) »'],
    ['Download de position paper', 'Download de position paper'],
    [
      'Lees: Wat vragen de waterschappen van het kabinet? (pdf)',
      'Lees: Wat vragen de waterschappen van het kabinet? (pdf)',
    ],
    ['Link naar de reactie.', 'Link naar de reactie.'],
    ['Zie de bijlage voor de volledige tekst.', 'Zie de bijlage voor de volledige tekst.'],
    ['- Raadpleeg het rapport', 'Raadpleeg het rapport'],
  ])('%s', (line, text) => {
    expect(call(line)).toBe(text);
  });

  it.each([
    'Bekijk of de regeling kan worden verlengd.',
    'Zie erop toe dat gemeenten de middelen krijgen.',
    'Zie af van de korting op het gemeentefonds.',
    'Lees alle standpunten van de koepel hier:',
    'Leest u de brief nog eens?',
    'Wij vragen u de brief te lezen.',
    'Lezers van de brief zien dat het geld ontbreekt.',
    'De koepel heeft de brief gestuurd.\nLees de brief.',
  ])('not %s', (line) => {
    expect(findReadOn(line)).toBeNull();
  });
});
