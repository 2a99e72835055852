/**
 * Letter text is data, never markup. Every value a template prints passes one of these, chosen by the output
 * format: HTML escaping for html/pdf, backslash escaping of Markdown syntax for md, and for every format the
 * removal of terminal control sequences, C0/C1 controls and bidirectional overrides. stripControls is also the
 * one guard for every other human output that shows text from a letter or the file system (the parse summary,
 * the diff reports, diagnostics, error messages naming a file); JSON and YAML are data and stay exact.
 */

/** The private-use characters the text renderer uses to mark styles; letter text may not bring its own. */
export const STYLE_MARKS = /[\uE000-\uE01F]/g;

/* eslint-disable no-control-regex -- removing control characters is the point */
const ANSI_CSI = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]/g;
const ANSI_OSC = /\u001b\][^\u0007\u001b]{0,2048}(?:\u0007|\u001b\\)?/g;
const ANSI_OTHER = /\u001b[@-_]?/g;
const CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Every character escapeControls writes as an escape: the controls above and tab, line feed, carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Any value a template prints, as Liquid would show it. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asText).join('');
  return String(value);
}

export interface StripOptions {
  /** keep the style marks: only when the text renderer strips a value its own filters marked */
  keepMarks?: boolean;
  /** for text that must stay one line (a file name or a message on stderr): line breaks and tabs become spaces */
  oneLine?: boolean;
}

/**
 * Removes escape sequences, control characters (keeping tab and line feed unless `oneLine`), bidi overrides
 * and style marks.
 */
export function stripControls(value: unknown, options: StripOptions = {}): string {
  const text = asText(value)
    .replace(/\r\n?/g, '\n')
    .replace(ANSI_OSC, '')
    .replace(ANSI_CSI, '')
    .replace(ANSI_OTHER, '')
    .replace(CONTROLS, '');
  const line = options.oneLine ? text.replace(/[\t\n]/g, ' ') : text;
  return options.keepMarks ? line : line.replace(STYLE_MARKS, '');
}

/**
 * For a file name (and the message around it) on stderr: each control character, line break and bidi control
 * becomes a visible escape (`\n`, `\x1b`, `\u202e`), so the name stays on one line, inert, and recognisable.
 */
export function escapeControls(value: unknown): string {
  return asText(value).replace(ESCAPED, (c) => {
    const code = c.charCodeAt(0);
    return (
      SHORT_ESCAPES[c] ??
      (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
    );
  });
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return stripControls(value).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * Markdown: inline syntax (emphasis, code, links, raw HTML, tables, strikethrough) and entity references are
 * backslash-escaped anywhere. A value may start a line, so what would open a block there is escaped too: a
 * heading ("# "), a list item ("- ", "+ ", "1. ", "1) "), a rule or setext underline ("---", "==="). Line
 * breaks become spaces so a value cannot end the list item or table row it sits in.
 */
export function escapeMarkdown(value: unknown): string {
  return stripControls(value)
    .replace(/\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]{1,32};)/gi, '\\&')
    .replace(/^(\s{0,3})(#{1,6}|[-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s{0,3})([=-])(?=[\s=-]{0,200}$)/, '$1\\$2')
    .replace(/^(\s{0,3}\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Text for a terminal: controls removed, style marks of the template's filters kept. */
export const escapeText = (value: unknown): string => stripControls(value, { keepMarks: true });

/** A deep copy of plain data with every string passed through stripControls (and the gaps it leaves closed). */
export function sanitizeData<T>(data: T): T {
  if (typeof data === 'string') {
    const clean = stripControls(data);
    return (clean.length === data.length ? clean : clean.replace(/ {2,}/g, ' ')) as T;
  }
  if (Array.isArray(data)) return data.map(sanitizeData) as T;
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, sanitizeData(v)])) as T;
  }
  return data;
}
