/**
 * What a sentence of the letter does, for the key message: state a position, talk about the debate or the letter
 * itself, greet, close, or give an address. The phrases are data (src/data/stance.yaml).
 */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/stance.yaml';
import { isClosing, isSalutation, opensLikeSalutation } from '../text/structure-words.js';
import { onFirstUse } from '../text/on-first-use.js';

const phrases = z.array(z.string().min(1)).min(1);
const StanceSchema = () => z.object({ position: phrases, procedural: phrases, leaning: phrases }).strict();

interface Phrase {
  text: string;
  words: string[];
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const compile = (list: string[]): Phrase[] => list.map((text) => ({ text, words: wordsOf(text) }));

const stance = defineLexicon(source, StanceSchema, (data) => ({
  position: compile(data.position),
  procedural: compile(data.procedural),
  leaning: new Set(data.leaning.map((w) => w.toLowerCase())),
}));

/** The first phrase of the list whose words all occur in the sentence, in any order. */
function firstPhrase(sentence: string, list: readonly Phrase[]): string | null {
  const words = new Set(wordsOf(sentence));
  return list.find((p) => p.words.every((w) => words.has(w)))?.text ?? null;
}

/** The position phrase a sentence has ("pleiten", "is positief"), or null. */
export const positionPhrase = (sentence: string): string | null => firstPhrase(sentence, stance().position);

/** The procedural phrase a sentence has ("gepland", "in deze brief"), or null. */
export const proceduralPhrase = (sentence: string): string | null =>
  firstPhrase(sentence, stance().procedural);

/** The word a sentence opens with when it leans on the sentence before it ("Dat", "Waarbij"), or null. */
export const leaningWord = (sentence: string): string | null => {
  const first = wordsOf(sentence.slice(0, 40))[0] ?? '';
  return stance().leaning.has(first) ? first : null;
};

/** A Dutch postcode ("2500 EA"): a sentence holding one is an address block. */
const SENTENCE_END = /[.!?]["'’”)]*\s*$/u;
const POSTCODE = onFirstUse(() => /(?<![\p{L}\p{N}])\d{4} ?[A-Z]{2}(?![\p{L}\p{N}])/u);

/**
 * Why a sentence can never be the key message, or null when it can: the salutation (also when a paragraph
 * runs it into the first sentence), a closing line, an address or a letterhead in capitals, or a sentence
 * about the debate or the letter that states no position.
 */
export function notAMessage(sentence: string): 'salutation' | 'closing' | 'address' | 'procedural' | null {
  const comma = sentence.indexOf(',');
  if (isSalutation(sentence) || (comma > 0 && isSalutation(sentence.slice(0, comma + 1))))
    return 'salutation';
  // the addressee line of a letterhead, which ends no sentence: "Aan de Voorzitter van de Tweede Kamer"
  if (opensLikeSalutation(sentence) && !SENTENCE_END.test(sentence)) return 'salutation';
  if (isClosing(sentence)) return 'closing';
  const letters = sentence.match(/\p{L}/gu) ?? [];
  const capitals = sentence.match(/\p{Lu}/gu) ?? [];
  if (POSTCODE().test(sentence) || capitals.length > letters.length / 2) return 'address';
  if (proceduralPhrase(sentence) && !positionPhrase(sentence)) return 'procedural';
  return null;
}
