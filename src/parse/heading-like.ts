/** Whether one line of text looks like a heading: short, no closing punctuation, capital or number first. */
import { findReadOn } from '../text/find-read-on.js';
import { firstNames } from '../text/first-names.js';
import { BYLINE_SEPARATOR, opensWithDate } from '../text/read-date-line.js';
import { isAddressLine, isClosing, isSalutation, structureWords } from '../text/structure-words.js';

const MAX_CHARS = 100;
// a year last, or a time ago ("2 dagen geleden", "3 hours ago"): the line dates a page or a comment
const DATED_LAST = /(?:^|\D)(?:19|20)\d{2}$|\d[ \t]+\p{L}{2,12}[ \t]+(?:geleden|ago)$/u;
/** A section's letter, Roman numeral or number, also a consultation's question number ("Vraag 2."). */
const SECTION_LETTER = /^(?:[Vv]raag[ \t]{1,3})?(?:[A-Z]|[IVX]{2,4}|\d{1,2}(?:\.\d{1,2}){0,3})[.)][ \t]+/u;
const MAX_WORDS = 14;
const MAX_READER_HEADING = 5;
/** A web address in a line, also a bare domain ("internetconsultatie.nl"): the text refers to it. */
export const WEB_ADDRESS = /www\.|:\/\/|[a-z\d-]\.(?:nl|com|org|eu|net|be|info)(?![a-z\d])/u;

// three cells or more: "Door Corona | Later klaar" may still head a page's section
const TABLE_ROW = /\S[ \t]*\|[^|\n]*\|[ \t]*\S/u;

/** A line in bold as a whole ("**Wat betekent dit?**"): the marks stand around the heading, not in it. */
const BOLD_LINE = /^(\*\*|__)(?=[^\s*_])([^*_\n]{1,200})(?<=[^\s*_])\1$/u;

/** Heading shape only; whether the context agrees (body text after it, …) is the caller's job. */
export function isHeadingLike(line: string): boolean {
  const trimmed = line.trim();
  const text = BOLD_LINE.exec(trimmed)?.[2] ?? trimmed;
  // a section's number or a question's ("Vraag 2.") is no part of the heading's length
  const body = text.replace(SECTION_LETTER, '');
  if (text.length < 2 || body.length > MAX_CHARS || text.includes('\n')) return false;
  const words = text.split(/\s+/);
  if ((body === text ? words : body.split(/\s+/)).length > MAX_WORDS) return false;
  // a capital letter first, or a section number such as "2." / "2.1" / "3" before a capital
  if (
    !/^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[\p{Lu}‘'"“]/u.test(text) &&
    !/^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}/u.test(text)
  )
    return false;
  if (/[.,;:!]['"’”)]*$/u.test(text)) return false;
  // no sentence ends inside ("Wat zijn de risico's? Hoe groter …"), nor before a remark in brackets ("… bedanken.
  // (gelach)", "… aan. (zie bijlage)")
  // A section letter, Roman numeral or number first ("A. INBRAAK IN CIJFERS", "IV. Tot slot", "2. Kosten") ends no
  // sentence.
  if (/[.!?]\s+\p{Lu}/u.test(body) || /[.!?]['"’”]?\s{0,3}\([^()]{1,60}\)$/u.test(text)) return false;
  // a contact line: a heading holds no e-mail address
  // an e-mail address; the test for "@" first spares most letters building the pattern's \p{L} classes
  if (text.includes('@') && /\S@[\p{L}\d-]{1,63}\.\p{L}/u.test(text)) return false;
  // a longer question that puts the reader to work asks ("Wilt u de minister vragen welke termijn …?"); a short
  // one heads a page's section ("Heeft u vragen?", "Wilt u meer weten?"); so does a numbered one, a consultation's
  // ("Vraag 2. Heeft u opmerkingen over …?"), whose second word is its number
  if (text.endsWith('?') && words.length > MAX_READER_HEADING && words[1]?.toLowerCase() === 'u')
    return false;
  // a table's row: three cells parted by bars ("Artikel | Onderwerp | Commentaar")
  if (TABLE_ROW.test(text)) return false;
  // a web address is referred to, it heads nothing ("Via: www.internetconsultatie.nl/…")
  if (WEB_ADDRESS.test(text)) return false;
  // "Standpunt van de Bond · Geplaatst: 3 oktober 2017", "Anouk · 2 dagen geleden": parts set apart and a date
  // last date the page or a comment
  if (BYLINE_SEPARATOR.test(text) && DATED_LAST.test(text)) return false;
  const lastWord = (words[words.length - 1] as string).toLowerCase();
  // a line that stops at a word no sentence ends with wraps on; a line in capitals is set as a heading whatever its
  // last word ("WAAROM EEN VAKDIPLOMA NODIG IS")
  if (structureWords().lineEndWords.has(lastWord) && text.toUpperCase() !== text) return false;
  // "Lees de volledige brief (pdf)" points to a document: a link, not a heading; "14 maart '23" is a date; "Aan de
  // Voorzitter van de Tweede Kamer" addresses the letter
  return (
    !personName(words) &&
    !isSalutation(text) &&
    !isAddressLine(text) &&
    !isClosing(text) &&
    !findReadOn(text) &&
    !opensWithDate(text)
  );
}

/** A label heading has a few words before its colon ("De aanleiding:", "Ons verzoek:", "Tot slot:"). */
const MAX_LABEL_WORDS = 5;
const BRACKETED = /\([^()\n]{1,60}\)/gu;
/** Words that make a line ending in a colon a clause that leads in ("Wij vragen u:", "Dat betekent:"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['wij', 'we', 'ik', 'u', 'zij', 'dat', 'dit', 'er', 'om']);

/**
 * "Ons verzoek:" above a sentence on the next line: a short label ending in a colon heads the prose after it (a
 * list after it is the caller's to tell apart: its marker opens no sentence); not a letterhead label ("Betreft:").
 */
export function isLabelHeading(line: string): boolean {
  const text = line.trim();
  if (!text.endsWith(':')) return false;
  const label = text.slice(0, -1).trimEnd();
  // a citation in brackets adds no words to the label ("Reikwijdte (artikel 2a, eerste lid):")
  const words = label.replace(BRACKETED, ' ').trim().split(/\s+/u);
  return (
    words.length <= MAX_LABEL_WORDS &&
    !words.some((w) => CLAUSE_WORDS.has(w.toLowerCase())) &&
    !structureWords().labels.has(label.toLowerCase()) &&
    isHeadingLike(label)
  );
}

/** Section numbering depth: "2.1 Wonen" → 2, "3 Wonen" → 1, none → 0. */
export function numberingDepth(line: string): number {
  const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s/.exec(line.trim());
  return m ? (m[1] as string).split('.').length : 0;
}

/** The small words between a given name and a surname ("Jan de Vries", "Els van der Berg"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  "'t",
  'von',
  'la',
  'le',
]);

/** A name's words: initials or given names and surnames at most four, particles included at most seven. */
const MAX_NAME_PARTS = 4;
const MAX_NAME_WORDS = 7;

/** Initials ("J.A.", "H.J.M.", "Th.C."). */
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.){1,5}$/u;

/**
 * "Ellen Vermeulen-Stam", "Jan de Vries", "J.A. de Boer-Wiersma": a person's name on its own line signs a text, it
 * heads no section. (Initials before a capital, "J. Smits", never get here: a full stop before a capital ends a
 * sentence.)
 */
function personName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  if (!INITIALS.test(words[0]!) && !firstNames().has(words[0]!)) return false;
  const rest = words.slice(1);
  const last = rest[rest.length - 1]!;
  // particles lengthen a name ("S. van Veldhoven-van der Meer"); more words in capitals title a section
  const particles = rest.filter((w) => PARTICLES.has(w)).length;
  return (
    words.length - particles <= MAX_NAME_PARTS &&
    /^\p{Lu}[\p{Ll}'’]/u.test(last) &&
    rest.every((w) => PARTICLES.has(w) || /^\p{Lu}[\p{L}'’-]*$/u.test(w))
  );
}
