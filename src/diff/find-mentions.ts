/**
 * Which entities a text mentions, found by their surfaces rather than by first mention, so a theme that names
 * a law already cited earlier in the letter still counts as citing it. Abbreviations ("AVIM", "Wgts") match
 * case-sensitively, other names ignoring case; always as whole words.
 */
import type { Entity } from './group-references.js';

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Capital letters after the first one mark an abbreviation or a code: match it exactly. */
const caseSensitive = (surface: string): boolean => /^\S+$/u.test(surface) && /.\p{Lu}/u.test(surface);

function occurs(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (!isWordChar(haystack[i - 1]) && !isWordChar(haystack[i + needle.length])) return true;
  }
  return false;
}

const fold = (s: string): string => s.replace(/\s+/gu, ' ');

/** The gids of the entities a text mentions. */
export function findMentions(text: string, entities: readonly Entity[]): Set<number> {
  const exact = fold(text);
  const lower = exact.toLowerCase();
  const found = new Set<number>();
  for (const e of entities) {
    const hit = e.surfaces.some((s) =>
      caseSensitive(s) ? occurs(exact, fold(s.trim())) : occurs(lower, fold(s.trim()).toLowerCase()),
    );
    if (hit) found.add(e.gid);
  }
  return found;
}
