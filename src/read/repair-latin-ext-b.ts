/**
 * The "Latin Extended-B" mojibake: each bad character is the right letter plus 0xC0 ("coƶrdinatie",
 * "financiƫle"). Its UTF-8 bytes differ from the right letter's only in the lead byte (C6 for C3), and the same
 * bytes read once more as Windows-1250 or -1252 give the double-encoded form "financiĆ«le" / "financiÆ«le".
 * Both are repaired only on clear evidence, decided per word (see `decide`).
 */
import { highBytes, isContinuation, type Codepage } from './codepage-bytes.js';
import { FoundLog, TextEditor, type PassResult } from './edit-text.js';
import { mojibakeData } from './load-mojibake-data.js';

export const LATIN_EXT_B = 'mojibake-latin-ext-b';
export const LATIN_EXT_B_DOUBLE = 'mojibake-latin-ext-b-double';

const SHIFT = 0xc0;
const FIRST = 0x0180;
const LAST = 0x01bf;
/** The lead byte C6 as each code page shows it. */
const DOUBLE_LEADS: ReadonlyMap<string, Codepage> = new Map([
  ['Æ', 'windows-1252'],
  ['Ć', 'windows-1250'],
]);
const CANDIDATE = /[\u0180-\u01bfÆĆ]/gu;
/** Longer runs of letters are not words (the longest Dutch compounds are about 50 letters). */
const MAX_WORD = 80;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

interface Unit {
  readonly start: number;
  readonly end: number;
  /** the character, or for a double-encoded pair the shifted character it stands for */
  readonly char: string;
  readonly pair: boolean;
}

export function repairLatinExtB(text: string): PassResult {
  const editor = new TextEditor(text);
  const found = new FoundLog();
  let done = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    if (match.index < done) continue;
    let start = match.index;
    while (start > done && isWordChar(text[start - 1] as string)) start--;
    const units = wordUnits(text, start);
    const last = units[units.length - 1];
    if (!last) {
      done = match.index + 1;
      continue;
    }
    done = last.end;
    if (units.length > MAX_WORD) {
      done = wordEnd(text, done);
      continue;
    }
    const repairs = decide(units);
    if (repairs.length === 0) continue;
    const word = text.slice(start, done);
    const fixedUnits = units.map((u) => text.slice(u.start, u.end));
    for (const [i, to] of repairs) fixedUnits[i] = to;
    const fixed = fixedUnits.join('');
    for (const [i, to] of repairs) {
      const unit = units[i] as Unit;
      const out = editor.replace(unit.start, unit.end, to);
      found.add({
        kind: unit.pair ? LATIN_EXT_B_DOUBLE : LATIN_EXT_B,
        from: text.slice(unit.start, unit.end),
        to,
        ...out,
        example: { from: word, to: fixed },
      });
    }
  }
  return { text: editor.finish(), edits: editor.edits, found: found.all() };
}

const isWordChar = (c: string): boolean => LETTER.test(c) || MARK.test(c);

/** The word from `start`: letters, combining marks and double-encoded pairs ("Ć«" is one unit). */
function wordUnits(text: string, start: number): Unit[] {
  const units: Unit[] = [];
  let j = start;
  while (j < text.length && units.length <= MAX_WORD) {
    const pair = pairAt(text, j);
    if (pair) {
      units.push({ start: j, end: j + 2, char: pair, pair: true });
      j += 2;
    } else if (isWordChar(text[j] as string)) {
      units.push({ start: j, end: j + 1, char: text[j] as string, pair: false });
      j++;
    } else break;
  }
  return units;
}

/** Where the word going on at j ends. */
function wordEnd(text: string, j: number): number {
  let end = j;
  for (;;) {
    if (pairAt(text, end)) end += 2;
    else if (end < text.length && isWordChar(text[end] as string)) end++;
    else return end;
  }
}

/** "Ć«" → "ƫ": the lead byte C6 and a continuation byte, shown in one code page. */
function pairAt(text: string, j: number): string | null {
  const codepage = DOUBLE_LEADS.get(text[j] as string);
  const next = text[j + 1];
  if (!codepage || next === undefined) return null;
  const b = highBytes(codepage).get(next);
  return b !== undefined && isContinuation(b) ? String.fromCharCode(FIRST + b - 0x80) : null;
}

/**
 * Which units of one word to repair, as [index, repaired letter] in text order. A unit is repaired when it maps onto a letter
 * Dutch uses, never ƒ; when the word holds no other foreign letter (Vietnamese "Lương" stays); when its case fits
 * the rest of the word ("HƯNG" stays); when it has a letter before it (a lone "ƶ" stays), or opens a word whose
 * next unit is repaired ("ƩƩn" → "één"). Real letters of other languages (ơ in "Sơn") need another repair in
 * the same word.
 */
function decide(units: readonly Unit[]): [number, string][] {
  const data = mojibakeData();
  const targets = new Map<number, string>();
  let foreign = false;
  units.forEach((u, i) => {
    const code = u.char.charCodeAt(0);
    if (code >= FIRST && code <= LAST) {
      const target = String.fromCharCode(code - SHIFT);
      if (!data.never.has(u.char) && data.dutchLetters.has(target)) targets.set(i, target);
      else foreign = true;
    } else if (code > 0x7f && LETTER.test(u.char) && !data.dutchLetters.has(u.char)) foreign = true;
  });
  const accepted = new Map<number, string>();
  if (foreign || targets.size === 0) return [];

  const cased = units.filter((u, i) => i > 0 && !targets.has(i) && isCased(u.char)).map((u) => u.char);
  const allCaps = cased.length > 0 && cased.every(isUpper);
  const fits = (t: string): boolean => cased.length === 0 || (allCaps ? isUpper(t) : !isUpper(t));
  const real = (i: number): boolean => {
    const u = units[i] as Unit;
    return !u.pair && data.realLetters.has(u.char);
  };
  for (const [i, t] of targets) if (i > 0 && !real(i) && fits(t)) accepted.set(i, t);
  if (accepted.size > 0) for (const [i, t] of targets) if (i > 0 && real(i) && fits(t)) accepted.set(i, t);
  const first = targets.get(0);
  if (first !== undefined && accepted.has(1)) accepted.set(0, first);
  return [...accepted].sort((a, b) => a[0] - b[0]);
}

const isCased = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
const isUpper = (c: string): boolean => isCased(c) && c === c.toUpperCase();
