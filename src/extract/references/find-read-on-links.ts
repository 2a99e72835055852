/**
 * Calls to read on: a short sentence that sends the reader to the document itself ("Lees de volledige brief.",
 * "→ Lees hier onze inbreng (pdf)", "Bekijk de reactie: Titel", "Link naar de brief.", "Zie de download voor het
 * rapport."). Scraped pages keep them as text where the link was; they stand for a link without a target. A
 * sentence ending in a colon introduces a list of links and is not one itself.
 */
import { L } from '../../text/letter-classes.js';

// at the start of a line or sentence, after an optional arrow or bullet: a verb that sends the reader on
const CALL = new RegExp(
  String.raw`(?:^|(?<=[\n.!?]))[ \t]*(?:[→»>•-][ \t]*)?(?<verb>Lees|Bekijk|Download|Zie|Klik|Open|Raadpleeg|Link naar)(?![${L}])[^\n.!?]{0,160}[.!?]?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[.»›]?`,
  'gu',
);
const DOCUMENT =
  /\b(?:brief|inbreng|reactie|rapport|notitie|position paper|standpunt(?:en)?|publicatie|manifest|document|bijlage|pdf|download)\b/iu;
// "Zie de brief van 3 maart" is a cross-reference in a letter: "zie" sends on only to a file or a page
const FILE = /\b(?:pdf|download|bijlage|website|hier)\b/iu;

export interface Span {
  start: number;
  end: number;
}

export function findReadOnLinks(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CALL)) {
    const lead = m[0].length - m[0].trimStart().length;
    const sentence = m[0].trim();
    const words = sentence.split(/\s+/u).length;
    if (words > 16 || !DOCUMENT.test(sentence) || sentence.endsWith(':')) continue;
    if (/^(?:zie|open|raadpleeg)$/iu.test(m.groups?.verb ?? '') && !FILE.test(sentence)) continue;
    out.push({ start: m.index + lead, end: m.index + lead + sentence.length });
  }
  return out;
}
