import { describe, expect, it } from 'vitest';
import {
  collectAbbreviations,
  findReferences,
  linkReferences,
} from '../../src/extract/references/find-references.js';

/** Finds references in each paragraph (as the caller does) and links them; groups as texts. */
function linkedTexts(paragraphs: string[]): string[][] {
  const known = collectAbbreviations(paragraphs.join('\n\n'));
  const refs = paragraphs.flatMap((p) => findReferences(p, { knownAbbreviations: known }));
  return linkReferences(refs).map((g) => g.map((i) => `${refs[i]?.kind}:${refs[i]?.text}`));
}

describe('linkReferences', () => {
  it('links a law, its bill, its abbreviation and its dossier number', () => {
    const groups = linkedTexts([
      'Het Wetsvoorstel regulering sekswerk (Wrs) ligt in de Kamer.',
      'Behandel de Wet regulering sekswerk snel.',
      'Zie Kamerstuk 35715.',
    ]);
    expect(groups).toContainEqual([
      'bill:Wetsvoorstel regulering sekswerk',
      'bill:Wrs',
      'law:Wet regulering sekswerk',
      'kamerstuk:Kamerstuk 35715',
    ]);
  });

  it('links a full name to its abbreviation across paragraphs', () => {
    const groups = linkedTexts(['De Vereniging van Kleine Dorpen (VKD) is kritisch.', 'Wij steunen de VKD.']);
    expect(groups).toEqual([
      ['organisation:Vereniging van Kleine Dorpen', 'organisation:VKD', 'organisation:VKD'],
    ]);
  });

  it('links a full name and a surname of one person, and a motion to its Kamerstuk', () => {
    const groups = linkedTexts([
      'Staatssecretaris Karin van den Berg was er.',
      'Wij vragen staatssecretaris Van den Berg om uitvoering van de motie Dijkgraaf (31 839, nr. 700).',
      'Zie ook 31 839, nr. 700.',
    ]);
    expect(groups).toContainEqual(['person:Karin van den Berg', 'person:Van den Berg']);
    expect(groups).toContainEqual([
      'motion:motie Dijkgraaf',
      'kamerstuk:31 839, nr. 700',
      'kamerstuk:31 839, nr. 700',
    ]);
  });

  it('does not link different things, and accepts other kinds without linking them', () => {
    const refs = findReferences('De Gemeentewet en de Jeugdwet; de VNG en het IPO.');
    expect(linkReferences(refs)).toEqual([]);
    expect(linkReferences([{ kind: 'link', text: 'hier', id: null, name: null }])).toEqual([]);
  });
});
