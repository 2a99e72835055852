/**
 * Whose demand a news item reports. The sender's, named in the text's opening (by its name, or by a generic head
 * that refers back to it: "de bond", "het verbond"), is an ask; the demand of another organisation or group the
 * text reports on is not ("De VOHO steunt het kabinet en wil juist dat …", "De vakbonden willen dat …"). Joint
 * askers are the sender's when one of them is ("X en Y vragen …").
 */
import { askLexicon } from './ask-lexicon.js';

const WORD = /[\p{L}\p{N}'’-]+/gu;
const ARTICLE = /^(?:de|het|een)$/iu;

/** Whether who asks is only other parties. `opening`: the start of the text, lower case. */
export function anotherParty(requester: string, opening: string): boolean {
  const named = new Set(opening.match(WORD) ?? []);
  const members = requester.split(/,|\sen\s/u);
  return members.every((m) => {
    const ties = partyWords(m.match(WORD) ?? []);
    return ties !== null && !ties.every((w) => named.has(w));
  });
}

/** The words that tie a named organisation or a group to the opening; null when the words name neither. */
function partyWords(words: readonly string[]): string[] | null {
  const { heads, groups } = askLexicon().voices;
  const names = words.filter((w) => /^\p{Lu}/u.test(w) && !ARTICLE.test(w)).map((w) => w.toLowerCase());
  const group = words.map((w) => w.toLowerCase()).filter((w) => groups.has(w));
  if (group.length) return group;
  if (!names.some((w) => heads.some((h) => w.endsWith(h)))) return null;
  const own = names.filter((w) => !heads.includes(w));
  return own.length ? own : null;
}

/** "Zij", "Ze", "Hij": who asks is whom the text named just before. */
export const isPronoun = (requester: string): boolean => /^(?:zij|ze|hij)$/iu.test(requester.trim());
