/**
 * A reader of a regular expression's source (flag u syntax), left to right, that builds what an algebra makes of
 * its parts: pattern-openings.ts the texts a match opens with, pattern-needs.ts the texts every match holds. It
 * reads literal characters, small classes, `\d`, groups, alternatives and quantifiers; what it does not read as
 * literal text (a class of many characters, a negated class, `.`, `\s`, `\p{…}`, a back-reference) is anything,
 * lookarounds and `\b` match nothing themselves, and an unknown group kind makes the source unreadable.
 */

/** What an algebra makes of a pattern's parts. */
export interface PatternAlgebra<T> {
  /** the empty text (an anchor, a lookaround, `\b`) */
  readonly empty: T;
  /** any text at all */
  readonly any: T;
  /** one of these characters */
  chars(chars: readonly string[]): T;
  /** `a` followed by `b` */
  concat(a: T, b: T): T;
  /** `a` or `b` */
  union(a: T, b: T): T;
  /** `x` repeated `min` to `max` times */
  repeated(x: T, min: number, max: number): T;
  /** whether nothing after `t` in its branch can change what is made of it (the rest is passed over) */
  finished(t: T): boolean;
}

export class Unreadable extends Error {}

/** A class of more characters than this is read as anything. */
const MAX_CLASS = 12;
const DIGITS = [...'0123456789'];

/** What an escape or class member stands for: some characters, anything, or nothing (an assertion). */
type Piece = readonly string[] | 'any' | 'empty';

/** What `source` makes with `algebra`; throws Unreadable where it cannot be read. */
export function readPattern<T>(source: string, algebra: PatternAlgebra<T>): T {
  const reader = new Reader(source, algebra);
  const read = reader.alternation();
  if (!reader.done()) throw new Unreadable();
  return read;
}

class Reader<T> {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly algebra: PatternAlgebra<T>,
  ) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  /** An alternation up to `)` or the end. */
  alternation(): T {
    let read = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      read = this.algebra.union(read, this.sequence());
    }
    return read;
  }

  private sequence(): T {
    let read = this.algebra.empty;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      if (this.algebra.finished(read)) this.at = branchEnd(this.source, this.at);
      else read = this.algebra.concat(read, this.quantified(this.atom()));
    }
    return read;
  }

  private quantified(atom: T): T {
    const c = this.source[this.at];
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      if (this.source[this.at] === '?') this.at++;
      return this.algebra.repeated(atom, c === '+' ? 1 : 0, c === '?' ? 1 : Infinity);
    }
    if (c !== '{') return atom;
    const close = this.source.indexOf('}', this.at);
    const [min, max] = this.source.slice(this.at + 1, close).split(',');
    this.at = close + 1;
    if (this.source[this.at] === '?') this.at++;
    return this.algebra.repeated(
      atom,
      Number(min),
      max === undefined ? Number(min) : max === '' ? Infinity : Number(max),
    );
  }

  private atom(): T {
    const c = this.source[this.at] as string;
    this.at++;
    if (c === '^' || c === '$') return this.algebra.empty;
    if (c === '.') return this.algebra.any;
    if (c === '[') return this.made(this.charClass());
    if (c === '(') return this.group();
    if (c === '\\') return this.made(this.escape(false));
    return this.algebra.chars([c]);
  }

  private made(piece: Piece): T {
    return piece === 'any'
      ? this.algebra.any
      : piece === 'empty'
        ? this.algebra.empty
        : this.algebra.chars(piece);
  }

  private group(): T {
    const lookaround = LOOKAROUNDS.find((l) => this.source.startsWith(l, this.at));
    if (lookaround) {
      this.at += lookaround.length;
      this.alternation();
      this.close();
      // it matches nothing itself
      return this.algebra.empty;
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
  private escape(inClass: boolean): Piece {
    const c = this.source[this.at] as string;
    this.at++;
    if (c === 'd') return DIGITS;
    if ((c === 'b' && !inClass) || c === 'B') return 'empty';
    if ('DwWsSpPk'.includes(c) || (c >= '0' && c <= '9')) {
      if ((c === 'p' || c === 'P') && this.source[this.at] === '{')
        this.at = this.source.indexOf('}', this.at) + 1;
      if (c === 'k') this.at = this.source.indexOf('>', this.at) + 1;
      return 'any';
    }
    const control = CONTROLS[c];
    if (control !== undefined) return [control];
    if (c === 'u' || c === 'x' || c === 'c') return [this.coded(c)];
    return [c];
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

  /** A class of a few characters; a negated or larger class is anything. */
  private charClass(): Piece {
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
      else for (const c of member === DIGITS_MEMBER ? DIGITS : member) chars.add(c);
    }
    this.at++;
    return any || chars.size > MAX_CLASS ? 'any' : [...chars];
  }

  /** One character of a class (DIGITS_MEMBER for `\d`), or null for a set of characters this does not read. */
  private classMember(): string | null {
    const c = this.source[this.at] as string;
    this.at++;
    if (c !== '\\') return c;
    const escaped = this.escape(true);
    if (escaped === DIGITS) return DIGITS_MEMBER;
    return typeof escaped !== 'string' && escaped.length === 1 && (escaped[0] as string).length === 1
      ? (escaped[0] as string)
      : null;
  }
}

const DIGITS_MEMBER = '\\d';
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
export function branchEnd(source: string, at: number): number {
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
