import { compileNatively } from '../../text/compile-natively.js';
import { L, LL, LN, LU } from '../../text/letter-classes.js';
import type { PhraseMatch, WholeWords } from './whole-words.js';
/** Small regex building blocks shared by the reference finders. */

/** Not preceded by a letter or digit. */
export const B_START = String.raw`(?<![${LN}])`;
/** Not followed by a letter or digit. */
export const B_END = String.raw`(?![${LN}])`;

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases longest first (before trimming), trimmed. */
export function longestFirst(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases.filter((p) => p.trim() !== ''))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map((p) => p.trim());
}

/** The length of the common start of a and b from `from` on, not ending inside a surrogate pair. */
function commonLength(a: string, b: string, from: number): number {
  let i = from;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const last = a.charCodeAt(i - 1);
  return (last >= 0xd800 && last <= 0xdbff ? i - 1 : i) - from;
}

const literal = (written: string): string => escapeRegex(written).replace(/ /g, String.raw`\s+`);

/**
 * The trie of keys[lo..hi) from `depth` on (sorted, once each, alike before `depth`), written as in `written`:
 * sorting puts a key that ends at `depth` first and keeps keys with the same next character together.
 */
function trieSource(
  keys: readonly string[],
  written: readonly string[],
  lo: number,
  hi: number,
  depth: number,
): string {
  const ends = (keys[lo] as string).length === depth;
  const branches: string[] = [];
  for (let i = ends ? lo + 1 : lo; i < hi;) {
    const key = keys[i] as string;
    let j = i + 1;
    while (j < hi && (keys[j] as string).codePointAt(depth) === key.codePointAt(depth)) j++;
    if (j - i === 1) branches.push(literal((written[i] as string).slice(depth)));
    else {
      const shared = commonLength(key, keys[j - 1] as string, depth);
      const head = (written[i] as string).slice(depth, depth + shared);
      branches.push(literal(head) + trieSource(keys, written, i, j, depth + shared));
    }
    i = j;
  }
  // a phrase ending here is tried after every longer one, as in a longest-first list
  if (ends && branches.length > 0) branches.push('');
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
}

/**
 * An alternation of literal phrases, any whitespace between words, as a trie: phrases that start alike share that
 * start, so a long word list compiles each shared word (and its `\s+` loop) once. It matches what the flat
 * longest-first list matches, in the same order: two phrases that match at one place are one a prefix of the
 * other (word for word, each `\s+` taking the whole run of white space), and the trie tries the longer first;
 * phrases that part at some character cannot both match there, so the order of branches is free. Under the `i`
 * flag two branches whose characters differ only in case could both match, so pass `ignoreCase` to key on
 * lower case. Built from sorted strings, not trie nodes: a cold run builds it for a dozen lists.
 */
export function literalAlternation(phrases: readonly string[], ignoreCase: boolean): string {
  const byKey = new Map<string, string>();
  for (const phrase of longestFirst(phrases)) {
    const written = phrase.replace(/\s+/gu, ' ');
    const folded = written.toLowerCase();
    // (a phrase whose lower case has another length keys as written)
    const key = ignoreCase && folded.length === written.length ? folded : written;
    if (!byKey.has(key)) byKey.set(key, written);
  }
  const keys = [...byKey.keys()].sort();
  const written = keys.map((k) => byKey.get(k) as string);
  return keys.length === 0 ? '' : trieSource(keys, written, 0, keys.length, 0);
}

/** An alternation of literal lower-case phrases whose first letter matches in either case ("Aldus", "aldus"). */
export function anyCaseFirst(phrases: readonly string[]): string {
  return longestFirst(phrases)
    .map((p) => escapeRegex(p).replace(/\s+/g, String.raw`\s+`))
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join('|');
}

/**
 * A quick test for the words a large pattern cannot match without, in any case: a finder runs its pattern only on
 * text that holds one of them. Most paragraphs hold none, and the test costs a fraction of the pattern's scan,
 * which tries a lookbehind and an alternation at every position.
 */
export function mentionsAny(phrases: readonly string[]): RegExp {
  const alt = literalAlternation(phrases, true);
  return alt === '' ? /(?!)/u : new RegExp(alt, 'iu');
}

/**
 * A regex, or its maker (onFirstUse): matchesAt and matchesIf ask the maker only where the regex runs, so a large
 * pattern that a letter's gates never let run is never constructed (construction parses it).
 */
export type Pattern = RegExp | (() => RegExp);

const made = (pattern: Pattern): RegExp => (typeof pattern === 'function' ? pattern() : pattern);

/** What matchesIf asks before a scan: a RegExp, or a wholeWordGate. */
export interface Gate {
  test(text: string): boolean;
}

/** All matches of a global regex (lastIndex reset first). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  compileNatively(re, text);
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * The matches of a global scan with a sticky regex, tried only at `starts` (ascending): the same as allMatches with
 * its global twin when no match can start elsewhere. For a pattern whose scan tries a costly prefix at every word.
 */
export function matchesAt(pattern: Pattern, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (starts.length === 0) return out;
  const re = made(pattern);
  let from = 0;
  compileNatively(re, text);
  for (const start of starts) {
    if (start < from) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m === null) continue;
    out.push(m);
    from = start + Math.max(m[0].length, 1);
  }
  return out;
}

/**
 * Whether sticky `lead` matches at one of `starts`: a large pattern that cannot match but where its small lead
 * does is run (and compiled) only then.
 */
export function leadsAt(lead: RegExp, text: string, starts: readonly number[]): boolean {
  return starts.some((at) => {
    lead.lastIndex = at;
    return lead.test(text);
  });
}

/** allMatches, or none when the text lacks what the pattern cannot match without (`needs`, not global). */
export function matchesIf(needs: Gate, re: Pattern, text: string): RegExpExecArray[];
/** The same for lexicon phrases (whole-words.ts). */
export function matchesIf(needs: Gate, re: WholeWords, text: string): readonly PhraseMatch[];
export function matchesIf(needs: Gate, re: Pattern | WholeWords, text: string): readonly PhraseMatch[] {
  if (needs instanceof RegExp) compileNatively(needs, text);
  if (!needs.test(text)) return [];
  return re instanceof RegExp || typeof re === 'function' ? allMatches(made(re), text) : re.matchAll(text);
}

/** A capitalised word ("Koolmees", "Broekers-Knol", "André"). */
export const CAP_WORD = String.raw`[${LU}][${LL}'’]{1,30}(?:-[${LU}][${LL}'’]{1,30})?`;

// a truncated first part coordinated with a compound: "Drank- en ", "Vogel- en "; a word, not an abbreviation
// ("Wmo- en Jeugdwet" names two laws)
const COORDINATED = new RegExp(String.raw`(?<![${LN}-])[${L}][${LL}]{3,29}-[ \t]+(?:en|of)[ \t]+$`, 'u');

/**
 * Where the name of a compound starting at `start` starts when a truncated first part is coordinated with it
 * ("Drank- en Horecawet", "Vogel- en Habitatrichtlijn", "Woon- en Bouwagenda"): one name, not its last part.
 */
export function coordinatedStart(text: string, start: number): number {
  const m = COORDINATED.exec(text.slice(Math.max(0, start - 45), start));
  return m ? start - m[0].length : start;
}
