/**
 * Dates in Dutch text ("5 september 2024", "donderdag 24 februari", "23-12-2023"), found with
 * chrono-node's strict Dutch parser (strict-dutch-chrono.ts) and corrected as described in §6 of the formats guide.
 */
import type * as chrono from 'chrono-node';
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import { longCopy } from './compile-natively.js';
import { strictDutch } from './strict-dutch-chrono.js';
import { wordGate } from './word-gate.js';
import source from '../data/dates.yaml';
import {
  chooseYear,
  isRealDate,
  isoDate,
  weekdayOf,
  type DayRef,
  type Direction,
} from './resolve-date-year.js';

export interface FoundDate {
  /** offsets into the input string: text === input.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD when day, month and year are known (year written, or derived from ref) */
  date: string | null;
  day: number | null;
  month: number | null;
  year: number | null;
  yearGiven: boolean;
  /** 0 = Sunday … when the text names one ("woensdag") */
  weekday: number | null;
  /** a weekday is named and contradicts the (derived) date */
  weekdayMismatch: boolean;
}

// Month words (src/data/dates.yaml) as chrono's Dutch dictionary knows them: a match must contain one of these,
// or be a numeric day-month-year. That keeps out relative phrases ("3 maanden later", "binnen 2 weken").
const Words = z.array(z.string().min(1)).min(1);
const SameLength = z
  .record(z.string(), z.string())
  .refine(
    (m) => Object.entries(m).every(([k, v]) => k.length === v.length),
    'a month and its Dutch name differ in length',
  );
const DatesSchema = () => z.object({ monthWords: Words, monthNames: Words, englishMonths: SameLength });
const dateWords = defineLexicon(source, DatesSchema, (data) => {
  const english = new Map(Object.entries(data.englishMonths).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    monthWords: new Set([...data.monthWords, ...english.keys()].map((w) => w.toLowerCase())),
    monthNames: new Set(data.monthNames.map((w) => w.toLowerCase())),
    english,
    englishWord: new RegExp(`(?<!\\p{L})(?:${[...english.keys()].join('|')})(?!\\p{L})`, 'giu'),
    /** whether a text may hold an English month name: only then is englishWord run (and compiled) */
    mayHoldEnglish: wordGate(english.keys()),
  };
});
const monthWords = (): ReadonlySet<string> => dateWords().monthWords;

/** The twelve month names written in full, lower case: a capitalised one names no person, place or body. */
export const monthNames = (): ReadonlySet<string> => dateWords().monthNames;

/** "23-12-2023", "11.09.2024", "2024-09-05", "5/9/2024". */
const NUMERIC_DATE = /\d{1,4}[-./]\d{1,2}[-./]\d{2,4}/;
/** chrono reads pieces up to this size at once; paragraphs are far shorter, this guards odd input. */
const MAX_CHUNK = 20_000;
/** Paragraph breaks: dates never span them. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
/** Footnote digits glued to a year ("… 21 december 2023.1 In deze brief") hide the date from chrono. */
const GLUED_FOOTNOTE = /(\d{4}\.)(\d{1,2})(?=\s|$)/g;
/** What chrono includes in front of the date: ", " and "Op ". */
const LEADING_NOISE = /^[\s,;:]{0,10}(?:(?:op|on)\s{1,5})?/i;
/** A time after the date ("om 14.00 uur", ", 10:00", "om 10 uur"): the date ends before it. */
const TRAILING_TIME = /[\s,]{1,5}(?:(?:om|vanaf|van|tussen|tot)\s{1,5})?\d{1,2}(?:[:.]\d{2}|\s{0,3}uur)/i;
/** "jl." (jongstleden) and "a.s." (aanstaande) right after the date. */
const DIRECTION_WORD = /^[\s,]{0,3}(jl\b\.?|jongstleden|a\.s\.?|aanstaande|aanst\.)/i;

const REF_LESS = new Date(2000, 0, 1, 12); // a leap year, so "29 februari" survives; its year is never reported

/** Splits the text into pieces chrono reads separately: paragraphs, then lines, then hard cuts. */
function chunksOf(text: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  const push = (offset: number, piece: string, depth: number): void => {
    if (piece.length <= MAX_CHUNK) {
      if (mayHoldDate(piece)) out.push({ offset, text: piece });
      return;
    }
    if (depth === 0) {
      let at = 0;
      for (const line of piece.split('\n')) {
        push(offset + at, line, 1);
        at += line.length + 1;
      }
      return;
    }
    for (let at = 0; at < piece.length;) {
      let cut = Math.min(piece.length, at + MAX_CHUNK);
      if (cut < piece.length) {
        const space = piece.lastIndexOf(' ', cut);
        if (space > at) cut = space;
      }
      const part = piece.slice(at, cut);
      if (mayHoldDate(part)) out.push({ offset: offset + at, text: part });
      at = cut;
    }
  };
  let last = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(last, text.slice(last, m.index), 0);
    last = m.index + m[0].length;
  }
  push(last, text.slice(last), 0);
  return out;
}

/** Words as `\p{L}+` reads them, read by one pattern up to the first month word, not a call a character. */
const LETTER_RUN = /\p{L}+/gu;

function hasMonthWord(s: string): boolean {
  const months = monthWords();
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(s); m !== null; m = LETTER_RUN.exec(s)) {
    if (!months.has(m[0].toLowerCase())) continue;
    LETTER_RUN.lastIndex = 0;
    return true;
  }
  return false;
}

/** toFoundDate keeps only dates with a month word or a numeric day-month-year: chrono need not read the rest. */
const mayHoldDate = (piece: string): boolean =>
  /\d/.test(piece) && (NUMERIC_DATE.test(piece) || hasMonthWord(piece));

function directionAfter(text: string, end: number): Direction {
  const m = DIRECTION_WORD.exec(text.slice(end, end + 20));
  if (!m) return null;
  return (m[1] ?? '').toLowerCase().startsWith('j') ? 'past' : 'future';
}

function toFoundDate(input: string, offset: number, r: chrono.ParsedResult, ref?: DayRef): FoundDate | null {
  const s = r.start;
  if (!s.isCertain('month')) return null;
  const wordy = hasMonthWord(r.text);
  const numericFull = !wordy && NUMERIC_DATE.test(r.text) && s.isCertain('day') && s.isCertain('year');
  if (!wordy && !numericFull) return null; // "2/4", "3 maanden later", times
  if (!s.isCertain('day') && !s.isCertain('year')) return null; // "mei", "Jan de Vries"

  let text = r.text;
  let start = offset + r.index;
  const lead = LEADING_NOISE.exec(text)?.[0].length ?? 0;
  text = text.slice(lead);
  start += lead;
  if (s.isCertain('hour')) {
    const t = TRAILING_TIME.exec(text);
    if (t && t.index > 0) text = text.slice(0, t.index);
  }
  if (text.length === 0) return null;
  const end = start + text.length;
  text = input.slice(start, end); // the input, not the masked copy chrono saw

  const month = s.get('month') as number;
  const day = s.isCertain('day') ? (s.get('day') as number) : null;
  const weekday = s.isCertain('weekday') ? (s.get('weekday') as number) : null;
  let year: number | null = s.isCertain('year') ? (s.get('year') as number) : null;
  let yearGiven = year !== null;
  let weekdayMismatch = false;

  // "1 juni tot 1 juli 2024": the range's closing year belongs to its start too.
  if (year === null && r.end?.isCertain('year')) {
    const endYear = r.end.get('year') as number;
    year = month > (r.end.get('month') ?? month) ? endYear - 1 : endYear;
    yearGiven = true;
  }
  if (year === null && ref) {
    const choice = chooseYear(ref, month, day, weekday, directionAfter(input, end));
    if (choice) ({ year, weekdayMismatch } = choice);
  } else if (year !== null && day !== null && weekday !== null) {
    weekdayMismatch = isRealDate(year, month, day) && weekdayOf(year, month, day) !== weekday;
  }
  const date =
    year !== null && day !== null && isRealDate(year, month, day) ? isoDate(year, month, day) : null;
  return { text, start, end, date, day, month, year, yearGiven, weekday, weekdayMismatch };
}

let chronoCompiled = false;

/** chrono's patterns, compiled once for machine code by a first parse of a long text (see compile-natively.ts). */
function compileChrono(text: string, ref: Date): void {
  if (chronoCompiled) return;
  chronoCompiled = true;
  strictDutch.parse(longCopy(text), ref);
}

/**
 * All dates in a text. Without `ref` a date written without a year has year and date null; with
 * `ref` (the letter's own date, never today) the year is derived from it. Nothing is cached: a cache of the
 * texts read (a paragraph read again for its figures) saved 4 of a letter's 11 chrono reads, but made a batch
 * promote a fifth more bytes to V8's old generation, which sets its peak RSS.
 */
export function findDates(text: string, ref?: DayRef): FoundDate[] {
  if (text.length === 0) return [];
  return readDates(text, ref);
}

function readDates(text: string, ref?: DayRef): FoundDate[] {
  const refDate = ref ? new Date(ref.year, ref.month - 1, ref.day, 12) : REF_LESS;
  const found: FoundDate[] = [];
  for (const chunk of chunksOf(text)) {
    // Same-length masking keeps chrono's offsets valid.
    const { english, englishWord, mayHoldEnglish } = dateWords();
    const unglued = chunk.text.replace(
      GLUED_FOOTNOTE,
      (_m, year: string, digits: string) => year + ' '.repeat(digits.length),
    );
    const masked = mayHoldEnglish(unglued)
      ? unglued.replace(englishWord, (w) => english.get(w.toLowerCase()) ?? w)
      : unglued;
    compileChrono(masked, refDate);
    for (const r of strictDutch.parse(masked, refDate)) {
      const d = toFoundDate(text, chunk.offset, r, ref);
      if (!d) continue;
      const first = firstDayOf(text, d);
      for (const x of first ? [first, d] : [d])
        if (found.length === 0 || x.start >= (found[found.length - 1] as FoundDate).end) found.push(x);
    }
  }
  return found;
}

/** "11 en 12 november", "3 t/m 5 maart": a day before the date shares its month and year. */
const DAY_BEFORE = /(?<![\d.,])(\d{1,2})[ \t]{1,3}(?:en|t\/m|tot en met)[ \t]{1,3}$/u;

function firstDayOf(text: string, d: FoundDate): FoundDate | null {
  const from = Math.max(0, d.start - 20);
  const m = DAY_BEFORE.exec(text.slice(from, d.start));
  const day = Number(m?.[1]);
  if (!m || d.day === null || d.month === null || !(day >= 1 && day < d.day)) return null;
  const start = from + m.index;
  const date = d.year !== null && isRealDate(d.year, d.month, day) ? isoDate(d.year, d.month, day) : null;
  return {
    ...d,
    text: m[1] as string,
    start,
    end: start + (m[1] as string).length,
    date,
    day,
    weekday: null,
    weekdayMismatch: false,
  };
}

/** The first date in a short string ("5 september 2024", "Den Haag, 4 oktober 2024"), or null. */
export function parseDutchDate(text: string, ref?: DayRef): FoundDate | null {
  return findDates(text, ref)[0] ?? null;
}
