/**
 * A quick test whether a text may hold one of a list's words in any case, asked before a pattern that cannot
 * match without one runs: `(?<![L])(?:word|…)(?![L])` with the i and u flags costs a cold start several million
 * instructions to compile, and most texts hold none of the words. The test looks for each word in the text's
 * lower-case copy. Lower case is toLowerCase; where case folding may differ from it it says yes, so the pattern
 * decides: for words of ASCII only that is the long s in the text (ſ folds to s; the Kelvin sign, the only other
 * character beyond ASCII that folds to an ASCII letter, has k as its lower case), for other words any character
 * beyond Latin-1, or µ, in the text or in a word.
 */

/** Beyond Latin-1, or µ: characters whose case folding (the u and i flags) toLowerCase may not follow. */
const FOLDS_OTHERWISE = /[^\0-\u00b4\u00b6-\u00ff]/;
const ASCII = /^[\0-\x7f]*$/;
const LONG_S = '\u017f';

type Gate = (text: string) => boolean;

/** Whether a text may hold one of `words` in any case (false only where it holds none). */
export function wordGate(words: Iterable<string>): Gate {
  return gateOf([...words].map((word) => [word]));
}

/**
 * Whether a text may hold one of `phrases` (words apart by a space) in any case, whatever stands between a
 * phrase's words: false only where each phrase misses a word. For a pattern that allows other words between
 * them ("behandelt … de … kamer").
 */
export function phraseGate(phrases: Iterable<string>): Gate {
  return gateOf([...phrases].map((phrase) => phrase.split(' ').filter(Boolean)));
}

/** Whether a text holds every word of one of the lists, in any case. */
function gateOf(lists: string[][]): Gate {
  const lower = lists.map((list) => [...new Set(list.map((w) => w.toLowerCase()))]);
  if (lower.length === 0) return () => false;
  const foldsOtherwise = foldsOtherwiseFor(lower.flat());
  return (text) => {
    if (foldsOtherwise(text)) return true;
    const folded = text.toLowerCase();
    // loops, not some/every: asked of every sentence or paragraph
    for (const list of lower) {
      let all = true;
      for (const w of list) if (!(all = folded.includes(w))) break;
      if (all) return true;
    }
    return false;
  };
}

/** Whether a line may open with one of `words` in any case (false only where it opens with none). */
export function openingGate(words: Iterable<string>): Gate {
  const lower = [...new Set([...words].map((w) => w.toLowerCase()))];
  if (lower.length === 0) return () => false;
  const longest = Math.max(...lower.map((w) => w.length));
  const foldsOtherwise = foldsOtherwiseFor(lower);
  return (line) => {
    const head = line.slice(0, longest);
    if (foldsOtherwise(head)) return true;
    const folded = head.toLowerCase();
    return lower.some((w) => folded.startsWith(w));
  };
}

/** Whether case folding may find a lower-case word where toLowerCase does not, in a text. */
function foldsOtherwiseFor(lowerWords: readonly string[]): Gate {
  if (lowerWords.some((w) => FOLDS_OTHERWISE.test(w))) return () => true;
  return lowerWords.every((w) => ASCII.test(w))
    ? (text) => text.includes(LONG_S)
    : (text) => FOLDS_OTHERWISE.test(text);
}

/** A pattern behind a gate: what a finder asks of it, and the pattern itself. */
export interface Tester {
  readonly pattern: RegExp;
  test(text: string): boolean;
}

/** `pattern`'s test, run (and the pattern compiled) only where `gate` says the text may match. */
export const behindGate = (gate: Gate, pattern: RegExp): Tester => ({
  pattern,
  test: (text) => gate(text) && pattern.test(text),
});
