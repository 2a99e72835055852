/** Calendar helpers for findDates: pick the year of a date written without one, check weekdays. */

export interface DayRef {
  year: number;
  month: number;
  day: number;
}

/** True when day/month/year name a real calendar day (no 31 April, no 29 February 2023). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const dayNumber = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000;

/** "jl." (last) puts the date on or before the reference, "a.s." (next) on or after it. */
export type Direction = 'past' | 'future' | null;

export interface YearChoice {
  year: number;
  weekdayMismatch: boolean;
}

/**
 * The year for a day and month written without one, relative to the letter's own date.
 * Candidates are ref year −1, 0, +1. A named weekday wins over nearness (the writer checked the calendar);
 * "jl."/"a.s." come next; among what is left the date nearest the reference wins.
 */
export function chooseYear(
  ref: DayRef,
  month: number,
  day: number | null,
  weekday: number | null,
  direction: Direction,
): YearChoice | null {
  const d = day ?? 1;
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((y) => isRealDate(y, month, d));
  if (candidates.length === 0) return null;
  const fitsDirection = (y: number): boolean => {
    const diff = dayNumber(y, month, d) - refDay;
    return direction === null || (direction === 'past' ? diff <= 0 : diff >= 0);
  };
  const fitsWeekday = (y: number): boolean =>
    weekday === null || day === null || weekdayOf(y, month, d) === weekday;
  const nearest = (ys: number[]): number | undefined =>
    [...ys].sort(
      (a, b) => Math.abs(dayNumber(a, month, d) - refDay) - Math.abs(dayNumber(b, month, d) - refDay),
    )[0];

  const withWeekday = candidates.filter(fitsWeekday);
  const pool = withWeekday.length > 0 ? withWeekday : candidates;
  const directed = pool.filter(fitsDirection);
  const year = nearest(directed.length > 0 ? directed : pool);
  if (year === undefined) return null;
  return { year, weekdayMismatch: withWeekday.length === 0 };
}
