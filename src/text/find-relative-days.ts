/**
 * Days named relative to the text's own date ("vandaag", "morgenavond", "donderdag"): a news item dated
 * 2 October that says "Vandaag debatteert de Kamer" means 2 October, "donderdag" the first Thursday from then.
 * Words are data: src/data/relative-days.yaml.
 */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/relative-days.yaml';
import type { FoundDate } from './find-dates.js';
import { L } from './letter-classes.js';
import { isoDate, weekdayOf, type DayRef } from './resolve-date-year.js';
import { wordGate } from './word-gate.js';

const RelativeDaysSchema = () =>
  z.object({
    days: z.array(z.object({ offset: z.number().int(), words: z.array(z.string()) })),
    weekdays: z.array(z.string()).length(7),
    past: z.array(z.string()),
  });

interface Lexicon {
  re: RegExp;
  /** whether a text may hold one of re's words: only then is re run (and compiled) */
  mayHold: (text: string) => boolean;
  offsets: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  past: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const lexicon = defineLexicon(source, RelativeDaysSchema, (data): Lexicon => {
  const offsets = new Map(data.days.flatMap((d) => d.words.map((w) => [w.toLowerCase(), d.offset] as const)));
  const weekdays = new Map(data.weekdays.map((w, i) => [w.toLowerCase(), i] as const));
  const words = [...offsets.keys(), ...weekdays.keys()].sort((a, b) => b.length - a.length);
  return {
    re: new RegExp(`(?<![${L}])(?:${words.map(escape).join('|')})(?![${L}])`, 'giu'),
    mayHold: wordGate(words),
    offsets,
    weekdays,
    past: new RegExp(`(?<![${L}])(?:${data.past.map(escape).join('|')})\\s{1,3}$`, 'iu'),
  };
});

/** The relative days in `text`, dated from `ref` (the text's own date). */
export function findRelativeDays(text: string, ref: DayRef): FoundDate[] {
  const { re, mayHold, offsets, weekdays, past } = lexicon();
  if (!mayHold(text)) return [];
  return [...text.matchAll(re)].flatMap((m) => {
    const word = m[0].toLowerCase();
    const weekday = weekdays.get(word);
    let offset = offsets.get(word) ?? 0;
    if (weekday !== undefined) {
      // "donderdag 24 februari" is a date of its own; "afgelopen donderdag" lies behind
      if (
        /^\s{0,3}\d/.test(text.slice(m.index + m[0].length)) ||
        past.test(text.slice(Math.max(0, m.index - 15), m.index))
      )
        return [];
      offset = (weekday - weekdayOf(ref.year, ref.month, ref.day) + 7) % 7;
    }
    const day = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + offset));
    const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    return [
      {
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
      },
    ];
  });
}
