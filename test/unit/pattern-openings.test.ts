import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/read/load-boilerplate.js';
import { openingsOf, opensAs } from '../../src/read/pattern-openings.js';

const openings = (source: string, flags = 'iu') => {
  const o = openingsOf(new RegExp(source, flags));
  return o && [...o.values()].flat().sort();
};

describe('openingsOf', () => {
  it('reads the literal texts a match opens with, through groups, alternatives and optional parts', () => {
    expect(openings('^(?:lees (?:meer|verder)|read more)$')).toEqual([
      'lees meer',
      'lees verder',
      'read more',
    ]);
    // sixteen characters say enough: a group's texts are added whole, single characters one at a time
    expect(openings('^(?:gerelateerde artikelen|x)$')).toEqual(['gerelateerde art', 'x']);
    expect(openings('^(?:log ?in|sign in)$')).toEqual(['log in', 'login', 'sign in']);
    expect(openings('^\\(?(?:het )?woord$')).toEqual(['(het woord', '(woord', 'het woord', 'woord']);
    expect(openings('^(?<kop>Menu|Zoek):?$')).toEqual(['menu', 'menu:', 'zoek', 'zoek:']);
  });

  it('reads a small class and \\d as their characters, escapes as the characters they stand for', () => {
    expect(openings('^[-–] ?\\d')).toHaveLength(40);
    // two hundred openings are too many: they are cut to the longest length at which at most 64 remain
    expect(openings('^(?:x|y)\\d\\dz')).toEqual(
      [...'xy'].flatMap((c) => [...'0123456789'].map((d) => c + d)),
    );
    expect(openings('^\\d{1,3}$')).toEqual([...'0123456789']);
    expect(openings('^\\u00a9 \\x41\\.b')).toEqual(['© a.b']);
    expect(openings('^a{2,3}x')).toEqual(['a']);
    expect(openings('^(?<=x)(?!y)ab')).toEqual(['ab']);
  });

  it('gives no openings where a match may open with anything', () => {
    expect(openings('^[^\\d\\n]{1,80} pagina$')).toBeNull();
    expect(openings('^\\p{L}+ cookies$')).toBeNull();
    expect(openings('^(?:x)?.*$')).toBeNull();
    expect(openings('^[a-z]+$')).toBeNull();
    expect(openings('^\\s*(?:lees)$')).toBeNull();
    expect(openings('^a|b$')).toBeNull();
    expect(openings('menu$')).toBeNull();
    expect(openings('^menu$', 'im')).toBeNull();
    expect(openings('^(a)\\1$')).toEqual(['a']);
  });

  it('cuts an opening before a letter whose case folding reaches beyond ASCII', () => {
    expect(openings('^kopi[eë]ren$')).toEqual(['kopi', 'kopieren']);
    expect(openings('^link kopi[eë]ren$')).toEqual(['link kopi', 'link kopieren']);
    expect(openings('^éen$')).toBeNull();
  });
});

describe('opensAs', () => {
  const o = openingsOf(/^(?:lees (?:meer|verder)|» download)$/iu);
  it('says yes for a line that opens so, in any ASCII case', () => {
    expect(opensAs('Lees meer', o)).toBe(true);
    expect(opensAs('LEES VERDER', o)).toBe(true);
    expect(opensAs('» Download', o)).toBe(true);
  });
  it('says no for a line that opens otherwise, or too short', () => {
    expect(opensAs('Lees ook', o)).toBe(false);
    expect(opensAs('De gemeente leest mee', o)).toBe(false);
    expect(opensAs('Lees', o)).toBe(false);
    expect(opensAs('> download', o)).toBe(false);
  });
  it('says yes where a letter that folds beyond ASCII leaves it unsure, and always without openings', () => {
    expect(opensAs('Leeſ meer', o)).toBe(true);
    expect(opensAs('Élan', o)).toBe(true);
    expect(opensAs('anything', null)).toBe(true);
  });
});

describe('the boilerplate patterns', () => {
  const patterns = boilerplate().patterns;
  it('have openings for most of them', () => {
    expect(patterns.filter((p) => p.openings !== null).length).toBeGreaterThan(patterns.length / 2);
  });

  it('never say no to a line their pattern matches', () => {
    // lines made of the patterns' own words and signs, so that many match
    const words = [
      ...new Set(patterns.flatMap((p) => p.regex.source.match(/[\p{L}]+|[^\p{L}\s\\()|?*+{}^$[\]]/gu) ?? [])),
    ];
    const line = fc
      .array(
        fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ':', '1', '12', 'Ä', 'ſ', '\u212A')),
        {
          minLength: 1,
          maxLength: 8,
        },
      )
      .chain((parts) => fc.constantFrom(parts.join(''), parts.join(' '), parts.join(' ').toUpperCase()));
    fc.assert(
      fc.property(line, (text) => {
        for (const p of patterns) if (p.regex.test(text)) expect(opensAs(text, p.openings)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('match the lines they were written for, after their openings let them through', () => {
    for (const line of [
      'Lees meer »',
      'Deel dit artikel',
      'Pagina 3 van 12',
      '12 reacties',
      'Cookies accepteren',
    ])
      expect(patterns.some((p) => opensAs(line, p.openings) && p.regex.test(line))).toBe(true);
  });
});
