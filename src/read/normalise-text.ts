/**
 * Normalises what readers do not see: line ends (CRLF, CR, form feed, Unicode separators → LF), odd spaces
 * (no-break, narrow, thin, ideographic … → " "), invisible characters (soft hyphen, zero-width, BOM → removed) and
 * decomposed accents ("e" + U+0301 → "é"). Tabs stay. Each (kind, from, to) is reported once, with its count and
 * its first occurrence; removals shift offsets, so the edits are recorded.
 */
import { TextEditor, type Found, type PassResult } from './edit-text.js';
import { onFirstUse } from '../text/on-first-use.js';

const LINE_END = /\r\n?|[\f\u0085\u2028\u2029]/u;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
// one alternation, tried left to right: each branch starts with a different set of characters
const TARGETS = onFirstUse(
  () =>
    /\r\n?|[\f\u0085\u2028\u2029]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]|\P{M}\p{M}{1,16}/gu,
);
// every match of TARGETS holds one of these characters: a text without any (most letters) has nothing to change
const ANY_TARGET =
  /[\r\f\u0085\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]|\p{M}/u;

export function normaliseText(text: string): PassResult {
  if (!ANY_TARGET.test(text)) return { text, edits: [], found: [] };
  const editor = new TextEditor(text);
  const groups = new Map<
    string,
    { kind: string; from: string; to: string; start: number; end: number; count: number }
  >();
  for (const match of text.matchAll(TARGETS())) {
    const from = match[0];
    const change = classify(from);
    if (!change) continue;
    const out = editor.replace(match.index, match.index + from.length, change.to);
    const key = `${change.kind}\u0000${from}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { ...change, from, ...out, count: 1 });
  }
  const found: Found[] = [...groups.values()].sort((a, b) => a.start - b.start);
  return { text: editor.finish(), edits: editor.edits, found };
}

function classify(from: string): { kind: string; to: string } | null {
  if (LINE_END.test(from)) return { kind: 'line-ends', to: '\n' };
  if (ODD_SPACE.test(from)) return { kind: 'odd-space', to: ' ' };
  if (from.length === 1) return { kind: 'invisible-char', to: '' };
  // a base letter with combining marks: only when they compose
  const composed = from.normalize('NFC');
  return composed === from ? null : { kind: 'combining-marks', to: composed };
}
