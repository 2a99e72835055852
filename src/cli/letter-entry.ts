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

export function letterEntry(letter: Letter): LetterEntry {
  const count = (severity: string) => letter.diagnostics.filter((d) => d.severity === severity).length;
  return {
    title: letter.meta.title,
    date: letter.meta.date,
    debate: letter.meta.debate?.name ?? null,
    themes: letter.themes.length,
    asks: letter.asks.length,
    references: letter.references.length,
    warnings: count('warning'),
    errors: count('error'),
  };
}
