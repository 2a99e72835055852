/** A letter's line in a batch's index.json: enough to find and triage it without opening the model. */
import type { Letter } from '../model/schema.js';

export interface LetterEntry {
  title: string | null;
  date: string | null;
  debate: string | null;
  themes: number;
  asks: number;
  references: number;
  warnings: number;
  errors: number;
}

/**
 * A copy of a string of the model: most are slices of the letter's text, and a batch's index would keep each
 * letter's whole text alive through its title until the batch ends (V8 holds a slice's parent).
 */
const own = (s: string | null): string | null =>
  s === null ? null : (JSON.parse(JSON.stringify(s)) as string);

export function letterEntry(letter: Letter): LetterEntry {
  const count = (severity: string) => letter.diagnostics.filter((d) => d.severity === severity).length;
  return {
    title: own(letter.meta.title),
    date: own(letter.meta.date),
    debate: own(letter.meta.debate?.name ?? null),
    themes: letter.themes.length,
    asks: letter.asks.length,
    references: letter.references.length,
    warnings: count('warning'),
    errors: count('error'),
  };
}
