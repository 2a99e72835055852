/**
 * A call to read on that points to the document the page is about: "Lees de volledige brief.", "→ Bekijk de
 * brief (pdf) »", "Lees: Wat vraagt de koepel aan het kabinet? (pdf)", "Link naar de brief". Its opening words
 * are data (src/data/web-page.yaml). A line that asks something of its reader ("Bekijk of de regeling kan
 * worden verlengd") is not one, nor a lead-in to links below it ("Lees alle standpunten hier:").
 */
import { webPageWords } from './web-page-words.js';
import { onFirstUse } from './on-first-use.js';

/** A call to read on is a short line. */
const MAX_WORDS = 25;
/** Markers in front of it: list bullets, arrows, "»". */
const LEAD = /^[\s\-–•*>»›→➔➜►▶]{0,6}/u;
/** Words that make the part before a colon a clause, not a pointer to a document. */
const CLAUSE = onFirstUse(() => /(?<![\p{L}])(?:of|hoe|welke|wat|waar|dat|wanneer|waarom|wie)(?![\p{L}])/iu);

/** The call to read on that `line` is: [start, end) of its words without markers, or null. */
export function findReadOn(line: string): { start: number; end: number } | null {
  if (line.includes('\n')) return null;
  const start = LEAD.exec(line)?.[0].length ?? 0;
  const call = line.slice(start).trimEnd();
  // the opening's test first: it refuses nearly every line, without splitting it into words
  if (!call || !webPageWords().readOn.test(call) || call.split(/\s+/).length > MAX_WORDS) return null;
  // "Lees alle standpunten hier:" introduces the links that follow; it is none itself
  if (call.endsWith(':')) return null;
  const colon = call.indexOf(':');
  if (CLAUSE().test(colon < 0 ? call : call.slice(0, colon))) return null;
  return { start, end: start + call.length };
}
