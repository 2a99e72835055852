/**
 * What an abbreviation the text expands names, judged by its expansion: a bill ("wetsvoorstel …"), a law
 * ("Wet …", "…wet"), a document ("Uitvoerbaarheidstoets …", "Register …") or an organisation (any other
 * capitalised name whose initials it spells). Null when it names none of these ("opvang … (OMM)").
 */
import type { FoundKind } from './reference-types.js';
import { isDocumentHead, documentLexicon } from './document-lexicon.js';
import { lookupLaw } from './law-lexicon.js';
import { initialWords, matchesInitials } from './match-initials.js';
import { organisationLexicon } from './organisation-lexicon.js';

export interface AbbreviationMeaning {
  kind: FoundKind;
  /** canonical name: the lexicon entry the expansion names, else the expansion */
  name: string;
  id: string | null;
}

export function abbreviationMeaning(abbreviation: string, expansion: string): AbbreviationMeaning | null {
  const words = initialWords(expansion);
  const first = expansion.split(/\s+/u)[0] ?? '';
  if (/^(?:wetsvoorstel|wetsontwerp|voorstel van wet)\b/iu.test(expansion))
    return lawMeaning('bill', expansion);
  if (/^wet\b/iu.test(expansion) || (words.length === 1 && /wet$/iu.test(expansion))) {
    return lawMeaning('law', expansion);
  }
  if (!/^\p{Lu}/u.test(first) || !matchesInitials(abbreviation, words)) return null;
  const named = documentLexicon().named.find((d) => d.alias.toLowerCase() === expansion.toLowerCase());
  if (named) return { kind: 'document', name: named.name, id: null };
  if (isDocumentHead(first)) return { kind: 'document', name: expansion, id: null };
  const org = organisationLexicon().canonical;
  return {
    kind: 'organisation',
    name: org.get(expansion.toLowerCase()) ?? org.get(abbreviation.toLowerCase()) ?? expansion,
    id: null,
  };
}

function lawMeaning(kind: 'law' | 'bill', expansion: string): AbbreviationMeaning {
  const law = lookupLaw(expansion);
  return { kind, name: law?.name ?? expansion, id: law?.id ?? null };
}
