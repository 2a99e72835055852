/**
 * Is a sentence, list item or heading a request for action by parliament or government? Recognised by
 * construction (../shared guide "How Dutch lobby texts ask"), on the sentence's tokens:
 * - a request verb in any form, its split particle anywhere later in the clause, any subject but a body of
 *   parliament or government, with what the verb needs to be a request (an addressee, a dat-clause, …);
 * - an obligation: a modal with parliament or government as its subject, or a demand attributed to someone;
 * - importance with parliament or government in its dat-clause; a polite question ("Wilt u …?");
 * - in list items and headings, a need ("behoefte aan");
 * - an imperative: a verb stem first, with no subject after it.
 * Look-alikes (what others asked, calls on members, things that "vragen om", procedural imperatives) are not.
 */
import { mayOpenWithDateline } from '../../text/may-open-with-dateline.js';
import { structureWords } from '../../text/structure-words.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import { organisationLexicon } from '../references/organisation-lexicon.js';
import { figureLexicon } from '../figures/figure-lexicon.js';
import { roleLexicon } from '../references/role-lexicon.js';
import {
  askLexicon,
  isClauseVerb,
  type AskLexicon,
  type Firmness,
  type Need,
  type RequestVerb,
} from './ask-lexicon.js';
import {
  addresseeIn,
  isFunctionWord,
  readNounPhrase,
  findSequence,
  indexOfWord,
  namesAsker,
  segmentStart,
  sequenceAt,
  splitClauses,
  subjectOf,
  type Span,
} from './read-clause.js';
import { lowerAt, upperAt } from '../../text/letter-or-digit.js';

export type AskKind = 'direct' | 'reported' | 'need' | 'imperative';
export type AskScope = 'sentence' | 'item';

export interface AskSignal {
  kind: AskKind;
  /** the words that signalled the ask, as written */
  phrase: string;
  firmness: Firmness;
  /** who must act, normalised (kamer, kabinet, minister, …; "u" for the letter's addressee), when named */
  addressee: string | null;
  /** who asks, as written, when it is not the writer ("De VNG", "Wethouder Jansen") */
  requester: string | null;
  /** asked before ("nogmaals", "opnieuw") */
  repeated: boolean;
}

/** A sentence of more tokens than this is not prose; only its start is read. */
const MAX_TOKENS = 400;

/** List markers, arrows, numbering ("2.", "b)"), quotes and emphasis before the first word. */
const LEADING_MARKS =
  /^[\s\-*•▪◦·‣⁃–—➔→➜➝➞⇒►▶➤>"'‘“”„«_]{0,12}(?:(?:\d{1,2}[.)]|[a-zA-Z]\))\s+)?[\s*_➔→"'‘“”„«]{0,4}/u;

/** A question mark at the end, before closing quotes, brackets or emphasis. */
export const isQuestion = (text: string): boolean => /\?[\s"'’”»)*_]*$/u.test(text);

interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lex: AskLexicon;
  readonly question: boolean;
  /** the ask of the sentence right before, which an obligation may carry on */
  readonly previous: AskSignal | null;
}

/** A news item's dateline before its first sentence: "Den Haag - ", "UTRECHT (ANP) – ". */
const DATELINE = /^(?:\p{Lu}[\p{L}'.-]*\s){0,2}\p{Lu}[\p{L}'.-]*(?:\s\(\p{Lu}{2,6}\))?\s[-–—]\s(?=\p{Lu})/u;
/** for the test that its gate never refuses a text it matches */
export { DATELINE };

function read(text: string, previous: AskSignal | null = null): Reading | null {
  const unmarked = text.replace(LEADING_MARKS, '');
  const trimmed = (mayOpenWithDateline(unmarked) ? unmarked.replace(DATELINE, '') : unmarked).trim();
  if (!trimmed) return null;
  const tokens = tokenize(trimmed, MAX_TOKENS);
  if (!tokens.some((t) => t.word)) return null;
  return { text: trimmed, tokens, lex: askLexicon(), question: isQuestion(trimmed), previous };
}

const slice = (r: Reading, from: number, to: number): string =>
  from < to ? r.text.slice(r.tokens[from]!.start, r.tokens[to - 1]!.end) : '';

/** The words of a subject span as written, without punctuation or adverbs at its ends; null for the writer. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['haar', 'hem', 'hen', 'hun']);

function requesterOf(r: Reading, span: Span): string | null {
  const { tokens, lex } = r;
  let from = span.from;
  let to = span.to;
  while (from < to && (!tokens[from]!.word || lex.adverbs.has(tokens[from]!.lower))) from++;
  while (to > from && (!tokens[to - 1]!.word || lex.adverbs.has(tokens[to - 1]!.lower))) to--;
  // "Volgens haar moet …": a pronoun alone speaks for whom the sentence before names
  if (to === from + 1 && OBJECT_PRONOUNS.has(tokens[from]!.lower)) return tokens[from]!.text;
  // "De oproep … aan het kabinet": an article before a request noun names nobody
  if (tokens.slice(from, to).every((t) => !t.word || lex.nounBefore.has(t.lower))) return null;
  // "Wethouder Jansen (Tiel) deed …": what stands in brackets ends it, unless more names are joined after it
  // ("Het Netwerk X (NX) en de Stichting Y (SY)")
  const parts: string[] = [];
  let run = from;
  for (let k = from; k < to && run >= 0; k++) {
    if (tokens[k]!.text !== '(') continue;
    parts.push(slice(r, run, k));
    const close = tokens.findIndex((t, j) => j > k && j < to && t.text === ')');
    const joined = close >= 0 && tokens[close + 1]?.lower === 'en';
    run = joined ? close + 1 : -1;
    if (joined) k = close;
  }
  if (run >= 0) parts.push(slice(r, run, to));
  const words = parts.filter((p) => p).join(' ');
  return words && indexOfWord(tokens, lex.firstPerson, { from, to }) < 0 ? words : null;
}

/** Whether the subject is a body of parliament or government, a motion, or "u": their requests are not ours. */
function otherVoice(r: Reading, subject: Span): boolean {
  if (indexOfWord(r.tokens, r.lex.firstPerson, subject) >= 0) return false;
  const isVoice = (t: Token) => r.lex.otherVoices.has(t.lower.split('-')[0]!);
  return (
    addresseeIn(r.tokens, subject, r.lex) !== null ||
    namesParty(r, subject) ||
    // "het lid Bergsma", "de leden Jansen en De Vries": members of parliament, as the Kamer's records name them
    r.tokens
      .slice(subject.from, subject.to)
      .some((t, k, a) => MEMBER.has(t.lower) && upperAt(a[k + 1]?.text ?? '', 0) > 0) ||
    // "De motie-Van Aalst c.s.", "het amendement-Kerstens": named after the member who moved it
    r.tokens.slice(subject.from, subject.to).some(isVoice) ||
    // "… een motie aangenomen die het college verzoekt …": a relative clause whose antecedent is a motion
    r.tokens
      .slice(Math.max(0, subject.from - RELATIVE_REACH), subject.from + 1)
      .some((t, k, near) => RELATIVE.has(t.lower) && near.slice(0, k).some(isVoice))
  );
}

const MEMBER: ReadonlySet<string> = new Set(['lid', 'leden']);

/** "De VVD", "GroenLinks en de SP", "VVD-woordvoerder Dekkers", "de Partij van de Arbeid": a political party. */
function namesParty(r: Reading, span: Span): boolean {
  const { partyNames, partyPhrases } = organisationLexicon();
  const words = r.tokens.slice(span.from, span.to);
  if (words.some((t) => t.word && t.lower.split(/[-/]/u).some((part) => partyNames.has(part)))) return true;
  const text = slice(r, span.from, span.to).toLowerCase();
  return partyPhrases.some((name) => text.includes(name));
}

/** Whether a phrase names a voice other than the writer: government, parliament, a party, a motion. */
export function isOtherVoice(phrase: string): boolean {
  const r = read(phrase);
  return r !== null && otherVoice(r, { from: 0, to: r.tokens.length });
}

/**
 * "Een totaalverbod, waar de coalitie voor pleit, steunen wij niet", "de regeling, die de bond al jaren vraagt,":
 * a request in a relative clause after a comma says what its noun is; the main clause says what is asked.
 */
function relativeClause(r: Reading, clause: Span, subject: Span, i: number): boolean {
  const k = Math.min(subject.from, i) - 1;
  return k > clause.from && RELATIVE_OPENERS.has(r.tokens[k]!.lower) && r.tokens[k - 1]!.text === ',';
}
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([
  'die',
  'welke',
  'waar',
  'waarvoor',
  'waarin',
  'waarop',
  'waarmee',
  'waarom',
]);

/** Relative pronouns, and how far before one its antecedent may stand ("een motie in die …"). */
const RELATIVE: ReadonlySet<string> = new Set(['die', 'dat', 'welke']);
/** Before a verb of saying, a relative pronoun describes a speaker ("een ober die zegt dat …"). */
const SPEAKER_DESCRIBED: ReadonlySet<string> = new Set(['die', 'welke']);
const RELATIVE_REACH = 6;
const NEGATIONS: ReadonlySet<string> = new Set(['niet', 'geen']);

const YEAR = /^(?:19|20)\d{2}$/u;
const YEAR_TIME: ReadonlySet<string> = new Set(['in', 'van', 'begin', 'eind', 'medio']);
/** Words that open what a call asks for ("om … te", "te", "dat"). */
const CONTENT: ReadonlySet<string> = new Set(['om', 'te', 'dat']);
/** "gemeenten en de minister": government joined to the others is called on too. */
const JOINED: ReadonlySet<string> = new Set(['en', 'of']);

function thingSubject(r: Reading, subject: Span): boolean {
  const words = r.tokens.slice(subject.from, subject.to).filter((t) => t.word);
  return words.length === 1 && r.lex.thingSubjects.has(words[0]!.lower);
}

/** Whether the words after a verb hold what it needs to be a request. */
function satisfies(r: Reading, need: Need, after: Span, addressee: string | null): boolean {
  const { tokens, lex } = r;
  const has = (w: string) => tokens.slice(after.from, after.to).some((t) => t.lower === w);
  const near = (word: string, within: number, opens = (_k: number) => true) => {
    for (let i = after.from; i < after.to; i++) {
      if (tokens[i]!.lower !== word || !opens(i)) continue;
      if (addresseeIn(tokens, { from: i + 1, to: Math.min(after.to, i + 1 + within) }, lex)) return true;
    }
    return false;
  };
  switch (need) {
    case 'free':
      return true;
    case 'addressee':
      return addressee !== null;
    case 'named-addressee':
      return addressee !== null && addressee !== 'u';
    case 'dat': {
      // "Wij willen benadrukken dat …": the dat-clause is what is stated, not what is wanted; "…, maar dat kost
      // …" is a pronoun in a clause of its own
      const dat = indexOfWord(tokens, DAT, {
        from: after.from,
        to: coordinationAfter(r, after.from - 1, after),
      });
      return dat >= 0 && indexOfWord(tokens, lex.statements, { from: after.from, to: dat }) < 0;
    }
    case 'om':
      return has('om');
    case 'te':
      return has('te');
    case 'aandacht':
      return has('aandacht');
    case 'object':
      // nothing or something asked for, but not a call on others ("roept gemeenten op")
      return (
        indexOfWord(tokens, lex.others, { from: after.from, to: Math.min(after.to, after.from + 3) }) < 0
      );
    case 'no-callee':
      // "Wij roepen daarom op tot …": who is called on stands before the particle or what is called for
      for (let k = after.from; k < after.to; k++) {
        const w = tokens[k]!.lower;
        if (lex.prepositions.has(w) || lex.subordinators.has(w) || w === 'te') return true;
        if (tokens[k]!.word && !isFunctionWord(w, lex) && !lex.firstPerson.has(w)) return false;
      }
      return true;
    case 'van-addressee':
      // "Wij willen van de minister …", not "… onze zorgen voorleggen over het plan van de minister": after a noun,
      // "van" says whose the noun is
      return near('van', 3, (k) => {
        const before = tokens[k - 1]!;
        return (
          k === after.from ||
          !before.word ||
          isFunctionWord(before.lower, lex) ||
          lex.firstPerson.has(before.lower)
        );
      });
    case 'dat-addressee':
      return near('dat', 4);
    case 'als-addressee':
      return near('als', 3);
    case 'want-object': {
      // "wil een wet die …", "willen geen detailsturing", but not "willen een bijdrage leveren"
      const next = tokens[after.from]?.lower ?? '';
      if (!['een', 'geen', 'meer', 'minder', 'extra'].includes(next)) return false;
      for (
        let k = after.from + 1;
        k < after.to && tokens[k]!.text !== ',' && tokens[k]!.lower !== 'en';
        k++
      ) {
        if (lex.imperatives.infinitives.has(tokens[k]!.lower) && tokens[k - 1]!.lower !== 'te') return false;
      }
      return true;
    }
  }
}

/**
 * "niet" or "niets" among the two words after the verb, adverbs, articles and the writer's inverted pronoun not
 * counted ("vragen u dan ook niet", "daar vragen wij het Rijk niets over"); not when what is asked is not to do
 * something ("Wij vragen u niet in te stemmen met …"), nor nothing but a thing ("Wij vragen niets meer dan …").
 */
function deniedAfter(r: Reading, clause: Span, i: number): boolean {
  let counted = 0;
  for (let k = i + 1; k < clause.to && counted < 2; k++) {
    const w = r.tokens[k]!.lower;
    if (NOT.has(w)) return !notToDo(r, clause, k);
    if (w === 'niets') return !COMPARED.has(r.tokens[k + 1]?.lower ?? '');
    // "Wij vragen het kabinet niet om …": an article does not take the object past the reach
    if (!r.lex.adverbs.has(w) && !ARTICLES.has(w) && !r.lex.firstPerson.has(w)) counted++;
  }
  return false;
}
/** "niets meer dan", "niets anders dan": nothing but what follows, which is asked. */
const COMPARED: ReadonlySet<string> = new Set(['meer', 'anders', 'minder']);

/** "de leden van de commissie", "leden uit alle fracties": the others word heads a phrase that names the addressee. */
const OF: ReadonlySet<string> = new Set(['van', 'uit']);
const ofAddressee = (tokens: readonly Token[], others: number, addressee: number): boolean =>
  OF.has(tokens[others + 1]?.lower ?? '') && addressee <= others + 4;

/** How near a te-infinitive follows "niet" when what is asked is not to do it. */
const NOT_TO_DO = 4;
const notToDo = (r: Reading, clause: Span, not: number): boolean =>
  r.tokens[not + 1]?.lower !== 'om' &&
  teInfinitiveAfter(r.tokens, { from: not + 1, to: Math.min(clause.to, not + 2 + NOT_TO_DO) });

/**
 * "In 2009 vroegen wij de Kamer …", "Eerder vroegen wij …": asked before, history. So is the perfect with the year
 * it was asked in ("Wij hebben het ministerie in 2007 gevraagd …"); with a month or "al" it is the request still
 * open that the letter repeats ("Wij hebben de staatssecretaris in maart al opgeroepen …").
 */
function askedBefore({ tokens, lex }: Reading, clause: Span, i: number): boolean {
  const simplePast = lex.pastForms.has(tokens[i]!.lower);
  const have = simplePast ? -1 : indexOfWord(tokens, lex.perfectAuxiliaries, { from: clause.from, to: i });
  // "…; zij heeft toegezegd …": granted since, in the sentence's later clauses too, unless "nog niet gebeurd"
  const granted = indexOfWord(tokens, lex.granted, { from: i + 1, to: tokens.length });
  const denied =
    granted >= 0 && indexOfWord(tokens, NOT, { from: Math.max(i + 1, granted - 3), to: granted }) >= 0;
  if ((simplePast || have >= 0) && granted >= 0 && !denied) return true;
  // "Wij hebben de minister in september gevraagd om …, maar kregen nul op het rekest": told with what came of it
  if ((simplePast || have >= 0) && butAfter(tokens, i)) return true;
  if (simplePast)
    return (
      tokens.slice(clause.from, clause.to).some((t) => YEAR.test(t.text)) ||
      indexOfWord(tokens, lex.pastTimes, clause) >= 0
    );
  if (have < 0) return false;
  // what stands before the participle, also before the auxiliary ("In 1994 hebben wij …"), is when or where it was
  // asked; after it comes what is asked ("… gevraagd de regeling in 2027 te verlengen"). "in 2007", "in het najaar
  // van 2005", "begin 2019": a year as the time of the asking; "eerder", "destijds": before; "in onze brief van …",
  // "in ons advies": in a document of its own
  const before = tokens.slice(clause.from, i);
  return before.some(
    (t, k, a) =>
      (YEAR.test(t.text) && YEAR_TIME.has(a[k - 1]?.lower ?? '')) ||
      lex.pastTimes.has(t.lower) ||
      (t.lower === 'in' && lex.own.has(a[k + 1]?.lower ?? '')),
  );
}

/** ", maar" later in the sentence. */
function butAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length - 1; k++)
    if (tokens[k]!.text === ',' && tokens[k + 1]!.lower === 'maar') return true;
  return false;
}

/**
 * How far before its verb "wat" may open the clause: "wat wij van het Rijk vragen"; further when the writer follows
 * it as the subject, whose verb then closes the clause ("wat wij van het Rijk en de Tweede Kamer vragen").
 */
const WHAT_REACH = 6;
const WHAT_WE_REACH = 14;

/**
 * "Deze paper beschrijft wat wij van het Rijk vragen", "Dat is wat wij de minister vragen": a clause that "wat"
 * opens after another verb names the request, it does not make it.
 */
function namedRequest({ tokens, lex }: Reading, clause: Span, i: number): boolean {
  const what = tokens.findIndex(
    (t, k) =>
      k > clause.from &&
      k < i &&
      t.lower === 'wat' &&
      k >= i - (lex.firstPerson.has(tokens[k + 1]?.lower ?? '') ? WHAT_WE_REACH : WHAT_REACH),
  );
  // the request verb closes the clause "wat" opens: no other verb stands between ("Wij weten wat wij willen en
  // daarom vragen wij …")
  return (
    what >= 0 &&
    tokens
      .slice(what + 1, i)
      .every((t) => t.text !== ',' && !lex.auxiliaries.has(t.lower) && !isClauseVerb(t.lower))
  );
}

/**
 * A form of "stellen" earlier in the part of the clause, with no clause or infinitive opening between: the request
 * word at i is the noun it poses ("Het besluit stelt in artikel 2 wel algemene eisen aan …"), since a clause has
 * one finite verb. Not "Wij stellen voor de minister te vragen …" ("voor", "te") or "… stelt, dat wij eisen …".
 */
function posedBefore(r: Reading, clause: Span, i: number): boolean {
  const { tokens, lex } = r;
  for (let k = i - 1; k >= segmentStart(tokens, clause, i); k--) {
    const word = tokens[k]!.lower;
    if (lex.posing.has(word)) return true;
    if (lex.subordinators.has(word) || word === 'te' || word === 'om' || word === 'voor') return false;
  }
  return false;
}

/** A request verb (or a noun used as one) of the lexicon at token i, with all it needs in its clause. */
function requestAt(r: Reading, clause: Span, i: number): AskSignal | null {
  const { tokens, lex } = r;
  const uses = lex.forms.get(tokens[i]!.lower);
  if (!uses || inName(tokens, i)) return null;
  if (askedBefore(r, clause, i) || inWhetherClause(r, clause, i) || namedRequest(r, clause, i)) return null;
  const before = tokens[i - 1]?.lower ?? '';
  for (const { verb, split } of uses) {
    if (verb.after && before !== verb.after) continue;
    if (verb.noun && lex.nounBefore.has(before)) continue;
    // "In antwoord op vragen van het lid X", "met verzoeken om uitstel": no finite verb right after a preposition,
    // unless that is the split part of "er", "hier", "daar" ("Wij hebben hier al om gevraagd")
    if (
      !verb.after &&
      lex.prepositions.has(before) &&
      indexOfWord(tokens, R_WORDS, { from: clause.from, to: i }) < 0
    )
      continue;
    // "Vragen van het lid Jansen aan de minister …": first in the sentence before "van", the noun
    if (verb.noun && i === clause.from && tokens[i + 1]?.lower === 'van') continue;
    if (verb.noun && posedBefore(r, clause, i)) continue;
    const rest: Span = { from: i + 1, to: clause.to };
    const particle = split ? particleAfter(r, verb.particle ?? '', rest) : i;
    if (particle < 0) continue;
    // "Wij zien graag dat …", verb-second also "Graag zien wij dat …"; not in what the dat-clause says ("Wij
    // zien dat de minister graag …")
    const inner = indexOfWord(tokens, lex.subordinators, rest);
    const withWord = verb.with.size
      ? indexOfWord(tokens, verb.with, { from: clause.from, to: inner < 0 ? clause.to : inner })
      : i;
    if (withWord < 0) continue;
    // a noun's light verb tells when it was asked: "In 2015 hielden wij al een pleidooi …", "In 2019 deden wij een
    // beroep op …", "Wij hebben in 2019 een pleidooi gehouden …"
    const light = verb.with.size
      ? indexOfWord(tokens, lex.pastForms, { from: clause.from, to: inner < 0 ? clause.to : inner })
      : -1;
    if ([withWord, light].some((k) => k >= 0 && k !== i && askedBefore(r, clause, k))) continue;
    if (indexOfWord(tokens, lex.raised, { from: i + 1, to: Math.min(clause.to, i + 4) }) >= 0) continue;
    // "Ik verwacht niet dat …", "Wij vragen u niet om een studie", "… vragen u dan ook niet om …": a request denied
    if (deniedAfter(r, clause, i)) continue;
    const own = elidedWriter(r, clause, i) ?? subjectOf(tokens, clause, i, lex);
    // "Dat verzoek herhalen wij hierbij": a light verb's noun in first place is its object, not its subject; the
    // writer follows the verb
    const writerAfter =
      withWord > i && own.to === i && lex.firstPerson.has(tokens[withWord + 1]?.lower ?? '');
    const subject = writerAfter ? { from: withWord + 1, to: withWord + 2 } : own;
    if (otherVoice(r, subject) || thingSubject(r, subject) || ruleSubject(r, subject)) continue;
    if (relativeClause(r, clause, subject, i)) continue;
    // the object may stand before a participle ("heeft het kabinet gevraagd"), never in the subject
    // after a subject that follows the verb ("Daarom vragen de provincies het kabinet …")
    const objects: Span = subject.to <= i || subject.from > i ? { from: subject.to, to: clause.to } : rest;
    // "De Kamer verzoeken wij …", "Gemeenten vragen wij …", "Onze leden hebben wij geadviseerd …": the object in
    // first place, before the verb (or its auxiliary) and its pronoun
    const secondPlace =
      subject.from === i + 1 ||
      (subject.from < i && lex.auxiliaries.has(tokens[subject.from - 1]?.lower ?? ''));
    const fronted: Span | null =
      secondPlace && lex.firstPerson.has(tokens[subject.from]?.lower ?? '')
        ? { from: clause.from, to: Math.min(subject.from - 1, clause.from + 3) }
        : null;
    // "vraagt daarom aan de formateur": the recipient the verb names outranks an earlier group in the clause
    const addressee =
      addressedWithAan(r, { from: i + 1, to: Math.min(clause.to, i + 4) }, clause.to) ??
      addresseeIn(tokens, objects, lex) ??
      addressedWithAan(r, { from: clause.from, to: i }, i) ??
      (fronted ? addresseeIn(tokens, fronted, lex) : null);
    // the first words of the object, also after an inverted subject ("Ook vraagt de bond zijn leden …")
    const others = Math.max(
      othersCalledOn(
        r,
        { from: objects.from, to: Math.min(clause.to, Math.max(i + 1, objects.from) + 3) },
        verb.with.size ? i : -1,
      ),
      fronted ? indexOfWord(tokens, lex.others, fronted) : -1,
    );
    // a call on others whose content names government ("roept gemeenten op niet op Den Haag te wachten"; "Wij
    // vragen alle leden hun registratie bij de RDW in orde te maken": the writer's others come first, with no
    // preposition before them as in "namens gemeenten", nor government joined to them)
    const content = others < 0 ? -1 : indexOfWord(tokens, CONTENT, { from: others + 1, to: clause.to });
    // (in the perfect they stand before the participle: "Wij hebben onze leden gevraagd …")
    const othersFirst =
      indexOfWord(tokens, lex.firstPerson, subject) >= 0 &&
      others >= subject.to &&
      others !== i &&
      addressee !== null &&
      addressee.start > others &&
      !ofAddressee(tokens, others, addressee.start) &&
      indexOfWord(tokens, lex.prepositions, { from: Math.min(i + 1, subject.to), to: others }) < 0 &&
      indexOfWord(tokens, JOINED, { from: others + 1, to: addressee.start }) < 0;
    if (
      others >= 0 &&
      !passiveSubject(r, others, clause) &&
      (!addressee || othersFirst || (content >= 0 && addressee.start > content))
    )
      continue;
    const after: Span = subject.from > i ? { from: subject.to, to: clause.to } : rest;
    if (![...verb.needs].some((n) => satisfies(r, n, after, addressee?.value ?? null))) continue;
    // without an addressee, someone must be asking: "Dit vraagt om maatwerk" asks nobody
    const firstPerson = nearFirstPerson(r, clause, i, subject);
    // "Wij verzoeken Oosterveen FM om …", "Wij vragen de NS om …": the writer asks a body by its name, not government
    if (!addressee && firstPerson && namedObject(r, after)) continue;
    if (!addressee && !firstPerson && !namesAsker(tokens, subject, lex)) continue;
    // the verb up to its particle, with the addressee when it follows closely
    let to = Math.max(particle, withWord) + 1;
    if (addressee && addressee.start <= to + 1) to = Math.max(to, addressee.end);
    return signal(r, verb, {
      from: Math.min(firstPerson && subject.to === i ? subject.from : i, withWord),
      to,
      subject,
      firstPerson,
      addressee: addressee?.value ?? null,
    });
  }
  return null;
}

/**
 * The first of the others in the span that no preposition governs: "de toezichtwet op (de) seksbedrijven", "namens
 * gemeenten" name no one called on; "aan gemeenten" does. Nor does "ons" right before the noun of a light verb at
 * `noun` (-1: none): it is the noun's possessive ("Wij herhalen ons verzoek"), not whom the writer asks ("Wij vragen
 * ons af", "Wij zullen onze leden vragen").
 */
function othersCalledOn({ tokens, lex }: Reading, span: Span, noun: number): number {
  for (let k = span.from; k < span.to; k++) {
    if (!lex.others.has(tokens[k]!.lower) || (k + 1 === noun && tokens[k]!.lower === POSSESSIVE)) continue;
    const before = tokens[ARTICLES.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1]?.lower ?? '';
    if (before === 'aan' || !lex.prepositions.has(before)) return k;
  }
  return -1;
}

const R_WORDS: ReadonlySet<string> = new Set(['er', 'hier', 'daar', 'waar']);
/** The one word of the others that is also a possessive. */
const POSSESSIVE = 'ons';
const PASSIVE: ReadonlySet<string> = new Set(['worden', 'wordt', 'werden', 'werd']);

/**
 * "Wij stellen voor dat verenigingen die … organiseren, worden vrijgesteld": others right after "dat" (an article
 * or adjective between) as the subject of a passive in the clause are what is to be done to, not whom it calls on.
 */
function passiveSubject(r: Reading, others: number, clause: Span): boolean {
  const { tokens } = r;
  const dat = indexOfWord(tokens, DAT, { from: Math.max(clause.from, others - 2), to: others });
  return dat >= 0 && indexOfWord(tokens, PASSIVE, { from: others + 1, to: clause.to }) >= 0;
}

/** A name (a capitalised word, after "de" or "het" or not) as the first word of the span, past adverbs; not of a
 * body that governs. */
function namedObject(r: Reading, span: Span): boolean {
  let k = span.from;
  while (k < span.to && r.lex.adverbs.has(r.tokens[k]!.lower)) k++;
  if (ARTICLES.has(r.tokens[k]?.lower ?? '')) k++;
  const t = r.tokens[k];
  if (k >= span.to || t === undefined || !t.word || upperAt(t.text, 0) === 0) return false;
  // "Provinciale Staten", "Gemeente Utrecht": a body that governs
  return indexOfWord(r.tokens, r.lex.governingNames, { from: k, to: Math.min(span.to, k + 3) }) < 0;
}

/**
 * An addressee within three words after an "aan" in the span (not past `limit`): the phrase before the verb ("In een brief aan informateur X vragen de
 * koepels …") or the recipient after it ("vraagt daarom aan de formateur of …").
 */
function addressedWithAan(r: Reading, span: Span, limit: number): ReturnType<typeof addresseeIn> {
  for (let k = span.from; k < span.to; k++) {
    if (r.tokens[k]!.lower !== 'aan') continue;
    const found = addresseeIn(r.tokens, { from: k + 1, to: Math.min(limit, k + 4) }, r.lex);
    if (found) return found;
  }
  return null;
}

/**
 * The separated particle of a split verb, later in the clause. It closes the clause or stands before what is
 * moved behind it (a phrase with its own preposition, an infinitive: "roept de Kamer op bij het kabinet aan te
 * dringen", "dringen aan op spoed"). Before a phrase of its own it is a preposition ("stellen geld beschikbaar
 * voor de opvang", "voor sekswerkers"), unless a te-infinitive follows ("roept … op de regels te versoepelen").
 */
function particleAfter(r: Reading, particle: string, rest: Span): number {
  const { tokens, lex } = r;
  for (let k = rest.from; k < rest.to; k++) {
    if (tokens[k]!.lower !== particle) continue;
    const next = tokens[k + 1];
    if (!next || !next.word || k + 1 >= rest.to) return k;
    if (lex.prepositions.has(next.lower) || lex.subordinators.has(next.lower) || next.lower === 'te')
      return k;
    if (teInfinitiveAfter(tokens, { from: k + 1, to: rest.to })) return k;
  }
  return -1;
}

/** "te verlengen", "te doen": "te" before an infinitive, not "te laag" ("stelt de norm te laag vast"). */
function teInfinitiveAfter(tokens: readonly Token[], span: Span): boolean {
  for (let k = span.from; k + 1 < span.to; k++)
    if (tokens[k]!.lower === 'te' && INFINITIVE_END.test(tokens[k + 1]!.lower)) return true;
  return false;
}

const INFINITIVE_END = /(?:en|aan|oen|ijn|ien)$/u;

function nearFirstPerson(r: Reading, clause: Span, verb: number, subject: Span): boolean {
  const { tokens, lex } = r;
  if (indexOfWord(tokens, lex.firstPerson, subject) >= 0) return true;
  const start = segmentStart(tokens, clause, verb);
  return indexOfWord(tokens, lex.firstPerson, { from: start, to: Math.min(clause.to, verb + 2) }) >= 0;
}

const ELIDED_AFTER: ReadonlySet<string> = new Set(['maar', 'en']);

/**
 * "Wij hebben begrip voor de motie, maar vragen de minister …", "Het Rijk hoeft niet …, maar moet gemeenten …":
 * right after "maar" or "en" the verb keeps the subject the sentence opened with, and what follows it is its object.
 */
function elidedSubject({ tokens, lex }: Reading, clause: Span, verb: number): Span | null {
  const start = segmentStart(tokens, clause, verb);
  if (start === 0 || verb !== start + 1 || !ELIDED_AFTER.has(tokens[start]!.lower)) return null;
  return readNounPhrase(tokens, 0, start, lex);
}

/** The writer as the elided subject: its pronoun within the sentence's first two words. */
function elidedWriter(r: Reading, clause: Span, verb: number): Span | null {
  if (!elidedSubject(r, clause, verb)) return null;
  const writer = indexOfWord(r.tokens, r.lex.firstPerson, { from: 0, to: 2 });
  return writer >= 0 ? { from: writer, to: writer + 1 } : null;
}

function signal(
  r: Reading,
  verb: Pick<RequestVerb, 'firmness'>,
  found: { from: number; to: number; subject: Span; firstPerson: boolean; addressee: string | null },
): AskSignal {
  const requester = found.firstPerson ? null : requesterOf(r, found.subject);
  return {
    kind: requester ? 'reported' : 'direct',
    phrase: slice(r, found.from, found.to),
    firmness: verb.firmness,
    addressee: found.addressee,
    requester,
    repeated: repeats(r.tokens, r.lex),
  };
}

/**
 * "Ons verzoek aan de Kamer is …", "Onze oproep: …": a request noun of the writer's, also after a vocative
 * ("Minister, mijn vraag aan u is simpel: …") or in a cleft ("Het is onze wens dat het kabinet …"); with an
 * article, a request to government that the sentence goes on to state ("Het verzoek aan de Kamer is om …").
 */
function requestNounAt(r: Reading, clause: Span, i: number): AskSignal | null {
  const { tokens, lex } = r;
  const firmness = lex.requestNouns.get(tokens[i]!.lower);
  if (!firmness) return null;
  // "Ons dringende advies aan de Kamer": a declined adjective may stand between
  const before = tokens[i - 1]?.lower ?? '';
  const declined = /e$/u.test(before) && !lex.own.has(before) && i - 2 >= clause.from;
  const det = declined ? i - 2 : i - 1;
  const word = tokens[det]?.lower ?? '';
  const own = lex.own.has(word);
  if ((!own && !ARTICLES.has(word)) || !nounPhraseOpens(r, clause, det)) return null;
  const cleft = det === clause.from + 2 && tokens[clause.from]!.lower === 'het';
  const addressee = addresseeIn(tokens, { from: i + 1, to: Math.min(clause.to, i + 5) }, lex);
  const after = addressee ? addressee.end : i + 1;
  const next = tokens[after]?.lower;
  const states = next === 'is' || next === 'luidt';
  if (own && cleft) {
    // "Het is onze wens dat de minister …", not "Het is onze wens om een congres te houden"
    const dat =
      next === 'dat' && addresseeIn(tokens, { from: after + 1, to: Math.min(clause.to, after + 5) }, lex);
    if (!addressee && !dat) return null;
  } else if (own) {
    if (!addressee && !states) return null;
  } else if (
    // "Het verzoek aan de Kamer is om …", not another's "De aanbeveling van de commissie is om …"
    !addressee ||
    tokens[i + 1]?.lower !== 'aan' ||
    !states ||
    !STATED.has(tokens[after + 1]?.text ?? '')
  )
    return null;
  return {
    kind: 'direct',
    phrase: slice(r, det, addressee ? addressee.end : i + 1),
    firmness,
    addressee: addressee?.value ?? null,
    requester: null,
    repeated: repeats(tokens, lex),
  };
}
const ARTICLES: ReadonlySet<string> = new Set(['de', 'het']);
/** What states a request after "is": "om … te", a dat-clause, or a colon. */
const STATED: ReadonlySet<string> = new Set(['om', 'dat', ':']);

/**
 * Whether a noun phrase at `at` opens its clause: first in it, after "Het is" (a cleft), or after a vocative that
 * calls on an addressee ("Minister Van Eijck, …", "Geachte Kamerleden, …").
 */
function nounPhraseOpens(r: Reading, clause: Span, at: number): boolean {
  const { tokens, lex } = r;
  if (at === clause.from) return true;
  if (
    at === clause.from + 2 &&
    tokens[clause.from]!.lower === 'het' &&
    tokens[clause.from + 1]!.lower === 'is'
  )
    return true;
  if (tokens[at - 1]?.text !== ',') return false;
  const called = addresseeIn(tokens, { from: clause.from, to: at - 1 }, lex);
  return called !== null && called.start <= clause.from + 1 && at - 1 - clause.from <= VOCATIVE;
}
/** How many words a vocative may have: a title and a name ("Minister Van der Berg"). */
const VOCATIVE = 5;

/**
 * A modal with parliament or government as its subject ("Het kabinet moet …", "Daarom moet het Rijk …",
 * "dat de minister … zou moeten …"), or a demand attributed to someone ("… moet worden uitgesteld, aldus X").
 */
function obligationAt(r: Reading, clause: Span, i: number): AskSignal | null {
  const { tokens, lex } = r;
  const word = tokens[i]!.lower;
  const advised = wellAdvisedAt(r, clause, i);
  const firmness = advised ? 'advise' : lex.modals.get(word);
  if (!firmness) return null;
  const rest: Span = { from: i + 1, to: clause.to };
  // the negation in the modal's own part: "… mogen wel open, wat wij niet uitleggen" permits
  if (lex.prohibitions.has(word) && indexOfWord(tokens, NEGATIONS, ownPart(r, rest)) < 0) return null;
  if (firmness === 'advise' && !advised && indexOfWord(tokens, lex.counterfactual, rest) < 0) return null;
  // "De minister dient daarom:" leaves the rest to the items after it
  const introduces = tokens[clause.to]?.text === ':';
  if (lex.withTe.has(word) && !introduces && indexOfWord(tokens, TE, ownPart(r, rest)) < 0) return null;
  const subject = elidedSubject(r, clause, i) ?? subjectOf(tokens, clause, i, lex);
  if (indexOfWord(tokens, lex.firstPerson, subject) >= 0 || found(r, clause, subject)) return null;
  if (indirectQuestion(r, i) || inWhetherClause(r, clause, i)) return null;
  // others being called on, not "De lasten voor ondernemers"
  if (indexOfWord(tokens, lex.others, headOf(r, subject)) >= 0 && !addresseeIn(tokens, subject, lex))
    return null;
  const governs =
    addresseeIn(tokens, subject, lex) ?? stateSubject(r, subject) ?? conditionReferent(r, clause, i, subject);
  // the word right before the modal is its subject, no verb of saying ("Stellen moeten …": couples)
  const said = indexOfWord(tokens, lex.attributions, clause);
  const attribution =
    said === i - 1 ? indexOfWord(tokens, lex.attributions, { from: i + 1, to: clause.to }) : said;
  // "Een ober die zegt dat honden niet binnen mogen": what someone a relative clause describes says, an example
  if (attribution >= 0 && attribution < i && SPEAKER_DESCRIBED.has(tokens[attribution - 1]?.lower ?? ''))
    return null;
  // a past modal reports a demand only with an attribution in its own part ("… moest worden uitgesteld, aldus
  // X"), not in a clause joined after it ("De regeling moest dat compenseren, maar volgens de vereniging …")
  if (lex.pastModals.has(word) && (attribution < 0 || attribution > coordinationAfter(r, i, clause)))
    return null;
  // "… treft de corporaties die nu al moeten slopen": what a relative clause says of its noun; "Als er niets
  // gebeurt, moeten kinderen …": what follows if nothing changes
  if (!governs && (relativeBefore(r, clause, i) || afterCondition(r, clause, i))) return null;
  // "Volgens de Mijnbouwwet moet de minister …": what a rule obliges, not a demand
  if ((attribution >= 0 && ruleSource(r, attribution)) || citesRule(r, clause)) return null;
  if (governs) {
    // "Volgens de VNG moet het kabinet …": the demand of whom the attribution names; a rule or an estimate is no one
    const source =
      attribution >= 0 && (ruleSource(r, attribution) || ruleSource(r, attribution, lex.estimates));
    const by = attribution >= 0 && !source ? attributedTo(r, attribution) : null;
    if (by && isOtherVoice(by)) return null;
    return {
      kind: by ? 'reported' : 'direct',
      phrase: slice(r, Math.min(subject.from, i), Math.max(subject.to, i + 1)),
      firmness,
      addressee: governs.value,
      requester: by,
      repeated: repeats(tokens, lex),
    };
  }
  // "Veerponten moeten sinds 2013 … worden gekeurd", "Stellen moeten soms … betalen, zegt de bond": a duty in force,
  // not one demanded
  if (indexOfWord(tokens, lex.inForce, clause) >= 0) return null;
  if (attribution < 0) {
    return (
      carriedOn(r, i, firmness) ?? (thingSubject(r, subject) ? null : passiveDemand(r, clause, i, firmness))
    );
  }
  if (firmness === 'advise' || thingSubject(r, subject)) return null;
  if (ruleSource(r, attribution) || ruleSource(r, attribution, lex.estimates)) return null;
  const by = attributedTo(r, attribution);
  // "'…,' zegt minister X", "Volgens de VVD moet …": what government or a party wants is theirs
  if (by && isOtherVoice(by)) return null;
  return unaddressed(r, 'reported', slice(r, i, i + 1), firmness, by);
}

/** How far after its verb "er … aan" of advice ends: "zou er daarom wel goed aan doen". */
const ADVICE_REACH = 6;

/** "Het kabinet zou er goed aan doen …", "De minister doet er verstandig aan …": advice at token i. */
function wellAdvisedAt(r: Reading, clause: Span, i: number): boolean {
  const { tokens, lex } = r;
  if (!lex.wellAdvised.verbs.has(tokens[i]!.lower)) return false;
  const end = Math.min(clause.to, i + ADVICE_REACH);
  const er = indexOfWord(tokens, ER, { from: i + 1, to: end });
  if (er < 0) return false;
  for (let k = er + 1; k < end - 1; k++)
    if (lex.wellAdvised.words.has(tokens[k]!.lower) && tokens[k + 1]!.lower === 'aan') return true;
  return false;
}
const ER: ReadonlySet<string> = new Set(['er']);

/**
 * "Leden vragen mij of de bond moet pleiten …", "Het is de vraag of het kabinet moet …": after "of" (whether) that
 * follows asking or knowing, what the clause says is asked about, not asked.
 */
function inWhetherClause(r: Reading, clause: Span, i: number): boolean {
  for (let k = i - 1; k > clause.from; k--) {
    // "… weet niet of dit klopt en vraagt daarom …": after "en" the main clause goes on
    if (k === i - 1 && r.lex.conjunctions.has(r.tokens[k]!.lower)) return false;
    if (r.tokens[k]!.lower !== 'of') continue;
    return r.tokens.slice(Math.max(clause.from, k - 3), k).some((t) => r.lex.wondering.whether.has(t.lower));
  }
  return false;
}

/** "Of het Rijk iets moet doen, laat de monitor in het midden": a sentence opening with "of", its question before a comma. */
function indirectQuestion(r: Reading, i: number): boolean {
  const first = r.tokens.find((t) => t.word);
  const comma = r.tokens.findIndex((t, k) => k > i && t.text === ',');
  // "Of het kabinet betaalt, of …": a choice, not a question
  return first?.lower === 'of' && comma > 0 && r.tokens[comma + 1]?.lower !== 'of';
}

/** Where a clause joined by a comma and a conjunction (", maar", ", en") starts after token i, else the clause's end. */
function coordinationAfter(r: Reading, i: number, clause: Span): number {
  for (let k = i + 1; k < clause.to - 1; k++)
    if (r.tokens[k]!.text === ',' && r.lex.conjunctions.has(r.tokens[k + 1]!.lower)) return k;
  return clause.to;
}

/**
 * A relative pronoun right before the modal, adverbs between, after a noun that is no government: "de corporaties
 * die nu al moeten …" (but "Het is de minister die nu moet ingrijpen" demands).
 */
function relativeBefore(r: Reading, clause: Span, i: number): boolean {
  const { tokens, lex } = r;
  let k = i - 1;
  while (k > clause.from && lex.adverbs.has(tokens[k]!.lower)) k--;
  if (k > clause.from && RELATIVE.has(tokens[k]!.lower) && tokens[k]!.lower !== 'dat' && tokens[k - 1]!.word)
    return !addresseeIn(tokens, { from: Math.max(clause.from, k - 3), to: k }, lex);
  // "de Omgevingswet, die op 1 januari 2024 in werking moet treden, …": a relative clause set off by a comma
  for (k = i - 1; k > clause.from && tokens[k]!.text !== ','; k--);
  const opener = tokens[k + 1]?.lower ?? '';
  return (
    k > clause.from &&
    tokens[k]!.text === ',' &&
    RELATIVE_OPENERS.has(opener) &&
    !addresseeIn(tokens, { from: Math.max(clause.from, k - 3), to: k }, lex)
  );
}

/**
 * The modal right after a comma that closes a condition the clause opens with ("Als er niets gebeurt, moeten …"),
 * or after a phrase of condition or cause in first place ("Zonder extra geld moeten …"), not the agent of a passive
 * ("Door de minister moet …").
 */
function afterCondition(r: Reading, clause: Span, i: number): boolean {
  const { tokens, lex } = r;
  const first = tokens.slice(clause.from, i).find((t) => t.word);
  if (tokens[i - 1]?.text === ',' && first !== undefined && lex.conditions.if.has(first.lower)) return true;
  const opens = sequenceAt(lex.conditions.fronted, tokens, clause.from);
  return opens !== null && opens.end < i && addresseeIn(tokens, { from: opens.end, to: i }, lex) === null;
}

const REFERRING: ReadonlySet<string> = new Set(['ze', 'zij', 'het', 'hij']);

/**
 * "Als de overheid wil dat …, moet ze ook …": a pronoun as the subject of a singular modal right after a condition
 * refers to the government the condition opens with.
 */
function conditionReferent(
  r: Reading,
  clause: Span,
  i: number,
  subject: Span,
): ReturnType<typeof addresseeIn> {
  const { tokens, lex } = r;
  const words = tokens.slice(subject.from, subject.to).filter((t) => t.word);
  // a singular modal: "moeten ze" after "Als de minister niets doet" are others
  if (words.length !== 1 || !REFERRING.has(words[0]!.lower) || tokens[i - 1]?.text !== ',') return null;
  if (tokens[i]!.lower.endsWith('en')) return null;
  let first = clause.from;
  while (first < i && !tokens[first]!.word) first++;
  if (!lex.conditions.if.has(tokens[first]?.lower ?? '')) return null;
  return addresseeIn(tokens, { from: first + 1, to: Math.min(i, first + 4) }, lex);
}

/** A noun phrase up to a preposition that qualifies it: "De lasten voor ondernemers" → "De lasten". */
function headOf(r: Reading, phrase: Span): Span {
  const preposition = indexOfWord(r.tokens, r.lex.prepositions, { from: phrase.from + 1, to: phrase.to });
  return preposition < 0 ? phrase : { from: phrase.from, to: preposition };
}

/**
 * "Wij begrijpen dat het kabinet keuzes moet maken", "Uit het onderzoek blijkt dat de minister …": an obligation in
 * a dat-clause of a verb of knowing or finding is a fact taken in, not a demand.
 */
function found(r: Reading, clause: Span, subject: Span): boolean {
  const { tokens, lex } = r;
  const dat = tokens[subject.from - 1]?.lower === 'dat' ? subject.from - 1 : -1;
  return dat > clause.from && indexOfWord(tokens, lex.findings, { from: clause.from, to: dat }) >= 0;
}

/** An obligation that names no addressee: of whoever decides. */
function unaddressed(
  r: Reading,
  kind: AskSignal['kind'],
  phrase: string,
  firmness: Firmness,
  requester: string | null,
): AskSignal {
  const repeated = repeats(r.tokens, r.lex);
  return { kind, phrase, firmness, addressee: null, requester, repeated };
}

/**
 * "De Stichting Wilde Dieren vindt …": a capitalised word after another goes on a name, no verb is written so (a
 * line in capitals, "WIJ ROEPEN HET KABINET OP", is written so throughout).
 */
const inName = (tokens: readonly Token[], i: number): boolean =>
  upperAt(tokens[i]!.text, 0) > 0 &&
  lowerAt(tokens[i]!.text, 1) > 0 &&
  tokens[i - 1]?.word === true &&
  upperAt(tokens[i - 1]!.text, 0) > 0;

/**
 * A span up to the clause a subordinator or relative pronoun opens in it ("dient een motie in die … te …"); "die"
 * or "dat" first in the span, right after the verb, points back ("dient die motie niet uit te voeren").
 */
function ownPart(r: Reading, span: Span): Span {
  const opens = r.tokens.findIndex(
    (t, k) =>
      k >= span.from &&
      k < span.to &&
      (RELATIVE.has(t.lower) ? k > span.from : r.lex.subordinators.has(t.lower)),
  );
  return opens < 0 ? span : { from: span.from, to: opens };
}

/** "Nederland moet …": the country as the subject, standing for its government. */
function stateSubject(r: Reading, subject: Span): { value: string } | null {
  const words = r.tokens.slice(subject.from, subject.to).filter((t) => t.word);
  return words.length === 1 && r.lex.stateNames.has(words[0]!.lower) ? { value: 'kabinet' } : null;
}

/** A past participle by its form: "aangepast", "genomen", "ingericht", "verhoogd", "bestraft". */
const PARTICIPLE = /^(?:\p{L}{0,8}ge\p{L}{2,}(?:[dt]|en)|(?:be|ver|ont|her|er)\p{L}{2,}[dt])$/u;

/**
 * "Die norm moet worden aangescherpt.", "De regeling dient zo te worden ingericht dat …", "De korting moet van
 * tafel.", "Het fonds moet blijven.", "De premie moet ook gelden voor …": a demand of a thing in a main clause, of
 * whoever decides; not in a clause that a subordinator or a relative pronoun opens ("Dit betekent dat … moeten
 * worden", "waarin keuzes moeten worden gemaakt"), nor for what the writer or others must do.
 */
function passiveDemand(r: Reading, clause: Span, i: number, firmness: Firmness): AskSignal | null {
  const { tokens, lex } = r;
  if (firmness !== 'demand' || lex.prohibitions.has(tokens[i]!.lower)) return null;
  // first in the sentence, "Die" and "Dat" point back ("Die norm moet …"); anywhere else they open a clause
  const pointsBack = RELATIVE.has(tokens[0]!.lower) ? 1 : 0;
  const before: Span = { from: pointsBack, to: i };
  if (indexOfWord(tokens, lex.subordinators, before) >= 0 || indexOfWord(tokens, RELATIVE, before) >= 0)
    return null;
  // "… moet immers …", "…, zo blijkt uit het onderzoek": a reason or a finding, not a demand
  if (indexOfWord(tokens, lex.followUp.reasons, { from: 0, to: tokens.length }) >= 0) return null;
  const rest: Span = { from: i + 1, to: clause.to };
  const state = stateDemanded(r, clause, i);
  if (state >= 0) return unaddressed(r, 'direct', slice(r, i, state + 1), firmness, null);
  // "Er moet een landelijk bouwverbod komen", "Hier moet een uitzondering komen", "Daarom moet er … komen", "In het
  // plan moet een regeling komen": something must come into being
  const first = tokens[clause.from]!.lower;
  const there =
    THERE.has(first) ||
    tokens[i + 1]?.lower === 'er' ||
    (lex.prepositions.has(first) && INDEFINITE.has(tokens[i + 1]?.lower ?? ''));
  const comes = there ? indexOfWord(tokens, COMES, rest) : -1;
  const worden = comes >= 0 ? comes : indexOfWord(tokens, WORDEN, rest);
  if (worden < 0) return null;
  if (comes < 0 && !tokens.slice(i + 1, clause.to).some((t) => t.word && PARTICIPLE.test(t.lower)))
    return null;
  return unaddressed(r, 'direct', slice(r, i, worden + 1), firmness, null);
}

const THERE: ReadonlySet<string> = new Set(['er', 'hier', 'daar']);
/** An indefinite subject after the modal: what is to come does not exist yet. */
const INDEFINITE: ReadonlySet<string> = new Set(['een', 'geen', 'extra', 'meer']);

/**
 * Where the modal's own part of the clause (up to a comma or a clause it opens) says what is to become of its
 * subject: a verb of staying or applying ("moet blijven", "moet ook gelden voor …"), or, closing the part, where
 * it is to go ("moet van tafel", "moeten omlaag"); -1 when it does not, or when the subject is indefinite.
 */
function stateDemanded(r: Reading, clause: Span, i: number): number {
  const { tokens, lex } = r;
  const subject = subjectOf(tokens, clause, i, lex);
  // "Een museum moet toegankelijk blijven": of any one, a principle rather than a demand
  if (tokens[subject.from]?.lower === 'een') return -1;
  // "Ook moet de korting … van tafel": the subject may follow the modal
  let end = subject.from > i ? subject.to : i + 1;
  const from = end;
  while (end < clause.to && tokens[end]!.text !== ',' && !lex.subordinators.has(tokens[end]!.lower)) end++;
  const part: Span = { from, to: end };
  const verb = indexOfWord(tokens, lex.states.verbs, part);
  if (verb >= 0) return verb;
  let last = end - 1;
  while (last >= from && !tokens[last]!.word) last--;
  return last >= from && lex.states.ends.has(tokens[last]!.lower) ? last : -1;
}
const WORDEN: ReadonlySet<string> = new Set(['worden']);
const NOT: ReadonlySet<string> = new Set(['niet']);
const COMES: ReadonlySet<string> = new Set(['komen']);
const TE: ReadonlySet<string> = new Set(['te']);
const DAT: ReadonlySet<string> = new Set(['dat']);

/**
 * "Wij vragen u … . Ook moet de regeling worden aangepast.", "… . Dat moet anders.": an obligation in the main
 * clause right after an ask, that something be done or change, demands more of the same addressee; not when it
 * gives a reason, or states an aim ("Het beleid moet werken voor inwoners").
 */
function carriedOn(r: Reading, i: number, firmness: Firmness): AskSignal | null {
  const { tokens, lex } = r;
  if (!r.previous) return null;
  const all: Span = { from: 0, to: tokens.length };
  if (indexOfWord(tokens, lex.followUp.reasons, all) >= 0) return null;
  // right before the modal, "dat" is the subject ("Dat moet anders"), not a subordinate clause's start
  const main: Span = { from: 0, to: i - 1 };
  if (tokens.slice(0, i).some((t) => t.text === ',') || indexOfWord(tokens, lex.subordinators, main) >= 0)
    return null;
  // "Dat moet anders.": one word after the modal says how it must be
  const verdict = tokens.slice(i + 1).filter((t) => t.word).length === 1;
  if (!verdict && indexOfWord(tokens, lex.followUp.verbs, { from: i + 1, to: tokens.length }) < 0)
    return null;
  return {
    kind: r.previous.requester ? 'reported' : 'direct',
    phrase: slice(r, i, i + 1),
    firmness,
    addressee: r.previous.addressee,
    requester: r.previous.requester,
    repeated: repeats(tokens, lex),
  };
}

/**
 * "Volgens de Wet FinBES moet …", "Volgens artikel 3 …": a rule that obliges, not a voice that demands; with
 * `sources` the estimates, "Volgens onze berekening moet een park … investeren": a figure's source.
 */
function ruleSource(r: Reading, at: number, sources = r.lex.ruleSources): boolean {
  if (r.tokens[at]!.lower === 'volgens') return phraseNamesSource(r, at + 1, sources);
  // "Het Arbobesluit zegt in artikel 5.2 dat de werkgever … moet …": a rule as the speaker
  if (at === 0) return false;
  const speaker = subjectOf(r.tokens, { from: 0, to: at + 1 }, at, r.lex);
  return speaker.to === at && ruleSubject(r, speaker);
}

/** "Artikel 43 van de Wet X eist …", "De Omgevingswet vraagt …": a rule as the subject, whose head names it. */
function ruleSubject(r: Reading, subject: Span): boolean {
  // "In onze reactie op de Wet X vragen we …": a phrase that opens with a preposition is no subject
  if (r.lex.prepositions.has(r.tokens[subject.from]?.lower ?? '')) return false;
  const head = headOf(r, subject);
  return r.tokens.slice(head.from, head.to).some((t) => t.word && namesSource(r.lex.legalSources, t.lower));
}

/** Whether the noun phrase at `at` names a rule or a source: "de Mijnbouwwet", "Richtlijn 96/75/EG". */
function phraseNamesSource(r: Reading, at: number, sources = r.lex.ruleSources): boolean {
  const phrase = readNounPhrase(r.tokens, at, r.tokens.length, r.lex);
  return r.tokens.slice(phrase.from, phrase.to).some((t) => namesSource(sources, t.lower));
}

/** A word of the set, or a compound ending in one ("Mijnbouwwet", "coalitieakkoord", "kostenberekening"). */
function namesSource(sources: ReadonlySet<string>, word: string): boolean {
  if (sources.has(word)) return true;
  for (const source of sources) if (word.length > source.length + 2 && word.endsWith(source)) return true;
  return false;
}

/**
 * "Ingevolge artikel 4 dienen …", "Krachtens de wet moet …", "… moet op grond van Richtlijn 96/75/EG verdwijnen",
 * "Onder Verordening (EU) nr. 511/2014 moet …":
 * the clause cites a rule.
 */
const citesRule = (r: Reading, clause: Span): boolean =>
  indexOfWord(r.tokens, r.lex.ruleOpeners, clause) >= 0 || groundedInLaw(r, clause);

/** "op grond van" a law or treaty in the clause, or "onder" one first in it ("Onder de Omgevingswet moet …"). */
function groundedInLaw(r: Reading, clause: Span): boolean {
  if (r.tokens[clause.from]?.lower === 'onder' && phraseNamesSource(r, clause.from + 1, r.lex.legalSources))
    return true;
  for (let k = clause.from + 1; k < clause.to - 1; k++)
    if (r.tokens[k]!.lower === 'grond' && r.tokens[k - 1]!.lower === 'op' && r.tokens[k + 1]!.lower === 'van')
      return phraseNamesSource(r, k + 2, r.lex.legalSources);
  return false;
}

/** "aldus de VNG", "zegt voorzitter Smit", "Volgens de vereniging …": who the attribution names; "De bond
 * vindt dat …": a verb that opens a clause has its speaker before it. */
function attributedTo(r: Reading, at: number): string | null {
  const { tokens, lex } = r;
  if (lex.subordinators.has(tokens[at + 1]?.lower ?? ''))
    return requesterOf(r, subjectOf(tokens, { from: 0, to: tokens.length }, at, lex));
  return requesterOf(r, readNounPhrase(tokens, at + 1, tokens.length, lex));
}

/**
 * "Het is van belang dat het kabinet …", "X vindt het belangrijk dat de Kamer …"; a wish put as a condition ("Het
 * zou goed zijn als de minister …"); time that is up ("Het is hoog tijd dat het Rijk …").
 */
function importanceAt(r: Reading, clause: Span, i: number): AskSignal | null {
  const { tokens, lex } = r;
  const word = tokens[i]!.lower;
  const firmness = lex.importance.has(word)
    ? 'advise'
    : lex.wishes.words.has(word) && indexOfWord(tokens, lex.wishes.framing, { from: clause.from, to: i }) >= 0
      ? 'suggest'
      : lex.aboutTime.words.has(word) && lex.aboutTime.after.has(tokens[i - 1]?.lower ?? '')
        ? 'urge'
        : null;
  if (!firmness) return null;
  const dat = indexOfWord(tokens, firmness === 'suggest' ? DAT_OR_ALS : DAT, {
    from: i + 1,
    to: Math.min(clause.to, i + 6),
  });
  if (dat < 0) return null;
  const addressee = addresseeIn(tokens, { from: dat + 1, to: Math.min(clause.to, dat + 5) }, lex);
  if (!addressee) return null;
  return {
    kind: 'need',
    phrase: slice(r, i, addressee.end),
    firmness,
    addressee: addressee.value,
    requester: null,
    repeated: repeats(tokens, lex),
  };
}

const DAT_OR_ALS: ReadonlySet<string> = new Set(['dat', 'als']);

/** "Het verdient aanbeveling de termijn te verlengen", "… verdient de voorkeur dat …": advice at token i. */
function recommendationAt(r: Reading, clause: Span, i: number): AskSignal | null {
  const { tokens, lex } = r;
  const found = sequenceAt(lex.recommendations, tokens, i);
  if (!found) return null;
  const rest: Span = { from: found.end, to: clause.to };
  if (indexOfWord(tokens, TE, rest) < 0 && indexOfWord(tokens, DAT, rest) < 0) return null;
  // "Volgens de Raad van State verdient het aanbeveling …": another's advice
  if (indexOfWord(tokens, lex.attributions, clause) >= 0) return null;
  return unaddressed(r, 'direct', slice(r, i, found.end), 'advise', null);
}

/**
 * "Daarnaast vinden wij dat er een landelijke norm komt", "Ik meen dat er een loket moet komen": the writer's view
 * that something is to come into being wants it.
 */
function comingAt(r: Reading, clause: Span, i: number): AskSignal | null {
  const { tokens, lex } = r;
  if (!lex.opinions.has(tokens[i]!.lower)) return null;
  const writer = [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && lex.firstPerson.has(t.lower));
  const dat = indexOfWord(tokens, DAT, { from: i + 1, to: Math.min(clause.to, i + 4) });
  if (!writer || dat < 0 || tokens[dat + 1]?.lower !== 'er') return null;
  const comes = indexOfWord(tokens, COMING, { from: dat + 2, to: clause.to });
  if (comes < 0) return null;
  return unaddressed(r, 'direct', slice(r, i, dat + 2), 'request', null);
}

const COMING: ReadonlySet<string> = new Set(['komt', 'komen']);

/** A need in a list item ("Gemeenten hebben behoefte aan …", "Er is noodzaak tot …"). */
function needIn(r: Reading, clause: Span): AskSignal | null {
  const found = findSequence(r.lex.needs, r.tokens, clause);
  if (!found) return null;
  const subject = { from: clause.from, to: found.start };
  if (otherVoice(r, subject)) return null;
  return {
    kind: 'need',
    phrase: slice(r, clause.from, found.end),
    firmness: 'request',
    addressee: null,
    requester: null,
    repeated: false,
  };
}

/** Past the name after a title ("Staatssecretaris Van der Burg, …"): up to four capitalised words and particles. */
function afterName(tokens: readonly Token[], k: number): number {
  const particles = roleLexicon().particles;
  let end = k;
  while (
    end < k + 4 &&
    tokens[end]?.word &&
    (upperAt(tokens[end]!.text, 0) > 0 || (end > k && particles.includes(tokens[end]!.lower)))
  )
    end++;
  return end;
}

/** A verb stem opening the clause, with no subject after it: "Zorg voor …", "Investeer in …", "Maak dat geld vrij". */
function imperativeAt(r: Reading, clause: Span): AskSignal | null {
  const { tokens, lex } = r;
  const { imperatives } = lex;
  let i = clause.from;
  while (i < clause.to && !tokens[i]!.word) i++;
  // "Kabinet, geef elk dorp …": an addressee called on before the command
  const called = addresseeIn(tokens, { from: i, to: Math.min(clause.to, i + 3) }, lex);
  const named = called ? afterName(tokens, called.end) : -1;
  const vocative =
    called && called.start === i && tokens[named]?.text === ',' ? { ...called, end: named } : null;
  if (vocative) i = vocative.end + 1;
  // "En zorg ervoor dat …", "Maar stop met …": a conjunction may lead into the command
  else if (LEADING.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.word) i++;
  const first = tokens[i];
  if (!first || isFunctionWord(first.lower, lex)) return null;
  // "Zet u in voor …", "Zorgt u ervoor dat …": the polite command with "u" after its verb
  const polite = !r.question && tokens[i + 1]?.lower === 'u' && isCommandForm(first.lower, lex);
  if (!polite && !imperatives.stems.has(first.lower)) return null;
  if (!polite && (!commandFollows(r, i, clause) || quantityAfter(r, i))) return null;
  const rest: Span = { from: i + 1, to: clause.to };
  // "Neem … op", "Zie af van …", but also "Neem maatregelen": a stem's particle, or the words that keep a procedural
  // stem an ask
  const kept =
    withParticle(r, first.lower, rest) || indexOfWord(tokens, imperatives.proceduralUnless, rest) >= 0;
  if (!kept && (imperatives.procedural.has(first.lower) || imperatives.withParticle.has(first.lower)))
    return null;
  const words = tokens.slice(i, clause.to).filter((t) => t.word).length;
  // "Filter op", "Investeer nu": a command names what is to be done
  if (words < 3) return null;
  if (indexOfWord(tokens, imperatives.readers, { from: i, to: tokens.length }) >= 0) return null;
  return {
    kind: 'imperative',
    phrase: slice(r, vocative ? vocative.start : i, polite ? i + 2 : i + 1),
    firmness: 'request',
    addressee: vocative?.value ?? (polite ? 'u' : null),
    requester: null,
    repeated: repeats(tokens, lex),
  };
}

/** Conjunctions that may open a command: "En zorg ervoor dat …". */
const LEADING: ReadonlySet<string> = new Set(['en', 'maar', 'dus']);

/** Prefixes that never stand apart from their verb ("beperk", "verhoog"): no particle closing a command. */
const INSEPARABLE: ReadonlySet<string> = new Set(['be', 'ge', 'her', 'ont', 'ver', 'er']);

/**
 * "Pas artikel 12 zo aan dat …", "Leg de norm vast.": a separable verb's particle closes the command's part of
 * the clause (the clause ends, or a comma, "en" or a subordinate clause follows); a preposition has its noun after it.
 */
function particleCloses(r: Reading, i: number, clause: Span): boolean {
  const { tokens, lex } = r;
  for (let k = i + 2; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    if (!lex.verbPrefixes.includes(w) || INSEPARABLE.has(w)) continue;
    const next = tokens[k + 1];
    if (k + 1 >= clause.to || !next!.word || next!.lower === 'en' || lex.subordinators.has(next!.lower))
      return true;
  }
  return false;
}

/** A stem, or a stem with -t, that is no auxiliary or modal: "zet", "zorgt" (not "kunt", "heeft"). */
function isCommandForm(word: string, lex: AskLexicon): boolean {
  if (lex.auxiliaries.has(word) || lex.modals.has(word)) return false;
  const stem = word.endsWith('t') && !lex.imperatives.stems.has(word) ? word.slice(0, -1) : word;
  return lex.imperatives.stems.has(stem) && !lex.imperatives.procedural.has(stem);
}

/** "Ruim 7 miljoen …", "Ruim een op de drie …", "Ruim de helft …": a stem that is an adverb of degree before a quantity. */
function quantityAfter(r: Reading, i: number): boolean {
  const { degree, quantities } = r.lex.imperatives;
  if (!degree.has(r.tokens[i]!.lower)) return false;
  const [next, then] = [r.tokens[i + 1], r.tokens[i + 2]];
  const quantity = (t: Token | undefined) =>
    t !== undefined && (/^\d/u.test(t.text) || quantities.has(t.lower));
  return (
    quantity(next) ||
    (next?.lower === 'een' && (then?.lower === 'op' || quantity(then))) ||
    (next?.lower === 'de' && quantity(then))
  );
}

/**
 * What follows a stem makes it a command: an object or a preposition ("Zorg voor", "Geef gemeenten",
 * "Bouw aan"), or more commands ("Herstel, verbind en bescherm …"); for a stem that is no noun, any word that
 * does not show a noun's use ("Bouw van woningen", "Werk en inkomen", "Herstel is nodig").
 */
const AMOUNT_START = /^(?:[€$£]|\d)/u;
const MONEY_WORD = /^(?:miljoen|miljard|euro)$/u;

/** "€ 2 miljoen", "2 miljoen euro": a sum of money starts at token k. */
const moneyAt = (tokens: readonly Token[], k: number): boolean =>
  /^[€$£]/u.test(tokens[k]!.text) || MONEY_WORD.test(tokens[k + 1]?.lower ?? '');

/** "tussen € 3 en € 5 miljoen", "jaarlijks 50 miljoen euro", "ten minste € 4 miljoen": one or two words that
 * qualify an amount, then a sum of money, start at token k. */
function qualifiedMoneyAt(tokens: readonly Token[], k: number): boolean {
  const { amountLeads } = figureLexicon();
  let lead = '';
  for (let n = 0; n < 2 && tokens[k + n]?.word; n++) {
    lead += (n ? ' ' : '') + tokens[k + n]!.lower;
    const at = tokens[k + n + 1];
    if (amountLeads.has(lead) && at && AMOUNT_START.test(at.text) && moneyAt(tokens, k + n + 1)) return true;
  }
  return false;
}

function commandFollows(r: Reading, i: number, clause: Span): boolean {
  const { tokens, lex } = r;
  const { imperatives } = r.lex;
  const next = tokens[i + 1];
  if (!next || i + 1 >= clause.to || imperatives.subjects.has(next.lower)) return false;
  if (next.text === ',' || next.lower === 'en' || next.lower === 'of') {
    const after = tokens[i + 2];
    return (
      after !== undefined &&
      after.word &&
      imperatives.stems.has(after.lower) &&
      commandFollows(r, i + 2, clause)
    );
  }
  // "Investeer € 150 miljoen in …", "Reserveer 40 miljoen voor …": an amount as the object of a stem that is no
  // noun; a sum of money also of one that is ("Stel € 2 miljoen beschikbaar …", "Stel 5 miljoen euro …", not
  // "Plan 2030")
  if (AMOUNT_START.test(next.text) && moneyAt(tokens, i + 1)) return true;
  if (qualifiedMoneyAt(tokens, i + 1)) return true;
  if (!next.word)
    return (
      AMOUNT_START.test(next.text) && (!imperatives.ambiguous.has(tokens[i]!.lower) || moneyAt(tokens, i + 1))
    );
  // "Brief aan de vaste commissie", "Inbreng voor het debat": a document's title
  if (imperatives.titles.has(tokens[i]!.lower) && lex.prepositions.has(next.lower)) return false;
  if (imperatives.objects.has(next.lower)) return true;
  // "Stem tegen het wetsvoorstel": a stem's own particle right after it
  if (imperatives.withParticle.get(tokens[i]!.lower)?.has(next.lower)) return true;
  if (imperatives.notAfter.has(next.lower)) return false;
  if (!imperatives.ambiguous.has(tokens[i]!.lower) || particleCloses(r, i, clause)) return true;
  // "Laat grote vervuilers betalen (en …)": a command with an infinitive closing its part of the clause
  for (
    let k = i + 2;
    k < clause.to && tokens[k]!.text !== ',' && !lex.subordinators.has(tokens[k]!.lower);
    k++
  ) {
    // … or before a phrase or clause of its own: "Laat jeugdleden onder begeleiding vliegen zonder eigen
    // registratie", "Laat ervaringsdeskundigen meetesten voordat …"
    const closes =
      k + 1 === clause.to ||
      !tokens[k + 1]!.word ||
      tokens[k + 1]!.lower === 'en' ||
      lex.prepositions.has(tokens[k + 1]!.lower) ||
      lex.subordinators.has(tokens[k + 1]!.lower);
    if (closes && isInfinitive(tokens[k]!.lower, lex)) return true;
  }
  return false;
}

/** An infinitive, also behind a separable particle written to it ("meetesten", "terugbetalen"). */
function isInfinitive(word: string, lex: AskLexicon): boolean {
  const { infinitives } = lex.imperatives;
  if (infinitives.has(word)) return true;
  const particle = lex.verbPrefixes.find((p) => !INSEPARABLE.has(p) && word.startsWith(p));
  return particle !== undefined && infinitives.has(word.slice(particle.length));
}

/** Whether who asks is a body that advises or oversees government ("De Raad van State", "het CPB"). */
export function isAdviser(requester: string): boolean {
  const tokens = tokenize(requester, MAX_TOKENS);
  return findSequence(askLexicon().advisers, tokens, { from: 0, to: tokens.length }) !== null;
}

/** The noun phrase a sentence opens with, as written: whom a "zij" in the next sentence may refer to. */
export function openingPhrase(text: string): string | null {
  const r = read(text);
  if (!r) return null;
  return requesterOf(r, readNounPhrase(r.tokens, 0, r.tokens.length, r.lex));
}

/**
 * "Dat verzoek is gehonoreerd.", "Dit is inmiddels toegezegd.": a sentence that opens by pointing back and says it
 * was granted settles the request of the sentence before; "Dat is nog niet gebeurd." does not.
 */
export function grantsPrevious(text: string): boolean {
  const r = read(text);
  if (!r || !BACK.has(r.tokens[0]?.lower ?? '')) return false;
  const granted = indexOfWord(r.tokens, r.lex.granted, { from: 1, to: r.tokens.length });
  return granted >= 0 && indexOfWord(r.tokens, NOT, { from: 1, to: granted }) < 0;
}
const BACK: ReadonlySet<string> = new Set(['dat', 'dit', 'die', 'deze']);

/** "Lees de volledige brief", "Bekijk de inbreng (pdf)": web furniture, not an ask, even behind an arrow. */
export function isProcedural(text: string): boolean {
  const r = read(text);
  const first = r?.tokens.find((t) => t.word);
  if (!r || !first || !r.lex.imperatives.procedural.has(first.lower)) return false;
  const all: Span = { from: 0, to: r.tokens.length };
  return (
    !withParticle(r, first.lower, all) && indexOfWord(r.tokens, r.lex.imperatives.proceduralUnless, all) < 0
  );
}

/** Whether a stem that commands with a particle has one in the span ("Neem … op", "Zie af van …"). */
function withParticle(r: Reading, stem: string, span: Span): boolean {
  const particles = r.lex.imperatives.withParticle.get(stem);
  return particles !== undefined && indexOfWord(r.tokens, particles, span) >= 0;
}

/**
 * "… aandacht voor de volgende punten", "… de punten hieronder": the asks come after it; "volgende week" is a time,
 * and an adjective with no noun or colon after it points at something named ("… en niet pas in de volgende.").
 */
function announces(r: Reading): boolean {
  const { tokens, lex } = r;
  if (announcesTopic(r)) return true;
  return tokens.some((t, k) => {
    const next = tokens[k + 1];
    if (!lex.announcements.has(t.lower) || lex.times.has(next?.lower ?? '')) return false;
    if (!t.lower.endsWith('e') || next?.text === ':') return true;
    if (next?.word !== true) return false;
    // "de volgende punten", "het volgende voorstel:" announce; "bij de volgende aanbesteding" is the next one
    return t.lower !== ORDINAL || PLURAL_END.test(next.lower) || tokens[tokens.length - 1]?.text === ':';
  });
}

/** How far after "aandacht voor een" the topic noun may stand: "een urgent issue", "één onderwerp". */
const TOPIC_REACH = 2;

/** "… uw aandacht voor één onderwerp dat …", "… voor drie knelpunten": attention for a topic named after it. */
function announcesTopic({ tokens, lex }: Reading): boolean {
  const { indefinite, nouns } = lex.topicAnnouncements;
  const at = tokens.findIndex((t, k) => t.lower === 'aandacht' && tokens[k + 1]?.lower === 'voor');
  if (at < 0 || !indefinite.has(tokens[at + 2]?.lower ?? '')) return false;
  return indexOfWord(tokens, nouns, { from: at + 3, to: Math.min(tokens.length, at + 3 + TOPIC_REACH) }) >= 0;
}

/**
 * "Nogmaals vragen wij …", "Wij vragen u opnieuw om …": the request is made again; a word of the repeated list
 * after "om" or "dat" is what is asked for ("… om de regeling opnieuw te bezien").
 */
function repeats(tokens: readonly Token[], lex: AskLexicon): boolean {
  for (const t of tokens) {
    if (CONTENT_OPENERS.has(t.lower)) return false;
    if (lex.repeated.has(t.lower)) return true;
  }
  return false;
}

const CONTENT_OPENERS: ReadonlySet<string> = new Set(['om', 'dat']);

/** The announcing word that also means "next" before a singular noun. */
const ORDINAL = 'volgende';
/** How most Dutch plurals end ("punten", "zaken", "maatregelen", "knelpunten", "thema's"). */
const PLURAL_END = /(?:en|s)$/u;

function vetoed(r: Reading): boolean {
  return (
    findSequence(r.lex.vetoes, r.tokens, { from: 0, to: r.tokens.length }) !== null ||
    wonders(r) ||
    fieldLine(r)
  );
}

/** "Onderwerp: Inbreng voor het commissiedebat", "Ons kenmerk: …": a letterhead's or an e-mail's field, not prose. */
function fieldLine(r: Reading): boolean {
  const colon = r.tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 3) return false;
  const label = r.tokens
    .slice(0, colon)
    .map((t) => t.lower)
    .join(' ');
  return structureWords().labels.has(label);
}

/** "Wij vragen ons af …", "Ik vraag me overigens af …": a form of "vragen", a reflexive soon after, then "af". */
function wonders(r: Reading): boolean {
  const { tokens, lex } = r;
  const { verbs, reflexives } = lex.wondering;
  return tokens.some(
    (t, k) =>
      verbs.has(t.lower) &&
      tokens.slice(k + 1, k + 4).some((n) => reflexives.has(n.lower)) &&
      tokens.slice(k + 2).some((n) => n.lower === 'af'),
  );
}

/** The ask a sentence (or item, or heading) makes, or null; `previous`: the ask of the sentence before it. */
export function recogniseAsk(
  text: string,
  scope: AskScope,
  previous: AskSignal | null = null,
): AskSignal | null {
  const r = read(text, previous);
  if (!r || vetoed(r) || announces(r)) return null;
  // "Mijn vraag aan u is simpel: wanneer …?": a question the writer's request introduces
  if (r.question) return politeQuestion(r) ?? introducedQuestion(r) ?? askBeforeColon(r, scope);
  for (const clause of splitClauses(r.tokens)) {
    const found = clauseAsk(r, clause, scope);
    if (found) return found;
  }
  return labelledRequest(r);
}

/**
 * "Het Rijk moet duidelijk maken wat er dan gebeurt: moeten de bewoners weg, of …?": an ask stated before the colon,
 * the question after it what is asked to be made clear.
 */
function askBeforeColon(r: Reading, scope: AskScope): AskSignal | null {
  const colon = r.tokens.findIndex((t) => t.text === ':');
  const head = colon < 0 ? '' : r.text.slice(0, r.tokens[colon]!.start);
  // "Tag jouw Kamerlid en vraag: …?" puts the reader up to asking
  const readers = indexOfWord(r.tokens, r.lex.imperatives.readers, { from: 0, to: Math.max(colon, 0) }) >= 0;
  const found = head && !head.includes('?') && !readers ? recogniseAsk(head, scope, r.previous) : null;
  return found?.kind === 'imperative' ? null : found;
}

/** How many tokens a label may have before its colon: "Ons voorstel aan de minister:". */
const LABEL_REACH = 6;
/** How many words must follow the label for them to be a request. */
const LABEL_CONTENT = 3;

/**
 * "Voorstel tot wijziging: in artikel 10a … vervangen door …", "Ons verzoek: een vaste bijdrage per leerling": a
 * request noun that labels what follows its colon, qualified by no more than a phrase of a preposition.
 */
function labelledRequest(r: Reading): AskSignal | null {
  const { tokens, lex } = r;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > LABEL_REACH) return null;
  const at = lex.own.has(tokens[0]!.lower) ? 1 : 0;
  const noun = tokens[at]!.lower;
  const firmness = lex.requestNouns.get(noun);
  if (!firmness || !lex.requestLabels.has(noun)) return null;
  // "Voorstel van de VVD:" is another's, "Oproep aan alle leden:" a call on members
  const qualifier: Span = { from: at + 1, to: colon };
  const preposition = tokens[at + 1]!.lower;
  if (at + 1 < colon && (!lex.prepositions.has(preposition) || preposition === 'van')) return null;
  if (tokens.slice(colon + 1).filter((t) => t.word).length < LABEL_CONTENT) return null;
  const addressee = addresseeIn(tokens, qualifier, lex);
  if (!addressee && indexOfWord(tokens, lex.others, qualifier) >= 0) return null;
  return {
    kind: 'direct',
    phrase: slice(r, 0, colon),
    firmness,
    addressee: addressee?.value ?? null,
    requester: null,
    repeated: repeats(tokens, lex),
  };
}

/** "Mijn vraag aan u is: …?", "Ik vraag de staatssecretaris daarom: bent u bereid …?": a request before a colon. */
function introducedQuestion(r: Reading): AskSignal | null {
  const [first, ...rest] = splitClauses(r.tokens);
  if (!first || !rest.length) return null;
  // "Tag jouw Kamerlid en vraag: …?" puts the reader up to asking
  const colon =
    r.tokens[first.to]?.text === ':' && indexOfWord(r.tokens, r.lex.imperatives.readers, first) < 0;
  for (let i = first.from; i < first.to; i++) {
    const found = requestNounAt(r, first, i) ?? (colon ? requestAt(r, first, i) : null);
    if (found) return found;
  }
  return null;
}

function clauseAsk(r: Reading, clause: Span, scope: AskScope): AskSignal | null {
  for (let i = clause.from; i < clause.to; i++) {
    const found =
      requestAt(r, clause, i) ??
      requestNounAt(r, clause, i) ??
      obligationAt(r, clause, i) ??
      importanceAt(r, clause, i) ??
      recommendationAt(r, clause, i) ??
      comingAt(r, clause, i);
    if (found) return found;
  }
  return conditionIn(r, clause) ?? (scope === 'item' ? needIn(r, clause) : null) ?? imperativeAt(r, clause);
}

/** How far before "als" a word of `only` may stand: "alleen steunen als", "maar alleen als". */
const ONLY_REACH = 4;

/** Where a condition opens: "mits", or "als" after "alleen" ("… alleen steunen als …"); -1 when none does. */
function conditionAt(r: Reading, clause: Span): number {
  const { tokens, lex } = r;
  const { markers, only } = lex.conditions;
  let permits = false;
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    if (markers.has(w)) return k;
    // "De minister mag alleen … besluiten als …": a permission limited to a condition, however far the "als"
    permits ||= PERMITS.has(w) && only.has(tokens[k + 1]?.lower ?? '');
    const near: Span = { from: Math.max(clause.from, k - ONLY_REACH), to: k };
    if (lex.conditions.if.has(w) && (permits || indexOfWord(tokens, only, near) >= 0)) return k;
  }
  return -1;
}

/** Modals of permission: "mag alleen", "mogen pas". */
const PERMITS: ReadonlySet<string> = new Set(['mag', 'mogen']);

/**
 * "Wij steunen het voorstel, mits het kabinet de kosten vergoedt", "Alleen als het Rijk betaalt, kunnen …", "Wij
 * kunnen instemmen met de wet, maar alleen als er een ondergrens komt": consent on a condition asks for it, of
 * government when the condition's subject is government, else when the writer or an asker consents.
 */
function conditionIn(r: Reading, clause: Span): AskSignal | null {
  const { tokens, lex } = r;
  const at = conditionAt(r, clause);
  if (at < 0) return null;
  const subject = readNounPhrase(tokens, at + 1, clause.to, lex);
  if (indexOfWord(tokens, lex.firstPerson, subject) >= 0) return null;
  // the main clause: before the condition, or after its comma when the condition comes first
  const comma = tokens.findIndex((t, k) => k > at && k < clause.to && t.text === ',');
  const fronted = at - clause.from <= 1 && comma >= 0;
  const main: Span = fronted ? { from: comma + 1, to: clause.to } : { from: clause.from, to: at };
  // "Het kabinet steunt het voorstel alleen als …": the condition of another voice is theirs
  const verb = tokens.findIndex(
    (t, k) =>
      k > main.from && k < main.to && t.word && (lex.auxiliaries.has(t.lower) || isClauseVerb(t.lower)),
  );
  const by = subjectOf(tokens, main, fronted ? main.from : verb < 0 ? main.to : verb, lex);
  // "De minister mag alleen … besluiten als …": government may act only on the condition
  const permitted = !fronted && indexOfWord(tokens, PERMITS, main) >= 0 ? addresseeIn(tokens, by, lex) : null;
  if (!fronted && !permitted && otherVoice(r, by)) return null;
  const addressee = addresseeIn(tokens, subject, lex) ?? permitted;
  const repeated = repeats(tokens, lex);
  const phrase = slice(r, at, at + 1);
  const ask = (requester: string | null, to: string | null): AskSignal => ({
    kind: requester ? 'reported' : 'direct',
    phrase,
    firmness: 'request',
    addressee: to,
    requester,
    repeated,
  });
  if (addressee) return ask(null, addressee.value);
  if (indexOfWord(tokens, lex.conditions.consent, main) < 0) return null;
  if (indexOfWord(tokens, lex.firstPerson, main) >= 0 || findSequence(lex.conditions.writer, tokens, main))
    return ask(null, null);
  return namesAsker(tokens, by, lex) && !otherVoice(r, by) ? ask(requesterOf(r, by), null) : null;
}

/** "Wilt u …?", "Zou u … willen …?": a question that asks the addressee to act. */
const ASKING_MODALS: ReadonlySet<string> = new Set(['kan', 'kunnen', 'wil', 'willen', 'gaat', 'gaan']);

function politeQuestion(r: Reading): AskSignal | null {
  const found = sequenceAt(r.lex.politeQuestions, r.tokens, 0) ?? requestingQuestion(r);
  const willing = found ? null : willingQuestion(r);
  if (!found && !willing) return null;
  return {
    kind: 'direct',
    phrase: slice(r, 0, found?.end ?? willing!.end),
    firmness: 'request',
    addressee: willing?.value ?? 'u',
    requester: null,
    repeated: repeats(r.tokens, r.lex),
  };
}

/**
 * "Kunt u de minister vragen …?", "Mogen wij u verzoeken …?": an opening that asks with a request verb after it
 * (`openings`: the polite ones, "Wilt u de minister vragen:", for a lead-in).
 */
function requestingQuestion(
  { tokens, lex }: Reading,
  openings = lex.requestingQuestions,
): { end: number } | null {
  const opening = sequenceAt(openings, tokens, 0);
  if (!opening) return null;
  // a form that may be a noun is one after an article ("Kunt u de vragen beantwoorden?")
  const asks = (k: number) =>
    (lex.forms.get(tokens[k]!.lower) ?? []).some(
      ({ verb }) =>
        (verb.firmness === 'request' || verb.firmness === 'urge') &&
        !(verb.noun && lex.nounBefore.has(tokens[k - 1]!.lower)),
    );
  for (let k = opening.end; k < tokens.length; k++) if (asks(k)) return opening;
  return null;
}

/**
 * "Is de minister bereid …?", "Zijn het kabinet en de minister bereid …?": whether government will act; "Kan de
 * minister toelichten …?", "Wil de staatssecretaris …?": a question put to government to answer or act on.
 */
function willingQuestion(r: Reading): { value: string; end: number } | null {
  const { tokens, lex } = r;
  const first = tokens[0]?.lower ?? '';
  if (ASKING_MODALS.has(first)) {
    const put = addresseeIn(tokens, { from: 1, to: Math.min(tokens.length, 4) }, lex);
    return put && put.start <= 2 && put.value !== 'u' ? { value: put.value, end: put.end } : null;
  }
  if (!['is', 'zijn'].includes(first)) return null;
  const at = tokens.findIndex((t, k) => k > 0 && k < 8 && lex.willing.has(t.lower));
  if (at < 0) return null;
  const addressee = addresseeIn(tokens, { from: 1, to: at }, lex);
  return addressee && addressee.start <= 2 ? { value: addressee.value, end: at + 1 } : null;
}

/** A count or a declined adjective before a noun: "drie", "5", "belangrijkste", "concrete". */
function countsOrQualifies(r: Reading, word: string): boolean {
  return /^\d{1,2}$/u.test(word) || r.lex.leadIns.counts.has(word) || (word.length > 3 && word.endsWith('e'));
}

/** Whether a clause ends in a counted object of a lead-in ("drie punten", "de volgende zaken", "3 dingen (mee)"). */
function countedObject(r: Reading, clause: Span): boolean {
  const words = r.tokens.slice(clause.from, clause.to).filter((t) => t.word);
  return words.some(
    (w, i) =>
      i >= words.length - 3 &&
      i > 0 &&
      r.lex.leadIns.objects.has(w.lower) &&
      countsOrQualifies(r, words[i - 1]!.lower),
  );
}

/**
 * Whether a clause ends in a counted request noun, maybe with whom it is for: "drie verzoeken aan uw Kamer", "de
 * volgende wensen", "twee aanbevelingen": then any verb makes it a lead-in ("Wij hebben …", "Wij doen …").
 */
function countedRequest(r: Reading, clause: Span): boolean {
  const { tokens, lex } = r;
  for (let k = clause.from + 1; k < clause.to; k++) {
    const previous = tokens[k - 1]!;
    if (!lex.leadIns.nouns.has(tokens[k]!.lower) || !previous.word || !countsOrQualifies(r, previous.lower))
      continue;
    const rest: Span = { from: k + 1, to: clause.to };
    const more = tokens.slice(rest.from, rest.to).filter((t) => t.word).length;
    if (more === 0 || (more <= VOCATIVE && addresseeIn(tokens, rest, lex))) return true;
  }
  return false;
}

/**
 * "Concreet vraagt de bond drie dingen:", "De gemeente heeft de Kamerleden drie punten meegegeven:": a verb of asking
 * or handing over, and who asks is the writer, or someone named as asker who is no other voice (a motion, the Kamer).
 */
function countedLeadIn(r: Reading, clause: Span, lead: AskSignal, anyVerb = false): AskSignal | null {
  const { tokens, lex } = r;
  const { verbs, handOver } = lex.leadIns;
  // any verb after the first word ("Wij hebben …"; the subject comes first)
  const fits = (i: number) => {
    const w = tokens[i]!.lower;
    return verbs.has(w) || handOver.has(w) || (anyVerb && i > clause.from && isClauseVerb(w));
  };
  let verb = -1;
  for (let i = clause.from; i < clause.to && verb < 0; i++) if (fits(i)) verb = i;
  if (verb < 0) return null;
  if (indexOfWord(tokens, lex.firstPerson, clause) >= 0) return lead;
  const subject = subjectOf(tokens, clause, verb, lex);
  if (!namesAsker(tokens, subject, lex) || otherVoice(r, subject)) return null;
  return { ...lead, requester: requesterOf(r, subject) };
}

/**
 * Whether a line announces a list of asks: a heading or line of request nouns ("Onze oproep aan de Kamer",
 * "Oproep:"), a question of what is asked ("Wat vragen wij van u?"), or a line ending in ":" that makes a
 * request ("Wij vragen u daarom:") or has an asker demand ("De burgemeesters stellen:").
 */
export function recogniseLeadIn(text: string): AskSignal | null {
  const r = read(text);
  if (!r || vetoed(r)) return null;
  const { tokens, lex } = r;
  const colon = /:[\s*_"'”]*$/u.test(r.text);
  const words = tokens.filter((t) => t.word);
  const lead: AskSignal = {
    kind: 'direct',
    phrase: r.text,
    firmness: 'request',
    addressee: addresseeIn(tokens, { from: 0, to: tokens.length }, lex)?.value ?? null,
    requester: null,
    repeated: repeats(tokens, lex),
  };
  // "Wat vraagt de NVSO?", not what government or a party wants ("Wat wil het kabinet veranderen?")
  const question = sequenceAt(lex.leadIns.questions, tokens, 0);
  if (question) return otherVoice(r, readNounPhrase(tokens, question.end, tokens.length, lex)) ? null : lead;
  // "Wat is er nodig?", "Daarvoor is nodig:", the whole line ("Wat is nodig voor een aanvraag?" asks the way)
  const need = sequenceAt(lex.leadIns.needs, tokens, 0);
  if (need && need.end === words.length) return lead;
  // "Aan de minister van VWS en de leden van de commissie:": whom the items after it ask
  if (colon && words[0]?.lower === 'aan' && lead.addressee && addresseeIn(tokens, { from: 1, to: 4 }, lex))
    return lead;
  // "Wilt u de minister daarnaast vragen:", "Kunt u de staatssecretaris verzoeken:": what is asked follows
  if (colon && (requestingQuestion(r) ?? requestingQuestion(r, lex.politeQuestions))) return lead;
  const last = words[words.length - 1];
  if (colon && words[0]?.lower === 'wat' && last && lex.leadIns.verbs.has(last.lower)) return lead;
  const head = words[0] && (lex.own.has(words[0].lower) || words[0].lower === 'de') ? 1 : 0;
  // "Onze drie wensen", "Onze belangrijkste aanbevelingen": a count or an adjective may come first
  let at = head;
  while (at < head + 2 && head === 1 && words[at] && countsOrQualifies(r, words[at]!.lower)) at++;
  const noun = words[at];
  if (noun && lex.leadIns.nouns.has(noun.lower)) {
    const own = head === 1 && words[0]!.lower !== 'de';
    if (colon || own || words.length <= at + 1 || lead.addressee) return lead;
  }
  if (!colon && !announces(r)) return null;
  const clause = { from: 0, to: colon ? tokens.length - 1 : tokens.length };
  for (let i = 0; i < clause.to; i++) {
    // "Wij vragen u:", "Het kabinet moet zorgen voor:"
    const found = requestAt(r, clause, i) ?? (colon ? obligationAt(r, clause, i) : null);
    if (found) return { ...found, phrase: r.text };
  }
  const verb = indexOfWord(tokens, lex.leadIns.verbs, clause);
  if (colon && countedRequest(r, clause)) return countedLeadIn(r, clause, lead, true);
  if (colon && countedObject(r, clause)) return countedLeadIn(r, clause, lead);
  if (verb < 0 || verb < clause.to - 3) return null;
  // "Wij vragen onze leden:", "Wij roepen gemeenten op:": a call on others
  if (indexOfWord(tokens, lex.others, { from: verb + 1, to: Math.min(clause.to, verb + 4) }) >= 0)
    return null;
  // "Gemeenten vragen wij:": others in first place, before the verb and the writer, are whom it asks
  const subject = subjectOf(tokens, clause, verb, lex);
  if (subject.from > verb && indexOfWord(tokens, lex.others, { from: 0, to: verb }) >= 0) return null;
  // "Concreet vragen wij:", "Wij stellen daarom:": the writer the subject, whatever adverb stands first
  if (indexOfWord(tokens, lex.firstPerson, subject) >= 0) return lead;
  // "Gemeenten vragen wij:": with the writer after the verb, what stands first is whom it asks
  const writerAfter = indexOfWord(tokens, lex.firstPerson, { from: verb + 1, to: clause.to }) >= 0;
  if (verb > 0 && !writerAfter && namesAsker(tokens, { from: 0, to: verb }, lex)) {
    const subject = { from: 0, to: verb };
    if (!otherVoice(r, subject)) return { ...lead, requester: requesterOf(r, subject) };
  }
  return null;
}
