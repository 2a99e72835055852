/** The document words of src/data/document-words.yaml, validated once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/document-words.yaml';
import { mentionsAny } from './reference-patterns.js';

const DocumentWordsSchema = () =>
  z.object({
    heads: z.array(z.string()),
    ordinals: z.array(z.string()),
    named: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })),
  });

export interface DocumentLexicon {
  /** lower-case head words, longest first */
  readonly heads: readonly string[];
  /** a quick test for text holding a head (see mentionsAny) */
  readonly hasHead: RegExp;
  readonly ordinals: ReadonlySet<string>;
  /** every name and alias of a named document, with its canonical name */
  readonly named: readonly { readonly alias: string; readonly name: string }[];
}

export const documentLexicon = defineLexicon(source, DocumentWordsSchema, (data): DocumentLexicon => ({
  heads: data.heads.map((h) => h.toLowerCase()).sort((a, b) => b.length - a.length),
  hasHead: mentionsAny(data.heads),
  ordinals: new Set(data.ordinals.map((o) => o.toLowerCase())),
  named: data.named.flatMap((d) => [d.name, ...d.aliases].map((alias) => ({ alias, name: d.name }))),
}));

/** True when a word is a document head or a compound ending in one ("lobbybrief", "Actieagenda"). */
export function isDocumentHead(word: string): boolean {
  const w = word.toLowerCase();
  return documentLexicon().heads.some((h) => w === h || (w.endsWith(h) && w.length - h.length >= 3));
}
