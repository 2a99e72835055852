/** The extract stage: runs the extractors in a fixed order over the themes and assembles the model's content. */
import type { LetterFile } from '../core/letter-file.js';
import type { Ask, Figure, Meta, Reference, Theme } from '../model/schema.js';
import { extractAsks } from './asks/extract-asks.js';
import { extractFigures } from './figures/extract-figures.js';
import { documentDate } from './meta/document-date.js';
import { extractMeta, requestingSender } from './meta/extract-meta.js';
import { findDebate, type DebateSource } from './meta/find-debate.js';
import { extractReferences } from './references/extract-references.js';
import { textUnits, unitSentences } from './text-units.js';

export interface Extracted {
  meta: Meta;
  asks: Ask[];
  references: Reference[];
  figures: Figure[];
}

export function extractLetter(themes: Theme[], file: LetterFile): Extracted {
  const units = textUnits(themes);
  const references = extractReferences(units, themes, file);
  const dated = documentDate(file.fields, units, file.visible);
  const meta = extractMeta(themes, references, dated.date, file);
  // the government's own letter makes no lobby asks
  const asks = meta.fromGovernment ? [] : extractAsks(units, file, meta.addressees, references);
  const figures = extractFigures(units, file);

  const titled = file.fields.filter((f) => f.name === 'subject' || f.name === 'headline');
  const sources: DebateSource[] = [
    // fields are out of the tree: a subject line or headline is read whole, from the text itself
    ...titled.map((f) => ({
      text: file.text.slice(f.position.start.offset, f.position.end.offset),
      offset: f.position.start.offset,
      title: true,
    })),
    // a dated meeting line in the letterhead ("Commissiedebat Erfgoed, 30 juni 2021"), label and date
    ...file.fields
      .filter((f) => f.name === 'event')
      .map((f) => {
        const start = (f.labelPosition ?? f.position).start.offset;
        return { text: file.text.slice(start, f.position.end.offset), offset: start };
      }),
    // every sentence in letter order: letters name their debate in the opening, news items anywhere
    ...units.flatMap((u) =>
      unitSentences(u).map((s) => ({
        text: file.visible.slice(s.position.start.offset, s.position.end.offset),
        offset: s.position.start.offset,
      })),
    ),
  ];
  return {
    meta: {
      ...meta,
      sender: meta.sender ?? requestingSender(asks, references),
      debate: findDebate(sources, dated.ref, dated.exact, file),
    },
    asks,
    references,
    figures,
  };
}
