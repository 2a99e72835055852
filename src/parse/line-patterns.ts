/** Line-level patterns shared by the plain-text parser and the Markdown post-pass. All linear. */

/** Arrow markers that introduce an ask-like line. Longest first so "->" wins over "-". */
// pointing emoji too, as web pages and social posts set them: "👉 Een wettelijke …", "➡️ Zorg voor …"
export const ARROWS = ['➔', '→', '➜', '➝', '➞', '⇒', '►', '▶', '➤', '➡️', '➡', '👉', '->', '=>'] as const;

const ARROW_ALT = ARROWS.join('|');
const BULLET_CHARS = '\\-*•▪◦·‣⁃–\\uF0A7\\uF0B7\\uF076\\uF0D8';

/**
 * `  • text`, `- ➔ text`, `1. text`, `a) text`, `(b) text`, `ii) text`, `(iii) text`, `➔ text`: groups are indent,
 * bullet, arrow.
 */
const MARKER_LINE = new RegExp(
  `^([ \\t]{0,12})(?:([${BULLET_CHARS}]|\\d{1,2}[.)]|[a-z][.)]|[ivx]{2,4}[.)]|\\((?:[a-z]|[ivx]{1,4}|\\d{1,2})\\))[ \\t]+)?(${ARROW_ALT})?[ \\t]*(?=\\S)`,
  'u',
);

/**
 * A dash glued to a word ("-waterbeheer") or a letter o before a space (Word's round bullet in a text copy: "o geen
 * nieuwe normen"): a bullet only when several lines in a row have it.
 */
export const RUN_MARKER_LINE = /^([ \t]{0,12})(?:([-–])(?=\p{L})|(o)[ \t]+(?=\S))/u;

/** A horizontal rule: three or more of one of - _ * = (with optional spaces). */
export const RULE_LINE = /^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:=[ \t]*){3,})$/;

/** A quoted line: "> text". */
export const QUOTE_LINE = /^[ \t]{0,3}>[ \t]?/;

/** Sentence-final punctuation at the end of a line (closing quotes and brackets allowed after it). */
export const ENDS_SENTENCE = /[.!?:;][)"'’”»]*\s*$/u;

export interface MarkerMatch {
  /** length of the marker including following spaces: content starts here */
  readonly contentStart: number;
  readonly indent: number;
  readonly bullet: string | null;
  readonly arrow: string | null;
}

/** A dash and a wide gap after it, and a wide gap between two cells: a PDF's columns, not a bullet and its text. */
const EMPTY_CELL_GAP = /^[ \t]{0,12}[-–][ \t]{4,}$/u;
const COLUMN_GAP = /\S[ \t]{4,}\S/u;

/** Recognises a list or arrow marker at the start of a line; null for plain lines. */
export function matchMarker(line: string): MarkerMatch | null {
  const m = MARKER_LINE.exec(line);
  if (!m || (!m[2] && !m[3])) return null;
  const bullet = m[2] ?? null;
  // "-" followed by "->" is a bullet with an arrow; a lone "-" before a digit ("- 3 -") is not a list
  if (bullet && /^\d/.test(line.slice(m[0].length)) && /-\s*$/.test(line)) return null;
  // "(c) 2001 Gemeente X": a copyright line
  if (bullet === '(c)' && /^\d{4}(?!\d)/u.test(line.slice(m[0].length))) return null;
  // "-        -        BOV/2019/022      14 februari 2019": a dash for an empty cell of a row set in columns
  if (bullet && EMPTY_CELL_GAP.test(m[0]) && COLUMN_GAP.test(line.slice(m[0].length))) return null;
  return { contentStart: m[0].length, indent: (m[1] ?? '').length, bullet, arrow: m[3] ?? null };
}

/** True for a line holding only whitespace. */
export const isBlank = (line: string): boolean => line.trim() === '';
