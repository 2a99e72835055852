/** Repairs of parse-dutch's sentence bounds: joins at false breaks, splits at missed ones. All linear. */
import { abbreviationBefore, wordBefore } from './sentence-abbreviations.js';

export interface Range {
  start: number;
  end: number;
}

/** A sentence that is only a list marker: "1.", "a)", "•". It belongs to the sentence after it. */
const MARKER_ONLY = /^(?:\d{1,3}[.)]|\p{L}[.)]|[•▪◦·‣⁃*–-])$/u;

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
  if (prev.end - prev.start <= 3 && MARKER_ONLY.test(text.slice(prev.start, prev.end))) return true;
  // a bracket opened before the break closes after it: "(zie art. 5. Daarna …)"
  if (prevDepth > 0 && nextDepth < 0) return true;
  const stop = prev.end - 1;
  if (text.charAt(stop) !== '.') return false;
  if (abbreviationBefore(text, stop) === 'inner') return true;
  // an initial: "burgemeester P. Oskam"
  return /^\p{Lu}$/u.test(wordBefore(text, stop));
}

/** Joins sentences parse-dutch cut apart at an abbreviation, an initial, a link or a list marker. */
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

/** "volksvertegenwoordigers.In": a full stop glued to a capitalised word. */
const MISSING_SPACE = /(?<=\p{L}{2})\.(?=\p{Lu}\p{Ll})/gu;
/** "2023.1 In deze brief", "euro.3 Dit": a footnote number glued to the full stop stays with its sentence. */
const FOOTNOTE = /(?<=\p{L}{2}|\d{4})\.\d{1,2}(?=\s+[\p{Lu}‘“"'([])/gu;
/** A full stop before a capitalised word, inside a sentence: "c.s. De Kamer". */
const STOP_BEFORE_CAPITAL = /\.(?=\s+\p{Lu}\p{Ll})/gu;

/** Web and e-mail addresses are not sentences: "www.Overheid.nl", "info@Vng.nl". `at` is a full stop. */
function inAddress(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(at, at + 60);
  const token = before.slice(before.search(/\S*$/u)) + after.slice(0, after.search(/\s|$/u));
  return /[/@:]|^www\.|\.(?:nl|com|org|net|eu|be|gov|info)\b/iu.test(token);
}

function cutsIn(text: string, r: Range): number[] {
  const slice = text.slice(r.start, r.end);
  const cuts: number[] = [];
  for (const m of slice.matchAll(MISSING_SPACE)) {
    const at = m.index;
    if (wordBefore(slice, at).includes('.') || abbreviationBefore(slice, at) === 'inner') continue;
    if (!inAddress(slice, at)) cuts.push(at + 1);
  }
  for (const m of slice.matchAll(FOOTNOTE)) {
    if (abbreviationBefore(slice, m.index) !== 'inner') cuts.push(m.index + m[0].length);
  }
  for (const m of slice.matchAll(STOP_BEFORE_CAPITAL)) {
    if (abbreviationBefore(slice, m.index) === 'final') cuts.push(m.index + 1);
  }
  return cuts.map((c) => r.start + c).sort((a, b) => a - b);
}

/** Splits sentences where parse-dutch saw one word or an abbreviation but the text has a sentence end. */
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
