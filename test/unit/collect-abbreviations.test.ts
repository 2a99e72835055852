import { describe, expect, it } from 'vitest';
import { collectAbbreviations } from '../../src/extract/references/find-references.js';
import { abbreviationMeaning } from '../../src/extract/references/abbreviation-kind.js';

describe('collectAbbreviations', () => {
  it('reads the expansion before an abbreviation in brackets by its initials', () => {
    const map = collectAbbreviations(
      'Het Centraal Orgaan opvang asielzoekers (COA) en de Unie van Waterschappen (UvW) en de Memorie van Toelichting (MvT).',
    );
    expect(Object.fromEntries(map)).toEqual({
      COA: 'Centraal Orgaan opvang asielzoekers',
      UvW: 'Unie van Waterschappen',
      MvT: 'Memorie van Toelichting',
    });
  });

  it('reads a short form that adds the word its long form ends in, never another word', () => {
    const map = collectAbbreviations(
      'Zij lenen bij de Regionale Investeringsbank (RI Bank) en bij het Fonds Oost (FO Groep).',
    );
    expect(Object.fromEntries(map)).toEqual({ 'RI Bank': 'Regionale Investeringsbank' });
    expect(abbreviationMeaning('RI Bank', 'Regionale Investeringsbank')?.kind).toBe('organisation');
  });

  it('reads a law\'s short form that writes its head out before the initials of the rest ("Wet DBA")', () => {
    const map = collectAbbreviations(
      'De Wet deregulering beoordeling arbeidsrelaties (Wet DBA) geldt, de Regeling koeriers (Wet RK) niet.',
    );
    expect(Object.fromEntries(map)).toEqual({ 'Wet DBA': 'Wet deregulering beoordeling arbeidsrelaties' });
    expect(abbreviationMeaning('Wet DBA', 'Wet deregulering beoordeling arbeidsrelaties')?.kind).toBe('law');
  });

  it('skips small words at the start and splits hyphenated words', () => {
    const map = collectAbbreviations(
      'Zij staan in het Register Buiten-Gemeenten (RBG) van de Vereniging van Kleine Dorpen (VKD).',
    );
    expect(map.get('RBG')).toBe('Register Buiten-Gemeenten');
    expect(map.get('VKD')).toBe('Vereniging van Kleine Dorpen');
  });

  it('keeps "wetsvoorstel" with a law name it abbreviates', () => {
    const map = collectAbbreviations('Wij steunen het wetsvoorstel Wet betaalbare huur (Wbh) van harte.');
    expect(map.get('Wbh')).toBe('wetsvoorstel Wet betaalbare huur');
  });

  it('falls back to letters inside words for lower-case expansions', () => {
    const map = collectAbbreviations(
      'De zorg voor slachtoffers van uitbuiting met meervoudige problematiek (ZUMP) kost veel.',
    );
    expect(map.get('ZUMP')).toBe('zorg voor slachtoffers van uitbuiting met meervoudige problematiek');
  });

  it('reads the reverse form "VKD (Vereniging …)"', () => {
    expect(collectAbbreviations('Het VKD (Vereniging van Kleine Dorpen) is kritisch.').get('VKD')).toBe(
      'Vereniging van Kleine Dorpen',
    );
  });

  it('ignores brackets holding no abbreviation of what precedes', () => {
    const map = collectAbbreviations(
      'Wethouder Jan de Vries (Goes) en staatssecretaris Anna Smit (JenV) (pdf, 120 kB) (2024).',
    );
    expect([...map.keys()]).toEqual([]);
  });

  it("takes a bracket before an act's number as part of its citation", () => {
    const map = collectAbbreviations(
      'Een export met een vergunning op grond van de Verordening (EG) nr. 338/97 en de Richtlijn (EU) 2016/680.',
    );
    expect([...map.keys()]).toEqual([]);
  });
});

describe('abbreviationMeaning', () => {
  it('decides the kind from the expansion', () => {
    expect(abbreviationMeaning('Wbh', 'wetsvoorstel Wet betaalbare huur')?.kind).toBe('bill');
    expect(abbreviationMeaning('Wbh', 'Wet betaalbare huur')?.kind).toBe('law');
    expect(abbreviationMeaning('RBG', 'Register Buiten-Gemeenten')?.kind).toBe('document');
    expect(abbreviationMeaning('VKD', 'Vereniging van Kleine Dorpen')?.kind).toBe('organisation');
    expect(
      abbreviationMeaning('ZUMP', 'zorg voor slachtoffers van uitbuiting met meervoudige problematiek'),
    ).toBeNull();
  });

  it("reads a law from the expansion's head, after adjectives and a coordination's first half", () => {
    const kind = (abbreviation: string, expansion: string) =>
      abbreviationMeaning(abbreviation, expansion)?.kind;
    expect(kind('TWS', 'Tijdelijke wet schoolzwemmen')).toBe('law');
    expect(kind('AKW', 'Algemene Kinderbijslagwet')).toBe('law');
    expect(kind('VFW', 'Vis- en Faunawet')).toBe('law');
    expect(kind('IZW', 'Invoeringswet Zwemwet')).toBe('law');
    expect(kind('Bzb', 'Besluit zwembaden')).toBe('law');
    expect(kind('Zb', 'Zwembadbesluit')).toBe('law');
    // a body's head is a noun ending in -ie, not an adjective
    expect(kind('CEZ', 'Commissie Evaluatie Zwemwet')).toBe('organisation');
    expect(kind('NRZ', 'Nationale Raad Zwemveiligheid')).toBe('organisation');
  });

  it('gives a known law its lexicon name and id', () => {
    expect(abbreviationMeaning('Wrs', 'Wet regulering sekswerk')).toEqual({
      kind: 'law',
      name: 'Wet regulering sekswerk',
      id: '35715',
    });
  });
});
