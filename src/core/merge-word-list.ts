/**
 * Extra entries for a word list, from a project's config file, merged into the built-in list: the extra part
 * has the shape of the list's file, its lists are added after the built-in ones, its mappings merged key by
 * key, and a single value replaces the built-in one. The merged list is validated by the list's own schema; the
 * functions below take a problem found in the merged data back to its place in the extra part.
 */

type Data = Record<string, unknown>;

const isMapping = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The built-in list with the extra entries merged in (neither is changed). */
export function mergeWordList(builtin: unknown, extra: unknown): unknown {
  if (Array.isArray(builtin) && Array.isArray(extra)) return [...builtin, ...extra];
  if (isMapping(builtin) && isMapping(extra)) {
    const merged: Data = { ...builtin };
    for (const [key, value] of Object.entries(extra)) merged[key] = mergeWordList(builtin[key], value);
    return merged;
  }
  return extra === undefined ? builtin : extra;
}

/**
 * The path in `extra` of the value at `path` in the merged data; null when that value is built in (the
 * problem is not in the extra part). An item of a list is found after the built-in items.
 */
export function pathInExtra(
  path: readonly PropertyKey[],
  builtin: unknown,
  extra: unknown,
): PropertyKey[] | null {
  const found: PropertyKey[] = [];
  let [b, e] = [builtin, extra];
  for (const key of path) {
    if (Array.isArray(e) && typeof key === 'number') {
      const offset = Array.isArray(b) ? b.length : 0;
      if (key < offset) return null;
      found.push(key - offset);
      [b, e] = [undefined, e[key - offset]];
    } else if (isMapping(e) && Object.hasOwn(e, key)) {
      found.push(key);
      [b, e] = [isMapping(b) ? b[key as string] : undefined, e[key as string]];
    } else if (isMapping(b) && Object.hasOwn(b, key)) {
      return null;
    } else {
      // a key the extra part lacks inside its own entry (a required key left out): the problem is there
      found.push(key);
      [b, e] = [undefined, undefined];
    }
  }
  return found;
}
