/**
 * Whose demand a news item reports. The sender's, named in the text's opening (by its name, or by a generic head
 * that refers back to it: "de bond", "het verbond"), is an ask; the demand of another organisation or group the
 * text reports on is not ("De VOHO steunt het kabinet en wil juist dat …", "De vakbonden willen dat …"). Joint
 * askers are the sender's when one of them is ("X en Y vragen …").
 */
import type { Reference } from '../../model/schema.js';
import { askLexicon, endsInHead } from './ask-lexicon.js';
import { normaliseAddressee } from './normalise-addressee.js';
import { onFirstUse } from '../../text/on-first-use.js';
import { upperAt } from '../../text/letter-or-digit.js';

const WORD = /[\p{L}\p{N}'’-]+/gu;
const ARTICLE = /^(?:de|het|een)$/iu;
// a short form: two capitals together, a capital after a small letter, or a digit after one ("IPO", "PO-Raad",
// "ActiZ", "G40"); not a double surname ("Zwiers-Koopmans")
const SHORT_FORM = onFirstUse(() => /\p{Lu}\p{Lu}|\p{Ll}\p{Lu}|\p{Lu}\d/u);

/**
 * The start of a text as read for who speaks in it: its words, lower case; whether it names a body other than
 * those lobbied ("vraagt de Tweede Kamer"), as written ("OM" is no "om"); and the names of all the bodies the text
 * names.
 */
export interface Opening {
  words: ReadonlySet<string>;
  namesBody: boolean;
  bodies: readonly string[];
}

export function readOpening(text: string, references: readonly Reference[]): Opening {
  const bodies = references
    .filter((r) => r.kind === 'organisation' && normaliseAddressee(r.text) === null)
    .map((r) => r.text);
  return {
    words: new Set(text.toLowerCase().match(WORD) ?? []),
    namesBody: bodies.some((b) => includesName(text, b)),
    bodies,
  };
}

/**
 * Whether who asks is only other parties. A short form the opening does not name is another party only when the
 * opening names some body: else the text may name its sender first by the short form ("… roept de VNG op").
 */
export function anotherParty(requester: string, opening: Opening): boolean {
  return joinedMembers(requester).every((m) => {
    const words = m.match(WORD) ?? [];
    if (setApart(words)) return true;
    const party = partyWords(words) ?? bodyWords(m, opening);
    if (!party || (party.by === 'short form' && !opening.namesBody)) return false;
    // "BZN-voorzitter X" is tied by its short form
    const tied = (w: string): boolean => opening.words.has(w) || opening.words.has(w.split('-')[0]!);
    return !party.ties.every((w) => tied(w) || (party.by === 'group' && inCompound(w, opening)));
  });
}

/**
 * The askers a requester joins with commas and "en"; one capitalised word that is neither a body, a group nor a
 * short form goes on the name before it when that name ends in a capitalised word ("Centrum Veilige Sport en
 * Jeugdwerk" is one body, "het IPO en de VNG" two).
 */
function joinedMembers(requester: string): string[] {
  const members: string[] = [];
  for (const part of requester.split(/,|\sen\s/u)) {
    const words = part.match(WORD) ?? [];
    const last = members.at(-1)?.trimEnd() ?? '';
    const goesOn =
      words.length === 1 &&
      upperAt(words[0]!, 0) > 0 &&
      partyWords(words) === null &&
      /\p{Lu}\p{Ll}+$/u.test(last);
    if (goesOn) members[members.length - 1] = `${last} en ${part.trim()}`;
    else members.push(part);
  }
  return members;
}

/** "de organisaties" after "natuurorganisaties": a group the opening names in a compound. */
const inCompound = (word: string, opening: Opening): boolean =>
  [...opening.words].some((w) => w.endsWith(word));

/** "Sommige organisaties", "Die organisatie": a determiner that sets a group or body apart from the sender. */
function setApart(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase();
  return words.length > 1 && first !== undefined && askLexicon().voices.apart.has(first);
}

/** The words that tie a named organisation or a group to the opening, and what they are; null when the words name
 * neither. */
function partyWords(
  words: readonly string[],
): { ties: string[]; by: 'group' | 'name' | 'short form' } | null {
  const { heads, groups } = askLexicon().voices;
  const names = words.filter((w) => upperAt(w, 0) > 0 && !ARTICLE.test(w)).map((w) => w.toLowerCase());
  const group = words.map((w) => w.toLowerCase()).filter((w) => endsInHead(w, groups));
  if (group.length) return { ties: group, by: 'group' };
  if (!names.some((w) => heads.some((h) => w.endsWith(h)))) {
    const shortForms = words.filter((w) => SHORT_FORM().test(w)).map((w) => w.toLowerCase());
    if (shortForms.length) return { ties: shortForms, by: 'short form' };
    // "De Dierenbescherming": capitalised words after an article name a body, whatever its head
    const named = words.length > 1 && ARTICLE.test(words[0]!) && names.length === words.length - 1;
    return named ? { ties: names, by: 'name' } : null;
  }
  const own = names.filter((w) => !heads.includes(w));
  return own.length ? { ties: own, by: 'name' } : null;
}

/** "De Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie": a body the text names, by its name. */
function bodyWords(member: string, opening: Opening): { ties: string[]; by: 'name' } | null {
  const body = opening.bodies.find((b) => includesName(member, b));
  return body ? { ties: body.toLowerCase().match(WORD) ?? [], by: 'name' } : null;
}

/** Whether `text` names `name` as whole words ("om" is no mention of the OM). */
function includesName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ')) return true;
  }
  return false;
}

/** "Zij", "Ze", "Hij", "hun woordvoerder", "haar voorzitter": who asks is whom the text named just before. */
export const isPronoun = (requester: string): boolean =>
  /^(?:zij|ze|hij|haar|hem|hen|hun)$|^(?:hun|haar|zijn) \p{L}+$/iu.test(requester.trim());

/** A quotation mark that opens or closes a quote. */
const QUOTES = new Set(['"', '“', '”', '„', "'", '‘', '’', '«', '»']);

/**
 * The speaker a sentence names after its quotation ('"…", zei PvdA-woordvoerder Annelies Stoop.'), or null: the
 * words after the last closing quote, past the attribution verb that opens them.
 */
export function quoteSpeaker(sentence: string): string | null {
  const trimmed = sentence.trimEnd();
  let close = -1;
  for (let i = trimmed.length - 1; i >= 0 && close < 0; i--) if (QUOTES.has(trimmed[i]!)) close = i;
  // a quotation mark first or after a space opens a quote: "'Volgens ons moet …" names no speaker
  if (close <= 0 || /\s/u.test(trimmed[close - 1]!)) return null;
  const words = trimmed.slice(close + 1).match(WORD) ?? [];
  if (!words.length || !askLexicon().attributions.has(words[0]!.toLowerCase())) return null;
  const speaker = words.slice(1).join(' ');
  return speaker || null;
}

/** How far into a sentence its speaker's verb may stand: "Kamerlid Sanne de Vries (Partij voor de Dieren) vindt …". */
const SPEAKER_REACH = 12;

/**
 * Who speaks in the sentence before a quotation: the speaker named after its own quotation, or the capitalised phrase
 * it opens with before a verb of saying or finding ("Kamerlid X (PvdD) vindt dat … 'De minister moet …'").
 */
export function speakerBefore(sentence: string): string | null {
  const quoted = quoteSpeaker(sentence);
  if (quoted) return quoted;
  const words = sentence.match(WORD) ?? [];
  if (upperAt(words[0] ?? '', 0) === 0) return null;
  const verb = words
    .slice(1, SPEAKER_REACH)
    .findIndex((w) => askLexicon().attributions.has(w.toLowerCase()) && !SPEAKER_AFTER.has(w.toLowerCase()));
  return verb < 0 ? null : words.slice(0, verb + 1).join(' ');
}

/** Attributions whose speaker follows them ("aldus de voorzitter", "volgens een rondgang"): none before them. */
const SPEAKER_AFTER: ReadonlySet<string> = new Set(['aldus', 'volgens']);

/** A sentence that is a quotation alone: it opens with a quotation mark and names no speaker after it. */
export function quotedAlone(sentence: string): boolean {
  const first = sentence.trimStart()[0];
  return first !== undefined && QUOTES.has(first) && quoteSpeaker(sentence) === null;
}
