/**
 * An ask as the brief lists it: its request — the sentence that asks, found by the phrase that signalled the
 * ask ("We roepen daarom de Kamer op") — and the rest of a long list item as detail, so a bullet of eight
 * sentences is one line to read and its argument stays at hand.
 */
import type { Ask } from '../model/schema.js';
import { foldSpace } from '../text/fold-space.js';
import { splitSentences } from '../text/split-sentences.js';

/** Shorter asks are one sentence in practice: not worth splitting. */
const ONE_SENTENCE = 120;

export interface RequestClause {
  request: string;
  /** the item's other sentences, in order; null when there are none */
  detail: string | null;
}

export function requestClause(ask: Pick<Ask, 'plain' | 'phrase'>): RequestClause {
  const plain = foldSpace(ask.plain);
  if (plain.length <= ONE_SENTENCE) return { request: plain, detail: null };
  const sentences = splitSentences(plain).map((s) => s.text);
  if (sentences.length < 2) return { request: plain, detail: null };
  const phrase = ask.phrase ? foldSpace(ask.phrase).toLowerCase() : '';
  const at = Math.max(0, phrase ? sentences.findIndex((s) => s.toLowerCase().includes(phrase)) : 0);
  const rest = sentences.filter((_, i) => i !== at);
  return { request: sentences[at]!, detail: rest.join(' ') };
}
