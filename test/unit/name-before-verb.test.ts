import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorPatterns,
  byFirstLetter,
  nameBeforeVerb,
} from '../../src/extract/references/find-organisation-actors.js';
import { allMatches } from '../../src/extract/references/reference-patterns.js';

const VERBS = byFirstLetter(['stelt', 'vragen', 'maakt']);

describe('nameBeforeVerb', () => {
  it('says yes where a name of capitals, or with an inner capital, stands before a verb', () => {
    expect(nameBeforeVerb('Volgens ons stelt de VNG \tvragen', VERBS)).toBe(true);
    expect(nameBeforeVerb('De NVZ, de NFU en ZKN vragen om geld.', VERBS)).toBe(true);
    expect(nameBeforeVerb('WijkNL stelt dat', VERBS)).toBe(true);
    expect(nameBeforeVerb('(G40 maakt zich zorgen', VERBS)).toBe(true);
  });

  it('says no where the word before each verb has fewer than two capitals, or no space stands between', () => {
    expect(nameBeforeVerb('De gemeenten vragen om geld; De stelt.', VERBS)).toBe(false);
    expect(nameBeforeVerb('Wij vragen de VNG.', VERBS)).toBe(false);
    expect(nameBeforeVerb('VNG-vragen', VERBS)).toBe(false);
    expect(nameBeforeVerb('VNG\nvragen', VERBS)).toBe(false);
    expect(nameBeforeVerb('', VERBS)).toBe(false);
  });

  it('never says no where the subject pattern matches', () => {
    const { subject, hasVerb } = actorPatterns();
    const word = fc.constantFrom(
      'VNG',
      'KNVB',
      'G40',
      'WijkNL',
      'ZorgSamen',
      'De',
      'de',
      'gemeente',
      'Ä',
      'ÉÉN',
      'en',
    );
    const gap = fc.constantFrom(' ', '\t', '  ', ', ', ' en ', ' en de ', '\n', '(', '-', '');
    const verb = fc.constantFrom('stelt', 'vragen', 'maken zich zorgen', 'maakt', 'zegt', 'Stelt', 'stelten');
    const text = fc
      .tuple(
        fc.array(fc.tuple(word, gap), { maxLength: 4 }),
        word,
        gap,
        verb,
        fc.constantFrom('', '.', ' dat', 'x'),
      )
      .map(([before, name, space, v, after]) => before.flat().join('') + name + space + v + after);
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (allMatches(subject(), t).length === 0) return;
        matched++;
        expect(hasVerb.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});
