/**
 * What a line must hold for a pattern to match it: texts every match holds somewhere, read from the pattern's
 * source ("^[^\n.]{0,40}\b(?:nieuwsbrief|newsletter)\b …\d{1,4}…$" needs "nieuwsbrief" or "newsletter", and a
 * digit). For the boilerplate patterns that may open with anything (a negated class first), which have no
 * openings (pattern-openings.ts) and were tried, and compiled, on every short line: asking first whether the line
 * holds what they need leaves most of them uncompiled and untried. It only ever says no where the pattern cannot
 * match: a part it does not read as literal text needs nothing, and an alternation needs something only where
 * each of its branches does.
 */
import { readPattern, Unreadable, type PatternAlgebra } from './pattern-reader.js';

/**
 * Lists of texts of which a match holds at least one each (in lower case for a pattern with the i flag); none
 * when nothing is known.
 */
export interface Needs {
  readonly ignoreCase: boolean;
  readonly texts: readonly (readonly string[])[];
}

/**
 * What is known of a part of a pattern: the texts it matches exactly, where they are few (null otherwise); else
 * the texts its matches start with and end with (null where nothing is known); and lists of texts of which it
 * holds one each.
 */
interface Part {
  readonly exact: readonly string[] | null;
  readonly starts: readonly string[] | null;
  readonly ends: readonly string[] | null;
  readonly needs: readonly (readonly string[])[];
}

/** Past so many texts, a part's texts are no longer followed. */
const MAX_TEXTS = 64;

const EMPTY: Part = { exact: [''], starts: null, ends: null, needs: [] };
const ANY: Part = { exact: null, starts: null, ends: null, needs: [] };

const startsOf = (p: Part): readonly string[] | null => p.exact ?? p.starts;
const endsOf = (p: Part): readonly string[] | null => p.exact ?? p.ends;

/** Every text of `a` followed by every text of `b`; null when unknown or too many. */
function product(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!a || !b || a.length * b.length > MAX_TEXTS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Texts as a need, unless one of them is empty (then they need nothing). */
const asNeed = (texts: readonly string[] | null): (readonly string[])[] =>
  texts && texts.length > 0 && !texts.includes('') ? [texts] : [];

/** All a part needs, its known texts among them. */
const allNeeds = (p: Part): (readonly string[])[] => [
  ...p.needs,
  ...asNeed(p.exact),
  ...asNeed(p.starts),
  ...asNeed(p.ends),
];

const shortest = (need: readonly string[]): number => Math.min(...need.map((t) => t.length));

/** The need of `p` most likely to refuse a line: the one whose shortest text is longest. */
function strongest(p: Part): readonly string[] | null {
  let best: readonly string[] | null = null;
  for (const need of allNeeds(p)) if (shortest(need) > (best ? shortest(best) : 0)) best = need;
  return best;
}

/** `texts` repeated `times` times; null when unknown or too many. */
function power(texts: readonly string[] | null, times: number): readonly string[] | null {
  let out: readonly string[] | null = [''];
  for (let i = 0; i < times && out; i++) out = product(out, texts);
  return out;
}

const NEEDS: PatternAlgebra<Part> = {
  empty: EMPTY,
  any: ANY,
  chars: (chars) => ({ exact: chars, starts: null, ends: null, needs: [] }),
  concat(a, b) {
    const exact = product(a.exact, b.exact);
    if (exact) return { exact, starts: null, ends: null, needs: [...a.needs, ...b.needs] };
    // where a's end meets b's start, a text of each joins into one
    const middle = product(endsOf(a) ?? [''], startsOf(b) ?? ['']);
    return {
      exact: null,
      starts: a.exact ? (product(a.exact, startsOf(b) ?? ['']) ?? a.exact) : a.starts,
      ends: b.exact ? (product(endsOf(a) ?? [''], b.exact) ?? b.exact) : b.ends,
      needs: [...a.needs, ...b.needs, ...(middle ? asNeed(middle) : [...allNeeds(a), ...allNeeds(b)])],
    };
  },
  union(a, b) {
    const exact = a.exact && b.exact && a.exact.length + b.exact.length <= MAX_TEXTS;
    if (exact)
      return { exact: [...new Set([...a.exact!, ...b.exact!])], starts: null, ends: null, needs: [] };
    const [x, y] = [strongest(a), strongest(b)];
    const either = (p: readonly string[] | null, q: readonly string[] | null) =>
      p && q && p.length + q.length <= MAX_TEXTS ? [...new Set([...p, ...q])] : null;
    return {
      exact: null,
      starts: either(startsOf(a), startsOf(b)),
      ends: either(endsOf(a), endsOf(b)),
      needs: x && y ? [[...new Set([...x, ...y])]] : [],
    };
  },
  repeated(x, min, max) {
    if (min === 1 && max === 1) return x;
    if (min === 0) return max === 1 && x.exact ? { ...x, exact: [...new Set(['', ...x.exact])] } : ANY;
    // each match starts and ends with `min` of x's, and holds them
    const times = power(x.exact, min);
    const exact = min === max ? times : null;
    if (exact) return { exact, starts: null, ends: null, needs: x.needs };
    return {
      exact: null,
      starts: times ?? startsOf(x),
      ends: times ?? endsOf(x),
      needs: [...allNeeds(x), ...asNeed(times)],
    };
  },
  finished: () => false,
};

/** The longest text looked for. */
const MAX_LENGTH = 8;
/** A pattern's needs asked of a line, at most; the first are its parts' from left to right. */
const MAX_NEEDS = 4;

/** Whether a line that holds one of `a` holds one of `b`. */
const implies = (a: readonly string[], b: readonly string[]): boolean =>
  a.every((x) => b.some((y) => x.includes(y)));

/** Whether case folding leaves `c` alone: ASCII, or a character with neither an upper nor a lower case. */
const plainCase = (c: string): boolean =>
  c < '\u0080' || (c.toLowerCase() === c && c.toUpperCase() === c && (c < '\ud800' || c > '\udfff'));

/** The longest run of `text` whose characters fold plainly: every match of `text` holds it in lower case. */
function plainRun(text: string): string {
  let best = '';
  let run = '';
  for (const c of text) {
    run = plainCase(c) ? run + c : '';
    if (run.length > best.length) best = run;
  }
  return best;
}

/** The texts every match of `pattern` holds (u flag syntax); none where its source cannot be read. */
export function needsOf(pattern: RegExp): Needs {
  const ignoreCase = pattern.ignoreCase;
  if (!pattern.unicode) return { ignoreCase, texts: [] };
  let read: Part;
  try {
    read = readPattern(pattern.source, NEEDS);
  } catch (e) {
    if (e instanceof Unreadable) return { ignoreCase, texts: [] };
    throw e;
  }
  const found: (readonly string[])[] = [];
  for (const need of allNeeds(read)) {
    // a text's start is needed as much as the text, and a few characters refuse most lines: cut, a need has fewer
    // texts to look for
    const runs = need.map((t) => (ignoreCase ? plainRun(t).toLowerCase() : t).slice(0, MAX_LENGTH));
    // a text that holds another of the same need says nothing more
    if (runs.every((r) => r !== ''))
      found.push([...new Set(runs)].filter((t, _, all) => !all.some((u) => u !== t && t.includes(u))));
  }
  // strongest first; a need one already taken implies (each of whose texts holds one of its) says nothing more
  found.sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
  const texts: (readonly string[])[] = [];
  for (const need of found)
    if (texts.length < MAX_NEEDS && !texts.some((taken) => implies(taken, need))) texts.push(need);
  return { ignoreCase, texts };
}

/** The long s folds to s under the i and u flags, where lower case leaves it alone (the Kelvin sign's is k). */
const LONG_S = '\u017f';

/**
 * Whether `line` may hold what `needs` says every match holds: no only where it lacks one of the texts. `lower`
 * is the line in lower case (toLowerCase), asked for a pattern with the i flag.
 */
export function mayHold(line: string, lower: string, needs: Needs): boolean {
  if (needs.texts.length === 0) return true;
  if (needs.ignoreCase && line.includes(LONG_S)) return true;
  const text = needs.ignoreCase ? lower : line;
  // loops, not every/some: asked of every short line for each pattern not yet compiled
  for (const need of needs.texts) {
    let held = false;
    for (const t of need) if ((held = text.includes(t))) break;
    if (!held) return false;
  }
  return true;
}
