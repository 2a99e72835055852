/**
 * What an abbreviation the text expands names, judged by its expansion: a bill ("wetsvoorstel …"), a law
 * ("Wet …", "…wet", "Kaderrichtlijn …"), a document ("Uitvoerbaarheidstoets …", "Register …", "… Energieverkenning") or an
 * organisation (any other capitalised name whose initials it spells, also from inside compounds, or whose first word is
 * a generic head such as "Dienst"). Null when it names none of these ("opvang … (OMM)").
 */
import type { FoundKind } from './reference-types.js';
import { isDocumentHead, documentLexicon } from './document-lexicon.js';
import { lookupLaw } from './law-lexicon.js';
import { initialWords, matchesInitials } from './match-initials.js';
import { endsInWord, organisationForms } from './organisation-form-lexicon.js';
import { organisationLexicon } from './organisation-lexicon.js';
import { upperAt } from '../../text/letter-or-digit.js';

export interface AbbreviationMeaning {
  kind: FoundKind;
  /** canonical name: the lexicon entry the expansion names, else the expansion */
  name: string;
  id: string | null;
}

export function abbreviationMeaning(abbreviation: string, expansion: string): AbbreviationMeaning | null {
  const words = initialWords(expansion);
  const first = expansion.split(/\s+/u)[0] ?? '';
  // "NWB Bank": the letters are the acronym's, the added word repeats the long form's end
  const acronym = abbreviation.split(' ')[0] ?? abbreviation;
  if (/^(?:wetsvoorstel|wetsontwerp|voorstel van wet)\b/iu.test(expansion))
    return lawMeaning('bill', expansion);
  // European law: a directive or regulation ("Kaderrichtlijn Water", "Verordening (EU) …")
  const european = words.some((w) => /(?:richtlijn|verordening)$/iu.test(w));
  if (namesLaw(expansion) || european) {
    return lawMeaning('law', expansion);
  }
  // a body under a generic head may skip words in its short form ("Dienst uitvoering en toezicht Energie (DTe)")
  const headed = endsInWord(first, organisationForms().heads);
  if (
    upperAt(first, 0) === 0 ||
    !(matchesInitials(acronym, words) || spelledInCompounds(acronym, expansion) || headed)
  )
    return null;
  const named = documentLexicon().named.find((d) => d.alias.toLowerCase() === expansion.toLowerCase());
  if (named) return { kind: 'document', name: named.name, id: null };
  // the head of a Dutch compound phrase is its first word ("Actieplan X") or its last ("… Energieverkenning")
  if (isDocumentHead(first) || isDocumentHead(words[words.length - 1] ?? ''))
    return { kind: 'document', name: expansion, id: null };
  const org = organisationLexicon().canonical;
  return {
    kind: 'organisation',
    name: org.get(expansion.toLowerCase()) ?? org.get(abbreviation.toLowerCase()) ?? expansion,
    id: null,
  };
}

// leading words a title's head comes after: a capitalised adjective ("Algemene", "Tijdelijke"; not a noun such as
// "Commissie") or the first half of a coordination ("Drank- en Horecawet")
const BEFORE_HEAD = /^(?:\p{Lu}\p{Ll}{2,20}(?<!i)e|\p{L}{2,30}-|en|of)$/u;
const LAW_HEAD = /^(?:\p{L}*wet|wetboek|reglement)$/iu;
// a government decree: "Besluit …", "Bouwbesluit"; not the lower-case "ontwerpbesluit" of a decision
const DECREE_HEAD = /^(?:Besluit|\p{Lu}\p{Ll}+besluit)$/u;

/**
 * Whether an expansion's head, its first word after adjectives, is a law's: "Wet …", "Besluit kwaliteit
 * leefomgeving", "Tijdelijke wet taakstraffen", "Algemene Ouderdomswet", "Drank- en Horecawet", "Invoeringswet
 * Omgevingswet"; not "Commissie Evaluatie Wet …", whose head is "Commissie".
 */
function namesLaw(expansion: string): boolean {
  const words = expansion.split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && BEFORE_HEAD.test(words[i] as string)) i++;
  const head = words[i] as string;
  return LAW_HEAD.test(head) || DECREE_HEAD.test(head);
}

/**
 * "KEV" in "Klimaat- en Energieverkenning": an abbreviation of three or more capitals may take letters from inside
 * compounds, in order, when its first letter starts the phrase.
 */
function spelledInCompounds(abbreviation: string, expansion: string): boolean {
  const letters = abbreviation.toLowerCase();
  const long = expansion.toLowerCase();
  if (!/^\p{Lu}{3,}$/u.test(abbreviation) || long.charAt(0) !== letters.charAt(0)) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function lawMeaning(kind: 'law' | 'bill', expansion: string): AbbreviationMeaning {
  const law = lookupLaw(expansion);
  return { kind, name: law?.name ?? expansion, id: law?.id ?? null };
}
