/**
 * chrono's strict Dutch parser (chrono.nl.strict), with the parsers whose patterns cannot match without a given
 * word run only on text that holds it. A time span before "geleden" ("drie weken geleden"), or before "later" or
 * "vanaf nu", is found by two of chrono's costliest patterns (22 M and 25 M instructions to compile), and few
 * letters hold those words: where a text lacks them the parser gets a pattern that matches nothing, so it finds
 * what it would have found, and its own pattern is never compiled. Results are those of chrono.nl.strict.
 */
import * as chrono from 'chrono-node';

/**
 * The words a pattern cannot match without, by how the pattern ends: a literal that follows the time span's
 * group, before the lookahead that ends a word (chrono 2.10's strict NLTimeUnitAgoFormatParser and
 * NLTimeUnitLaterFormatParser). A pattern that ends otherwise is always run.
 */
const NEEDED_WORDS: readonly { ending: string; words: readonly string[] }[] = [
  { ending: String.raw`)geleden(?=(?:\W|$))`, words: ['geleden'] },
  { ending: String.raw`)(later|vanaf nu)(?=(?:\W|$))`, words: ['later', 'vanaf nu'] },
];

const NOTHING = /(?!)/;

/**
 * The words `pattern` cannot match without, lower case, or null. Its flags may ignore case, but not with `u`:
 * then only ASCII letters match each other's case, so the text's lower-case copy holds the word.
 */
export function neededWords(pattern: RegExp): readonly string[] | null {
  if (pattern.unicode) return null;
  return NEEDED_WORDS.find((n) => pattern.source.endsWith(n.ending))?.words ?? null;
}

/** `text` in lower case, kept for the last text: chrono asks every parser for its pattern on the same text. */
let lastLower = { text: '', lower: '' };
function lowerCase(text: string): string {
  if (lastLower.text !== text) lastLower = { text, lower: text.toLowerCase() };
  return lastLower.lower;
}

/**
 * `parser`, given a pattern that matches nothing on a text without the words its own pattern needs. Its pattern
 * is asked for once: chrono's Dutch patterns do not depend on the text, but one parser (within, "binnen 3
 * dagen") builds its large pattern anew at every call, and chrono then builds its own copy with a word boundary.
 */
function gated(parser: chrono.Parser): chrono.Parser {
  let own: { pattern: RegExp; words: readonly string[] | null } | undefined;
  return {
    pattern(context) {
      if (!own) {
        const pattern = parser.pattern(context);
        own = { pattern, words: neededWords(pattern) };
      }
      const { pattern, words } = own;
      if (words === null) return pattern;
      const text = lowerCase(context.text);
      return words.some((w) => text.includes(w)) ? pattern : NOTHING;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

const configuration = chrono.nl.createConfiguration(true);
export const strictDutch = new chrono.Chrono({
  parsers: configuration.parsers.map(gated),
  refiners: configuration.refiners,
});
