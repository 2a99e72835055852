/**
 * What every diff report says of an item, whatever its format: the diff cleaned of control sequences, the line
 * an item is on ("regel 57 (was 9)": the input paths are named once, in the report's header), a reference's
 * name, and the two texts of a changed ask with the words that differ marked.
 */
import type { LetterDiff, WordChange } from '../model/diff-schema.js';
import { foldSpace } from '../text/fold-space.js';
import { sanitizeData, stripControls } from './escape-output.js';
import { fillLabel } from './fill-label.js';
import type { Labels } from './load-labels.js';

/**
 * The diff as every report shows it: letter text without control sequences, and each side's file names on one
 * line (a name may hold a line break), so that no letter or file can steer the terminal or the report's layout.
 */
export function sanitizeDiff(diff: LetterDiff): LetterDiff {
  const side = (s: LetterDiff['old']) => ({
    ...s,
    path: stripControls(s.path, { oneLine: true }),
    input: stripControls(s.input, { oneLine: true }),
  });
  const clean = sanitizeData(diff);
  return { ...clean, old: side(clean.old), new: side(clean.new) };
}

interface Placed {
  old: { position: { start: { line: number } } } | null;
  new: { position: { start: { line: number } } } | null;
}

/** "regel 57" in the new letter, "regel 57 (was 9)" when it moved, "regel 23 (oud)" for what was dropped. */
export function placeOf(item: Placed, labels: Labels): string {
  const words = labels.report;
  const oldLine = item.old?.position.start.line;
  if (!item.new) return fillLabel(words.lineOld, { line: String(oldLine ?? 1) });
  const line = item.new.position.start.line;
  return oldLine !== undefined && oldLine !== line
    ? fillLabel(words.lineMoved, { line: String(line), old: String(oldLine) })
    : fillLabel(words.line, { line: String(line) });
}

/** "Wet gemeentelijk toezicht op seksbedrijven (Wgts)": the text, with the canonical name when it differs. */
export function referenceName(r: { text: string; name: string | null; id?: string | undefined }): string {
  const name = r.name && r.name.toLowerCase() !== r.text.toLowerCase() ? ` (${r.name})` : '';
  return `${r.text}${name}${r.id && !`${r.text}${name}`.includes(r.id) ? ` [${r.id}]` : ''}`;
}

/**
 * One side of a changed ask from its word diff: the new text with the added words passed through `mark`, or
 * the old one with the removed words; the other side's words are left out.
 */
export function markedText(
  words: readonly WordChange[],
  side: 'old' | 'new',
  mark: (text: string) => string,
  escape: (text: string) => string = (s) => s,
): string {
  const own = side === 'new' ? 'added' : 'removed';
  let out = '';
  for (const w of words) {
    if (w.op === 'same') out += escape(w.text);
    else if (w.op === own) {
      // the mark goes around the words, the spaces stay outside it
      const core = w.text.trim();
      if (!core) out += w.text;
      else
        out += `${w.text.startsWith(core) ? '' : ' '}${mark(escape(core))}${w.text.endsWith(core) ? '' : ' '}`;
    }
  }
  // the words of the other side leave the space before them: "sekswerk ." → "sekswerk."
  return foldSpace(out).replace(/ ([.,;:!?])(?= |$)/gu, '$1');
}

/** Whether a paired ask's words differ (not only how firmly or of whom it is asked). */
export const wordsDiffer = (words: readonly WordChange[] | null): boolean =>
  !!words && words.some((w) => w.op !== 'same' && w.text.trim() !== '');
