/**
 * Calls to read on in a paragraph, item or set-aside line that stand for a link to a document: each sentence
 * that opens as a call to read on (text/find-read-on.ts, the parse stage's recogniser) and names a document
 * ("Lees de volledige brief.", "→ Lees hier onze inbreng (pdf)", "Link naar het rapport."); one opening with
 * "zie" only when it points to a file or a page. Scraped pages keep them as text where the link was; they stand
 * for a link without a target.
 */
import { findReadOn } from '../../text/find-read-on.js';
import { webPageWords } from '../../text/web-page-words.js';

export interface Span {
  start: number;
  end: number;
}

/** A sentence: up to ".", "!" or "?", with a file type in brackets after it ("… ? (pdf)"). */
const SENTENCE = /[^\n.!?]+[.!?]*(?:[ \t]{0,3}\([^()\n]{1,20}\))?[ \t]{0,3}[»›]?/gu;
/** A call is a short sentence. */
const MAX_WORDS = 16;

export function findReadOnLinks(text: string): Span[] {
  const { readOnDocument, readOnFile } = webPageWords();
  const out: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const call = findReadOn(m[0]);
    const sentence = m[0].trim();
    if (!call || sentence.split(/\s+/u).length > MAX_WORDS || !readOnDocument.test(sentence)) continue;
    if (/^\W*zie\b/iu.test(sentence) && !readOnFile.test(sentence)) continue;
    const start = m.index + m[0].length - m[0].trimStart().length;
    out.push({ start, end: start + sentence.length });
  }
  return out;
}
