/**
 * Kamerstuk citations: "Kamerstuk 28 638, nr. 190", "(28 479, nr. 86)", "Kamerstukken II 2009/10, 27858, nr. 88",
 * "Kamerstuk 28638-249", "36 600-VII", "EK 36 600 B, A", a dossier line "28 638 Mensenhandel" heading a
 * Kamerbrief, and the record of a debate ("Handelingen II 2000/01, blz. 4123"). Ids follow officielebekendmakingen: "28638-190", "36600-VII-55", "28638" for a dossier.
 * Bare numbers never count ("36 600 euro", postcodes, phone numbers); "(35715)" after a law name is handled
 * where laws are known.
 */
import { B_END, B_START, allMatches } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { L, LL, LN, LU } from '../../text/letter-classes.js';

const DOSSIER = String.raw`(?<dossier>\d{2}[ .\u00A0]?\d{3})`;
const SUB = String.raw`(?<sub>[IVXLC]{1,5}[AB]?|[A-J])`;
const YEAR = String.raw`\d{4}\s?[/–-]\s?\d{2,4}`;
const PREFIX = String.raw`(?<prefix>(?:Kamerstuk(?:ken)?|EK|TK)\s+(?:(?<kamer>I{1,2})\s+)?(?:${YEAR},?\s+)?)`;
const NR = String.raw`,?\s*(?:[Nn]r\.?|nummer)\s*(?<nr>\d{1,4}[a-z]?)${B_END}`;
const LETTER = String.raw`,\s*(?:letter\s+)?(?<letter>[A-Z]{1,2})${B_END}`;

// the full form: optional prefix, dossier, optional chapter or fund letter, then nr. or an EK letter
const FULL = new RegExp(`${B_START}${PREFIX}?${DOSSIER}(?:[ -]${SUB}${B_END})?(?:${NR}|${LETTER})`, 'gu');
// "Kamerstuk 28638-249", "Kamerstuk 21501-32-1740"
const COMPACT = new RegExp(
  String.raw`${B_START}Kamerstuk(?:ken)?\s+(?<dossier>\d{5})-(?:(?<sub>[IVXLC]{1,5}|[A-J]|\d{2})-)?(?<nr>\d{1,4})${B_END}(?!-)`,
  'gu',
);
// "36 600-VII", "36 600-B": a dossier with its budget chapter or fund letter
const CHAPTER = new RegExp(
  String.raw`${B_START}(?<dossier>\d{2}[ \u00A0]?\d{3})-(?<sub>[IVXLC]{1,5}|[A-C])${B_END}(?!-)`,
  'gu',
);
// "Kamerstuk 28 638", "dossier 35715", "Kamerstukken II 2004/05, 29 800 VIII", "TK 2019-2020, 35 300 VII" (a
// budget chapter, no number)
const PREFIXED = new RegExp(
  String.raw`${B_START}(?:(?:Kamerstuk(?:ken)?|TK|EK)(?:\s+I{1,2})?(?:\s+${YEAR},?)?|[Dd]ossier(?:nummer)?)\s+(?<dossier>\d{2}[ \u00A0]?\d{3})(?:[ -](?<sub>[IVXLC]{1,5}|[A-C]))?${B_END}`,
  'gu',
);
// the identifier of officielebekendmakingen written out ("kst-36200-XVIII-12", "kst-36600-B-K"), not inside a URL
const KST_ID = new RegExp(
  String.raw`(?<![${LN}/.-])kst-(?<dossier>\d{5})(?:-(?<sub>[IVXLC]{1,5}|[A-J]))?-(?<nr>\d{1,4}|[A-Z]{1,2})(?![${LN}-])`,
  'gu',
);
// a line holding only a dossier number and its title: "28 638 Mensenhandel"
const DOSSIER_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?<dossier>\d{2}[ \u00A0]\d{3}|\d{5})(?:-(?<sub>[IVXLC]{1,5}|[A-C]))?[ \t]+[${LU}][${LL}][${L}'’-]*(?:[ \t,]+[${L}'’-]+){0,10}[ \t]*(?=\r?\n|$)`,
  'gu',
);

// the record of a debate: "Handelingen II 2000/01, blz. 4123-4130", "Handelingen I 2019/20, nr. 12, item 5"; its
// appendix of answers to written questions: "Aanhangsel Handelingen II 2013/14, nr. 2336", "Aanhangsel Handelingen,
// vergaderjaar 2024–2025, nr. 1028"
const HANDELINGEN = new RegExp(
  String.raw`${B_START}(?<appendix>Aanhangsel\s+(?:(?:van\s+)?de\s+)?)?Handelingen(?:\s+(?<kamer>I{1,2}))?,?\s+(?:vergaderjaar\s+)?(?<year>${YEAR}),?\s+(?:blz\.|p\.|pag\.|nr\.)\s*(?<page>\d{1,5})(?:\s?[-–]\s?\d{1,5})?(?:,\s*item\s+\d{1,3})?${B_END}`,
  'gu',
);

// every pattern above holds a dossier number
const HAS_DOSSIER = /\d{2}[ .\u00A0]?\d{3}/u;

const digits = (s: string): string => s.replace(/\D/g, '');

function idOf(groups: Record<string, string | undefined>): string {
  const parts = [digits(groups.dossier ?? '')];
  if (groups.sub) parts.push(groups.sub);
  const nr = groups.nr ?? groups.letter;
  if (nr) parts.push(nr);
  return parts.join('-');
}

export function findKamerstukken(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  if (text.includes('Handelingen'))
    for (const m of allMatches(HANDELINGEN, text)) {
      const g = m.groups ?? {};
      const head = g.appendix ? 'aanhangsel' : 'handelingen';
      const id = [head, g.kamer, digits(g.year ?? ''), g.page].filter(Boolean).join('-');
      out.push(makeRef(text, 'kamerstuk', m.index, m.index + m[0].length, { id }));
    }
  if (!HAS_DOSSIER.test(text)) return out;
  const add = (start: number, end: number, groups: Record<string, string | undefined>) =>
    out.push(makeRef(text, 'kamerstuk', start, end, { id: idOf(groups) }));

  for (const m of allMatches(FULL, text)) {
    const g = m.groups ?? {};
    // an EK letter without the word "letter" needs the chamber prefix ("EK 34 568, H")
    if (g.letter && !g.prefix && !/letter/.test(m[0])) continue;
    add(m.index, m.index + m[0].length, g);
  }
  for (const re of [COMPACT, CHAPTER, PREFIXED, KST_ID]) {
    for (const m of allMatches(re, text)) add(m.index, m.index + m[0].length, m.groups ?? {});
  }
  for (const m of allMatches(DOSSIER_LINE, text)) {
    const g = m.groups ?? {};
    const start = m.index + m[0].indexOf(g.dossier as string);
    const end = start + (g.dossier as string).length + (g.sub ? g.sub.length + 1 : 0);
    add(start, end, { dossier: g.dossier, sub: g.sub });
  }
  return out;
}

/** "(35715)" or "( 35 715 )" right at `pos` (after a law or bill name): the dossier's span and id. */
export function bareDossierAt(text: string, pos: number): FoundReference | null {
  const re = /\s*\(\s*(\d{2}[ \u00A0]?\d{3})\s*\)/y;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1] as string);
  return makeRef(text, 'kamerstuk', start, start + (m[1] as string).length, { id: digits(m[1] as string) });
}
