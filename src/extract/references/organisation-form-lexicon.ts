/** The organisation form words of src/data/organisation-forms.yaml, validated once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/organisation-forms.yaml';
import { mentionsAny } from './reference-patterns.js';

const FormsSchema = () =>
  z.object({
    heads: z.array(z.string()),
    genericQualifiers: z.array(z.string()),
    publicBodyHeads: z.array(z.string()),
    namingCompoundHeads: z.array(z.string()),
    notBodies: z.array(z.string()),
    acronymHeads: z.array(z.string()),
    notBeforeNederland: z.array(z.string()),
    collectives: z.array(z.string()),
    kinds: z.array(z.string()),
    listOpeners: z.array(z.string()),
    actorVerbs: z.array(z.string()),
    speechBefore: z.array(z.string()),
  });

export interface OrganisationForms {
  readonly heads: readonly string[];
  /** adjectives that with a head alone name nothing ("Vaste Commissie") */
  readonly genericQualifiers: ReadonlySet<string>;
  /** public bodies named by kind and area ("provincie Gelderland") */
  readonly publicBodyHeads: readonly string[];
  /** a quick test for text holding a head (see mentionsAny) */
  readonly hasHead: RegExp;
  readonly namingCompoundHeads: readonly string[];
  /** compounds of a head that name a thing ("Leidraad") */
  readonly notBodies: ReadonlySet<string>;
  /** heads naming a body after an acronym and a hyphen ("PO-Raad") */
  readonly acronymHeads: readonly string[];
  readonly notBeforeNederland: ReadonlySet<string>;
  readonly collectives: readonly string[];
  /** kinds of organisation, standing in lower case before a name ("bouwbedrijf Heijmans") */
  readonly kinds: readonly string[];
  readonly listOpeners: readonly string[];
  readonly actorVerbs: readonly string[];
  readonly speechBefore: readonly string[];
}

const lower = (list: string[]) => list.map((w) => w.toLowerCase());

export const organisationForms = defineLexicon(source, FormsSchema, (data): OrganisationForms => ({
  heads: lower(data.heads),
  genericQualifiers: new Set(lower(data.genericQualifiers)),
  publicBodyHeads: lower(data.publicBodyHeads),
  hasHead: mentionsAny(data.heads),
  namingCompoundHeads: lower(data.namingCompoundHeads),
  notBodies: new Set(lower(data.notBodies)),
  acronymHeads: lower(data.acronymHeads),
  notBeforeNederland: new Set(lower(data.notBeforeNederland)),
  collectives: lower(data.collectives),
  kinds: lower(data.kinds),
  listOpeners: lower(data.listOpeners),
  actorVerbs: lower(data.actorVerbs),
  speechBefore: lower(data.speechBefore),
}));

/** A word ending in one of the words (equal to it, or a compound with at least three letters before it). */
export const endsInWord = (word: string, words: readonly string[]): boolean => {
  const w = word.toLowerCase();
  return words.some((h) => w === h || (w.endsWith(h) && w.length - h.length >= 3));
};
