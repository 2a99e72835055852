/**
 * Reading a clause of tokens the way Dutch word order allows: where a clause ends, which words are its subject
 * (before a verb in second place, after it when something else comes first, right after a subordinator in a
 * subordinate clause), and where a word sequence of the lexicon (an addressee, a veto) stands.
 */
import type { Token } from '../../text/tokenize.js';
import { endsInHead, type AskLexicon, type SequenceIndex } from './ask-lexicon.js';
import type { WordTest } from './verb-stems.js';
import { upperAt } from '../../text/letter-or-digit.js';

export interface Span {
  /** token indexes, [from, to) */
  readonly from: number;
  readonly to: number;
}

/** Clauses of a sentence: its parts between ";" and ":". */
export function splitClauses(tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (t.text === ';' || t.text === ':') {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  });
  if (tokens.length > from) out.push({ from, to: tokens.length });
  return out;
}

/** The lexicon sequence starting at token i (word tokens only, consecutive), longest first. */
export function sequenceAt(
  index: SequenceIndex,
  tokens: readonly Token[],
  i: number,
): { value: string; end: number } | null {
  const candidates = index.get(tokens[i]?.lower ?? '');
  if (!candidates) return null;
  for (const c of candidates) {
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) ok = tokens[i + k]?.lower === c.words[k];
    if (ok) return { value: c.value, end: i + c.words.length };
  }
  return null;
}

/** The first lexicon sequence in tokens[from, to). */
export function findSequence(
  index: SequenceIndex,
  tokens: readonly Token[],
  span: Span,
): { value: string; start: number; end: number } | null {
  for (let i = span.from; i < span.to; i++) {
    const m = sequenceAt(index, tokens, i);
    if (m && m.end <= span.to) return { ...m, start: i };
  }
  return null;
}

/** The first word of the set in tokens[from, to), or -1. */
export function indexOfWord(tokens: readonly Token[], set: WordTest, span: Span): number {
  for (let i = span.from; i < span.to; i++) if (set.has(tokens[i]!.lower)) return i;
  return -1;
}

/**
 * Where the part of the clause that holds token i starts: after the last comma before it, not one in brackets
 * ("De motie-Jansen (Kamerstuk 21 501, nr. 7) vroeg …").
 */
export function segmentStart(tokens: readonly Token[], clause: Span, i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= clause.from; k--) {
    const text = tokens[k]!.text;
    if (text === ')') depth++;
    else if (text === '(') depth = Math.max(0, depth - 1);
    else if (text === ',' && depth === 0 && !listsNames(tokens, k)) return k + 1;
  }
  return clause.from;
}

const capital = (t: Token | undefined): boolean => t !== undefined && t.word && upperAt(t.text, 0) > 0;

/** "VNO-NCW, MKB-Nederland en LTO Nederland": a comma between two names lists them, it ends no part. */
const listsNames = (tokens: readonly Token[], comma: number): boolean =>
  capital(tokens[comma - 1]) && capital(tokens[comma + 1]);

/** Whether token k can be a finite verb: an auxiliary, or a verb stem with or without -t or -en, not a noun after an article. */
function verbLike(tokens: readonly Token[], k: number, lex: AskLexicon): boolean {
  const t = tokens[k]!;
  // a capital inside the sentence starts a name ("Raad voor het Openbaar Bestuur", "informateur Hamer")
  if (!t.word || lex.nounBefore.has(tokens[k - 1]?.lower ?? '') || (k > 0 && capital(t))) return false;
  if (lex.auxiliaries.has(t.lower) || lex.forms.has(t.lower) || lex.modals.has(t.lower)) return true;
  const { stems, infinitives } = lex.imperatives;
  if (isFunctionWord(t.lower, lex) || lex.importance.has(t.lower)) return false;
  return (
    stems.has(t.lower) ||
    infinitives.has(t.lower) ||
    (t.lower.endsWith('t') && stems.has(t.lower.slice(0, -1)))
  );
}

/** Prepositions, adverbs, conjunctions, articles, pronouns: words that are no verb, however they are spelled. */
export function isFunctionWord(word: string, lex: AskLexicon): boolean {
  return (
    lex.prepositions.has(word) ||
    lex.adverbs.has(word) ||
    lex.conjunctions.has(word) ||
    lex.nounBefore.has(word) ||
    lex.subordinators.has(word) ||
    lex.imperatives.subjects.has(word)
  );
}

/**
 * A noun phrase from token `from`: a pronoun alone, or articles, numbers and adjectives up to its noun; it ends
 * before an adverb or the article of the next phrase ("wij | het kabinet", "de VNG | daarom").
 */
export function readNounPhrase(tokens: readonly Token[], from: number, to: number, lex: AskLexicon): Span {
  const first = tokens[from];
  if (!first) return { from, to: from };
  if (lex.firstPerson.has(first.lower) || lex.imperatives.subjects.has(first.lower))
    return { from, to: from + 1 };
  let k = from;
  while (k < to && k < from + 8) {
    const t = tokens[k]!;
    // "IPO, VNG en Unie van Waterschappen": a list of names is one subject
    // … and a name holds its small words: "Unie van Waterschappen", "Raad voor het Openbaar Bestuur"
    const inName = capital(tokens[k - 1]) && (capital(tokens[k + 1]) || capital(tokens[k + 2]));
    // … with its article ("Rijksdienst voor het Wegverkeer") and its short form in brackets ("… (RDW)")
    const articleInName =
      ARTICLES.has(t.lower) && NAME_LINKS.has(tokens[k - 1]?.lower ?? '') && capital(tokens[k - 2]);
    if (k > from && t.text === '(' && shortForm(tokens[k + 1]) && tokens[k + 2]?.text === ')') {
      k += 3;
      continue;
    }
    if (
      (t.text === ',' && listsNames(tokens, k)) ||
      (t.lower === 'en' && capital(tokens[k + 1])) ||
      (k > from && inName && lex.prepositions.has(t.lower)) ||
      (k > from + 1 && articleInName && capital(tokens[k + 1]))
    ) {
      k++;
      continue;
    }
    if (!t.word && t.text !== '-') break;
    // a modal or auxiliary never stands inside a noun phrase: "Volgens haar | moet …"
    if (
      k > from &&
      (lex.adverbs.has(t.lower) ||
        lex.prepositions.has(t.lower) ||
        lex.auxiliaries.has(t.lower) ||
        lex.modals.has(t.lower) ||
        verbLike(tokens, k, lex))
    )
      break;
    if (k > from && lex.nounBefore.has(t.lower) && !lex.nounBefore.has(tokens[k - 1]!.lower)) break;
    // a title before a name opens the next phrase: "de bond | minister Van Dijk", "de raad | informateur Smit"
    if (k > from && !lex.nounBefore.has(tokens[k - 1]!.lower) && titledName(tokens, k, lex)) break;
    // a name ends its phrase: "de ROB | speciale aandacht"; so does the head of an asker ("de bond | gemeenten")
    if (k > from && lex.askers.has(tokens[k - 1]!.lower) && t.word && !capital(t)) break;
    if (k > from && capital(tokens[k - 1]) && t.word && !capital(t) && t.lower !== 'en') break;
    k++;
  }
  return { from, to: Math.max(k, from + 1) };
}

const ARTICLES: ReadonlySet<string> = new Set(['de', 'het']);
/** The small words that link the parts of a name: "Raad voor het Openbaar Bestuur", "Unie van de …". */
const NAME_LINKS: ReadonlySet<string> = new Set(['van', 'voor']);
/** "RDW", "VNG", "NZa": a short form in capitals. */
const shortForm = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Lu}[\p{Lu}\p{Ll}&-]{1,9}$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);

/** An addressee word at k followed by a capitalised name: "minister Van Dijk", "staatssecretaris Bakker". */
function titledName(tokens: readonly Token[], k: number, lex: AskLexicon): boolean {
  const title = sequenceAt(lex.addressees, tokens, k);
  return title !== null && capital(tokens[title.end]);
}

/**
 * The words of the clause's subject for a request word at `at`: in a subordinate clause the phrase after the
 * subordinator; in a main clause the words before the finite verb, or, when the clause opens with a phrase or an
 * adverb that takes the first place ("Daarom vragen wij", "Namens de gemeenten doen wij"), the phrase right
 * after the finite verb. An adverb before a phrase ("Ook de minister zou …") belongs to that phrase.
 */
export function subjectOf(tokens: readonly Token[], clause: Span, at: number, lex: AskLexicon): Span {
  let start = segmentStart(tokens, clause, at);
  while (start < at && (lex.conjunctions.has(tokens[start]!.lower) || !tokens[start]!.word)) start++;
  // a subordinator opens a subordinate clause; first in the clause, "dat" and "als" are a pronoun and "as";
  // "… of dit klopt en vraagt daarom …": after "en" the verb goes on with the main clause's subject
  for (let k = at - 1; k > start; k--) {
    if (lex.conjunctions.has(tokens[k]!.lower) && k === at - 1) return readNounPhrase(tokens, start, at, lex);
    if (lex.subordinators.has(tokens[k]!.lower)) return readNounPhrase(tokens, k + 1, at, lex);
  }
  // "Wat ons betreft moet het kabinet …", "Wat de bond betreft gaat …": a phrase in first place, the subject after
  // the verb
  const regarding =
    tokens[start]?.lower === 'wat' ? indexOfWord(tokens, REGARDING, { from: start + 1, to: at }) : -1;
  if (regarding >= 0) return readNounPhrase(tokens, regarding + 2, clause.to, lex);
  // the finite verb: an auxiliary when there is one (a phrase before it may hold words that look like verbs)
  let finite = at;
  for (let k = start; k < at && finite === at; k++) if (lex.auxiliaries.has(tokens[k]!.lower)) finite = k;
  for (let k = start; k < at && finite === at; k++) if (verbLike(tokens, k, lex)) finite = k;
  const first = tokens[start]?.lower ?? '';
  if (finite === start) return readNounPhrase(tokens, finite + 1, clause.to, lex);
  // "De Kamer verzoeken wij …", "Onze leden hebben wij geadviseerd …": a pronoun right after the finite verb is its
  // subject, the phrase before is the object
  if (lex.firstPerson.has(tokens[finite + 1]?.lower ?? '')) return { from: finite + 1, to: finite + 2 };
  if (lex.prepositions.has(first)) return readNounPhrase(tokens, finite + 1, clause.to, lex);
  // "Ook de minister zou …": the adverb belongs to the subject; "Waar nodig moet het kabinet …": it does not
  const second = tokens[start + 1];
  const phrase =
    second !== undefined &&
    (lex.nounBefore.has(second.lower) || lex.askers.has(second.lower) || upperAt(second.text, 0) > 0);
  if (lex.adverbs.has(first))
    return finite > start + 1 && phrase
      ? { from: start + 1, to: finite }
      : readNounPhrase(tokens, finite + 1, clause.to, lex);
  return { from: start, to: finite };
}

const REGARDING: ReadonlySet<string> = new Set(['betreft']);

/** The first addressee in the span: its normalised name and token range. */
export function addresseeIn(
  tokens: readonly Token[],
  span: Span,
  lex: AskLexicon,
): { value: string; start: number; end: number } | null {
  let found = findSequence(lex.addressees, tokens, span);
  // "maar een fractie van het water", "een minister van Wonen": a part or a post, none who is asked
  while (found && tokens[found.start - 1]?.lower === 'een' && tokens[found.end]?.lower === 'van')
    found = findSequence(lex.addressees, tokens, { from: found.end, to: span.to });
  // "een oproep aan u, leden: …", "Ik roep u als leden op …": the readers named after the comma or "als" are who
  // is called on
  const apart = tokens[found?.end ?? -1];
  const named =
    found?.value === 'u' && (apart?.text === ',' || apart?.lower === 'als')
      ? tokens[found.end + 1]
      : undefined;
  return named && lex.others.has(named.lower) ? null : found;
}

/** Whether a word of the span names who asks: the writer, a name in capitals, an asking body or group (whether
 * it is the sender's is for extract-asks to judge). */
export function namesAsker(tokens: readonly Token[], span: Span, lex: AskLexicon): boolean {
  for (let i = span.from; i < span.to; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (lex.firstPerson.has(t.lower) || lex.askers.has(t.lower) || endsInHead(t.lower, lex.voices.groups))
      return true;
    // an organisation's head, alone or in a compound: "de stichting", "de jongerenraad", "het seniorenverbond"; not
    // the country ("Nederland pleit in Brussel voor …" is its government)
    if (!lex.stateNames.has(t.lower) && endsInHead(t.lower, lex.voices.heads)) return true;
    // a name: capitals inside ("VNG", "G40", "ActiZ") or a capital word not opening the sentence
    if (/\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(t.text) || (i > 0 && upperAt(t.text, 0) > 0)) return true;
  }
  return false;
}
