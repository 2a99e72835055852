/** The boilerplate patterns (src/data/boilerplate.yaml), validated and compiled once. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/boilerplate.yaml';
import builtReadings from './boilerplate-openings.js';
import { needsOf, type Needs } from './pattern-needs.js';
import { openingsOf, type Openings } from './pattern-openings.js';

/** Whether the pattern compiles as the compiled list uses it (case-insensitive, Unicode). */
function isPattern(match: string): boolean {
  try {
    new RegExp(match, 'iu');
    return true;
  } catch {
    return false;
  }
}

const WHERE = ['anywhere', 'alone', 'between-blank-lines', 'page-sequence'] as const;
export type Where = (typeof WHERE)[number];

const BoilerplateSchema = () =>
  z.object({
    patterns: z.array(
      z.object({
        id: z.string().min(1),
        reason: z.string().min(1),
        match: z
          .string()
          .refine((s) => s.startsWith('^') && s.endsWith('$'), 'a boilerplate pattern must be anchored: ^…$')
          .refine(isPattern, 'not a regular expression (in JavaScript syntax)'),
        where: z.enum(WHERE).default('alone'),
        scope: z.object({ 'first-lines': z.number().int().min(1) }).optional(),
        with: z.string().min(1).optional(),
      }),
    ),
    running: z.object({
      reason: z.string().min(1),
      'min-length': z.number().int().min(1),
      'min-words': z.number().int().min(1),
      'max-length': z.number().int().min(1),
      'min-repeats': z.number().int().min(2),
      'min-repeats-beside-page-numbers': z.number().int().min(2).optional(),
    }),
  });

export interface BoilerplatePattern {
  readonly id: string;
  readonly reason: string;
  readonly regex: RegExp;
  /** how a line must open for the regex to match it (pattern-openings.ts): asked first, so most are never run */
  readonly openings: Openings;
  /** what a line must hold for the regex to match it (pattern-needs.ts), asked next: most lines lack it */
  readonly needs: Needs;
  readonly where: Where;
  /** only among the first N non-blank lines; Infinity when unscoped */
  readonly firstLines: number;
  /** only in a text where the pattern of this id set a line aside ("Vraag 2" is a label beside "Antwoord 2") */
  readonly with: string | null;
}

export interface Boilerplate {
  readonly patterns: readonly BoilerplatePattern[];
  readonly running: {
    reason: string;
    minLength: number;
    minWords: number;
    maxLength: number;
    minRepeats: number;
    /** as often, when every time it stands right beside a page number */
    minRepeatsBesidePageNumbers: number;
  };
}

/** A pattern's openings and needs: as the build worked them out for a built-in one, else worked out now. */
function readingOf(match: string, regex: RegExp): { openings: Openings; needs: Needs } {
  const built = builtReadings.get(match);
  if (built === undefined) return { openings: openingsOf(regex), needs: needsOf(regex) };
  return { openings: built.openings && new Map(built.openings), needs: built.needs };
}

export const boilerplate = defineLexicon(source, BoilerplateSchema, (raw): Boilerplate => ({
  patterns: raw.patterns.map((p) => {
    const regex = new RegExp(p.match, 'iu');
    return {
      id: p.id,
      reason: p.reason,
      regex,
      ...readingOf(p.match, regex),
      where: p.where,
      firstLines: p.scope?.['first-lines'] ?? Infinity,
      with: p.with ?? null,
    };
  }),
  running: {
    reason: raw.running.reason,
    minLength: raw.running['min-length'],
    minWords: raw.running['min-words'],
    maxLength: raw.running['max-length'],
    minRepeats: raw.running['min-repeats'],
    minRepeatsBesidePageNumbers: raw.running['min-repeats-beside-page-numbers'] ?? raw.running['min-repeats'],
  },
}));
