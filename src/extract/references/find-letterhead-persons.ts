/**
 * Persons in the letterhead's label/value fields ("Contactpersoon … drs. P.L. Hagedoorn"): the fields are set apart
 * from the paragraphs the other finders read. A value is read with its label when that is a contact label, so that
 * any given name and surname count there ("Contactpersoon: Iris Vlaming"); under any other label (the labels of an
 * interleaved letterhead may be paired wrongly) a name needs a title, initials or a listed given name.
 */
import type { MetaField } from '../../model/schema.js';
import { findNamedPersons } from './find-named-persons.js';
import type { FoundReference } from './reference-types.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { roleLexicon } from './role-lexicon.js';

/** The persons in the fields, with offsets into `text` (the letter's text; the fields are blank in the visible text). */
export function findLetterheadPersons(fields: readonly MetaField[], text: string): FoundReference[] {
  const labels = new Set(roleLexicon().contactLabels);
  const out: FoundReference[] = [];
  for (const field of fields) {
    const start = field.position.start.offset;
    const value = text.slice(start, field.position.end.offset);
    if (value.trim() === '') continue;
    const label = field.label?.trim().toLowerCase() ?? '';
    const prefix = labels.has(label) ? `${label}: ` : '';
    for (const person of resolveOverlaps(findNamedPersons(prefix + value))) {
      if (person.start < prefix.length) continue;
      const shift = start - prefix.length;
      out.push({ ...person, start: person.start + shift, end: person.end + shift });
    }
  }
  return out;
}
