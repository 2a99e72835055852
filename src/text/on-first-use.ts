/**
 * A value made when first asked for, and once. For the large patterns of the finders: V8 parses a pattern's
 * source when the RegExp is constructed (to check it), not only when it first runs, so a cold start paid for each
 * pattern its letter's gates never let run (the person, motion and actor patterns: about 330,000 characters of
 * source, 30 M instructions, for the 2024 letter). The same for small patterns with `\p{…}` classes that most
 * letters never run: ICU builds each such class whenever a pattern holding it is parsed.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
