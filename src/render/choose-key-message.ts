/**
 * The key message: one to three sentences taken word for word from the letter. The rule:
 * 1. a news item opens with its lead: its first full sentence comes first;
 * 2. then, per ask (listed asks before asks in prose, each in letter order), the sentence that gives the
 *    ask's reason: the nearest sentence before it in the same theme that is not itself an ask, a list item,
 *    a question or an introduction ending in a colon (an ask restated in prose counts from its first mention);
 * 3. without asks: the first two such sentences of the first theme that has any.
 * Sentences are added while the message stays within MAX_CHARS (the first always), then put in letter order.
 */
import type { Ask, Letter } from '../model/schema.js';
import type { LetterSentence } from './letter-sentences.js';

const KEY_MESSAGE_MAX_SENTENCES = 3;
const KEY_MESSAGE_MAX_CHARS = 420;
const MIN_CHARS = 30;

export type KeyMessageRule = 'news-lead' | 'ask-reasons' | 'first-sentences' | 'none';

export interface KeyMessage {
  sentences: string[];
  /** which step of the rule chose the first sentence */
  rule: KeyMessageRule;
  /** indexes into letterSentences(), for the context lines to avoid */
  indexes: number[];
}

/** A sentence that can stand alone as a statement. */
export const isStatement = (s: LetterSentence): boolean =>
  s.askId === null && !s.item && s.text.length >= MIN_CHARS && !/[:?]["'”’)]?$/.test(s.text);

/** The nearest statement before sentence `from` in the same theme. */
function reasonBefore(sentences: LetterSentence[], nearest: number[], from: number): LetterSentence | null {
  const before = sentences[from - 1];
  if (!before || before.themeId !== sentences[from]?.themeId) return null;
  return sentences[nearest[from - 1] ?? -1] ?? null;
}

/**
 * For each sentence, the nearest statement at or before it in the same theme (-1 for none): the reason an ask
 * gives is then found without walking back through the theme for every ask.
 */
function statementsBefore(sentences: LetterSentence[]): number[] {
  const nearest: number[] = [];
  sentences.forEach((s, i) => {
    const before = i > 0 && sentences[i - 1]?.themeId === s.themeId ? (nearest[i - 1] ?? -1) : -1;
    nearest.push(isStatement(s) ? i : before);
  });
  return nearest;
}

const listed = (a: Ask): boolean => a.marker !== 'sentence';

export function chooseKeyMessage(
  letter: Letter,
  sentences: LetterSentence[],
  max = KEY_MESSAGE_MAX_SENTENCES,
): KeyMessage {
  const candidates: { s: LetterSentence; rule: KeyMessageRule }[] = [];
  if (letter.meta.kind === 'news') {
    const lead = sentences.find(isStatement);
    if (lead) candidates.push({ s: lead, rule: 'news-lead' });
  }
  const leads = letter.asks.filter((a) => a.restates === null);
  const ordered = [...leads.filter(listed), ...leads.filter((a) => !listed(a))];
  // the first sentence stating each ask, and the asks restating each: found once, not per ask
  const firstOf = new Map<string, number>();
  sentences.forEach((s, i) => {
    if (s.askId !== null && !firstOf.has(s.askId)) firstOf.set(s.askId, i);
  });
  const restatedBy = new Map<string, string[]>();
  for (const a of letter.asks) {
    if (a.restates === null) continue;
    const list = restatedBy.get(a.restates);
    if (list) list.push(a.id);
    else restatedBy.set(a.restates, [a.id]);
  }
  const nearest = ordered.length ? statementsBefore(sentences) : [];
  for (const ask of ordered) {
    let first = firstOf.get(ask.id) ?? Infinity;
    for (const id of restatedBy.get(ask.id) ?? []) first = Math.min(first, firstOf.get(id) ?? Infinity);
    const reason = first === Infinity ? null : reasonBefore(sentences, nearest, sentences[first]!.index);
    if (reason) candidates.push({ s: reason, rule: 'ask-reasons' });
  }
  if (!candidates.length) {
    const themes = [
      ...letter.themes.filter((t) => t.title !== null),
      ...letter.themes.filter((t) => t.title === null),
    ];
    const statements = new Map<string, LetterSentence[]>();
    for (const s of sentences) {
      if (!isStatement(s)) continue;
      const list = statements.get(s.themeId);
      if (!list) statements.set(s.themeId, [s]);
      else if (list.length < 2) list.push(s);
    }
    for (const theme of themes) {
      const first = statements.get(theme.id) ?? [];
      if (first.length) {
        candidates.push(...first.map((s) => ({ s, rule: 'first-sentences' as const })));
        break;
      }
    }
  }
  const chosen: typeof candidates = [];
  let chars = 0;
  for (const c of candidates) {
    if (chosen.length >= Math.max(1, max)) break;
    if (chosen.some((x) => x.s.index === c.s.index)) continue;
    if (chosen.length && chars + c.s.text.length > KEY_MESSAGE_MAX_CHARS) continue;
    chosen.push(c);
    chars += c.s.text.length;
  }
  const rule = chosen[0]?.rule ?? 'none';
  chosen.sort((a, b) => a.s.index - b.s.index);
  return { sentences: chosen.map((c) => c.s.text), rule, indexes: chosen.map((c) => c.s.index) };
}
