import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/extract/references/find-references.js';

// words that trigger the finders, mixed with noise
const pieces = [
  'Wet',
  'wetsvoorstel',
  'artikel',
  '273f',
  'Sr',
  'motie-',
  'Kamerstuk',
  '28 638',
  ', nr.',
  '12',
  '(',
  ')',
  '‘',
  '’',
  'VNG',
  'OM',
  'de',
  'van',
  'het',
  'lid',
  'minister',
  'Van der',
  'Berg',
  'commissie',
  'voor',
  'Binnenlandse Zaken',
  'actieplan',
  'Samen',
  '**',
  '[',
  '](#)',
  ',',
  '.',
  '\n',
  '-',
  'en',
  'c.s.',
  'Gemeentewet',
  'euro',
  '36 600',
];
const arbitraryText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 200 }),
);

describe('findReferences on arbitrary text', () => {
  it('never throws, returns exact surfaces, and no two overlapping references of one kind', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const refs = findReferences(text);
        for (const r of refs) {
          expect(text.slice(r.start, r.end)).toBe(r.text);
          expect(r.end).toBeGreaterThan(r.start);
        }
        for (const a of refs)
          for (const b of refs)
            if (a !== b && a.kind === b.kind) expect(a.start >= b.end || b.start >= a.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // a hang guard, not a speed test: speed is measured by `npm run bench`
  it('finishes on long repetitive input', { timeout: 20_000 }, () => {
    const text = 'motie-Jansen, Pietersen en Wet (VNG) artikel 5, eerste lid, minister Van der '.repeat(2000);
    expect(findReferences(text).filter((r) => r.kind === 'motion').length).toBeGreaterThan(0);
  });
});
