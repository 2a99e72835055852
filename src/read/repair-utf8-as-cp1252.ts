/**
 * UTF-8 bytes that were decoded as Windows-1252: "financiÃ«le", "Ã©Ã©n", "â€“". Runs of characters that
 * Windows-1252 writes as bytes 0x80–0xFF are turned back into those bytes; every valid UTF-8 sequence in them that
 * decodes to a character a Dutch text plausibly holds is repaired. The text shrinks, so the edits are recorded.
 */
import { highBytes, isContinuation, utf8Length } from './codepage-bytes.js';
import { FoundLog, TextEditor, wordAround, type PassResult } from './edit-text.js';

export const UTF8_AS_CP1252 = 'mojibake-utf8-as-cp1252';

// ignoreBOM: a misread BOM ("ï»¿") is repaired to U+FEFF, which normalising then removes
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * What the repaired character may be: Latin-1 and Latin Extended-A letters, punctuation, currency, arrows, symbols,
 * bullets, dingbats, combining accents, emoji, a BOM. Anything else (IPA, Cyrillic, CJK …) means the bytes only
 * happened to form UTF-8 ("É”" is C9 94, which is "ɔ") and the text is left alone.
 */
const PLAUSIBLE: readonly (readonly [number, number])[] = [
  [0x00a0, 0x017f],
  [0x0300, 0x036f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x22ff],
  [0x25a0, 0x27bf],
  [0xfeff, 0xfeff],
  [0x1f300, 0x1faff],
];

const plausible = (cp: number): boolean => PLAUSIBLE.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * "Ã" + a byte 80–BF is mojibake wherever it stands, but a lone Latin Extended-A result (lead "Ä" or "Å") must
 * stand in a word: legitimate text such as "‘Ä’" or "Å«" also forms valid UTF-8 ("Ē", "ū").
 */
const isLatinExtA = (s: string): boolean => s >= '\u0100' && s <= '\u017f';
const besideLetter = (text: string, start: number, end: number): boolean =>
  /\p{L}/u.test(text[start - 1] ?? '') || /\p{L}/u.test(text[end] ?? '');

export function repairUtf8AsCp1252(text: string): PassResult {
  const table = highBytes('windows-1252');
  const editor = new TextEditor(text);
  const spans: { start: number; end: number; to: string; out: { start: number; end: number } }[] = [];
  let i = 0;
  while (i < text.length) {
    // the table's characters are those of bytes 0x80–0xFF: ASCII, most of a text, needs no lookup
    if (text.charCodeAt(i) < 0x80 || !table.has(text[i] as string)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && table.has(text[end] as string)) end++;
    // a single character cannot hold a sequence
    const groups = end - i > 1 ? decodeRun(text.slice(i, end), table) : [];
    for (const group of groups) {
      const start = i + group.start;
      const stop = i + group.end;
      if (group.sequences === 1 && isLatinExtA(group.to) && !besideLetter(text, start, stop)) continue;
      spans.push({ start, end: stop, to: group.to, out: editor.replace(start, stop, group.to) });
    }
    i = end;
  }
  const output = editor.finish();
  const found = new FoundLog();
  for (const s of spans) {
    found.add({
      kind: UTF8_AS_CP1252,
      from: text.slice(s.start, s.end),
      to: s.to,
      start: s.out.start,
      end: s.out.end,
      example: { from: wordAround(text, s.start, s.end), to: wordAround(output, s.out.start, s.out.end) },
    });
  }
  return { text: output, edits: editor.edits, found: found.all() };
}

/** The repairable groups of one run (offsets within the run); neighbouring sequences form one group. */
/** Neighbouring sequences are one repair ("Ã©Ã©" → "éé"), up to this many. */
const MAX_GROUP = 16;

interface Group {
  start: number;
  end: number;
  to: string;
  sequences: number;
}

function decodeRun(run: string, table: ReadonlyMap<string, number>): Group[] {
  const bytes = Array.from(run, (c) => table.get(c) as number);
  const groups: Group[] = [];
  let k = 0;
  while (k < bytes.length) {
    const n = utf8Length(bytes[k] as number);
    const decoded = n > 0 && k + n <= bytes.length ? decodeSequence(bytes.slice(k, k + n)) : null;
    if (decoded === null) {
      k++;
      continue;
    }
    const last = groups[groups.length - 1];
    if (last && last.end === k && last.sequences < MAX_GROUP) {
      last.end = k + n;
      last.to += decoded;
      last.sequences++;
    } else groups.push({ start: k, end: k + n, to: decoded, sequences: 1 });
    k += n;
  }
  return groups;
}

function decodeSequence(bytes: number[]): string | null {
  if (!bytes.slice(1).every(isContinuation)) return null;
  let decoded: string;
  try {
    decoded = strictUtf8.decode(new Uint8Array(bytes));
  } catch {
    return null; // overlong forms, surrogates, beyond U+10FFFF
  }
  const cp = decoded.codePointAt(0) as number;
  return plausible(cp) ? decoded : null;
}
