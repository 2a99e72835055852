import { describe, expect, it } from 'vitest';
import { collectAbbreviations, findReferences } from '../../src/extract/references/find-references.js';
import { identifyReferences } from '../../src/extract/references/link-references.js';

/** Finds references in each paragraph (as the caller does) and identifies them; groups as texts. */
function identified(paragraphs: string[]) {
  const known = collectAbbreviations(paragraphs.join('\n\n'));
  const refs = paragraphs.flatMap((p) => findReferences(p, { knownAbbreviations: known }));
  const { keys, groups } = identifyReferences(refs);
  return { refs, keys, groups: groups.map((g) => g.map((i) => `${refs[i]?.kind}:${refs[i]?.text}`)) };
}

describe('identifyReferences', () => {
  it('groups a law, its bill, its abbreviation and its dossier number, named by the law first', () => {
    const { groups, keys, refs } = identified([
      'Het Wetsvoorstel regulering sekswerk (Wrs) ligt in de Kamer.',
      'De Wrs regelt de vergunning.',
      'Behandel de Wet regulering sekswerk snel.',
      'Zie Kamerstuk 35715.',
    ]);
    expect(groups).toContainEqual([
      'bill:Wetsvoorstel regulering sekswerk',
      'bill:Wrs',
      'law:Wet regulering sekswerk',
      'kamerstuk:Kamerstuk 35715',
    ]);
    const members = refs.map((r, i) => (r.text === 'Wrs' || r.text === 'Kamerstuk 35715' ? i : -1));
    const [a, b] = members.filter((i) => i >= 0);
    expect(keys[a!]).toBe(keys[b!]);
    expect(keys[a!]![0]).toBe('law:regulering sekswerk');
    expect(keys[a!]).toContain('ks:35715');
  });

  it('groups a full name with its abbreviation across paragraphs', () => {
    const { groups } = identified([
      'De Vereniging van Kleine Dorpen (VKD) is kritisch.',
      'Wij steunen de VKD.',
    ]);
    expect(groups).toEqual([['organisation:Vereniging van Kleine Dorpen', 'organisation:VKD']]);
  });

  it('groups a full name and a surname of one person, and a motion with its Kamerstuk', () => {
    const { groups } = identified([
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

  it('keeps different things apart, each with keys of its own', () => {
    const { groups, keys } = identified(['De Gemeentewet en de Jeugdwet; de VNG en het IPO.']);
    expect(groups).toEqual([]);
    expect(new Set(keys.map((k) => k[0])).size).toBe(keys.length);
  });

  it('identifies links by their target; a link without one only by its words', () => {
    const link = (text: string, href: string | null) => ({ kind: 'link', text, id: null, name: null, href });
    const { keys, groups } = identifyReferences([
      link('de brief', 'https://example.org/brief.pdf'),
      link('hier', 'https://example.org/brief.pdf'),
      link('hier', '#'),
      link('Hier', '#top'),
    ]);
    expect(groups).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(keys[0]).toEqual(['href:https://example.org/brief.pdf']);
    expect(keys[2]).toEqual(['text:link:hier']);
  });
});
