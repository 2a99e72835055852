/**
 * Whether a line may be a line of a sender's address as page-blocks.ts reads one: a postcode ("3503 RE"), a phone
 * or fax number after its label ("T 030 263 41 90", "Telefoon: +31 (0)70"), "Postbus …" or "www.…". Each but the
 * last two has a digit among its first 16 characters ("telefoon.: +(" is the longest lead before one). Asked
 * before those patterns (the i and u flags, costly to compile), which most title-like lines never need.
 */

/** The furthest a postcode's or a number's first digit stands from the start of the line. */
const DIGIT_WITHIN = 16;
const WORD_OPENINGS = ['postbus', 'www.'];
/** The long s folds to s under the i and u flags ("poſtbus"), where lower case leaves it alone. */
const LONG_S = '\u017f';

export function mayBeAddressLine(value: string): boolean {
  const head = value.slice(0, DIGIT_WITHIN);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  const lower = head.toLowerCase();
  return lower.includes(LONG_S) || WORD_OPENINGS.some((w) => lower.startsWith(w));
}
