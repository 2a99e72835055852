/**
 * Abbreviations a text expands itself: "Raad voor het Openbaar Bestuur (ROB)", "… multiproblematiek (OMM)",
 * "Wetsvoorstel gemeentelijk toezicht op de seksbedrijven (Wgts)", and the reverse "VNG (Vereniging …)".
 */
import { initialWords, isSmallWord, matchesInitials } from './match-initials.js';
import { L, LN, LU } from '../../text/letter-classes.js';
import { matchesAt } from './reference-patterns.js';

export interface AbbreviationSpan {
  abbreviation: string;
  expansion: string;
  /** offsets of the expansion */
  start: number;
  end: number;
}

// the short form may add a word its long form ends in: "(NWB Bank)", "(WVO 2020)"
const IN_BRACKETS = new RegExp(
  String.raw`\(\s*([${LU}][${L}&]{1,9})(?: ([${LU}\d][${L}\d]{0,9}))?\s*\)`,
  'gu',
);
// sticky: tried only where a match may start, 2 to 10 characters before the white space before a "(" (a scan of the
// whole text tried its lookbehind at every position, and the letter's whole text is read for its abbreviations)
const BEFORE_BRACKETS = new RegExp(
  String.raw`(?<![${LN}])([${LU}][${L}&]{1,9})\s*\(([^()\n]{5,120})\)`,
  'uy',
);
const SPACE = /\s/u;
// "Verordening (EG) nr. 338/97", "Richtlijn (EU) 2016/680": the bracket is part of a numbered act's citation
const CITATION_AFTER = /^\s{1,3}(?:nr\.|\d{1,4}\/\d)/u;

/** Where a match of BEFORE_BRACKETS may start, ascending: its short form ends where the white space before a "(" starts. */
function startsBeforeBrackets(text: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    let q = p;
    while (q > 0 && SPACE.test(text.charAt(q - 1))) q--;
    for (let s = Math.max(q - 10, (out.at(-1) ?? -1) + 1, 0); s <= q - 2; s++) out.push(s);
  }
  return out;
}
const WORD = new RegExp(String.raw`[${LN}]+(?:['’-][${LN}]+)*-?`, 'gu');
const BILL_HEAD = /^(?:wetsvoorstel|wetsontwerp)$/iu;

/** An abbreviation token: two capitals ("VNG", "MvT"), or a short capitalised word ("Wgts", "Rob"). */
const looksLikeAbbreviation = (t: string): boolean =>
  (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || t.length <= 5;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of the clause before `pos` (back to a full stop, colon, semicolon or bracket). */
function wordsBefore(text: string, pos: number): Word[] {
  const from = Math.max(0, pos - 200);
  const window = text.slice(from, pos);
  const cut = Math.max(...['.', ';', ':', '(', ')', '!', '?', '\n\n'].map((c) => window.lastIndexOf(c)));
  const clause = window.slice(cut + 1);
  const base = from + cut + 1;
  return [...clause.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: base + m.index,
    end: base + m.index + m[0].length,
  }));
}

/** Schwartz–Hearst: letters of the abbreviation found right to left, the first one starting a word. */
function schwartzHearst(abbreviation: string, long: string): number {
  const s = abbreviation.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s.charAt(si);
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (li >= 0 && (l.charAt(li) !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l.charAt(li - 1)))))
      li--;
    if (li < 0) return -1;
    li--;
  }
  return l.lastIndexOf(' ', li + 1) + 1;
}

/** The expansion before "(ABBR)" at `pos`: the shortest phrase whose initials match, else Schwartz–Hearst. */
function expansionBefore(
  text: string,
  pos: number,
  abbreviation: string,
): { start: number; end: number } | null {
  const words = wordsBefore(text, pos);
  const last = words[words.length - 1];
  if (!last) return null;
  for (let k = 2; k <= Math.min(12, words.length); k++) {
    const first = words[words.length - k] as Word;
    if (isSmallWord(first.text)) continue;
    const phrase = text.slice(first.start, last.end);
    if (matchesInitials(abbreviation, initialWords(phrase))) {
      const head = words[words.length - k - 1];
      // "wetsvoorstel Wet X (Wxx)": the bill is what the abbreviation names
      return { start: head && BILL_HEAD.test(head.text) ? head.start : first.start, end: last.end };
    }
  }
  // Schwartz–Hearst within the last |A|+5 words, not across a comma
  const window = words.slice(-Math.min(words.length, abbreviation.length + 5));
  const firstOfWindow = window[0];
  if (!firstOfWindow || (abbreviation.match(/\p{Lu}/gu)?.length ?? 0) < 2) return null;
  const long = text.slice(firstOfWindow.start, last.end);
  const comma = long.lastIndexOf(',');
  const tail = long.slice(comma + 1);
  const at = schwartzHearst(abbreviation, tail);
  if (at < 0) return null;
  const start = last.end - tail.length + at;
  return initialWords(text.slice(start, last.end)).length >= 2 ? { start, end: last.end } : null;
}

export function collectAbbreviationSpans(text: string): AbbreviationSpan[] {
  const out: AbbreviationSpan[] = [];
  // both patterns need a bracket
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(IN_BRACKETS)) {
    const acronym = m[1] as string;
    const added = m[2];
    if (!looksLikeAbbreviation(acronym)) continue;
    if (CITATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Wet verduidelijking beoordeling arbeidsrelaties en rechtsvermoedens (Wet VBAR)": the head written out, the
    // initials of the rest after it
    const lawShort = acronym === 'Wet' && added !== undefined && /^\p{Lu}{2,}$/u.test(added);
    const span = expansionBefore(text, m.index, lawShort ? `W${added}` : acronym);
    if (lawShort && !(span && text.startsWith('Wet ', span.start))) continue;
    // the added word repeats the long form's end ("Nederlandse Waterschapsbank (NWB Bank)")
    if (
      added &&
      !lawShort &&
      !(span && text.slice(span.start, span.end).toLowerCase().endsWith(added.toLowerCase()))
    )
      continue;
    const abbreviation = added ? `${acronym} ${added}` : acronym;
    if (span)
      out.push({ abbreviation, expansion: text.slice(span.start, span.end).replace(/\s+/gu, ' '), ...span });
  }
  for (const m of matchesAt(BEFORE_BRACKETS, text, startsBeforeBrackets(text))) {
    const abbreviation = m[1] as string;
    const inner = (m[2] as string).trim();
    if (!looksLikeAbbreviation(abbreviation) || !matchesInitials(abbreviation, initialWords(inner))) continue;
    const start = m.index + m[0].indexOf(inner);
    out.push({ abbreviation, expansion: inner.replace(/\s+/gu, ' '), start, end: start + inner.length });
  }
  return out;
}

/** abbreviation → expansion, first expansion wins. */
export function collectAbbreviations(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of collectAbbreviationSpans(text))
    if (!map.has(s.abbreviation)) map.set(s.abbreviation, s.expansion);
  return map;
}
