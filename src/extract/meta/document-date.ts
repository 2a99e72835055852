/**
 * The document's own date. From its date fields (letterhead, a page's date lines, the scraper's header): the
 * first full date of a page or letter date, else of a "last modified" line. A page without a date of its own
 * takes its dateline's ("AMSTERDAM, 8 maart 2006 - …") or its byline's ("NBW · Den Haag, 3 februari 2026"), else that of the letter it reports: "In deze brief van
 * 23 februari 2024 …", or the date in the call to read it ("Bekijk de brief: Herverdeling gemeentefonds 15 juli
 * 2016"), when it agrees with the month the page gives, if any. Dates written without a year are read against
 * the document's date, or, when only a month and year are known ("juli 2016", "date 2023-03"), against that month.
 */
import type { MetaField } from '../../model/schema.js';
import { parseDutchDate } from '../../text/find-dates.js';
import { findReadOn } from '../../text/find-read-on.js';
import { BYLINE_SEPARATOR, readDateParts, type DateParts } from '../../text/read-date-line.js';
import { isoDate, type DayRef } from '../../text/resolve-date-year.js';
import { unitSentences, type TextUnit } from '../text-units.js';
import { onFirstUse } from '../../text/on-first-use.js';
import { webPageWords } from '../../text/web-page-words.js';
import { foldSpace } from '../../text/fold-space.js';

export interface DocumentDate {
  /** YYYY-MM-DD when day, month and year are written */
  date: string | null;
  /** what dates without a year are read against: the date, or the first day of the month known */
  ref: DayRef | undefined;
  /** the reference is the document's day, not only its month */
  exact: boolean;
}

/** "deze brief van", "deze open brief d.d.": the letter the text itself is about, and its date after it. */
const THIS_LETTER = onFirstUse(
  () => /(?<![\p{L}])deze\s{1,3}(?:open\s{1,3})?brief\s{1,3}(?:van|d\.d\.|gedateerd)\s{1,3}/giu,
);

export function documentDate(
  fields: readonly MetaField[],
  units: readonly TextUnit[],
  visible: string,
): DocumentDate {
  const parts = (name: string): DateParts[] =>
    fields.flatMap((f) => (f.name === name ? [readDateParts(f.value)].filter((p) => p !== null) : []));
  const dated = [...parts('date'), ...parts('modified')];
  const isFull = (p: DateParts) => p.day !== null && p.month !== null;
  const own = dated.find(isFull);
  // the byline is read only when the fields give no day
  const byline = own ? [] : bylineDate(units, visible);
  const month = dated.find((p) => p.month !== null) ?? byline.find((p) => p.month !== null);
  const agrees = (p: DateParts) => !month || (p.year === month.year && p.month === month.month);
  const full =
    own ??
    newsDateline(units, visible).find(agrees) ??
    byline.filter(isFull).find(agrees) ??
    bracketedDate(fields, visible).find(agrees) ??
    reportedLetter(units, visible).find(agrees);
  if (full) {
    const ref = { year: full.year, month: full.month!, day: full.day! };
    return { date: isoDate(ref.year, ref.month, ref.day), ref, exact: true };
  }
  return {
    date: null,
    ref: month ? { year: month.year, month: month.month!, day: 1 } : undefined,
    exact: false,
  };
}

/** A place and a comma before the date of a news dateline ("AMSTERDAM, 8 maart 2006 - …", "Den Haag, 3 mei - "). */
const DATELINE_PLACE = onFirstUse(() => /^(?:\p{Lu}[\p{L}'.-]*\s){0,2}\p{Lu}[\p{L}'.-]*,\s{1,3}/u);
const DASH_AFTER = /^\s{1,3}[-–—]\s/u;
/** Paragraphs at the top a dateline may open. */
const DATELINE_UNITS = 4;

/** The full date of a news item's dateline, at the start of one of its first paragraphs, before a dash. */
function newsDateline(units: readonly TextUnit[], visible: string): DateParts[] {
  for (const u of units.filter((x) => x.kind === 'paragraph').slice(0, DATELINE_UNITS)) {
    const head = visible.slice(u.start, u.start + 80);
    // the place may be left out ("10 oktober 2006 - De bond …", "Di. 10 okt. 2006 - Door onze redactie")
    const place = DATELINE_PLACE().exec(head);
    const rest = place ? head.slice(place[0].length) : head;
    const found = parseDutchDate(rest);
    if (found?.start !== 0 || !found.date || !found.yearGiven || !DASH_AFTER.test(rest.slice(found.end)))
      continue;
    return [{ year: found.year!, month: found.month, day: found.day }];
  }
  return [];
}

/** A page's date label opening `text` ("Laatst bijgewerkt: ", "ontvangen "): where it ends, and whether it dates an
 * event rather than the page. */
function dateLabelAt(text: string): { end: number; event: boolean } | null {
  const words = webPageWords();
  const label = words.mayOpenWithDateLabel(text) ? words.dateLabel.exec(text) : null;
  if (!label) return null;
  return { end: label[0].length, event: words.dateRoles.get(foldSpace(label[1]!).toLowerCase()) === 'event' };
}

const MAX_BYLINE = 300;

/**
 * The full date of a byline part that is a date, after a place, a date label or alone ("Stichting Dijk · Position paper · 8 March
 * 2021"), and nothing else, in the first paragraphs.
 */
function bylineDate(units: readonly TextUnit[], visible: string): DateParts[] {
  for (const u of units.filter((x) => x.kind === 'paragraph').slice(0, DATELINE_UNITS)) {
    if (u.end - u.start > MAX_BYLINE) continue;
    const parts = visible.slice(u.start, u.end).split(BYLINE_SEPARATOR);
    if (parts.length < 2) continue;
    for (const part of parts.map((p) => p.trim())) {
      // "Standpunt van de Bond · Laatst bijgewerkt: 3 oktober 2017": a page's date label before the date; an
      // event's date ("Bijeenkomst: …") is not the page's
      const label = dateLabelAt(part);
      if (label?.event) continue;
      const dated = label ? part.slice(label.end) : part;
      const place = DATELINE_PLACE().exec(dated);
      const rest = place ? dated.slice(place[0].length) : dated;
      const found = parseDutchDate(rest);
      // a month alone ("Nummer 4 | april 2021") dates no day, only what dates without a year are read against
      if (found?.start === 0 && found.yearGiven && found.end === rest.length)
        return [{ year: found.year!, month: found.month, day: found.date ? found.day : null }];
    }
  }
  return [];
}

/** How far into the text a date in brackets may stand: the document's head, where a title line may hold it. */
const HEAD_CHARS = 1000;

/**
 * A full date in brackets after a page's date label, in the document's head or its fields: the date answers to Kamervragen were
 * received ("Antwoord van minister X (ontvangen 9 juni 2011)"); not an event's.
 */
function bracketedDate(fields: readonly MetaField[], visible: string): DateParts[] {
  // a headline set aside holds it too
  const head = [...fields.map((f) => f.value), visible.slice(0, HEAD_CHARS)].join('\n');
  for (let at = head.indexOf('('); at >= 0; at = head.indexOf('(', at + 1)) {
    const inner = head.slice(at + 1, at + 60);
    const label = dateLabelAt(inner);
    if (!label || label.event) continue;
    const rest = inner.slice(label.end);
    const found = parseDutchDate(rest);
    if (found?.start === 0 && found.date && found.yearGiven && rest.charAt(found.end) === ')')
      return [{ year: found.year!, month: found.month, day: found.day }];
  }
  return [];
}

/** Full dates of the letter a page reports: "deze brief van …", and dates in a call to read it. */
function reportedLetter(units: readonly TextUnit[], visible: string): DateParts[] {
  const full = (text: string): DateParts[] => {
    const found = parseDutchDate(text);
    return found?.date && found.yearGiven ? [{ year: found.year!, month: found.month, day: found.day }] : [];
  };
  const mentions = [...visible.matchAll(THIS_LETTER())].flatMap((m) => {
    const after = visible.slice(m.index + m[0].length, m.index + m[0].length + 40);
    return parseDutchDate(after)?.start === 0 ? full(after) : [];
  });
  const calls = units.flatMap((u) =>
    unitSentences(u).flatMap(({ position: { start, end } }) => {
      const sentence = visible.slice(start.offset, end.offset);
      return findReadOn(sentence) ? full(sentence) : [];
    }),
  );
  return [...mentions, ...calls];
}
