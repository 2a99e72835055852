/**
 * Letter × Letter → LetterDiff: how the positions moved. Pure. Themes are paired first (their pairing helps
 * pair the asks), then asks, figures within paired themes, and references per entity.
 */
import { DIFF_SCHEMA_VERSION, type DiffSide, type LetterDiff } from '../model/diff-schema.js';
import type { Letter } from '../model/schema.js';
import { summarise } from './count-changes.js';
import { diffAsks } from './diff-asks.js';
import { diffFigures } from './diff-figures.js';
import { diffReferences } from './diff-references.js';
import { alignThemes, diffThemes } from './diff-themes.js';
import { groupReferences } from './group-references.js';
import { ownAsks } from './score-asks.js';

export interface DiffOptions {
  /** the paths given by the user, when they differ from the letters' source paths (saved models) */
  oldInput?: string;
  newInput?: string;
}

const sideOf = (letter: Letter, input: string | undefined): DiffSide => ({
  path: letter.source.path,
  input: input ?? letter.source.path,
  title: letter.meta.title,
  date: letter.meta.date,
});

export function diffLetters(oldLetter: Letter, newLetter: Letter, options: DiffOptions = {}): LetterDiff {
  const entities = groupReferences(oldLetter, newLetter);
  const themes = alignThemes(oldLetter, newLetter, entities);
  const pairs = themes.alignment.pairs.map(
    (p) => [themes.olds[p.old]!.theme.id, themes.news[p.new]!.theme.id] as const,
  );
  const asks = diffAsks(
    ownAsks(oldLetter),
    ownAsks(newLetter),
    entities,
    new Set(pairs.map(([o, n]) => `${o}\u0000${n}`)),
  );
  const figures = diffFigures(oldLetter, newLetter, new Map(pairs));
  const body = {
    schemaVersion: DIFF_SCHEMA_VERSION,
    old: sideOf(oldLetter, options.oldInput),
    new: sideOf(newLetter, options.newInput),
    themes: diffThemes(themes, asks, figures, entities),
    asks,
    references: diffReferences(entities, oldLetter, newLetter),
    figures: figures.map((f) => f.entry),
  };
  return { ...body, summary: summarise(body) };
}
