/** The earlier message an e-mail reply quotes below a line such as "-----Oorspronkelijk bericht-----". */
import { askLexicon } from './ask-lexicon.js';

/** How far into the text a reply's header shows its subject. */
const HEAD = 1000;

/** "Onderwerp: RE: …" in the text's head: a reply, whose quoted message is the other party's. */
export function isReply(source: string): boolean {
  const { subjects, prefixes } = askLexicon().replies;
  return source
    .slice(0, HEAD)
    .split('\n')
    .some((line) => {
      const [label = '', prefix = ''] = line.toLowerCase().split(':', 2);
      return subjects.has(label.trim()) && prefixes.has(prefix.trim());
    });
}

/** Whether a block of text opens with that line: its own, or a mail client's "Op … schreef X:". */
export function opensEarlierMessage(text: string): boolean {
  const end = text.indexOf('\n');
  const line = (end < 0 ? text : text.slice(0, end)).trim().toLowerCase();
  if (line.length > 200) return false;
  const { separators, wrote } = askLexicon().replies;
  if (line.startsWith('-') && separators.has(line.replace(/^[-\s]+|[-\s]+$/gu, ''))) return true;
  if (!line.endsWith(':') || !/^(?:op|on) /u.test(line)) return false;
  return line
    .slice(0, -1)
    .split(/\s+/u)
    .some((word) => wrote.has(word));
}
