/**
 * Days named relative to the text's own date ("vandaag", "morgenavond", "gisteren"): a news item dated
 * 2 October that says "Vandaag debatteert de Kamer" means 2 October. Words are data: src/data/relative-days.yaml.
 */
import { z } from 'zod';
import raw from '../data/relative-days.yaml';
import type { FoundDate } from './find-dates.js';
import { L } from './letter-classes.js';
import { isoDate, weekdayOf, type DayRef } from './resolve-date-year.js';

const RelativeDaysSchema = z.object({
  days: z.array(z.object({ offset: z.number().int(), words: z.array(z.string()) })),
});

let cached: { re: RegExp; offsets: ReadonlyMap<string, number> } | undefined;

function lexicon(): { re: RegExp; offsets: ReadonlyMap<string, number> } {
  if (cached) return cached;
  const { days } = RelativeDaysSchema.parse(raw);
  const offsets = new Map(days.flatMap((d) => d.words.map((w) => [w.toLowerCase(), d.offset] as const)));
  const words = [...offsets.keys()].sort((a, b) => b.length - a.length);
  cached = { re: new RegExp(`(?<![${L}])(?:${words.join('|')})(?![${L}])`, 'giu'), offsets };
  return cached;
}

/** The relative days in `text`, dated from `ref` (the text's own date). */
export function findRelativeDays(text: string, ref: DayRef): FoundDate[] {
  const { re, offsets } = lexicon();
  return [...text.matchAll(re)].map((m) => {
    const day = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + (offsets.get(m[0].toLowerCase()) ?? 0)));
    const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    return {
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      date: isoDate(year, month, date),
      day: date,
      month,
      year,
      yearGiven: false,
      weekday: weekdayOf(year, month, date),
      weekdayMismatch: false,
    };
  });
}
