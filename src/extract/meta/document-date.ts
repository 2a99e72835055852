/**
 * The document's own date, from its date fields (letterhead, a page's date lines, the scraper's header): the
 * first full date of a page or letter date, else of a "last modified" line. Dates written without a year are
 * read against it, or, when only a month and year are known ("juli 2016", "date 2023-03"), against that month.
 */
import type { MetaField } from '../../model/schema.js';
import { readDateParts, type DateParts } from '../../text/read-date-line.js';
import { isoDate, type DayRef } from '../../text/resolve-date-year.js';

export interface DocumentDate {
  /** YYYY-MM-DD when day, month and year are written */
  date: string | null;
  /** what dates without a year are read against: the date, or the first day of the month known */
  ref: DayRef | undefined;
  /** the reference is the document's day, not only its month */
  exact: boolean;
}

export function documentDate(fields: readonly MetaField[]): DocumentDate {
  const parts = (name: string): DateParts[] =>
    fields.flatMap((f) => (f.name === name ? [readDateParts(f.value)].filter((p) => p !== null) : []));
  const dated = [...parts('date'), ...parts('modified')];
  const full = dated.find((p) => p.day !== null && p.month !== null);
  if (full) {
    const ref = { year: full.year, month: full.month!, day: full.day! };
    return { date: isoDate(ref.year, ref.month, ref.day), ref, exact: true };
  }
  const month = dated.find((p) => p.month !== null);
  return {
    date: null,
    ref: month ? { year: month.year, month: month.month!, day: 1 } : undefined,
    exact: false,
  };
}
