/** Repairs of the lexer's sentence bounds (lex-sentences.ts): joins at false breaks, splits at missed ones. All linear. */
import { abbreviationBefore, wordBefore } from './sentence-abbreviations.js';
import { onFirstUse } from './on-first-use.js';

export interface Range {
  start: number;
  end: number;
}

/** A sentence that is only a list marker: "1.", "a)", "•". It belongs to the sentence after it. */
const MARKER_ONLY = onFirstUse(() => /^(?:\d{1,3}[.)]|\p{L}[.)]|[•▪◦·‣⁃*–-])$/u);

/** Net count of open brackets in a range: above 0 when a "(" or "[" is still open at its end. */
function bracketBalance(text: string, r: Range): number {
  let depth = 0;
  for (let i = r.start; i < r.end; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
  }
  return depth;
}

function isFalseBreak(text: string, prev: Range, next: Range, prevDepth: number, nextDepth: number): boolean {
  // no white space between the two: "[Wetsvoorstel …](#)" was cut after the ellipsis
  if (next.start <= prev.end) return true;
  if (prev.end - prev.start <= 3 && MARKER_ONLY().test(text.slice(prev.start, prev.end))) return true;
  // a bracket opened before the break closes after it: "(zie art. 5. Daarna …)"
  if (prevDepth > 0 && nextDepth < 0) return true;
  const stop = prev.end - 1;
  if (text.charAt(stop) !== '.') return false;
  if (abbreviationBefore(text, stop) === 'inner') return true;
  // an initial: "burgemeester K. Smit"
  return /^\p{Lu}$/u.test(wordBefore(text, stop));
}

/** Joins sentences the lexer cut apart at an abbreviation, an initial, a link or a list marker. */
export function joinWrongBreaks(text: string, ranges: readonly Range[]): Range[] {
  const joined: Range[] = [];
  let depth = 0;
  for (const r of ranges) {
    const prev = joined[joined.length - 1];
    const nextDepth = bracketBalance(text, r);
    if (prev && isFalseBreak(text, prev, r, depth, nextDepth)) {
      prev.end = r.end;
      depth += nextDepth;
    } else {
      joined.push({ start: r.start, end: r.end });
      depth = nextDepth;
    }
  }
  return joined;
}

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isUpper = (c: string): boolean => /\p{Lu}/u.test(c);
const isLower = (c: string): boolean => /\p{Ll}/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => /\s/u.test(c);
/** Signs that close what a sentence ends with: a percentage, a bracket, a quotation. */
const CLOSING_SIGNS: ReadonlySet<string> = new Set(['%', ')', '”', '’', '"']);
/** What may open the sentence after a footnote number: a capital, a quote or a bracket. */
const OPENER = onFirstUse(() => /[\p{Lu}‘“"'([]/u);

/** Web and e-mail addresses are not sentences: "www.Overheid.nl", "info@Vng.nl". `at` is a full stop. */
function inAddress(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && from > at - 60 && !isSpace(text.charAt(from - 1))) from--;
  let to = at;
  while (to < text.length && to < at + 60 && !isSpace(text.charAt(to))) to++;
  // a colon only in a scheme ("https://", "mailto:"): "publiceert.Hofstede:" opens a quotation
  return /[/@]|^(?:mailto|tel):|^www\.|\.(?:nl|com|org|net|eu|be|gov|info)\b/iu.test(text.slice(from, to));
}

/** The cut after the full stop at `i`, or -1: missing space, glued footnote, or "final" abbreviation. */
function cutAt(text: string, i: number, end: number): number {
  const next = text.charAt(i + 1);
  const afterLetters = isLetter(text.charAt(i - 1)) && isLetter(text.charAt(i - 2));
  // "volksvertegenwoordigers.In", "na 2015.Daardoor", "met 8%.De bond", "(2019).Daarom"
  const afterYear = /(?<![\d.,])\d{4}$/u.test(text.slice(Math.max(0, i - 6), i));
  const afterSign = CLOSING_SIGNS.has(text.charAt(i - 1));
  if ((afterLetters || afterYear || afterSign) && isUpper(next) && isLower(text.charAt(i + 2))) {
    if (wordBefore(text, i).includes('.') || abbreviationBefore(text, i) === 'inner' || inAddress(text, i))
      return -1;
    return i + 1;
  }
  // "2023.1 In deze brief", "euro.3 Dit": the footnote number stays with the sentence it ends
  if (isDigit(next) && (afterLetters || /\d{4}$/u.test(text.slice(Math.max(0, i - 5), i)))) {
    const digits = isDigit(text.charAt(i + 2)) ? 2 : 1;
    let j = i + 1 + digits;
    if (!isSpace(text.charAt(j))) return -1;
    while (j < end && isSpace(text.charAt(j))) j++;
    if (!OPENER().test(text.charAt(j)) || abbreviationBefore(text, i) === 'inner') return -1;
    return i + 1 + digits;
  }
  // "de motie-Jansen c.s. De Kamer …": an abbreviation that may end a sentence, before a capitalised word
  if (isSpace(next)) {
    let j = i + 1;
    while (j < end && j < i + 4 && isSpace(text.charAt(j))) j++;
    if (isUpper(text.charAt(j)) && isLower(text.charAt(j + 1)) && abbreviationBefore(text, i) === 'final')
      return i + 1;
  }
  return -1;
}

function cutsIn(text: string, r: Range): number[] {
  const cuts: number[] = [];
  // search the range's own slice: indexOf on the whole text would run to its end for every range
  const slice = text.slice(r.start, r.end - 1);
  for (let i = slice.indexOf('.'); i >= 0; i = slice.indexOf('.', i + 1)) {
    const cut = cutAt(text, r.start + i, r.end);
    if (cut > 0) cuts.push(cut);
  }
  return cuts;
}

/** Splits sentences where the lexer saw one word or an abbreviation but the text has a sentence end. */
export function splitMissedBreaks(text: string, ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    let start = r.start;
    for (const cut of cutsIn(text, r)) {
      if (cut <= start || cut >= r.end) continue;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: r.end });
  }
  return out;
}
