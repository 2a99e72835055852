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

export const KEY_MESSAGE_MAX_SENTENCES = 3;
export const KEY_MESSAGE_MAX_CHARS = 420;
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

function reasonBefore(sentences: LetterSentence[], from: number): LetterSentence | null {
  const themeId = sentences[from]?.themeId;
  for (let i = from - 1; i >= 0; i--) {
    const s = sentences[i];
    if (!s || s.themeId !== themeId) return null;
    if (isStatement(s)) return s;
  }
  return null;
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
  for (const ask of ordered) {
    const ids = new Set([ask.id, ...letter.asks.filter((a) => a.restates === ask.id).map((a) => a.id)]);
    const first = sentences.find((s) => s.askId !== null && ids.has(s.askId));
    const reason = first ? reasonBefore(sentences, first.index) : null;
    if (reason) candidates.push({ s: reason, rule: 'ask-reasons' });
  }
  if (!candidates.length) {
    const themes = [
      ...letter.themes.filter((t) => t.title !== null),
      ...letter.themes.filter((t) => t.title === null),
    ];
    for (const theme of themes) {
      const first = sentences.filter((s) => s.themeId === theme.id && isStatement(s)).slice(0, 2);
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
