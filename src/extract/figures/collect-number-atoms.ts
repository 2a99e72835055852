/**
 * The numbers in a text that may start a figure: digit runs ("500.000", "3,5", "2026") that are not
 * codes, page or list numbers, footnote digits or times; and number words before a scale or unit
 * ("twee miljoen", "zeveneneenhalf miljard", "tien procent").
 */
import { SP, type FigureLexicon } from './figure-lexicon.js';
import { parseNumberWord } from './parse-number-words.js';
import { readNumberToken } from './read-number-token.js';
import { L, LN } from '../../text/letter-classes.js';
import { onFirstUse } from '../../text/on-first-use.js';
import { letterAt } from '../../text/letter-or-digit.js';

export interface NumberAtom {
  start: number;
  end: number;
  value: number;
  fromWords: boolean;
  /** a vague multiple ("tientallen miljoenen") */
  vague?: boolean;
}

const DIGIT_RUN = /\d[\d.,]*/g;
const WORD = new RegExp(String.raw`[${L}][${L}'’]{0,40}`, 'gu');
const LETTER_OR_DIGIT = new RegExp(String.raw`[${LN}]`, 'u');
const GLUE = /[.,\-–/]/;
const TIME_OR_FRACTION = new RegExp(`^(?::\\d|/\\d|${SP}?(?:uur|u\\.)(?![${L}]))`, 'u');
const NEXT_DIGIT_GROUP = new RegExp(`^${SP}\\d`);
const PREV_DIGIT_GROUP = new RegExp(`\\d${SP}$`);
// a year after a time word, case written out: \p{L} under the i flag is costly to compile
const YEAR_PHRASE_BEFORE = new RegExp(
  `(?:^|[^${LN}])(?:[Ii]n|[Ss]inds|[Vv]anaf|[Tt]ot|[Ee]ind|[Bb]egin|[Mm]edio)${SP}(?:19|20)\\d{2}${SP}$`,
  'u',
);
const LIST_NUMBER = /^\d{1,3}$/;
const LIST_NUMBER_AFTER = /^[.)][ \t]/;
const LINE_START_BEFORE = /(?:^|\n)[ \t•\-–]*$/;
const GAP = new RegExp(`^${SP}{1,3}$`);
const FTE = onFirstUse(() => /^fte(?!\p{L})/iu);
/**
 * "12 fte": a unit against the number. Only "fte" in any case opens it (no letter beyond ASCII folds to f, t or e),
 * so its pattern, costly to compile with \p{L} under the i flag, runs only on the few words that start so.
 */
const isFte = (after: string): boolean => after.slice(0, 3).toLowerCase() === 'fte' && FTE().test(after);

/** Numbers written in digits, with the skip rules that keep out codes and numbering. */
export function digitAtoms(text: string, lex: FigureLexicon): NumberAtom[] {
  const out: NumberAtom[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const start = m.index;
    const prev = text.charAt(start - 1);
    // "G40", "U201401827", "Rutte-2", "euro.3", "2/4": glued to a word or another number
    if (LETTER_OR_DIGIT.test(prev)) continue;
    if (GLUE.test(prev) && LETTER_OR_DIGIT.test(text.charAt(start - 2))) continue;
    // (?<![.,]): without it a long run of dots inside a number is tried from every dot (quadratic)
    const runEnd = start + m[0].replace(/(?<![.,])[.,]+$/, '').length;
    const afterRun = text.slice(runEnd, runEnd + 40);
    const scaleFollows = lex.scaleAfter.test(afterRun);
    const token = readNumberToken(m[0], scaleFollows);
    if (!token) continue;
    const end = start + token.raw.length;
    const after = text.slice(end, end + 40);
    if (TIME_OR_FRACTION.test(afterRun)) continue; // "14.00 uur", "10:30", "2/4", "2023/24"
    if (letterAt(after, 0) > 0 && !lex.scaleAfter.test(after) && !isFte(after)) continue; // "273f", "5e lid"
    // "28 638", "373 8604"; not after the year a time phrase gives ("in 2022 37 parken")
    const prevGroup = PREV_DIGIT_GROUP.test(text.slice(Math.max(0, start - 2), start));
    if (
      NEXT_DIGIT_GROUP.test(after) ||
      (prevGroup && !YEAR_PHRASE_BEFORE.test(text.slice(Math.max(0, start - 14), start)))
    )
      continue;
    // "3. Financiering" numbers an item; "19.800. Is dat erg?" ends a sentence wrapped before it
    if (
      LIST_NUMBER.test(token.raw) &&
      LIST_NUMBER_AFTER.test(after) &&
      LINE_START_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    )
      continue; // "1. …"
    out.push({ start, end, value: token.value, fromWords: false });
  }
  return out;
}

/**
 * Number words directly before a scale word, "euro" or "procent" ("twee miljoen", "een half miljard"); a vague
 * multiple only before a scale word ("tientallen miljoenen").
 */
export function wordAtoms(text: string, lex: FigureLexicon): NumberAtom[] {
  const out: NumberAtom[] = [];
  const triggers = new Set([...lex.scales.keys(), 'euro', 'procent']);
  // a word that is a trigger in lower case is one in the text in lower case: most texts hold none
  const lower = text.toLowerCase();
  if (![...triggers].some((t) => lower.includes(t))) return out;
  let prev: { w: string; start: number; end: number } | null = null;
  let prevPrev: { w: string; start: number; end: number } | null = null;
  for (const m of text.matchAll(WORD)) {
    const cur = { w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length };
    if (LETTER_OR_DIGIT.test(text.charAt(cur.start - 1))) {
      prevPrev = prev = null; // the tail of an over-long word
      continue;
    }
    if (triggers.has(cur.w) && prev && GAP.test(text.slice(prev.end, cur.start))) {
      let atom: NumberAtom | null = null;
      if (prev.w === 'half' && prevPrev?.w === 'een' && GAP.test(text.slice(prevPrev.end, prev.start))) {
        atom = { start: prevPrev.start, end: prev.end, value: 0.5, fromWords: true };
      } else {
        const vague = lex.vague.get(prev.w);
        const value = vague === undefined ? parseNumberWord(prev.w) : null; // "honderden" is no "honderd"
        if (value !== null) atom = { start: prev.start, end: prev.end, value, fromWords: true };
        else if (vague !== undefined && lex.scales.has(cur.w))
          atom = { start: prev.start, end: prev.end, value: vague, fromWords: true, vague: true };
      }
      if (atom) out.push(atom);
    }
    prevPrev = prev;
    prev = cur;
  }
  return out;
}
