/**
 * How a line must open for an anchored pattern to match it: the literal texts every match starts with, read from
 * the pattern's source ("^(?:lees (?:meer|verder)|read more)…" opens with "lees mee", "lees ver" or "read mor").
 * The boilerplate patterns are tried on every short line of a letter, and each is compiled on its first try;
 * asking first whether the line opens as the pattern needs leaves most of them uncompiled and untried. It only
 * ever says no where the pattern cannot match: what it does not read as literal text (a class of many
 * characters, a negated class, `.`, `\s`, `\p{…}`, a back-reference) ends an opening there, and a pattern that
 * may open with anything has no openings (null: try it on every line).
 */

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
/** A class of more characters than this is read as anything. */
const MAX_CLASS = 12;

const EMPTY: Starts = { whole: [''], begun: [] };
const ANY: Starts = { whole: [], begun: [''] };

class Unreadable extends Error {}

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

const union = (a: Starts, b: Starts): Starts => ({
  whole: [...a.whole, ...b.whole],
  begun: [...a.begun, ...b.begun],
});

/** `x` repeated `min` to `max` times. */
function repeated(x: Starts, min: number, max: number): Starts {
  if (max === 1) return min === 0 ? union(EMPTY, x) : x;
  const begun = { whole: [], begun: [...x.whole, ...x.begun] };
  return min === 0 ? union(EMPTY, begun) : begun;
}

/** A reader of one pattern source (flag u syntax), from left to right. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** An alternation up to `)` or the end. */
  alternation(): Starts {
    let starts = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      starts = union(starts, this.sequence());
    }
    return starts;
  }

  private sequence(): Starts {
    let starts = EMPTY;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // nothing after this lengthens an opening: the rest of the branch is only passed over
      if (starts.whole.length === 0) this.at = branchEnd(this.source, this.at);
      else starts = concat(starts, this.quantified(this.atom()));
    }
    return starts;
  }

  private quantified(atom: Starts): Starts {
    const c = this.source[this.at];
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      if (this.source[this.at] === '?') this.at++;
      return repeated(atom, c === '+' ? 1 : 0, c === '?' ? 1 : Infinity);
    }
    if (c !== '{') return atom;
    const close = this.source.indexOf('}', this.at);
    const [min, max] = this.source.slice(this.at + 1, close).split(',');
    this.at = close + 1;
    if (this.source[this.at] === '?') this.at++;
    return repeated(atom, Number(min), max === undefined ? Number(min) : max === '' ? Infinity : Number(max));
  }

  private atom(): Starts {
    const c = this.source[this.at] as string;
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if (c === '[') return this.charClass();
    if (c === '(') return this.group();
    if (c === '\\') return this.escape(false);
    return { whole: [c], begun: [] };
  }

  private group(): Starts {
    const lookaround = LOOKAROUNDS.find((l) => this.source.startsWith(l, this.at));
    if (lookaround) {
      this.at += lookaround.length;
      this.alternation();
      this.close();
      // it matches nothing itself: what follows it opens the match
      return EMPTY;
    }
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
    else if (this.source[this.at] === '?') throw new Unreadable();
    const inner = this.alternation();
    this.close();
    return inner;
  }

  private close(): void {
    if (this.source[this.at] !== ')') throw new Unreadable();
    this.at++;
  }

  /** An escape after its backslash: a literal character, digits, a zero-width assertion, or anything. */
  private escape(inClass: boolean): Starts {
    const c = this.source[this.at] as string;
    this.at++;
    if (c === 'd') return { whole: [...'0123456789'], begun: [] };
    if ((c === 'b' && !inClass) || c === 'B') return EMPTY;
    if ('DwWsSpPk'.includes(c) || (c >= '0' && c <= '9')) {
      if ((c === 'p' || c === 'P') && this.source[this.at] === '{')
        this.at = this.source.indexOf('}', this.at) + 1;
      if (c === 'k') this.at = this.source.indexOf('>', this.at) + 1;
      return ANY;
    }
    const control = CONTROLS[c];
    if (control !== undefined) return { whole: [control], begun: [] };
    if (c === 'u' || c === 'x' || c === 'c') return { whole: [this.coded(c)], begun: [] };
    return { whole: [c], begun: [] };
  }

  /** The character of `\u…`, `\x…` or `\c…`, after its letter. */
  private coded(letter: string): string {
    const rest = this.source.slice(this.at, this.at + 8);
    const m = (letter === 'c' ? /^[A-Za-z]/u : letter === 'x' ? /^[\da-fA-F]{2}/u : UNICODE_ESCAPE).exec(
      rest,
    );
    if (!m) throw new Unreadable();
    this.at += m[0].length;
    if (letter === 'c') return String.fromCharCode(m[0].charCodeAt(0) % 32);
    return String.fromCodePoint(Number.parseInt(m[0].replace(/[{}]/gu, ''), 16));
  }

  /** A class of a few characters, each its own opening; a negated or larger class is anything. */
  private charClass(): Starts {
    const chars = new Set<string>();
    let any = this.source[this.at] === '^';
    if (any) this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const member = this.classMember();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        const to = this.classMember();
        const from = member?.charCodeAt(0) ?? 0;
        const end = to?.charCodeAt(0) ?? 0;
        if (member === null || to === null || end - from >= MAX_CLASS) any = true;
        else for (let k = from; k <= end; k++) chars.add(String.fromCharCode(k));
      } else if (member === null) any = true;
      else for (const c of member === DIGITS ? '0123456789' : member) chars.add(c);
    }
    this.at++;
    return any || chars.size > MAX_CLASS ? ANY : { whole: [...chars], begun: [] };
  }

  /** One character of a class (DIGITS for `\d`), or null for a set of characters this does not read. */
  private classMember(): string | null {
    const c = this.source[this.at] as string;
    this.at++;
    if (c !== '\\') return c;
    const escaped = this.escape(true);
    if (escaped.whole.length === 10) return DIGITS;
    return escaped.whole.length === 1 && (escaped.whole[0] as string).length === 1
      ? (escaped.whole[0] as string)
      : null;
  }
}

const DIGITS = '\\d';
const LOOKAROUNDS = ['?=', '?!', '?<=', '?<!'];
const CONTROLS: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
  b: '\b',
  '0': '\0',
};
const UNICODE_ESCAPE = /^(?:\{[\da-fA-F]{1,6}\}|[\da-fA-F]{4})/u;

/** Where the branch that `at` is in ends: at its `|` or `)`, or the end of the source. */
function branchEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' || c === '|') {
      if (depth === 0) return i;
      if (c === ')') depth--;
    }
  }
  return source.length;
}

/** The index of the `]` that closes the class opened at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
}

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
    starts = new Reader(pattern.source).alternation();
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
