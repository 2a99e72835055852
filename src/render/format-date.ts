/** ISO dates written out with the labels' day and month names ("woensdag 11 september 2024"). */
import { fillLabel } from './fill-label.js';
import type { Labels } from './load-labels.js';

export interface BriefDate {
  /** YYYY-MM-DD as in the model */
  iso: string;
  /** "11 september 2024" */
  text: string;
  /** "woensdag" */
  weekday: string;
  /** "woensdag 11 september 2024" */
  long: string;
}

/** null for a missing or impossible date (never throws). */
export function formatDate(iso: string | null | undefined, labels: Labels): BriefDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  const parts = {
    weekday: labels.weekdays[date.getUTCDay()] ?? '',
    day: String(day),
    month: labels.months[month - 1] ?? '',
    year: String(year),
  };
  return {
    iso: m[0],
    text: fillLabel(labels.date, parts),
    weekday: parts.weekday,
    long: fillLabel(labels.longDate, parts),
  };
}
