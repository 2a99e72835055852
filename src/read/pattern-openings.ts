/**
 * How a line must open for an anchored pattern to match it: the literal texts every match starts with, read from
 * the pattern's source ("^(?:lees (?:meer|verder)|read more)…" opens with "lees mee", "lees ver" or "read mor").
 * The boilerplate patterns are tried on every short line of a letter, and each is compiled on its first try;
 * asking first whether the line opens as the pattern needs leaves most of them uncompiled and untried. It only
 * ever says no where the pattern cannot match: what it does not read as literal text (a class of many
 * characters, a negated class, `.`, `\s`, `\p{…}`, a back-reference) ends an opening there, and a pattern that
 * may open with anything has no openings (null: try it on every line).
 */

import { branchEnd, readPattern, Unreadable, type PatternAlgebra } from './pattern-reader.js';

/** Openings by their first character, in lower case; null when a match may open with anything. */
export type Openings = ReadonlyMap<string, readonly string[]> | null;

/**
 * What a part of a pattern may match first: texts it may match whole (what follows it continues them), and
 * texts a match may start with (nothing is known after them).
 */
interface Starts {
  readonly whole: readonly string[];
  readonly begun: readonly string[];
}

/** Openings this long say enough; past so many, they are cut shorter (shortened). */
const ENOUGH_LENGTH = 16;
const MAX_OPENINGS = 64;

const EMPTY: Starts = { whole: [''], begun: [] };
const ANY: Starts = { whole: [], begun: [''] };

/** `a` followed by `b`. */
function concat(a: Starts, b: Starts): Starts {
  if (b === EMPTY || a.whole.length === 0) return a;
  const whole: string[] = [];
  const begun = [...a.begun];
  for (const x of a.whole) {
    if (x.length >= ENOUGH_LENGTH) begun.push(x);
    else {
      for (const y of b.whole) whole.push(x + y);
      for (const y of b.begun) begun.push(x + y);
    }
  }
  return whole.length + begun.length <= MAX_OPENINGS ? { whole, begun } : shortened([...whole, ...begun]);
}

/** Too many openings, cut to the longest length at which they are few enough (and not lengthened further). */
function shortened(texts: readonly string[]): Starts {
  for (let length = ENOUGH_LENGTH; length > 0; length--) {
    const cut = new Set(texts.map((t) => t.slice(0, length)));
    if (cut.size <= MAX_OPENINGS) return { whole: [], begun: [...cut] };
  }
  return ANY;
}

/** How a match opens, part by part; once no part is whole, nothing after it lengthens an opening. */
const STARTS: PatternAlgebra<Starts> = {
  empty: EMPTY,
  any: ANY,
  chars: (chars) => ({ whole: chars, begun: [] }),
  concat,
  union: (a, b) => ({ whole: [...a.whole, ...b.whole], begun: [...a.begun, ...b.begun] }),
  repeated(x, min, max) {
    if (max === 1) return min === 0 ? STARTS.union(EMPTY, x) : x;
    const begun = { whole: [], begun: [...x.whole, ...x.begun] };
    return min === 0 ? STARTS.union(EMPTY, begun) : begun;
  },
  finished: (starts) => starts.whole.length === 0,
};

/** Whether `source` starts with `^` and has no other branch at its top level. */
function anchored(source: string): boolean {
  return source.startsWith('^') && branchEnd(source, 0) === source.length;
}

/** Whether case folding leaves `c` alone: ASCII, or a character with neither an upper nor a lower case. */
const plainCase = (c: string): boolean =>
  c < '\u0080' || (c.toLowerCase() === c && c.toUpperCase() === c && (c < '\ud800' || c > '\udfff'));

/**
 * The openings of an anchored pattern (`^` first, no other top-level branch), in lower case, by their first
 * character; null when a match may open with anything. With the i flag ASCII letters match either case; an
 * opening is cut before a character whose case folding reaches further (é, ſ, the Kelvin sign) or a surrogate.
 */
export function openingsOf(pattern: RegExp): Openings {
  if (pattern.multiline || !pattern.unicode || !anchored(pattern.source)) return null;
  let starts: Starts;
  try {
    starts = readPattern(pattern.source, STARTS);
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
  const byFirst = new Map<string, Set<string>>();
  for (const text of [...starts.whole, ...starts.begun]) {
    let cut = 0;
    while (cut < text.length && plainCase(text.charAt(cut))) cut++;
    const opening = text.slice(0, cut).toLowerCase();
    if (opening === '') return null;
    const first = opening.charAt(0);
    const same = byFirst.get(first);
    if (same) same.add(opening);
    else byFirst.set(first, new Set([opening]));
  }
  return new Map([...byFirst].map(([first, same]) => [first, [...same]]));
}

/**
 * Whether `line` may open as one of `openings` says (openingsOf): no where it cannot, yes where it can or where
 * a character whose case folding reaches further than ASCII's leaves it unsure.
 */
export function opensAs(line: string, openings: Openings): boolean {
  if (openings === null) return true;
  const first = line.charAt(0);
  if (!plainCase(first)) return true;
  const candidates = openings.get(first.toLowerCase());
  return candidates !== undefined && candidates.some((opening) => startsAs(line, opening));
}

function startsAs(line: string, opening: string): boolean {
  if (line.length < opening.length) return false;
  for (let i = 0; i < opening.length; i++) {
    const c = line.charAt(i);
    if (!plainCase(c)) return true;
    if (c.toLowerCase() !== opening.charAt(i)) return false;
  }
  return true;
}
