import { LL, LN, LU } from '../../text/letter-classes.js';
/** Small regex building blocks shared by the reference finders. */

/** Not preceded by a letter or digit. */
export const B_START = String.raw`(?<![${LN}])`;
/** Not followed by a letter or digit. */
export const B_END = String.raw`(?![${LN}])`;

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literal phrases, longest first, any whitespace between words. */
export function literalAlternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.filter((p) => p.trim() !== ''))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map((p) => escapeRegex(p.trim()).replace(/\s+/g, String.raw`\s+`)).join('|');
}

/** An alternation of literal lower-case phrases whose first letter matches in either case ("Aldus", "aldus"). */
export function anyCaseFirst(phrases: readonly string[]): string {
  return literalAlternation(phrases)
    .split('|')
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join('|');
}

/** A global regex matching any of the phrases as whole words (never matches when the list is empty). */
export function wholeWords(phrases: readonly string[], ignoreCase: boolean): RegExp {
  const alt = literalAlternation(phrases);
  if (alt === '') return /(?!)/gu;
  return new RegExp(`${B_START}(?:${alt})${B_END}`, ignoreCase ? 'giu' : 'gu');
}

/**
 * A quick test for the words a large pattern cannot match without, in any case: a finder runs its pattern only on
 * text that holds one of them. Most paragraphs hold none, and the test costs a fraction of the pattern's scan,
 * which tries a lookbehind and an alternation at every position.
 */
export function mentionsAny(phrases: readonly string[]): RegExp {
  const alt = literalAlternation(phrases);
  return alt === '' ? /(?!)/u : new RegExp(alt, 'iu');
}

/** What matchesIf asks before a scan: a RegExp, or a wholeWordGate. */
export interface Gate {
  test(text: string): boolean;
}

const RUN = new RegExp(`[${LN}]+`, 'gu');

/** Case folding (the `i` flag) is toLowerCase here: Basic Latin and Latin-1 letters and digits, but µ. */
function foldsPlainly(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c > 0xff || c === 0xb5) return false;
  }
  return true;
}

let lastText: string | undefined;
let lastWords: ReadonlySet<string> | null = null;

/**
 * The whole words of a text (maximal runs of letters and digits) in lower case, or null when one of them folds
 * otherwise. Kept for the last text: every gate of a finder asks about the same paragraph.
 */
function wordsOf(text: string): ReadonlySet<string> | null {
  if (text === lastText) return lastWords;
  let words: Set<string> | null = new Set();
  for (const run of text.match(RUN) ?? []) {
    if (!foldsPlainly(run)) {
      words = null;
      break;
    }
    words.add(run.toLowerCase());
  }
  lastText = text;
  lastWords = words;
  return words;
}

/**
 * The gate of a wholeWords pattern of these phrases, in either case, or of any pattern that matches them only
 * between non-letters: a phrase found there shows each of its own runs of letters and digits as a whole word
 * of the text, so the text must hold the longest run of some phrase. A set lookup per word of the text instead
 * of a scan with a large case-insensitive alternation (costly to compile on the first letter, and to run).
 */
export function wholeWordGate(phrases: readonly string[]): Gate {
  const keys = new Set<string>();
  for (const phrase of phrases) {
    if (phrase.trim() === '') continue;
    const runs = phrase.match(RUN) ?? [];
    if (runs.length === 0 || !runs.every(foldsPlainly)) return { test: () => true };
    keys.add(runs.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase());
  }
  return {
    test(text) {
      const words = wordsOf(text);
      if (!words) return true;
      for (const w of words) if (keys.has(w)) return true;
      return false;
    },
  };
}

/** All matches of a global regex (lastIndex reset first). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** allMatches, or none when the text lacks what the pattern cannot match without (`needs`, not global). */
export function matchesIf(needs: Gate, re: RegExp, text: string): RegExpExecArray[] {
  return needs.test(text) ? allMatches(re, text) : [];
}

/** A capitalised word ("Koolmees", "Broekers-Knol", "André"). */
export const CAP_WORD = String.raw`[${LU}][${LL}'’]{1,30}(?:-[${LU}][${LL}'’]{1,30})?`;
