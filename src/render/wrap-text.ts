/** Word-wraps one paragraph for the terminal brief: lines of at most `width` columns, continuations indented. */

export function wrapText(text: string, width = 78, indent = 0): string {
  const room = Math.max(20, (Number.isFinite(width) ? width : 78) - Math.max(0, indent || 0));
  const pad = ' '.repeat(Math.max(0, Math.min(40, indent || 0)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${pad}`);
}
