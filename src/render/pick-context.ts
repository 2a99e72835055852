/**
 * Context per theme, taken from the letter: up to a few statements of each theme that may carry a message (no
 * salutation, closing or procedural line), never one the key message or an ask already shows. They are ranked —
 * the sentence with the theme's key figure, then sentences stating a position, then the rest, each in letter
 * order — so the page can keep the best of each theme when it is short of room; they are shown in letter order.
 * The opening (the text before the first heading) counts as a theme too: many letters have nothing else.
 */
import type { Letter } from '../model/schema.js';
import { foldSpace } from '../text/fold-space.js';
import { isMessage } from './choose-key-message.js';
import { keyFigures } from './describe-asks.js';
import type { LetterSentence } from './letter-sentences.js';
import { positionPhrase } from './read-stance.js';

export interface ContextSentence {
  text: string;
  /** 0 for the theme's best sentence, 1 for the next, … */
  rank: number;
}

export interface ThemeContext {
  themeId: string;
  title: string;
  level: number;
  parentTitle: string | null;
  /** in letter order */
  sentences: ContextSentence[];
}

/** Sentences of context the letter's themes share between them: a letter of few themes says more of each. */
const CONTEXT_SENTENCES = 12;
const MIN_PER_THEME = 2;
const MAX_PER_THEME = 6;

const low = (s: string): string => foldSpace(s).toLowerCase();

export function pickContext(
  letter: Letter,
  sentences: LetterSentence[],
  avoid: ReadonlySet<number>,
  openingTitle: string,
): ThemeContext[] {
  const titles = new Map(letter.themes.map((t) => [t.id, t.title]));
  const figures = keyFigures(letter.figures);
  // the statements of each theme, in letter order: grouped once rather than searched for per theme
  const statements = new Map<string, LetterSentence[]>();
  for (const s of sentences) {
    if (!isMessage(s) || avoid.has(s.index)) continue;
    const list = statements.get(s.themeId);
    if (list) list.push(s);
    else statements.set(s.themeId, [s]);
  }
  const per = Math.min(
    MAX_PER_THEME,
    Math.max(MIN_PER_THEME, Math.ceil(CONTEXT_SENTENCES / Math.max(1, statements.size))),
  );
  const out: ThemeContext[] = [];
  for (const theme of letter.themes) {
    const options = statements.get(theme.id) ?? [];
    if (!options.length) continue;
    const figure = figures.get(theme.id);
    const weight = (s: LetterSentence) =>
      figure && low(s.text).includes(low(figure.text)) ? 0 : positionPhrase(s.text) ? 1 : 2;
    const best = options
      .map((s, i) => ({ s, i }))
      .sort((a, b) => weight(a.s) - weight(b.s) || a.i - b.i)
      .slice(0, per);
    const rankOf = new Map(best.map((b, rank) => [b.s, rank]));
    out.push({
      themeId: theme.id,
      title: theme.title ?? openingTitle,
      level: theme.level,
      parentTitle: theme.parentId ? (titles.get(theme.parentId) ?? null) : null,
      sentences: options.filter((s) => rankOf.has(s)).map((s) => ({ text: s.text, rank: rankOf.get(s)! })),
    });
  }
  return out;
}
