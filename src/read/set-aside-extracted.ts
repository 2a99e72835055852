/**
 * What the extraction of a document found to be no part of the letter goes where boilerplate goes: furniture
 * lines (a web page's menu, cookie bar and footer) are blanked and recorded in `file.discarded` with their
 * reasons; parts without text (scripts, style sheets, images) are recorded there as empty entries at the place
 * they stood, so that nothing leaves the document unrecorded.
 */
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { splitLines } from './boilerplate-lines.js';
import type { ExtractedText } from './extracted-text.js';
import { mask } from './set-aside-boilerplate.js';

export function setAsideExtracted(file: LetterFile, extracted: ExtractedText): void {
  const lines = splitLines(file.text);
  const hits = new Map<number, { rule: string; reason: string }>();
  for (const { line, rule, reason } of extracted.furniture)
    if (lines[line] && !lines[line].blank) hits.set(line, { rule, reason });
  mask(file, lines, hits);
  for (const { line, rule, reason } of extracted.omitted) {
    const at = lines[line]?.start ?? file.text.length;
    file.discarded.push({ text: '', reason, rule, position: positionIn(file, at, at) });
  }
}
