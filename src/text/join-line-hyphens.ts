/**
 * Words hyphenated at a line end, as PDF extracts and hard-wrapped letters break them ("minis-\nterie",
 * "Documenta-\ntiecentrum"), joined again, with a map back to the offsets of the text as written. Only a lower-case
 * letter on both sides joins, and no "en"/"of" after it: "Noord-\nHolland" and "zorg-\nen welzijn" keep their hyphen.
 */
import { onFirstUse } from './on-first-use.js';

export interface JoinedText {
  text: string;
  /** each break in the text as written: from the hyphen to the start of the word's tail on the next line */
  breaks: { start: number; end: number }[];
  /** the offset in the text as written of the joined text's character at `i` (or its end, at text.length) */
  toSource(i: number): number;
}

// blank lines may stand between the parts: a page's furniture set aside ("kwalificatie-" / page / "structuur")
const LINE_HYPHEN = onFirstUse(() => /(?<=\p{Ll})-[ \t]{0,3}\r?\n\s*(?=\p{Ll})(?!(?:en|of)[ \t])/gu);

/**
 * Whether a text may hold a word hyphenated at a line end: a hyphen, up to three spaces or tabs, and a line break
 * (a carriage return before it allowed). Asked before the patterns that read one (\p{Ll} under the u flag, costly
 * to compile), as most texts have none.
 */
export function mayHoldLineHyphen(text: string): boolean {
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    let i = at;
    if (text.charAt(i - 1) === '\r') i--;
    for (let spaces = 0; spaces < 3 && (text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t'); spaces++)
      i--;
    if (text.charAt(i - 1) === '-') return true;
  }
  return false;
}

export function joinLineHyphens(source: string): JoinedText {
  const cuts: { at: number; removed: number }[] = []; // at: offset in the joined text; removed: running total
  const breaks: { start: number; end: number }[] = [];
  let text = '';
  let last = 0;
  for (const m of mayHoldLineHyphen(source) ? source.matchAll(LINE_HYPHEN()) : []) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    breaks.push({ start: m.index, end: last });
    cuts.push({ at: text.length, removed: last - text.length });
  }
  if (cuts.length === 0) return { text: source, breaks, toSource: (i) => i };
  text += source.slice(last);
  return {
    text,
    breaks,
    toSource(i: number): number {
      // the last cut at or before i: few cuts per paragraph, a linear walk is enough
      let shift = 0;
      for (const c of cuts) {
        if (c.at > i) break;
        shift = c.removed;
      }
      return i + shift;
    },
  };
}
