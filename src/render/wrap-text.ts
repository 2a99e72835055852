/**
 * Word-wraps one paragraph for the terminal: lines of at most `width` columns, continuations indented. Colour
 * codes take no columns, so coloured words wrap as they show.
 */
import { stripVTControlCharacters } from 'node:util';

export function wrapText(text: string, width = 78, indent = 0): string {
  const room = Math.max(20, (Number.isFinite(width) ? width : 78) - Math.max(0, indent || 0));
  const pad = ' '.repeat(Math.max(0, Math.min(40, indent || 0)));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const size = stripVTControlCharacters(word).length;
    if (line && used + 1 + size > room) {
      lines.push(line);
      line = word;
      used = size;
    } else {
      line = line ? `${line} ${word}` : word;
      used += (used ? 1 : 0) + size;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${pad}`);
}
