/** The ask phrases of src/data/ask-phrases.yaml, validated and compiled once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/ask-phrases.yaml';
import { compileWordPattern, type Token, type WordPattern } from './match-word-pattern.js';
import { LU } from '../../text/letter-classes.js';

export type AskKind = 'direct' | 'imperative' | 'need' | 'reported';
export type AskScope = 'sentence' | 'item';

const AskPhrasesSchema = z.object({
  groups: z.record(z.string(), z.array(z.string())),
  acronyms: z.string().optional(),
  families: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['direct', 'imperative', 'need', 'reported']),
      scope: z.array(z.enum(['sentence', 'item'])).optional(),
      patterns: z.array(z.string()).min(1),
    }),
  ),
  vetoes: z.array(z.string()).default([]),
  introductions: z.array(z.string()).default([]),
});

export interface AskFamily {
  readonly name: string;
  readonly kind: AskKind;
  readonly scope: ReadonlySet<AskScope>;
  readonly patterns: readonly WordPattern[];
}

export interface AskPhrases {
  readonly families: readonly AskFamily[];
  readonly vetoes: readonly WordPattern[];
  readonly introductions: readonly WordPattern[];
}

/** "VNG", "IPO", "G40", "P10": a word in capitals, digits allowed after the first letter. */
const ACRONYM = new RegExp(String.raw`^[${LU}][${LU}\d]{1,5}$`, 'u');

/** Flattens "@group" entries (cycles are cut) into one word set per group. */
function groupWords(groups: Record<string, string[]>, name: string, seen: Set<string>): Set<string> {
  const words = new Set<string>();
  if (seen.has(name)) return words;
  seen.add(name);
  for (const entry of groups[name] ?? []) {
    if (entry.startsWith('@')) for (const w of groupWords(groups, entry.slice(1), seen)) words.add(w);
    else words.add(entry.toLowerCase());
  }
  return words;
}

/** Whether a group includes the acronym group, directly or through "@…" entries. */
function includesGroup(
  groups: Record<string, string[]>,
  name: string,
  target: string,
  seen = new Set<string>(),
): boolean {
  if (name === target) return true;
  if (seen.has(name)) return false;
  seen.add(name);
  return (groups[name] ?? []).some(
    (e) => e.startsWith('@') && includesGroup(groups, e.slice(1), target, seen),
  );
}

export const askPhrases = defineLexicon(source, AskPhrasesSchema, (data): AskPhrases => {
  const tests = new Map<string, (t: Token) => boolean>();
  for (const name of Object.keys(data.groups)) {
    const words = groupWords(data.groups, name, new Set());
    const acronyms = data.acronyms !== undefined && includesGroup(data.groups, name, data.acronyms);
    tests.set(name, (t) => words.has(t.word) || (acronyms && ACRONYM.test(t.raw)));
  }
  const compile = (p: string) => compileWordPattern(p, (name) => tests.get(name));
  return {
    families: data.families.map((f) => ({
      name: f.name,
      kind: f.kind,
      scope: new Set<AskScope>(f.scope ?? ['sentence', 'item']),
      patterns: f.patterns.map(compile),
    })),
    vetoes: data.vetoes.map(compile),
    introductions: data.introductions.map(compile),
  };
});
