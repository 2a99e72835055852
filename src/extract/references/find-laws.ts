/**
 * Laws and bills, told apart by surface form: "Wet regulering sekswerk", "Gemeentewet", "Awb",
 * "asielnoodmaatregelenwet" are laws; "wetsvoorstel …", "Wetsvoorstel regulering sekswerk" are bills.
 * Known names get the lexicon's id and canonical name, so a bill, its law and their abbreviation link.
 */
import { lawLexicon, lookupLaw, type LawEntry } from './law-lexicon.js';
import { B_END, B_START, allMatches, coordinatedStart, matchesIf, type Gate } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { wholeWordGate, wholeWords, type WholeWords } from './whole-words.js';
import { readNameRun } from './read-name-run.js';
import { L, LL, LN, LU, N } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { isFiniteVerb } from '../asks/ask-lexicon.js';
import { onFirstUse } from '../../text/on-first-use.js';
import { letterDigitRuns, upperAt } from '../../text/letter-or-digit.js';

// also a compound: "conceptwetsvoorstel", "initiatiefwetsvoorstel", "verzamelwetsontwerp"
const BILL_HEAD = new RegExp(
  `${B_START}(?:(?:[${L}]{3,20}-?)?(?:[Ww]etsvoorstel|[Ww]etsontwerp)|[Vv]oorstel\\s+van\\s+wet)${B_END}`,
  'gu',
);
// "Reglement verkeersregels en verkeerstekens 1990", "Besluit houders van dieren", "Regeling bekostiging …",
// "Verordening algemene productveiligheid", "Richtlijn industriële emissies": a regulation named like a law
// "Tijdelijke wet Groningen", "Algemene wet gelijke behandeling": a capitalised adjective makes the lower-case "wet"
// a title's; not a nationality ("de Nederlandse wet", "Europese wet")
const WET_HEAD = new RegExp(
  `${B_START}(?:[Ww]et|Wetboek|Reglement|Besluit|Regeling|Verordening|Richtlijn|[${LU}][${LL}]{2,20}(?<!s|ch)e[ \\t\\u00A0]+wet)(?=(?:[ \\t\\u00A0]+|[ \\t\\u00A0]*\\r?\\n[ \\t\\u00A0]*)[${L}])`,
  'gu',
);
// "Besluit", "Regeling", "Verordening" and "Richtlijn" open sentences as verbs and nouns ("Besluit snel.", "Regeling van
// de zorg is …")
const SENTENCE_HEADS = new Set(['Besluit', 'Regeling', 'Verordening', 'Richtlijn']);
const SENTENCE_START = /(?:^|[.!?:]\s{1,4}|\n[ \t]{0,8})$/u;
// Titles may open with a preposition: "Wet op de jeugdzorg", "Wetboek van Koophandel", "Wet inzake …"
const FIRST_IN_TITLE = new Set(['op', 'van', 'tot', 'inzake', 'ter', 'betreffende']);
const COMPOUND = new RegExp(`${B_START}[${L}]{3,40}wet${B_END}(?!-)`, 'giu');
// "het Bouwbesluit 2012", "het Arbobesluit": a capitalised compound of "besluit" is a decree; a lower-case one
// ("ontwerpbesluit", "instemmingsbesluit") is a decision
const DECREE_COMPOUND = new RegExp(`${B_START}[${LU}][${LL}]{2,40}besluit${B_END}(?!-)`, 'gu');
const LETTER = new RegExp(`[${L}]`, 'u');
const LETTER_OR_DIGIT = new RegExp(`[${LN}]`, 'u');
// case folding (the i and u flags) may bring such characters into a class, where toLowerCase does not
const BEYOND_LATIN_1 = /[^\0-\u00b4\u00b6-\u00ff]/;

/**
 * Whether COMPOUND may match: somewhere "wet", in any case, after three letters and before neither a letter,
 * a digit nor a hyphen. Its pattern (with the i and u flags) is costly to compile, and most paragraphs with "wet"
 * hold none ("de wet", "wetsvoorstel"); text beyond Latin-1 is always scanned.
 */
function mayHoldCompound(text: string): boolean {
  if (BEYOND_LATIN_1.test(text)) return true;
  const lower = text.toLowerCase();
  for (let i = lower.indexOf('wet', 3); i >= 0; i = lower.indexOf('wet', i + 1)) {
    const next = text.charAt(i + 3);
    if (
      [1, 2, 3].every((k) => LETTER.test(text.charAt(i - k))) &&
      !LETTER_OR_DIGIT.test(next) &&
      next !== '-'
    )
      return true;
  }
  return false;
}

// European directives and regulations: a numbered one ("Richtlijn (EU) 2017/2455", "Richtlijn 2006/123/EG", "de
// richtlijn 2019/1158", "Verordening (EU) 2016/679", "verordening nr. 1305/2013", "Verordening (EEG) nr. 1101/89",
// "Uitvoeringsverordening (EU) 2019/947"), a capitalised compound ("Nitraatrichtlijn", "Ontbossingsverordening"; "Kaderrichtlijn Water (KRW)", a
// name word before a bracket or a mark; "Vogel- en Habitatrichtlijn" whole, see coordinatedStart) or one named by
// a short form and a hyphen ("AI-verordening", "eIDAS-verordening")
const DIRECTIVE = new RegExp(
  `${B_START}(?:(?:[Rr]ichtlijn|[Vv]erordening|[Uu]itvoeringsverordening)[ \\t\\u00A0]+(?:\\((?:EU|EG|EEG)\\)[ \\t\\u00A0]+)?(?:nr\\.[ \\t\\u00A0]?)?(?:(?:19|20)?\\d{2}/\\d{1,4}|\\d{1,4}/(?:19|20)?\\d{2})(?:/(?:EU|EG|EEG))?|(?:[${LU}][${LL}]{2,40}|[${L}]{0,4}[${LU}][${L}]{0,10}-)(?:richtlijn|verordening)(?:[ \\t\\u00A0][${LU}][${LL}]{2,30}(?=[ \\t]?[(.,;:)]|$))?)${B_END}`,
  'gu',
);
const HAS_DIRECTIVE = /richtlijn|verordening/iu;
const QUOTED = /[ \t\u00A0]*[‘“'"„]([^‘’“”"'\n]{2,120})[’”'"]/uy;
const DEMONSTRATIVE = new RegExp(String.raw`(?:^|[^${L}])(?:dit|dat|deze|die)\s+$`, 'iu');
// "wetsvoorstel tot wijziging van de Wet op de rechtsbijstand": a bill's long title opens with "tot"; "inzake" and
// "betreffende" open titles too, "op" only before the dossier number ("wetsvoorstel op de archeologische
// monumentenzorg (29 259)", not "het wetsvoorstel op de agenda")
const FIRST_IN_BILL = new Set(['wet', 'voor', 'tot', 'inzake', 'betreffende', 'op']);
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'elke',
  'ieder',
  'iedere',
  'alle',
  'een',
  'deze',
  'dit',
  'die',
  'dat',
]);
const DOSSIER_AFTER = /^[ \t\u00A0]*\([ \t\u00A0]*\d{2}[ \u00A0]?\d{3}[ \t\u00A0]*\)/u;
// "-eert" is a verb's third person ("het wetsvoorstel harmoniseert de regels"), whether or not its stem is listed
const VERB_EREN = onFirstUse(() => /^\p{Ll}{3,30}eert$/u);
// what the patterns above cannot match without
const HAS_BILL_HEAD = /wetsvoorstel|wetsontwerp|voorstel\s+van\s+wet/iu;
const HAS_WET = /wet/iu;
const HAS_HEAD = /wet|Reglement|Besluit|Regeling|Verordening|Richtlijn/iu;
const HAS_DECREE = /besluit/u;

interface Patterns {
  hasName: Gate;
  names: WholeWords;
  hasAbbreviation: Gate;
  abbreviations: WholeWords;
}

const lawPatterns = deriveFromLexicons((): Patterns => {
  const { laws } = lawLexicon();
  const names = laws.flatMap((l) => [l.name, ...l.aliases]);
  const abbreviations = laws.flatMap((l) => l.abbreviations);
  return {
    hasName: wholeWordGate(names),
    names: wholeWords(names, true),
    hasAbbreviation: wholeWordGate(abbreviations),
    abbreviations: wholeWords(abbreviations, false),
  };
});

const YEAR = new RegExp(String.raw`[ \t\u00A0](?:19|20)\d{2}(?![${N}/-])`, 'uy');

/** "Wet inburgering 2021", "Huisvestingswet 2014": a year right after the name belongs to the title. */
function withYear(text: string, end: number, law: LawEntry | undefined): number {
  if (law && !/\d{4}$/u.test(law.name)) return end;
  YEAR.lastIndex = end;
  return YEAR.test(text) ? YEAR.lastIndex : end;
}

const lawFields = (law: LawEntry | undefined) => ({ id: law?.id ?? null, name: law?.name ?? null });

/**
 * The longest prefix of a name run that is a known law name, if any. It ends on a name word, not on "en"; a run
 * that goes on with "en"/"of" and more words is a longer name ("Wet kinderopvang en kwaliteitseisen
 * peuterspeelzalen"), not the known one.
 */
function knownPrefix(text: string, start: number, end: number): { end: number; law: LawEntry } | null {
  const { joinWords } = lawLexicon();
  const slice = text.slice(start, end);
  const words = letterDigitRuns(slice, "'’-").map((r) => ({
    ...r,
    lower: slice.slice(r.start, r.end).toLowerCase(),
  }));
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as (typeof words)[number];
    if (joinWords.has(word.lower)) continue;
    const law = lookupLaw(`wet ${slice.slice(0, word.end)}`);
    if (!law) continue;
    const next = words[i + 1]?.lower;
    return (next === 'en' || next === 'of') && i + 2 < words.length ? null : { end: start + word.end, law };
  }
  return null;
}

// "wetsvoorstel (tot) wijziging van de Wet X en de Y-wet": the amended laws belong to the bill's title
const AMENDING = new RegExp(`${B_START}[Ww]ijziging(?=[ \\t\\n]+van)`, 'gu');
const FIRST_AMENDED = /^[ \t\n]{1,6}van[ \t\n]{1,6}(?:de|het)[ \t\n]{1,6}$/u;
const NEXT_AMENDED = /^,?[ \t\n]{1,6}en[ \t\n]{1,6}(?:van[ \t\n]{1,6})?(?:de|het)[ \t\n]{1,6}$/u;

/** The end of a bill's title that amends laws: after the last law it names ("… en de Gaswet"), else `end`. */
function overAmendedLaws(text: string, start: number, end: number, laws: readonly FoundReference[]): number {
  AMENDING.lastIndex = start;
  const amending = AMENDING.exec(text);
  if (!amending || amending.index > end) return end;
  let at = amending.index + amending[0].length;
  let link = FIRST_AMENDED;
  for (const law of laws) {
    if (law.start < at) continue;
    if (!link.test(text.slice(at, law.start))) break;
    at = law.end;
    link = NEXT_AMENDED;
  }
  return Math.max(end, at);
}

function findBills(text: string, laws: readonly FoundReference[]): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of matchesIf(HAS_BILL_HEAD, BILL_HEAD, text)) {
    const after = m.index + m[0].length;
    QUOTED.lastIndex = after;
    const quoted = QUOTED.exec(text);
    if (quoted) {
      const end = QUOTED.lastIndex;
      out.push(makeRef(text, 'bill', m.index, end, lawFields(lookupLaw(quoted[1] as string))));
      continue;
    }
    const run = readNameRun(text, after, { firstAllowed: FIRST_IN_BILL });
    if (run.words.length === 0) continue;
    if (run.words[0] === 'op' && !DOSSIER_AFTER.test(text.slice(run.end, run.end + 12))) continue;
    // a title goes on after its preposition, and not with a quantifier: "het wetsvoorstel voor elke gemeente"
    // describes, "het wetsvoorstel voor de Wet X" leaves the name to the law
    const second = run.words[1]?.toLowerCase();
    if (run.words[0] !== 'wet' && FIRST_IN_BILL.has(run.words[0]!) && (!second || QUANTIFIERS.has(second)))
      continue;
    const capitalised = run.words.some((w) => upperAt(w, 0) > 0);
    if (!capitalised && DEMONSTRATIVE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "het wetsvoorstel wijzigt de wet": a verb, no name
    const first = run.words[0] as string;
    if (!capitalised && (isFiniteVerb(first) || (first.endsWith('eert') && VERB_EREN().test(first))))
      continue;
    const known = knownPrefix(text, after, run.end);
    const end = overAmendedLaws(text, after, known?.end ?? run.end, laws);
    const law = known?.law ?? lookupLaw(text.slice(after, end));
    out.push(makeRef(text, 'bill', m.index, end, lawFields(law)));
  }
  return out;
}

function findGenericLaws(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  const { genericCompounds } = lawLexicon();
  for (const m of matchesIf(HAS_HEAD, WET_HEAD, text)) {
    const after = m.index + m[0].length;
    const known = knownPrefix(text, after, readNameRun(text, after).end);
    if (known) {
      out.push(makeRef(text, 'law', m.index, known.end, lawFields(known.law)));
      continue;
    }
    // unknown names only after a capital "Wet": "de wet …" is mostly the law in general
    if (m[0] === 'wet') continue;
    // at a sentence start the adjective may be a determiner's capital ("Deze wet", "Elke wet")
    const atStart = SENTENCE_START.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (atStart && (SENTENCE_HEADS.has(m[0]) || m[0].endsWith(' wet'))) continue;
    const run = readNameRun(text, after, { firstAllowed: FIRST_IN_TITLE });
    if (run.words.every((w) => FIRST_IN_TITLE.has(w.toLowerCase()))) continue; // "Wet van 21 juni 2012"
    const law = lookupLaw(`${m[0]} ${run.words.join(' ')}`);
    out.push(makeRef(text, 'law', m.index, withYear(text, run.end, law), lawFields(law)));
  }
  for (const m of HAS_WET.test(text) && mayHoldCompound(text) ? allMatches(COMPOUND, text) : []) {
    if (genericCompounds.has(m[0].toLowerCase())) continue;
    const law = lookupLaw(m[0]);
    const end = withYear(text, m.index + m[0].length, law);
    out.push(makeRef(text, 'law', coordinatedStart(text, m.index), end, lawFields(law)));
  }
  for (const m of matchesIf(HAS_DECREE, DECREE_COMPOUND, text)) {
    if (SENTENCE_START.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const law = lookupLaw(m[0]);
    out.push(makeRef(text, 'law', m.index, withYear(text, m.index + m[0].length, law), lawFields(law)));
  }
  for (const m of matchesIf(HAS_DIRECTIVE, DIRECTIVE, text)) {
    const end = m.index + m[0].length;
    out.push(makeRef(text, 'law', coordinatedStart(text, m.index), end, lawFields(lookupLaw(m[0]))));
  }
  return out;
}

// Treaties: "Verdrag van Lissabon", "het verdrag van Valletta", "VN-verdrag inzake de rechten van …", "Verdrag
// betreffende de werking van de Europese Unie", "Kinderrechtenverdrag"
const TREATY = new RegExp(`${B_START}(?:[${L}]{2,30}-?)?[Vv]erdrag${B_END}(?!-)`, 'gu');
const HAS_TREATY = /verdrag/iu;
const TREATY_LINK = new RegExp(
  String.raw`[ \t\u00A0]+(?=(?:van|inzake|betreffende|voor|tot|over|ter)[ \t\u00A0])`,
  'uy',
);
const FIRST_IN_TREATY = new Set([...FIRST_IN_TITLE, 'voor', 'over']);

/**
 * A treaty names itself by what follows its head ("van Lissabon", "inzake de rechten van het kind"); "het verdrag"
 * alone is any treaty, so the name needs a capital: in the head mid-sentence or in the words after it.
 */
function findTreaties(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of matchesIf(HAS_TREATY, TREATY, text)) {
    const after = m.index + m[0].length;
    TREATY_LINK.lastIndex = after;
    const link = TREATY_LINK.exec(text);
    const run = link ? readNameRun(text, TREATY_LINK.lastIndex, { firstAllowed: FIRST_IN_TREATY }) : null;
    const atStart = SENTENCE_START.test(text.slice(Math.max(0, m.index - 12), m.index));
    const capitalHead = upperAt(m[0], 0) > 0 && !atStart;
    const compound = m[0].length > 'verdrag'.length;
    if (run && run.words.length > 1 && (capitalHead || compound || run.words.some((w) => upperAt(w, 0) > 0)))
      out.push(makeRef(text, 'law', m.index, run.end, lawFields(undefined)));
    else if (compound && capitalHead) out.push(makeRef(text, 'law', m.index, after, lawFields(undefined)));
  }
  return out;
}

const COMPOUND_PART = new RegExp(`^-[${L}]`, 'u');
const OPEN_BRACKET = /^[ \t\u00A0]*\([ \t\u00A0]*$/u;
const CLOSE_BRACKET = /^[ \t\u00A0]*\)/u;

/**
 * "Zorgverzekeringswet (Zvw)": the mention of `law` that a known abbreviation at [start, end) stands in brackets
 * after, and the end of the closing bracket; the abbreviation is part of that mention, not one of its own.
 */
function bracketedAfterName(
  text: string,
  start: number,
  end: number,
  law: LawEntry,
  refs: readonly FoundReference[],
): { ref: FoundReference; end: number } | null {
  const close = CLOSE_BRACKET.exec(text.slice(end, end + 4));
  if (!close) return null;
  const ref = refs.find(
    (r) => r.end <= start && r.name === law.name && OPEN_BRACKET.test(text.slice(r.end, start)),
  );
  return ref ? { ref, end: end + close[0].length } : null;
}

/**
 * All law and bill mentions. Abbreviations the letter itself expands are left to the abbreviation finder,
 * which knows whether they name the bill or the law.
 */
export function findLaws(text: string, expanded: ReadonlyMap<string, string>): FoundReference[] {
  const { byAbbreviation } = lawLexicon();
  const { hasName, names, hasAbbreviation, abbreviations } = lawPatterns();
  const out: FoundReference[] = [];
  for (const m of matchesIf(hasName, names, text)) {
    out.push(makeRef(text, 'law', m.index, m.index + m[0].length, lawFields(lookupLaw(m[0]))));
  }
  for (const ref of findGenericLaws(text)) out.push(ref);
  for (const ref of findTreaties(text)) out.push(ref);
  for (const m of matchesIf(hasAbbreviation, abbreviations, text)) {
    const abbreviation = m[0].replace(/\s+/gu, ' ');
    const end = m.index + m[0].length;
    // "de WW-premie", "een Wmo-consulent": the first part of a compound names a thing of the law, not the law
    if (expanded.has(abbreviation) || COMPOUND_PART.test(text.slice(end, end + 2))) continue;
    const law = byAbbreviation.get(abbreviation);
    const named = law && bracketedAfterName(text, m.index, end, law, out);
    if (named) {
      out.push(makeRef(text, 'law', named.ref.start, named.end, lawFields(law)));
      continue;
    }
    out.push(makeRef(text, 'law', m.index, end, lawFields(law)));
  }
  const laws = [...out].sort((a, b) => a.start - b.start);
  return [...findBills(text, laws), ...out];
}
