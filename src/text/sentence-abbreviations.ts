/** The abbreviation lists of src/data/abbreviations.yaml, validated once, and a look-up of the word before a full stop. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/abbreviations.yaml';
import { letterOrDigitAt } from './letter-or-digit.js';

const AbbreviationsSchema = () => z.object({ inner: z.array(z.string()), final: z.array(z.string()) });

export interface Abbreviations {
  /** never end a sentence ("bijv.", "art.", "o.a.") */
  readonly inner: ReadonlySet<string>;
  /** may end a sentence, but only before a capital ("jl.", "c.s.") */
  readonly final: ReadonlySet<string>;
}

/** "Art." → "art", "o.a." → "o.a": lower case, without the final full stop. */
const toKey = (s: string): string => s.trim().toLowerCase().replace(/\.$/u, '');

export const abbreviations = defineLexicon(source, AbbreviationsSchema, (data): Abbreviations => ({
  inner: new Set(data.inner.map(toKey)),
  final: new Set(data.final.map(toKey)),
}));

/**
 * The word (letters, digits and inner full stops) that ends just before `stop`, the index of a full stop:
 * "zie art." → "art", "m.b.t." → "m.b.t". Looks back at most 24 characters so it stays cheap on long text.
 */
export function wordBefore(text: string, stop: number): string {
  let i = stop;
  const limit = Math.max(0, stop - 24);
  // one code unit at a time, as a pattern tried on text.charAt would: a surrogate alone is no letter
  while (i > limit && (text.charAt(i - 1) === '.' || letterOrDigitAt(text.charAt(i - 1), 0) > 0)) i--;
  return text.slice(i, stop).replace(/^\.+/u, '');
}

export type AbbreviationKind = 'inner' | 'final' | null;

/** How the word before the full stop at `stop` behaves: inner, final or not an abbreviation. */
export function abbreviationBefore(text: string, stop: number): AbbreviationKind {
  const key = toKey(wordBefore(text, stop));
  if (!key) return null;
  const { inner, final } = abbreviations();
  if (inner.has(key)) return 'inner';
  if (final.has(key)) return 'final';
  return null;
}
