/**
 * Date lines: a line that is a date with a year and little else. A letter's ("5 september 2024", "Den Haag,
 * 4 oktober 2024") and a web page's in its many forms ("Gepubliceerd op 3 maart 2023", "14 maart 2023 om 09:15",
 * "di 3 sep 2019", "Laatst gewijzigd: 12-05-2022", "Nieuwsbericht | 23-02-2018 | 15:40", "VNG 4 april 2023",
 * "3 maart 2023 · 3 min leestijd", a month and year alone: "juli 2016"), and the header a scraper puts in front
 * of a text ("date 2023-03 …"). "Wetgevingsoverleg Water 22 november 2021" is a title, not a date line.
 */
import { parseDutchDate } from './find-dates.js';
import { L, LU } from './letter-classes.js';
import { MARKDOWN_LINK } from './markdown-link.js';
import { isRealDate } from './resolve-date-year.js';
import { wordGate } from './word-gate.js';
import { webPageWords, type DateRole } from './web-page-words.js';
import { onFirstUse } from './on-first-use.js';

export interface DateLine {
  /** the label as written ("Gepubliceerd op") and where its separator ends in the line; null when unlabelled */
  label: { text: string; end: number } | null;
  role: DateRole;
  /** the value ([start, end) in the line): the rest after a label, else the whole line */
  value: { start: number; end: number };
}

/** A date line is short: longer lines are prose or titles that hold a date (a byline with details may be long). */
const MAX_LINE = 120;
/** "Den Haag," in front of a letter's date; two places for a joint letter ("Wageningen / Geldermalsen,"). */
const PLACE = onFirstUse(() => /^[\p{L}' .-]{2,25}(?:\/[\p{L}' .-]{2,25})?,$/u);
/** No place ends in these words: "Commissiedebat Erfgoed, 30 juni 2021" dates a meeting, not the letter. */
const MEETING = /(?:debat|overleg|gesprek|behandeling|bijeenkomst|zitting|congres|vergadering)\b/iu;
/** A page's section in one word, set apart from its date: "Economie - 14/10/2003", "Binnenland | 3 maart 2019". */
const SECTION = new RegExp(`^[${LU}][${L}]{2,30}\\s{1,3}[|·•–—-]$`, 'u');
/** An acronym in front of a page's date ("VNG", "G40", "VNO-NCW"). */
const ACRONYM = new RegExp(`^[${LU}][${LU}\\d&-]{1,9}$`, 'u');
/** A time after the date ("om 09:15", "| 15:40", "- 10.00 uur"), with what separates it. */
const TIME = /^[\s|·•,–—-]{0,5}(?:om\s{1,3})?\d{1,2}[:.]\d{2}(?:\s{0,3}uur)?/iu;
/** A reading time ("· 3 min leestijd", "| Leestijd: 4 minuten"). */
const READING_TIME =
  /^[\s|·•,–—-]{0,5}(?:\d{1,3}\s{0,3}min(?:uten|uut)?\.?\s{1,3}(?:leestijd|lezen)|leestijd:?\s{0,3}\d{1,3}\s{0,3}min(?:uten|uut)?\.?)/iu;
// both branches say "min": the pattern (costly to compile under the i and u flags) runs only where it stands
const mayHoldReadingTime = wordGate(['min']);
/** The length of the reading time `text` opens with, or -1. */
const readingTimeAt = (text: string): number =>
  mayHoldReadingTime(text) ? (READING_TIME.exec(text)?.[0].length ?? -1) : -1;
const withoutReadingTime = (text: string): string => text.slice(Math.max(0, readingTimeAt(text)));
/** "Door Redactie", "Tekst: Jan Jansen", "Bron: ANP": an author or source in front of a date or after it. */
const AUTHOR = /^(?:door|tekst|auteur|bron)(?:\s{0,3}:)?\s{1,3}/iu;
const MAX_AUTHOR_WORDS = 4;
/** A channel between a date's label and "op": one word or web address after "via". */
const VIA = /^via\s{1,3}\S{1,120}$/iu;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'het', 'en']);
/** After the date, a body or person named by a role: "door het bureau", "door de redactie", "door webmaster". */
const ROLE_AUTHOR = onFirstUse(() => /^door\s{1,3}(?:(?:de|het)\s{1,3})?\p{Ll}{2,30}$/iu);
const CAPITALISED = new RegExp(`^[${LU}][${L}.'-]{0,30}$`, 'u');
/** The scraper's header: "date 2023-03", "date: 2023-10-02", "date 2023-10-02T09:15:00Z". */
const SCRAPER_HEADER =
  /^date:?[ \t]{1,3}(\d{4}-\d{2}(?:-\d{2})?)(?:[Tt ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)/;

/** The date line `line` is (trimmed), or null; Markdown emphasis around the whole line ("*3 maart 2023*") is read through. */
export function readDateLine(line: string): DateLine | null {
  const lead = EMPHASIS_OPEN.exec(line)?.[0].length ?? 0;
  const trail = EMPHASIS_CLOSE.exec(line)?.[0].length ?? 0;
  if (!lead || !trail || line.length <= lead + trail) return readBareDateLine(line);
  const inner = readBareDateLine(line.slice(lead, line.length - trail));
  return inner && shifted(inner, lead);
}

/** A date line read from a part of a line that starts `by` characters in. */
const shifted = (inner: DateLine, by: number): DateLine => ({
  ...inner,
  label: inner.label && { text: inner.label.text, end: inner.label.end + by },
  value: { start: inner.value.start + by, end: inner.value.end + by },
});

/** "Deze pagina is voor het laatst bijgewerkt op 8 mei 2023.": a sentence about the page dates it by its label. */
function readPageSentence(line: string): DateLine | null {
  const { pageSentence } = webPageWords();
  const opening = pageSentence.test(line) ? pageSentence.pattern.exec(line) : null;
  if (!opening) return null;
  const inner = readBareDateLine(line.slice(opening[0].length).replace(/\.$/u, ''));
  if (!inner?.label) return null;
  // the full stop stays with the value: the line is read whole
  const read = shifted(inner, opening[0].length);
  return { ...read, value: { start: read.value.start, end: line.length } };
}

const EMPHASIS_OPEN = /^[*_]{1,3}(?=\S)/;
const EMPHASIS_CLOSE = /(?<=\S)[*_]{1,3}$/;

/** The date label `line` opens with ("Gepubliceerd op"), or null: tried only where a label's first word opens it. */
function dateLabelOf(line: string): RegExpExecArray | null {
  const { dateLabel, mayOpenWithDateLabel } = webPageWords();
  return mayOpenWithDateLabel(line) ? dateLabel.exec(line) : null;
}

function readBareDateLine(line: string): DateLine | null {
  if (line.length === 0 || line.length > MAX_LINE) return null;
  const sentence = readPageSentence(line);
  if (sentence) return sentence;
  const words = webPageWords();
  const labelled = dateLabelOf(line);
  const from = labelled ? labelled[0].length : 0;
  const found = parseDutchDate(line.slice(from));
  if (!found || found.year === null || !found.yearGiven || found.month === null) return null;
  const before = line.slice(from, from + found.start).trim();
  const inner = !labelled && before ? (meetingLabel(before) ?? labelAfterParts(before)) : null;
  if (before && !inner && !isDatePrefix(before, !!labelled)) return null;
  const after = withoutReadingTime(line.slice(from + found.end).replace(TIME, ''));
  const rest = after.replace(/^[\s|·•,–—-]+/u, '');
  // "14 maart 2023 09:15 Aangepast 14 maart 2023 10:20": a second, labelled date may follow the first;
  // "14 maart 2023 · Redactie · 3 reacties": page labels, authors and details (a link read as its text), set apart
  const tail = rest.length < after.length && isDateLineTail(rest.replace(MARKDOWN_LINK, '$1'));
  if (rest && !tail && !readBareDateLine(rest)?.label) return null;
  if (inner) {
    const at = from + found.start;
    return { label: { text: inner.text, end: at }, role: inner.role, value: { start: at, end: line.length } };
  }
  if (!labelled) return { label: null, role: 'published', value: { start: 0, end: line.length } };
  const text = labelled[0].replace(/(?<![\s:|·•–-])[\s:|·•–-]+$/u, '');
  const role = words.dateRoles.get((labelled[1] as string).toLowerCase().replace(/\s+/g, ' ')) ?? 'published';
  return { label: { text, end: from }, role, value: { start: from, end: line.length } };
}

/**
 * What may stand before a date: an author ("Door Jan Jansen op", also after a label: "Geplaatst door Jan Jansen
 * op"); before an unlabelled date also a place and a comma, a page label or an acronym.
 */
function isDatePrefix(before: string, labelled: boolean): boolean {
  // a meeting's name before its date ("Overleg – 9 april 2021") titles the text
  if (!labelled && (PLACE().test(before) || (SECTION.test(before) && !MEETING.test(before)))) return true;
  const word = before.replace(/(?<![\s|·•,:–—-])[\s|·•,:–—-]+$/u, '').replace(/(?<!\s)\s+op$/iu, '');
  // a name only after "door": "Wetgevingsoverleg Water 22 november 2021" is a title; page labels may come in a
  // row ("Kamerstuk: Kamerbrief | 23-02-2018")
  if (AUTHOR.test(word)) return isPageLabelOrAuthor(word);
  // "Ingediend via www.internetconsultatie.nl/… op 3 oktober 2016", "Verzonden via e-mail op …": the channel
  if (labelled && VIA.test(word)) return true;
  return !labelled && word.split(LABEL_SEPARATOR).every(isPageLabel);
}

/** "Commissiedebat Erfgoed, 30 juni 2021": a meeting's name where a place would stand labels the date of an event. */
const meetingLabel = (before: string): { text: string; role: DateRole } | null =>
  PLACE().test(before) && MEETING.test(before) ? { text: before.slice(0, -1), role: 'event' } : null;

/**
 * "Campagnepagina · bijgewerkt", "Stichting Dijk · Nieuws · gepubliceerd op": page labels or names, then the
 * date's own label after a separator. The label, or null.
 */
function labelAfterParts(before: string): { text: string; role: DateRole } | null {
  const parts = before.split(LABEL_SEPARATOR);
  const last = parts.pop() as string;
  const m = dateLabelOf(last);
  if (!parts.length || m?.[0].trimEnd().length !== last.length || !parts.every(isPageLabelOrAuthor))
    return null;
  const role = webPageWords().dateRoles.get((m[1] as string).toLowerCase().replace(/\s+/g, ' '));
  return { text: last, role: role ?? 'published' };
}

/** Between page labels in a row. */
const LABEL_SEPARATOR = /\s{0,3}[|·•:]\s{0,3}/u;

const isPageLabel = (word: string): boolean =>
  webPageWords().pageLabels.has(word.toLowerCase()) ||
  (ACRONYM.test(word) && !LINKING_WORDS.has(word.toLowerCase()));

/** Words in capitals that tie a date into a heading ("… KAMERVERKIEZINGEN / VAN 12 SEPTEMBER 2012"): no acronym. */
const LINKING_WORDS = new Set([
  'van',
  'vanaf',
  'op',
  'tot',
  'voor',
  'na',
  'per',
  'sinds',
  'tussen',
  'om',
  'in',
  'en',
]);

/** Between the items after a date: "Door Jan Jansen · 3 min leestijd", "Categorie: Wonen | 4 reacties". */
const TAIL_SEPARATOR = /\s{0,3}[|·•]\s{0,3}/u;

/** The section a post is filed in, after its date: "Geplaatst op 3 mei 2011 in Nieuws". */
const FILED_IN = onFirstUse(() => /^in\s{1,3}(?=\p{Lu})/u);
/** After a date's separator, minutes alone are a reading time: "12 mrt 2023 | 2 min". */
const MINUTES = /^\d{1,3}\s{0,3}min(?:uten|uut)?\.?$/iu;
/** A news archive writes the weekday after the date: "15 juni 2002 zaterdag". */
const WEEKDAY = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/iu;

const isDateLineTail = (rest: string): boolean =>
  rest.split(TAIL_SEPARATOR).every(
    (part) =>
      isPageLabelOrAuthor(part.replace(FILED_IN(), '')) ||
      ROLE_AUTHOR().test(part) ||
      isPageDetail(part) ||
      MINUTES.test(part) ||
      WEEKDAY.test(part) ||
      // "… door redactie | Laatst bijgewerkt: 05-03-2018": a second date with its own label
      readBareDateLine(part)?.label != null,
  );

/** A detail a page shows beside its date or byline: a reading time, a category, a comment count. */
export function isPageDetail(part: string): boolean {
  return readingTimeAt(part) === part.length || webPageWords().pageDetail.test(part);
}

/** "Door Jan Jansen, voorzitter VZB", "3 mei 2009 - Jan Jansen, voorzitter VZB": a name's role and body after a comma. */
const AUTHOR_ROLE = onFirstUse(() => /,\s{1,3}\p{Ll}[\p{L}-]{1,30}(?:\s{1,3}[\p{L}-]{1,30}){0,4}$/u);

/** "Nieuws", "VNG", "Door Redactie", "Jan Jansen": a page label, an acronym, or a name, with "door" or not. */
function isPageLabelOrAuthor(part: string): boolean {
  const author = part.replace(AUTHOR, '').replace(AUTHOR_ROLE(), '');
  // "door redactie": a page label after "door" too
  if (isPageLabel(part) || isPageLabel(author)) return true;
  const names = author.split(/\s+/u);
  return names.length <= MAX_AUTHOR_WORDS && names.every((w) => PARTICLES.has(w) || CAPITALISED.test(w));
}

export interface ScraperHeader {
  /** where the header ends in the line, and its value ("2023-03") */
  end: number;
  value: string;
}

/** The scraper's date header at the start of a (trimmed) line: "date 2023-03 Kop van het bericht". */
export function readScraperHeader(line: string): ScraperHeader | null {
  const m = SCRAPER_HEADER.exec(line);
  return m ? { end: m[0].length, value: m[1] as string } : null;
}

export interface DateParts {
  year: number;
  month: number | null;
  /** null for a month and year alone ("juli 2016", "2023-03") */
  day: number | null;
}

/** The date a field's value holds, whole or in part: "3 maart 2023", "juli 2016", "2023-03", "2025-10-02". */
export function readDateParts(value: string): DateParts | null {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : null];
    if (!isRealDate(year, month, day ?? 1)) return null;
    return { year, month, day };
  }
  const found = parseDutchDate(value);
  if (!found?.yearGiven || found.year === null) return null;
  return { year: found.year, month: found.month, day: found.date ? found.day : null };
}

/** A byline's parts set apart: "NBW · inbreng … · Den Haag, 3 februari 2026". */
export const BYLINE_SEPARATOR = /\s[·|•]\s/u;

/** A line that opens with a day and a month ("14 maart '23 …"): a date, never a section number and a title. */
export function opensWithDate(line: string): boolean {
  if (!/^\d/.test(line)) return false;
  const found = parseDutchDate(line.slice(0, MAX_LINE));
  return !!found && found.start === 0 && found.day !== null;
}
