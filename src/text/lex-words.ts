/**
 * The lexemes of a text: white space, words, punctuation and symbols, with offsets. Words take in the marks
 * that belong to them, as parse-latin's rules did (the sentence bounds depend on them): elisions ("'s",
 * "d'"), a leading "&", a trailing hyphen ("gemeente-"), inner marks ("3.5", "art.3", "info@vng.nl",
 * "E.U"), short slash pairs ("m/v") and the full stop of an initialism ("E.U.", "J.A.").
 */
import { charKind, PUNCT, SPACE, SYMBOL, WORD, type CharKind } from './char-kind.js';

export interface Lexeme {
  kind: CharKind;
  start: number;
  end: number;
  /** a word that took in a mark: its pieces are the runs scan() finds in it */
  compound: boolean;
}

const isMark = (l: Lexeme | undefined): l is Lexeme =>
  l !== undefined && (l.kind === PUNCT || l.kind === SYMBOL);
const isWord = (l: Lexeme | undefined): l is Lexeme => l !== undefined && l.kind === WORD;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** Which marks occur, so the merges that cannot apply are skipped. */
interface Seen {
  apostrophe: boolean;
  ampersand: boolean;
  hyphen: boolean;
  slash: boolean;
  fullStop: boolean;
}

/**
 * Runs of one kind: words and white space run on, a mark runs on only as the same character ("...", "--")
 * and a symbol also over surrogate halves (an emoji is one symbol).
 */
function scan(text: string, from: number, to: number, seen?: Seen): Lexeme[] {
  const out: Lexeme[] = [];
  let start = from;
  let kind = -1;
  let prevCode = -1;
  for (let i = from; i < to; i++) {
    const k = charKind(text, i);
    const code = text.charCodeAt(i);
    const runsOn =
      k === kind && (k === WORD || k === SPACE || code === prevCode || (k === SYMBOL && isSurrogate(code)));
    if (i > from && !runsOn) {
      out.push({ kind: kind as CharKind, start, end: i, compound: false });
      start = i;
    }
    if (seen && k !== WORD && k !== SPACE) note(seen, code);
    kind = k;
    prevCode = code;
  }
  if (to > from) out.push({ kind: kind as CharKind, start, end: to, compound: false });
  return out;
}

function note(seen: Seen, code: number): void {
  if (code === 0x27 || code === 0x2019) seen.apostrophe = true;
  else if (code === 0x26) seen.ampersand = true;
  else if (code === 0x2d) seen.hyphen = true;
  else if (code === 0x2f) seen.slash = true;
  else if (code === 0x2e) seen.fullStop = true;
}

/** A single-character mark that is `code`. */
const isMarkOf = (text: string, l: Lexeme | undefined, code: number): l is Lexeme =>
  isMark(l) && l.end - l.start === 1 && text.charCodeAt(l.start) === code;

const lower = (text: string, l: Lexeme): string => text.slice(l.start, l.end).toLowerCase();

/** `word` ends where `last` ends. */
function extend(word: Lexeme, last: Lexeme): void {
  word.end = last.end;
  word.compound = true;
}

/** A word taking in the mark before it. */
const prefixed = (mark: Lexeme, word: Lexeme): Lexeme => ({
  kind: WORD,
  start: mark.start,
  end: word.end,
  compound: true,
});

/**
 * The merges below compact the array in place: `n` lexemes are kept so far, and a merge reads ahead only at
 * indexes past them. `before(ls, n)` is the last lexeme kept.
 */
const before = (ls: readonly Lexeme[], n: number): Lexeme | undefined => (n > 0 ? ls[n - 1] : undefined);

/** Words an apostrophe before them shortens: 's, 't, 'n, 'ns, 'er, 'em, 'ie, 'tis, 'twas, '90, '90s. */
const ELIDED_AFTER = /^(?:n|ns|t|s|er|em|ie|tis|twas|\d\ds?)$/;

/** "'s-Hertogenbosch", "d'": an apostrophe joins the word it shortens. */
function mergeElisions(text: string, ls: Lexeme[]): void {
  let n = 0;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const prev = before(ls, n);
    const next = ls[i + 1];
    if (isMarkOf(text, l, 0x27) || isMarkOf(text, l, 0x2019)) {
      if (isWord(next) && !isWord(prev) && ELIDED_AFTER.test(lower(text, next))) {
        ls[n++] = prefixed(l, next);
        i++;
        continue;
      }
      if (isWord(prev) && !isWord(next) && lower(text, prev) === 'd') {
        extend(prev, l);
        // parse-latin does not look at the lexeme after a merged elision
        if (next) ls[n++] = next;
        i++;
        continue;
      }
    }
    ls[n++] = l;
  }
  ls.length = n;
}

/** "&Co": an "&" not after a word joins the word after it. */
function mergeLeadingAmpersands(text: string, ls: Lexeme[]): void {
  let n = 0;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const next = ls[i + 1];
    if (isMarkOf(text, l, 0x26) && !isWord(before(ls, n)) && isWord(next)) {
      ls[n++] = prefixed(l, next);
      i++;
    } else ls[n++] = l;
  }
  ls.length = n;
}

/** "gemeente- en": a hyphen after a word and before no word ends that word. */
function mergeTrailingHyphens(text: string, ls: Lexeme[]): void {
  let n = 0;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const prev = before(ls, n);
    if (isMarkOf(text, l, 0x2d) && isWord(prev) && !isWord(ls[i + 1])) extend(prev, l);
    else ls[n++] = l;
  }
  ls.length = n;
}

/** Marks that join two words written without a space: "3.5", "co-op", "info@vng", "E.U", "ja?Nee", "a_b". */
function isInnerMark(text: string, l: Lexeme): boolean {
  if (!isMark(l)) return false;
  const code = text.charCodeAt(l.start);
  if (code === 0x5f) return true; // a run of one character: all underscores
  if (l.end - l.start !== 1) return false;
  switch (code) {
    case 0x26: // &
    case 0x27: // '
    case 0x2d: // -
    case 0x2e: // .
    case 0x3a: // :
    case 0x3d: // =
    case 0x3f: // ?
    case 0x40: // @
    case 0xad: // soft hyphen
    case 0xb7: // middle dot
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2019: // ’
    case 0x2027: // hyphenation point
      return true;
    default:
      return false;
  }
}

function mergeInnerMarks(text: string, ls: Lexeme[]): void {
  let n = 0;
  for (let i = 0; i < ls.length;) {
    const l = ls[i]!;
    const prev = before(ls, n);
    if (isWord(prev) && isMark(l)) {
      let lastWord = -1;
      for (let j = i; j < ls.length; j++) {
        const m = ls[j]!;
        if (m.kind === WORD) lastWord = j;
        else if (!isInnerMark(text, m)) break;
      }
      if (lastWord >= 0) {
        extend(prev, ls[lastWord]!);
        i = lastWord + 1;
        continue;
      }
    }
    ls[n++] = l;
    i++;
  }
  ls.length = n;
}

/** "m/v", "a/b": a slash between words of at most two characters (or after one, before no word). */
function mergeShortSlashes(text: string, ls: Lexeme[]): void {
  let n = 0;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const prev = before(ls, n);
    const next = ls[i + 1];
    if (isMarkOf(text, l, 0x2f) && isWord(prev) && prev.end - prev.start < 3) {
      if (!isWord(next)) {
        extend(prev, l);
        continue;
      }
      if (next.end - next.start < 3) {
        extend(prev, next);
        i++;
        continue;
      }
    }
    ls[n++] = l;
  }
  ls.length = n;
}

const DIGIT = /\p{N}/u;

/** "E.U" before ".", "J.A" before ".": single characters between full stops, not all digits ("3.5."). */
function isInitialism(text: string, word: Lexeme): boolean {
  if (!word.compound) return false;
  const pieces = scan(text, word.start, word.end);
  if (pieces.length % 2 === 0) return false;
  let allDigits = true;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const { start, end } = pieces[p]!;
    if (p % 2 === 0) {
      if (end - start > 1) return false;
      if (!DIGIT.test(text.charAt(start))) allDigits = false;
    } else if (end - start !== 1 || text.charAt(start) !== '.') {
      if (p < pieces.length - 2) break;
      return false;
    }
  }
  return !allDigits;
}

function mergeInitialisms(text: string, ls: Lexeme[]): void {
  let n = 0;
  for (const l of ls) {
    const prev = before(ls, n);
    if (l.kind === PUNCT && isMarkOf(text, l, 0x2e) && isWord(prev) && isInitialism(text, prev))
      extend(prev, l);
    else ls[n++] = l;
  }
  ls.length = n;
}

/** The lexemes of text[from, to), words with the marks that belong to them. */
export function lexWords(text: string, from: number, to: number): Lexeme[] {
  const seen: Seen = { apostrophe: false, ampersand: false, hyphen: false, slash: false, fullStop: false };
  const ls = scan(text, from, to, seen);
  if (seen.apostrophe) mergeElisions(text, ls);
  if (seen.ampersand) mergeLeadingAmpersands(text, ls);
  if (seen.hyphen) mergeTrailingHyphens(text, ls);
  mergeInnerMarks(text, ls);
  if (seen.slash) mergeShortSlashes(text, ls);
  if (seen.fullStop) mergeInitialisms(text, ls);
  return ls;
}
