import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/read/load-boilerplate.js';
import { mayHold, needsOf } from '../../src/read/pattern-needs.js';

const needs = (source: string, flags = 'iu') =>
  needsOf(new RegExp(source, flags)).texts.map((need) => [...need].sort());
const holds = (line: string, source: string, flags = 'iu') =>
  mayHold(line, line.toLowerCase(), needsOf(new RegExp(source, flags)));

describe('needsOf', () => {
  it('reads the texts every match holds, past a part it cannot read', () => {
    expect(needs('^[^\\n.]{0,40}(?:nieuwsbrief|newsletter)[^\\d]{0,9}\\d{1,4}$')).toEqual([
      ['newslett', 'nieuwsbr'],
      [...'0123456789'],
    ]);
    // a text split by a part it cannot read is two needs; one joined to a known end or start is one, cut to its
    // first eight characters (fewer texts to look for, and as needed)
    expect(needs('^.{1,80}\\S {3,}pagina \\d$')).toEqual([['   pagin']]);
    expect(needs('^\\p{L}+ ?[|·] ?\\p{L}+$')).toEqual([['|', '·']]);
  });

  it('needs of an alternation only what each branch needs', () => {
    expect(needs('^(?:[^>]{1,40} ?> ?|[^»]+»)x$')).toEqual([['> x', '>x', '»x']]);
    expect(needs('^(?:.*abonnee|.*account)$')).toEqual([['abonnee', 'account']]);
    expect(needs('^(?:.*abonnee|.*)$')).toEqual([]);
  });

  it('needs nothing of an optional part, and a part repeated at least n times n times over', () => {
    expect(needs('^.*(?:foto)?.*$')).toEqual([]);
    expect(needs('^.* {3,}.*$')).toEqual([['   ']]);
    expect(needs('^.*(?:ab){2}.*$')).toEqual([['abab']]);
  });

  it('keeps the strongest needs, a text that holds another of the same need left out', () => {
    expect(needs('^.*(?:foto|foto:|fotografie).*$')).toEqual([['foto']]);
    expect(needs('^.*abc.*ab.*$')).toEqual([['abc']]);
  });

  it('cuts a text at a letter whose case folding reaches beyond ASCII, and reads case without the i flag', () => {
    expect(needs('^.*kopi[eë]ren.*$')).toEqual([['kopi']]);
    expect(needs('^.*Éen.*$')).toEqual([['en']]);
    expect(needs('^.*Menu.*$', 'u')).toEqual([['Menu']]);
    expect(needs('^.*Menu.*$', 'i')).toEqual([]);
  });
});

describe('mayHold', () => {
  const source = '^[^\\d\\n]{1,80}\\S {3,}(?:pagina|page) ?\\d{1,3}$';
  it('says yes for a line that holds every need, in any ASCII case', () => {
    expect(holds('Jaarverslag 2024   PAGINA 3', source)).toBe(true);
  });
  it('says no for a line that lacks one', () => {
    expect(holds('Jaarverslag 2024 pagina 3', source)).toBe(false);
    expect(holds('De gemeente vraagt om meer geld.', source)).toBe(false);
  });
  it('says yes where the long s may fold to an s, and where nothing is needed', () => {
    expect(holds('Jaarverslag   paginaſ', '^.*pagina ſ$')).toBe(true);
    expect(holds('Leeſ meer', '^.*lees meer$')).toBe(true);
    expect(holds('anything', '^.*$')).toBe(true);
  });
  it('compares case exactly without the i flag', () => {
    expect(holds('MENU', '^.*Menu.*$', 'u')).toBe(false);
    expect(holds('Menu', '^.*Menu.*$', 'u')).toBe(true);
  });
});

describe('the boilerplate patterns', () => {
  const patterns = boilerplate().patterns;

  it('all need something, those that may open with anything among them', () => {
    expect(patterns.filter((p) => p.needs.texts.length === 0)).toEqual([]);
    expect(patterns.filter((p) => p.openings === null).length).toBeGreaterThan(0);
  });

  it('never say no to a line their pattern matches', () => {
    // lines made of the patterns' own words and signs, so that many match
    const words = [
      ...new Set(patterns.flatMap((p) => p.regex.source.match(/[\p{L}]+|[^\p{L}\s\\()|?*+{}^$[\]]/gu) ?? [])),
    ];
    const line = fc
      .array(
        fc.oneof(
          fc.constantFrom(...words),
          fc.constantFrom(' ', '   ', ' | ', ' > ', '] [', ':', '1', '12', 'Ä', 'ſ', '\u212A', 'İ'),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .chain((parts) => fc.constantFrom(parts.join(''), parts.join(' '), parts.join(' ').toUpperCase()));
    let matched = 0;
    fc.assert(
      fc.property(line, (text) => {
        for (const p of patterns)
          if (p.regex.test(text)) {
            matched++;
            expect(mayHold(text, text.toLowerCase(), p.needs)).toBe(true);
          }
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('let through the lines they were written for', () => {
    for (const line of [
      'Home | Nieuws | Over ons | Contact',
      'Home > Nieuws > Artikel',
      'Foto: ANP',
      'Nieuwsbrief nr. 12',
      'Jaarverslag 2024   pagina 3 van 12',
      'Vereniging | Jaarverslag | 3',
      'Word nu abonnee',
    ])
      expect(patterns.some((p) => mayHold(line, line.toLowerCase(), p.needs) && p.regex.test(line))).toBe(
        true,
      );
  });
});
