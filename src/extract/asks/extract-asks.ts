/**
 * Asks: arrow lines, bullets introduced as requests (or phrased as imperatives), and sentences in which
 * the sender asks for action. A sentence that makes the same request as an arrow ask in its theme
 * `restates` it, so a brief can show the request once.
 */
import { positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Ask } from '../../model/schema.js';
import { classifyAskItem, classifyAskSentence, isAskIntroduction } from './classify-ask.js';
import { contentWords } from '../../text/content-words.js';
import { unitSentences, type TextUnit } from '../text-units.js';
import { foldSpace } from '../../text/fold-space.js';

/** Share of the shorter request's content words that must recur for a sentence to restate an arrow ask. */
const RESTATES = 0.5;

/** All asks in document order, ids numbered per theme. */
export function extractAsks(units: TextUnit[], file: LetterFile): Ask[] {
  const asks: Ask[] = [];
  const counters = new Map<string, number>();
  const add = (unit: TextUnit, start: number, end: number, marker: Ask['marker'], phrase: string | null) => {
    const n = (counters.get(unit.themeId) ?? 0) + 1;
    counters.set(unit.themeId, n);
    asks.push({
      id: `${unit.themeId}/ask-${n}`,
      text: file.text.slice(start, end),
      plain: foldSpace(file.visible.slice(start, end)),
      marker,
      themeId: unit.themeId,
      position: positionIn(file, start, end),
      phrase,
      restates: null,
    });
  };
  let introduced = false;
  for (const unit of units) {
    if (unit.kind === 'title') {
      introduced = false;
      continue;
    }
    if (unit.kind === 'item' && unit.item) {
      // one item is one run of prose: a blank line inside it comes from a joined page break
      const view = file.visible.slice(unit.start, unit.end).replace(/\n/g, ' ');
      if (unit.item.arrow) {
        add(unit, unit.start, unit.end, 'arrow', `arrow ${unit.item.arrow}`);
        continue;
      }
      const imperative = classifyAskItem(view);
      if (introduced || imperative) {
        add(unit, unit.start, unit.end, 'bullet', imperative?.phrase ?? 'introduced as a request');
        continue;
      }
    }
    const sentences = unitSentences(unit);
    for (const s of sentences) {
      const match = classifyAskSentence(s.plain);
      if (match) add(unit, s.position.start.offset, s.position.end.offset, 'sentence', match.phrase);
    }
    if (unit.kind === 'paragraph') {
      const last = sentences[sentences.length - 1];
      introduced = !!last && isAskIntroduction(last.plain);
    }
  }
  linkRestatements(asks);
  return asks;
}

function linkRestatements(asks: Ask[]): void {
  // arrows of each theme, with an index from content word to arrow, so a sentence is only compared with
  // the arrows it shares a word with (a letter of thousands of asks stays linear)
  interface ThemeArrows {
    arrows: { id: string; size: number }[];
    byWord: Map<string, number[]>;
  }
  const themes = new Map<string, ThemeArrows>();
  for (const arrow of asks) {
    if (arrow.marker !== 'arrow') continue;
    let theme = themes.get(arrow.themeId);
    if (!theme) themes.set(arrow.themeId, (theme = { arrows: [], byWord: new Map() }));
    const words = new Set(contentWords(arrow.plain));
    for (const w of words) {
      const list = theme.byWord.get(w);
      if (list) list.push(theme.arrows.length);
      else theme.byWord.set(w, [theme.arrows.length]);
    }
    theme.arrows.push({ id: arrow.id, size: words.size });
  }
  for (const ask of asks) {
    if (ask.marker !== 'sentence') continue;
    const theme = themes.get(ask.themeId);
    const words = new Set(contentWords(ask.plain));
    const shared = new Map<number, number>();
    for (const w of words)
      for (const i of theme?.byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: { id: string; score: number } | null = null;
    // in letter order, so the first of equally close arrows wins
    for (const i of [...shared.keys()].sort((a, b) => a - b)) {
      const arrow = theme!.arrows[i]!;
      const count = shared.get(i)!;
      const score = count / Math.min(words.size, arrow.size);
      if (count >= 2 && score >= RESTATES && (!best || score > best.score)) best = { id: arrow.id, score };
    }
    ask.restates = best?.id ?? null;
  }
}
