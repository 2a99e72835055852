/**
 * The letter's prose as a list of sentences (list items kept whole), in letter order, each tied to its
 * theme and, where it is one, to the ask it states. The key message and the context lines pick from it.
 */
import type { Block, Letter, Position } from '../model/schema.js';
import { foldSpace } from '../text/fold-space.js';

export interface LetterSentence {
  /** place in the letter, 0-based */
  index: number;
  themeId: string;
  /** the sentence as a reader sees it: markup removed, white space folded */
  text: string;
  /** where the sentence is in the letter (a list item: the whole item) */
  position: Position;
  /** offsets of the block or list item it comes from (sentences of one paragraph share them) */
  start: number;
  end: number;
  /** a list item rather than a sentence of prose */
  item: boolean;
  /** the ask this sentence states, if any */
  askId: string | null;
}

const key = (s: string): string => foldSpace(s).toLowerCase();

type BlockSentence = Pick<LetterSentence, 'text' | 'position' | 'start' | 'end' | 'item'>;

function blockSentences(block: Block): BlockSentence[] {
  const { start, end } = block.position;
  if (block.type === 'list') {
    return block.items
      .map((it) => ({
        text: foldSpace(it.plain),
        position: it.position,
        start: it.position.start.offset,
        end: it.position.end.offset,
        item: true,
      }))
      .filter((s) => s.text);
  }
  if (block.type !== 'paragraph' && block.type !== 'quote') return [];
  return block.sentences
    .map((s) => ({
      text: foldSpace(s.plain),
      position: s.position,
      start: start.offset,
      end: end.offset,
      item: false,
    }))
    .filter((s) => s.text);
}

/** Does this sentence state the ask (one contains the other, compared without case and spacing)? Both keyed. */
function states(s: string, a: string): boolean {
  if (!s || !a) return false;
  return s.includes(a.slice(0, 60)) || (s.length >= 12 && a.includes(s));
}

/** A block or list item of a theme: the sentences sharing its offsets, in letter order. */
interface Span {
  start: number;
  /** an empty span still holds its start */
  stop: number;
  members: number[];
}

/**
 * A theme's sentences and their spans. When the spans follow each other without overlapping (as in every
 * parsed letter) the one holding an offset is found by binary search; otherwise (a hand-edited model) by a
 * scan of the spans.
 */
class ThemeSentences {
  readonly all: number[] = [];
  readonly spans: Span[] = [];
  private ordered = true;

  add(i: number, s: LetterSentence): void {
    this.all.push(i);
    const last = this.spans[this.spans.length - 1];
    if (last && last.start === s.start && last.stop === Math.max(s.end, s.start + 1)) {
      last.members.push(i);
      return;
    }
    if (last && s.start < last.stop) this.ordered = false;
    this.spans.push({ start: s.start, stop: Math.max(s.end, s.start + 1), members: [i] });
  }

  /** The sentences whose span holds the offset, in letter order. */
  at(offset: number): number[] {
    if (!this.ordered) {
      const hit = this.spans.filter((s) => s.start <= offset && offset < s.stop);
      return hit.length === 1 ? hit[0]!.members : hit.flatMap((s) => s.members).sort((a, b) => a - b);
    }
    let lo = 0;
    let hi = this.spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const span = this.spans[found];
    return span && offset < span.stop ? span.members : [];
  }
}

/**
 * Each ask claims the sentences of its own block (or list item) that state it, else any sentence of its theme
 * that does, among those no earlier ask claimed. The sentences and their comparison keys are made once and
 * grouped by theme, so an ask looks only at its block, and at its theme only when its block does not state it.
 */
export function letterSentences(letter: Letter): LetterSentence[] {
  const out: LetterSentence[] = [];
  const keys: string[] = [];
  const byTheme = new Map<string, ThemeSentences>();
  for (const theme of letter.themes) {
    let group = byTheme.get(theme.id);
    if (!group) byTheme.set(theme.id, (group = new ThemeSentences()));
    for (const block of theme.blocks) {
      for (const s of blockSentences(block)) {
        const sentence = { ...s, index: out.length, themeId: theme.id, askId: null };
        group.add(out.length, sentence);
        out.push(sentence);
        keys.push(key(s.text));
      }
    }
  }
  for (const ask of letter.asks) {
    const group = byTheme.get(ask.themeId);
    const a = key(ask.plain);
    if (!group || !a) continue;
    const open = (i: number) => out[i]!.askId === null && states(keys[i]!, a);
    const hits = group.at(ask.position.start.offset).filter(open);
    const chosen = hits.length ? hits : group.all.filter(open);
    for (const i of chosen) out[i]!.askId = ask.id;
  }
  return out;
}
