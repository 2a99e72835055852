/**
 * The key message: one to three sentences taken word for word from the letter, chosen by what they say.
 *
 * Candidates are the letter's statements (not an ask, a list item, a question, an introduction ending in a
 * colon or a fragment without a verb, at least MIN_CHARS long) that are not a salutation, a closing line, an address, or procedural — about
 * the debate or the letter itself ("Op 22 november staat het wetgevingsoverleg Water gepland", "Graag geeft de
 * VNG u haar standpunt mee") — unless they also state a position. Each candidate scores
 *   1    when it states a position (a phrase of src/data/stance.yaml: "pleiten", "is positief", "ontoereikend"),
 *   0–1  for its overlap with the asks (the share of its content words that the asks use; in proportion
 *        below FULL_WORDS content words),
 *   1    for the lead of a news item (its first candidate that does not lean on the one before),
 *   0.25 for the first candidate of a theme (a paragraph's topic sentence),
 *   −0.5 for a sentence over LONG_CHARS,
 *   −1   for a sentence that leans on the one before it ("Dat is …", "Waarbij …"),
 * and the highest scores are taken (ties: the earlier sentence; one below zero only when it is the best) while the message stays within MAX_CHARS
 * (the first always), then put in letter order. `rule` names what chose the best sentence (`place` when nothing but its place did); each sentence
 * keeps its position in the letter so a reader can check it.
 */
import { isClauseVerb } from '../extract/asks/ask-lexicon.js';
import type { Letter, Position } from '../model/schema.js';
import { contentWords } from '../text/content-words.js';
import { tokenize } from '../text/tokenize.js';
import type { LetterSentence } from './letter-sentences.js';
import { leaningWord, notAMessage, positionPhrase } from './read-stance.js';

const KEY_MESSAGE_MAX_SENTENCES = 3;
const KEY_MESSAGE_MAX_CHARS = 420;
const MIN_CHARS = 30;
/** A sentence this long is a paragraph's worth: it takes the message's room from two others. */
const LONG_CHARS = 300;
const LONG_PENALTY = 0.5;
const LEANING_PENALTY = 1;
/** A sentence's overlap with the asks counts fully from this many content words. */
const FULL_WORDS = 6;

export type KeyMessageRule = 'news-lead' | 'position' | 'ask-overlap' | 'place' | 'none';

export interface KeyMessage {
  sentences: string[];
  /** what made the best sentence the best */
  rule: KeyMessageRule;
  /** where each sentence is in the letter */
  positions: Position[];
  /** each sentence's rank by score (0 = the best): the page drops the worst first */
  ranks: number[];
  /** indexes into letterSentences(), for the context lines to avoid */
  indexes: number[];
}

/** A sentence without a verb is a fragment of the one before ("Met als uitgangspunt de …"): it says nothing alone. */
const hasVerb = (text: string): boolean => tokenize(text).some((t) => t.word && isClauseVerb(t.lower));

/** A sentence that can stand alone as a statement. */
const isStatement = (s: LetterSentence): boolean =>
  s.askId === null &&
  !s.item &&
  s.text.length >= MIN_CHARS &&
  !/[:?]["'”’)]?$/.test(s.text) &&
  hasVerb(s.text);

/** A statement that may carry the letter's message. */
export const isMessage = (s: LetterSentence): boolean => isStatement(s) && notAMessage(s.text) === null;

interface Scored {
  s: LetterSentence;
  score: number;
  rule: KeyMessageRule;
}

function score(letter: Letter, sentences: LetterSentence[]): Scored[] {
  const askWords = new Set(letter.asks.flatMap((a) => contentWords(a.plain)));
  const seenThemes = new Set<string>();
  let lead = letter.meta.kind === 'news';
  const out: Scored[] = [];
  for (const s of sentences) {
    if (!isMessage(s)) continue;
    const leaning = leaningWord(s.text) !== null;
    // the lead is the first sentence that stands on its own
    const isLead = lead && !leaning;
    const parts: [KeyMessageRule, number][] = [
      ['news-lead', isLead ? 1 : 0],
      ['position', positionPhrase(s.text) ? 1 : 0],
      ['ask-overlap', 0],
      ['place', seenThemes.has(s.themeId) ? 0 : 0.25],
    ];
    if (askWords.size) {
      const words = contentWords(s.text);
      // a sentence of few content words says too little to overlap by chance: it counts in proportion
      const weight = Math.min(1, words.length / FULL_WORDS);
      if (words.length) parts[2]![1] = (weight * words.filter((w) => askWords.has(w)).length) / words.length;
    }
    if (isLead) lead = false;
    seenThemes.add(s.themeId);
    const best = parts.reduce((a, b) => (b[1] > a[1] ? b : a));
    const penalty = (s.text.length > LONG_CHARS ? LONG_PENALTY : 0) + (leaning ? LEANING_PENALTY : 0);
    out.push({
      s,
      score: parts.reduce((n, [, v]) => n + v, 0) - penalty,
      rule: best[1] > 0 ? best[0] : 'place',
    });
  }
  return out;
}

export function chooseKeyMessage(
  letter: Letter,
  sentences: LetterSentence[],
  max = KEY_MESSAGE_MAX_SENTENCES,
): KeyMessage {
  const scored = score(letter, sentences).sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  // a sentence that scores below nothing is taken only when nothing better is there
  const ranked = scored.filter((c, i) => i === 0 || c.score >= 0);
  const chosen: Scored[] = [];
  let chars = 0;
  for (const c of ranked) {
    if (chosen.length >= Math.max(1, max)) break;
    if (chosen.length && chars + c.s.text.length > KEY_MESSAGE_MAX_CHARS) continue;
    chosen.push(c);
    chars += c.s.text.length;
  }
  const rule = chosen[0]?.rule ?? 'none';
  const rank = new Map(chosen.map((c, i) => [c, i]));
  chosen.sort((a, b) => a.s.index - b.s.index);
  return {
    sentences: chosen.map((c) => c.s.text),
    rule,
    ranks: chosen.map((c) => rank.get(c)!),
    positions: chosen.map((c) => c.s.position),
    indexes: chosen.map((c) => c.s.index),
  };
}
