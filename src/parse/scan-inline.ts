/**
 * A small inline scanner for the blocks of a plain-text letter: links, strong and emphasis, code spans and hard
 * breaks, giving exactly the mdast nodes and positions that remark-parse with GFM gives for the block as a lone
 * paragraph (micromark's rules: its flanking test for `*` and `_`, its pairing of delimiter runs, its link
 * resources). What it does not read itself it refuses (null), and parseInline asks remark: character references,
 * escapes, HTML and autolinks, images, strikethrough, tables, footnotes, GFM's bare URLs and e-mail addresses,
 * tabs, and any line that could start a block. remark stays the reference (test/scan-inline.test.ts compares the
 * two); this is the fast path for what letters hold, without building a unified processor for a block.
 */
import type { Link, PhrasingContent } from 'mdast';
import { positionOf, type LineIndex } from '../model/position.js';

type Piece =
  | { k: 'text'; start: number; end: number }
  | { k: 'delim'; marker: number; start: number; end: number; open: boolean; close: boolean }
  | { k: 'node'; node: PhrasingContent };

interface Bracket {
  piece: number;
  start: number;
  active: boolean;
  balanced: boolean;
}

const NEWLINE = 10;
const SPACE = 32;
const STAR = 42;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
/** micromark's limit on nested parentheses in a link destination */
const MAX_PAREN_DEPTH = 32;

// Never read here: `<` (HTML, autolinks), `&` (see below), `\` (escapes), `~` (strikethrough), `|` (tables),
// `@` (e-mail addresses), tab and CR (micromark's own whitespace), NUL and BOM (micromark replaces or drops them).
const REFUSED = /[<\\~|@\t\r\0\uFEFF]|!\[|\[\^|\]:|www\.|http/i;
// a character reference as micromark reads one; a lone "&" ("Q&A") is text
const CHARACTER_REFERENCE = /&(?:#[xX][\dA-Fa-f]{1,6}|#\d{1,7}|[\dA-Za-z]{1,31});/;
// what may open a block at a line's start (after spaces): heading, quote, setext underline, list item, fence,
// a GFM table's delimiter row (":-", without pipes)
const BLOCK_START = /[#>=+\-`:]/;
const ORDERED_MARKER = /^\d{1,9}[.)]/;

/** Whether text[start, end) is one paragraph in CommonMark: no blank line, and no line could start a block. */
function staysParagraph(text: string, start: number, end: number): boolean {
  for (let line = start; line < end;) {
    let i = line;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i > line && line === start) return false; // an indented first line may be code
    const c = text.charAt(i);
    if (i >= end || c === '\n' || BLOCK_START.test(c)) return false; // a blank line ends the paragraph
    const next = text.charCodeAt(i + 1);
    if (
      (c === '*' || c === '_') &&
      (i + 1 >= end || next === SPACE || next === NEWLINE || onlyMarks(text, i, end))
    )
      return false;
    if (c >= '0' && c <= '9' && ORDERED_MARKER.test(text.slice(i, i + 11))) return false;
    const nl = text.indexOf('\n', i);
    line = nl === -1 || nl >= end ? end : nl + 1;
  }
  return true;
}

/** A line of only the marker at i and spaces (a thematic break such as "***" or "_ _ _"). */
function onlyMarks(text: string, i: number, end: number): boolean {
  const marker = text.charCodeAt(i);
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === NEWLINE) return true;
    if (c !== marker && c !== SPACE) return false;
  }
  return true;
}

const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark's classifyCharacter: 1 whitespace (or none), 2 punctuation, 0 other. */
function classify(code: number): number {
  if (Number.isNaN(code) || code === SPACE || code === NEWLINE) return 1;
  const c = String.fromCharCode(code);
  if (WHITESPACE.test(c)) return 1;
  return PUNCTUATION.test(c) ? 2 : 0;
}

/**
 * The nodes of text[start, end) read as the inline content of one paragraph, with positions in the whole text;
 * null when the text holds anything this scanner leaves to remark.
 */
export function scanInline(
  text: string,
  start: number,
  end: number,
  index: LineIndex,
): PhrasingContent[] | null {
  if (end <= start) return null;
  const slice = text.slice(start, end);
  if (REFUSED.test(slice) || CHARACTER_REFERENCE.test(slice) || !staysParagraph(text, start, end))
    return null;
  const pieces: Piece[] = [];
  const brackets: Bracket[] = [];
  let run = start; // where the current run of plain characters started
  const flush = (to: number) => {
    if (to > run) pieces.push({ k: 'text', start: run, end: to });
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      // spaces before a line end are not text; two or more make a hard break; the next line's indent is dropped
      let t = i;
      while (t > run && text.charCodeAt(t - 1) === SPACE) t--;
      flush(t);
      if (i - t >= 2)
        pieces.push({ k: 'node', node: { type: 'break', position: positionOf(index, t, i + 1) } });
      else pieces.push({ k: 'text', start: i, end: i + 1 });
      i++;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      run = i;
    } else if (c === STAR || c === UNDERSCORE) {
      flush(i);
      let j = i;
      while (j < end && text.charCodeAt(j) === c) j++;
      const before = classify(i > start ? text.charCodeAt(i - 1) : NaN);
      const after = classify(j < end ? text.charCodeAt(j) : NaN);
      const open = after === 0 || (after === 2 && before !== 0);
      const close = before === 0 || (before === 2 && after !== 0);
      pieces.push({
        k: 'delim',
        marker: c,
        start: i,
        end: j,
        open: c === STAR ? open : open && (before !== 0 || !close),
        close: c === STAR ? close : close && (after !== 0 || !open),
      });
      i = run = j;
    } else if (c === BACKTICK) {
      let j = i;
      while (j < end && text.charCodeAt(j) === BACKTICK) j++;
      const close = closingRun(text, j, end, j - i);
      if (close === -1) {
        i = j; // no closing run: the backticks are text
        continue;
      }
      const inner = text.slice(j, close);
      if (inner.includes('\n')) return null;
      flush(i);
      // one space of padding each side goes, unless the code is spaces only
      const padded = inner.startsWith(' ') && inner.endsWith(' ') && /[^ ]/.test(inner);
      const value = padded ? inner.slice(1, -1) : inner;
      const to = close + (j - i);
      pieces.push({ k: 'node', node: { type: 'inlineCode', value, position: positionOf(index, i, to) } });
      i = run = to;
    } else if (c === OPEN_BRACKET) {
      flush(i);
      pieces.push({ k: 'text', start: i, end: i + 1 });
      brackets.push({ piece: pieces.length - 1, start: i, active: true, balanced: false });
      i = run = i + 1;
    } else if (c === CLOSE_BRACKET) {
      flush(i);
      while (brackets.length > 0 && (brackets[brackets.length - 1] as Bracket).balanced) brackets.pop();
      const opener = brackets[brackets.length - 1];
      const resource = opener?.active ? readResource(text, i + 1, end) : null;
      if (resource === undefined) return null;
      if (opener && resource) {
        const inner = pieces.splice(opener.piece).slice(1);
        pairDelimiters(inner, text, index);
        const link: Link = {
          type: 'link',
          title: resource.title,
          url: resource.url,
          children: toNodes(inner, text, index),
          position: positionOf(index, opener.start, resource.end),
        };
        pieces.push({ k: 'node', node: link });
        brackets.pop();
        // no links in links: every earlier opener is spent
        for (const b of brackets) b.active = false;
        i = run = resource.end;
      } else {
        if (opener) opener.balanced = true;
        pieces.push({ k: 'text', start: i, end: i + 1 });
        i = run = i + 1;
      }
    } else i++;
  }
  flush(end);
  pairDelimiters(pieces, text, index);
  return toNodes(pieces, text, index);
}

/** The offset of the next run of exactly `size` backticks in text[from, end), or -1. */
function closingRun(text: string, from: number, end: number, size: number): number {
  for (let k = text.indexOf('`', from); k !== -1 && k < end; k = text.indexOf('`', k)) {
    let j = k;
    while (j < end && text.charCodeAt(j) === BACKTICK) j++;
    if (j - k === size) return k;
    k = j;
  }
  return -1;
}

const isSpace = (c: number): boolean => c === SPACE || c === NEWLINE;

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The resource of a link, "(destination "title")", starting at `at`: its url, title and end; null when there is
 * none (the bracket is text), undefined when it is one this scanner leaves to remark (a title over lines).
 */
function readResource(
  text: string,
  at: number,
  end: number,
): { url: string; title: string | null; end: number } | null | undefined {
  if (text.charCodeAt(at) !== OPEN_PAREN) return null;
  let i = skipSpace(text, at + 1, end);
  if (i >= end) return null;
  if (text.charCodeAt(i) === CLOSE_PAREN) return { url: '', title: null, end: i + 1 };
  const from = i;
  let depth = 0;
  for (; ; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (depth === 0 && (c === -1 || c === CLOSE_PAREN || isSpace(c))) break;
    if (c === OPEN_PAREN && depth < MAX_PAREN_DEPTH) depth++;
    else if (c === CLOSE_PAREN) depth--;
    else if (c === -1 || c === SPACE || c === OPEN_PAREN || c < 32 || c === 127) return null;
  }
  if (i === from) return null;
  const url = text.slice(from, i);
  let title: string | null = null;
  if (i < end && isSpace(text.charCodeAt(i))) {
    i = skipSpace(text, i, end);
    const quote = text.charAt(i);
    if (quote === '"' || quote === "'" || quote === '(') {
      const closer = quote === '(' ? ')' : quote;
      const close = text.indexOf(closer, i + 1);
      if (close === -1 || close >= end) return null;
      title = text.slice(i + 1, close);
      if (title.includes('\n')) return undefined;
      i = skipSpace(text, close + 1, end);
    }
  }
  return text.charCodeAt(i) === CLOSE_PAREN && i < end ? { url, title, end: i + 1 } : null;
}

/**
 * Pairs `*` and `_` runs into strong and emphasis as micromark's resolver does: each closing run, left to right,
 * takes the nearest earlier opening run of its marker that the rule of three allows; runs between the two can no
 * longer pair. What is left of the runs stays text.
 */
function pairDelimiters(pieces: Piece[], text: string, index: LineIndex): void {
  for (let i = 0; i < pieces.length; i++) {
    const closer = pieces[i] as Piece;
    if (closer.k !== 'delim' || !closer.close) continue;
    for (let o = i - 1; o >= 0; o--) {
      const opener = pieces[o] as Piece;
      if (opener.k !== 'delim' || !opener.open || opener.marker !== closer.marker) continue;
      const openSize = opener.end - opener.start;
      const closeSize = closer.end - closer.start;
      if ((opener.close || closer.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
      const use = openSize > 1 && closeSize > 1 ? 2 : 1;
      const children = toNodes(pieces.slice(o + 1, i), text, index);
      const position = positionOf(index, opener.end - use, closer.start + use);
      opener.end -= use;
      closer.start += use;
      const node: PhrasingContent =
        use === 2 ? { type: 'strong', children, position } : { type: 'emphasis', children, position };
      const replacement: Piece[] = opener.end > opener.start ? [opener] : [];
      replacement.push({ k: 'node', node });
      const closerLeft = closer.end > closer.start;
      if (closerLeft) replacement.push(closer);
      pieces.splice(o, i - o + 1, ...replacement);
      // the rest of the closing run may close again
      i = o + replacement.length - (closerLeft ? 2 : 1);
      break;
    }
  }
}

/** Pieces to mdast nodes: runs of text, line ends and unpaired markup merge into one text node. */
function toNodes(pieces: readonly Piece[], text: string, index: LineIndex): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let value = '';
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from === -1) return;
    out.push({ type: 'text', value, position: positionOf(index, from, to) });
    value = '';
    from = -1;
  };
  for (const p of pieces) {
    if (p.k === 'node') {
      flush();
      out.push(p.node);
      continue;
    }
    if (from === -1) from = p.start;
    value += text.slice(p.start, p.end);
    to = p.end;
  }
  flush();
  return out;
}
