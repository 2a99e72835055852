/**
 * The asks of a letter as CSV rows for spreadsheets and pandas: one row per ask with its letter, the letter's
 * date, its theme, its text, how it is marked, who must act, its line, who asks and how firmly. Quoting is RFC
 * 4180's (a field with a comma, quote or line break is quoted, quotes doubled; lines end in CRLF): a few lines
 * of code, so no CSV library. A field that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
 * or CR) gets a leading apostrophe, as OWASP advises: letter text is data, never a formula.
 */
import type { Letter } from '../model/schema.js';

export const CSV_COLUMNS = [
  'letter',
  'date',
  'theme',
  'ask',
  'marker',
  'addressee',
  'line',
  'requester',
  'firmness',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/u;

/** One field, quoted when it must be. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // "-" alone (standard input's name) is no formula
  const safe = text !== '-' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

const row = (fields: readonly (string | number | null)[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The rows of one letter's asks, after the header row when `header` is set. */
export function renderAsksCsv(letter: Letter, header: boolean): string {
  const titles = new Map(letter.themes.map((t) => [t.id, t.title]));
  let out = header ? row(CSV_COLUMNS) : '';
  for (const ask of letter.asks)
    out += row([
      letter.source.path,
      letter.meta.date,
      titles.get(ask.themeId) ?? null,
      ask.plain,
      ask.marker,
      ask.addressee,
      ask.position.start.line,
      ask.requester,
      ask.firmness,
    ]);
  return out;
}
