/** Runs the extractors in a fixed order over the themes and assembles meta, asks, references and figures. */
import type { LineIndex } from '../model/position.js';
import type { Ask, Diagnostic, Figure, Meta, MetaField, Reference, Theme } from '../model/schema.js';
import { extractAsks } from './asks/extract-asks.js';
import { extractFigures } from './figures/extract-figures.js';
import { extractMeta } from './meta/extract-meta.js';
import { extractReferences } from './references/extract-references.js';
import { findDebate, type DebateSource } from './meta/find-debate.js';
import { textUnits } from './text-units.js';

export interface ExtractInput {
  /** the text as read, with discarded noise blanked out */
  text: string;
  /** the same with markup blanked too: what a reader sees, at the same offsets */
  visible: string;
  index: LineIndex;
  themes: Theme[];
  fields: MetaField[];
}

export interface Extracted {
  meta: Meta;
  asks: Ask[];
  references: Reference[];
  figures: Figure[];
  diagnostics: Diagnostic[];
}

/** How many paragraphs at the top are searched for the debate before the rest of the letter. */
const OPENING_UNITS = 4;

export function extractLetter(input: ExtractInput): Extracted {
  const units = textUnits(input.themes);
  const { references, diagnostics } = extractReferences(units, input.themes, input);
  const asks = extractAsks(units, input);
  const figures = extractFigures(units, input);
  const meta = extractMeta({
    fields: input.fields,
    themes: input.themes,
    references,
    visible: input.visible,
  });

  const titled = input.fields.filter((f) => f.name === 'subject' || f.name === 'headline');
  const sources: DebateSource[] = [
    // fields are out of the tree, so their words are read from the text itself
    ...titled.map((f) => ({
      text: input.text.slice(f.position.start.offset, f.position.end.offset),
      offset: f.position.start.offset,
      title: true,
    })),
    ...units
      .slice(0, OPENING_UNITS)
      .map((u) => ({ text: input.visible.slice(u.start, u.end), offset: u.start })),
  ];
  const [y, m, d] = (meta.date ?? '').split('-').map(Number);
  const ref = meta.date ? { year: y as number, month: m as number, day: d as number } : undefined;
  const found = findDebate(sources, ref, input.index);
  return {
    meta: { ...meta, debate: found.debate },
    asks,
    references,
    figures,
    diagnostics: [...diagnostics, ...found.diagnostics],
  };
}
