/**
 * Which entities a text mentions, found by their surfaces rather than by first mention, so a theme that names
 * a law already cited earlier in the letter still counts as citing it. Abbreviations ("AVIM", "Wgts") match
 * case-sensitively, other names ignoring case; always as whole words.
 *
 * A diff asks this for every theme, every ask and each whole letter, so the surfaces are indexed once per entity
 * list by their longest word (a run of letters and digits): a surface found as whole words has that word as a
 * whole word of the text. The answer is the same as searching the text for every surface; the cost follows the
 * text, not text × entities.
 */
import type { Entity } from './group-references.js';

/** Letters and digits, judged per UTF-16 unit (as `haystack[i]` gives them); memoised per unit. */
const UNIT_KIND = new Uint8Array(0x10000);
function isWordUnit(code: number): boolean {
  let kind = UNIT_KIND[code] as number;
  if (kind === 0) {
    kind = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    UNIT_KIND[code] = kind;
  }
  return kind === 1;
}
const wordAt = (s: string, i: number): boolean => i >= 0 && i < s.length && isWordUnit(s.charCodeAt(i));

/** Capital letters after the first one mark an abbreviation or a code: match it exactly. */
const caseSensitive = (surface: string): boolean => /^\S+$/u.test(surface) && /.\p{Lu}/u.test(surface);

function occurs(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (!wordAt(haystack, i - 1) && !wordAt(haystack, i + needle.length)) return true;
  }
  return false;
}

/** The maximal runs of letters and digits in a string, each with where it starts. */
function eachWord(s: string, visit: (word: string, at: number) => void): void {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const inWord = i < s.length && isWordUnit(s.charCodeAt(i));
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      visit(s.slice(start, i), start);
      start = -1;
    }
  }
}

const fold = (s: string): string => s.replace(/\s+/gu, ' ');

interface Needle {
  /** the entity's place in the list, and its gid */
  at: number;
  gid: number;
  text: string;
  exact: boolean;
  /** where its longest word starts in it */
  anchor: number;
}

interface MentionIndex {
  size: number;
  /** surfaces by their longest word, as matched (exact or lower-cased) */
  exact: Map<string, Needle[]>;
  lower: Map<string, Needle[]>;
  /** surfaces without a letter or digit: searched for in every text */
  always: Needle[];
}

/** per entity list (a list is not changed once made; a grown one is indexed again) */
const indexes = new WeakMap<readonly Entity[], MentionIndex>();

function indexOf(entities: readonly Entity[]): MentionIndex {
  let index = indexes.get(entities);
  if (index && index.size === entities.length) return index;
  index = { size: entities.length, exact: new Map(), lower: new Map(), always: [] };
  for (const [at, e] of entities.entries()) {
    for (const s of e.surfaces) {
      const exact = caseSensitive(s);
      const text = exact ? fold(s.trim()) : fold(s.trim()).toLowerCase();
      if (!text) continue;
      let longest = '';
      let anchor = 0;
      eachWord(text, (word, start) => {
        if (word.length > longest.length) [longest, anchor] = [word, start];
      });
      const needle = { at, gid: e.gid, text, exact, anchor };
      if (!longest) {
        index.always.push(needle);
        continue;
      }
      const map = exact ? index.exact : index.lower;
      const list = map.get(longest);
      if (list) list.push(needle);
      else map.set(longest, [needle]);
    }
  }
  indexes.set(entities, index);
  return index;
}

/** Is the needle in the haystack at `start`, as whole words? */
const standsAt = (haystack: string, needle: string, start: number): boolean =>
  start >= 0 &&
  haystack.startsWith(needle, start) &&
  !wordAt(haystack, start - 1) &&
  !wordAt(haystack, start + needle.length);

/**
 * The gids of the entities a text mentions, in entity order. Each word of the text is looked up among the
 * surfaces' longest words, and a surface is checked only where its longest word stands: one pass over the
 * text however many entities there are (a surface found as whole words has its longest word there).
 */
export function findMentions(text: string, entities: readonly Entity[]): Set<number> {
  const index = indexOf(entities);
  const exact = fold(text);
  const lower = exact.toLowerCase();
  const hits = new Set<number>();
  for (const n of index.always)
    if (!hits.has(n.at) && occurs(n.exact ? exact : lower, n.text)) hits.add(n.at);
  const scan = (haystack: string, needles: ReadonlyMap<string, Needle[]>) => {
    if (!needles.size) return;
    eachWord(haystack, (word, start) => {
      for (const n of needles.get(word) ?? [])
        if (!hits.has(n.at) && standsAt(haystack, n.text, start - n.anchor)) hits.add(n.at);
    });
  };
  scan(exact, index.exact);
  scan(lower, index.lower);
  return new Set([...hits].sort((a, b) => a - b).map((i) => entities[i]!.gid));
}
