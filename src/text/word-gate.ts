/**
 * A quick test whether a text may hold one of a list's words in any case, asked before a pattern that cannot
 * match without one runs: `(?<![L])(?:word|…)(?![L])` with the i and u flags costs a cold start several million
 * instructions to compile, and most texts hold none of the words. The test looks for each word in the text's
 * lower-case copy. Lower case is toLowerCase; where case folding may differ from it (a character beyond Latin-1,
 * or µ, in the text or in a word) it says yes, so the pattern decides.
 */

/** Beyond Latin-1, or µ: characters whose case folding (the u and i flags) toLowerCase may not follow. */
const FOLDS_OTHERWISE = /[^\0-\u00b4\u00b6-\u00ff]/;

/** Whether a text may hold one of `words` in any case (false only where it holds none). */
export function wordGate(words: Iterable<string>): (text: string) => boolean {
  const lower = [...new Set([...words].map((w) => w.toLowerCase()))];
  if (lower.length === 0) return () => false;
  if (lower.some((w) => w === '' || FOLDS_OTHERWISE.test(w))) return () => true;
  return (text) => {
    if (FOLDS_OTHERWISE.test(text)) return true;
    const folded = text.toLowerCase();
    return lower.some((w) => folded.includes(w));
  };
}
