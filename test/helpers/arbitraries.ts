/** fast-check building blocks shared by the property tests: Dutch policy words and runs of them. */
import fc from 'fast-check';

const WORDS = [
  'gemeenten',
  'Kamer',
  'middelen',
  'wet',
  'opvang',
  'zorg',
  'regio',
  'toezicht',
  'VNG',
  'jeugd',
  'uitvoering',
] as const;

export const word = fc.constantFrom(...WORDS);

/** `min` to `max` words joined by spaces. */
export const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
