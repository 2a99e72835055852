/**
 * Ask recognition at the text level: is a prose sentence, a list item or a heading a request for action by
 * parliament or government? The phrases are data (src/data/ask-phrases.yaml); this file applies them.
 */
import { askPhrases, type AskKind, type AskScope } from './ask-phrases.js';
import { matchWordPattern, tokenize, wordsOf, type Token, type WordPattern } from './match-word-pattern.js';
import { L } from '../../text/letter-classes.js';

export interface AskMatch {
  /** the words that signalled the ask, as written ("Wij dringen daarom als eerste stap aan op") */
  phrase: string;
  kind: AskKind;
}

/** List markers, arrows, numbering ("2.", "b)"), quotes and emphasis before an item's first word. */
const LEADING_MARKS = new RegExp(
  String.raw`^[\s\-*•▪◦·‣⁃–—➔→➜➝➞⇒►▶➤>"'‘“_]{0,12}(?:(?:\d{1,2}[.)]|[${L}]\))\s+)?[\s*_➔→]{0,4}`,
  'u',
);

const isQuestion = (text: string): boolean => /\?[\s"'’”)*_]*$/u.test(text);
const endsWithColon = (text: string): boolean => /:[\s*_]*$/u.test(text);

function firstMatch(patterns: readonly WordPattern[], tokens: readonly Token[], words: ReadonlySet<string>) {
  for (const pattern of patterns) {
    const m = matchWordPattern(pattern, tokens, words);
    if (m) return m;
  }
  return null;
}

function classify(text: string, scope: AskScope): AskMatch | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.replace(LEADING_MARKS, '').trim();
  if (!trimmed || isQuestion(trimmed)) return null;
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return null;
  const words = wordsOf(tokens);
  const phrases = askPhrases();
  if (firstMatch(phrases.vetoes, tokens, words)) return null;
  for (const family of phrases.families) {
    if (!family.scope.has(scope)) continue;
    const m = firstMatch(family.patterns, tokens, words);
    if (m) return { phrase: trimmed.slice(tokens[m.first]!.start, tokens[m.last]!.end), kind: family.kind };
  }
  return null;
}

/**
 * Whether a prose sentence asks parliament or government to act ("Wij pleiten daarom voor …", "De G40 roept
 * de Kamer op …"). Null for descriptions, appreciation, questions, implicit needs ("het is van belang dat …")
 * and for an introduction ending in ":": the asks are the list items after it (see isAskIntroduction).
 */
export function classifyAskSentence(sentence: string): AskMatch | null {
  if (typeof sentence !== 'string' || endsWithColon(sentence)) return null;
  return classify(sentence, 'sentence');
}

/**
 * Whether a list item, arrow line or heading is an ask: an imperative at its start ("Zorg voor …",
 * "Versterk …"), a need ("Gemeenten hebben behoefte aan …") or any phrase a sentence may hold.
 */
export function classifyAskItem(itemText: string): AskMatch | null {
  return classify(itemText, 'item');
}

/**
 * Whether a sentence or heading announces a list of asks: "We vragen de Kamerleden verder hun aandacht voor:",
 * "Onze oproep aan de Kamer", "Wat vragen wij van u?". "Deze betreffen:" or "Onze zorgen zijn:" do not.
 */
export function isAskIntroduction(sentence: string): boolean {
  if (typeof sentence !== 'string') return false;
  const trimmed = sentence.replace(LEADING_MARKS, '').trim();
  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return false;
  const words = wordsOf(tokens);
  const phrases = askPhrases();
  if (firstMatch(phrases.introductions, tokens, words)) return true;
  if (!endsWithColon(trimmed) || firstMatch(phrases.vetoes, tokens, words)) return false;
  return phrases.families.some(
    (f) =>
      f.scope.has('sentence') &&
      (f.kind === 'direct' || f.kind === 'reported') &&
      firstMatch(f.patterns, tokens, words),
  );
}
