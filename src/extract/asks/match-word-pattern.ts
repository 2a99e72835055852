import { LN } from '../../text/letter-classes.js';
/**
 * Word-level phrase patterns ("@sender ...2 dring|dringen ...8 aan op"): matched on word tokens with bounded
 * gaps instead of one big regular expression, so matching stays linear in the length of the text.
 */

export interface Token {
  /** lower case */
  readonly word: string;
  /** as written */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/** Words: letters and digits, with inner hyphens or apostrophes ("commissie-Jansen", "regio's"). */
const WORD = new RegExp(String.raw`[${LN}]+(?:['’-][${LN}]+)*`, 'gu');

/** A sentence of more words than this is not prose; only its start is examined. */
export const MAX_TOKENS = 400;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ word: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length });
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}

/** Resolves "@name" to a test on a token; supplied by the caller (word groups live in YAML). */
export type GroupLookup = (name: string) => ((token: Token) => boolean) | undefined;

interface Step {
  /** how many other words may come before this one */
  readonly gap: number;
  readonly test: (token: Token) => boolean;
}

export interface WordPattern {
  readonly source: string;
  readonly steps: readonly Step[];
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** the words of one step that allows only listed words: a text without any of them cannot match */
  readonly anchor: readonly string[] | null;
}

const MAX_GAP = 15;

/**
 * "vraag|vragen", "verzoek*", "@members|colleges": alternatives of words, prefixes and groups. `onlyWords` is
 * the word list when the step allows nothing else (an anchor for the quick check in matchWordPattern).
 */
function wordTest(spec: string, groups: GroupLookup): { test: Step['test']; onlyWords: string[] | null } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const groupTests: ((token: Token) => boolean)[] = [];
  for (const alt of spec.split('|')) {
    if (alt.startsWith('@')) groupTests.push(groups(alt.slice(1)) ?? (() => false));
    else if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1).toLowerCase());
    else if (alt) exact.add(alt.toLowerCase());
  }
  const test = (t: Token) =>
    exact.has(t.word) || prefixes.some((p) => t.word.startsWith(p)) || groupTests.some((g) => g(t));
  return { test, onlyWords: prefixes.length || groupTests.length || !exact.size ? null : [...exact] };
}

/** Compiles a pattern string; unknown groups never match, a pattern of gaps only matches nothing. */
export function compileWordPattern(source: string, groups: GroupLookup): WordPattern {
  // "^zorg" and "nodig$" may be written without a space at the anchor
  const spaced = source
    .trim()
    .replace(/^\^(?=\S)/u, '^ ')
    .replace(/(?<=\S)\$$/u, ' $');
  const parts = spaced.split(/\s+/u).filter(Boolean);
  const atStart = parts[0] === '^';
  const atEnd = parts[parts.length - 1] === '$';
  const steps: Step[] = [];
  let anchor: readonly string[] | null = null;
  let gap = 0;
  for (const part of parts.slice(atStart ? 1 : 0, atEnd ? -1 : undefined)) {
    const g = /^\.\.\.(\d{1,2})?$/u.exec(part);
    if (g) gap += Math.min(MAX_GAP, Number(g[1] ?? 3));
    else {
      const { test, onlyWords } = wordTest(part, groups);
      if (onlyWords && (!anchor || onlyWords.length < anchor.length)) anchor = onlyWords;
      steps.push({ gap: steps.length === 0 ? 0 : Math.min(MAX_GAP, gap), test });
      gap = 0;
    }
  }
  return { source, steps, atStart, atEnd, anchor };
}

/** The lower-case words of the tokens, for the anchor check of matchWordPattern. */
export const wordsOf = (tokens: readonly Token[]): ReadonlySet<string> => new Set(tokens.map((t) => t.word));

export interface PatternMatch {
  /** index of the first and last matched token */
  readonly first: number;
  readonly last: number;
}

/**
 * The first match of the pattern in the tokens, or null. Failed (step, position) pairs are remembered.
 * With `words` (wordsOf the tokens), a pattern whose anchor words are all absent is skipped at once.
 */
export function matchWordPattern(
  pattern: WordPattern,
  tokens: readonly Token[],
  words?: ReadonlySet<string>,
): PatternMatch | null {
  const { steps } = pattern;
  const n = tokens.length;
  if (steps.length === 0 || n === 0) return null;
  if (words && pattern.anchor && !pattern.anchor.some((w) => words.has(w))) return null;
  let failed: Uint8Array | undefined; // allocated once the first word matches
  let last = -1;
  const from = (k: number, pos: number): boolean => {
    if (k === steps.length) {
      if (pattern.atEnd && pos !== n) return false;
      last = pos - 1;
      return true;
    }
    failed ??= new Uint8Array((steps.length + 1) * (n + 1));
    const cell = k * (n + 1) + pos;
    if (failed[cell]) return false;
    const step = steps[k]!;
    const until = Math.min(n - 1, pos + step.gap);
    for (let j = pos; j <= until; j++) if (step.test(tokens[j]!) && from(k + 1, j + 1)) return true;
    failed[cell] = 1;
    return false;
  };
  const first = steps[0]!;
  const starts = pattern.atStart ? 1 : n;
  for (let s = 0; s < starts; s++) if (first.test(tokens[s]!) && from(1, s + 1)) return { first: s, last };
  return null;
}
