/**
 * The letter's prose as a list of sentences (list items kept whole), in letter order, each tied to its
 * theme and, where it is one, to the ask it states. The key message and the context lines pick from it.
 */
import type { Block, Letter } from '../model/schema.js';
import { splitSentences } from '../parse/split-sentences.js';

export interface LetterSentence {
  /** place in the letter, 0-based */
  index: number;
  themeId: string;
  /** the sentence as a reader sees it: markup removed, white space folded */
  text: string;
  /** offsets of the block or list item it comes from (sentences of one paragraph share them) */
  start: number;
  end: number;
  /** a list item rather than a sentence of prose */
  item: boolean;
  /** the ask this sentence states, if any */
  askId: string | null;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
const key = (s: string): string => fold(s).toLowerCase();

function blockSentences(block: Block): { text: string; start: number; end: number; item: boolean }[] {
  const { start, end } = block.position;
  if (block.type === 'list') {
    return block.items
      .map((it) => ({
        text: fold(it.plain),
        start: it.position.start.offset,
        end: it.position.end.offset,
        item: true,
      }))
      .filter((s) => s.text);
  }
  if (block.type !== 'paragraph' && block.type !== 'quote') return [];
  return splitSentences(block.plain)
    .map((s) => ({ text: fold(s.text), start: start.offset, end: end.offset, item: false }))
    .filter((s) => s.text);
}

/** Does this sentence state the ask (one contains the other, compared without case and spacing)? */
function states(sentence: string, ask: string): boolean {
  const s = key(sentence);
  const a = key(ask);
  if (!s || !a) return false;
  return s.includes(a.slice(0, 60)) || (s.length >= 12 && a.includes(s));
}

export function letterSentences(letter: Letter): LetterSentence[] {
  const out: LetterSentence[] = [];
  for (const theme of letter.themes) {
    for (const block of theme.blocks) {
      for (const s of blockSentences(block))
        out.push({ ...s, index: out.length, themeId: theme.id, askId: null });
    }
  }
  for (const ask of letter.asks) {
    const at = ask.position.start.offset;
    const inTheme = out.filter((s) => s.themeId === ask.themeId && s.askId === null);
    const inBlock = inTheme.filter((s) => s.start <= at && at < Math.max(s.end, s.start + 1));
    const hits = inBlock.filter((s) => states(s.text, ask.plain));
    const chosen = hits.length ? hits : inTheme.filter((s) => states(s.text, ask.plain));
    for (const s of chosen) s.askId = ask.id;
  }
  return out;
}
