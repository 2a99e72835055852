/**
 * One line of context per theme, taken from the letter: the sentence that holds the theme's key figure,
 * else the theme's first statement (not an ask, a list item, a question or a colon introduction), never
 * a sentence the key message already uses. The opening (the text before the first heading) has none.
 */
import type { Letter } from '../model/schema.js';
import { isStatement } from './choose-key-message.js';
import { keyFigures } from './describe-asks.js';
import type { LetterSentence } from './letter-sentences.js';

export interface ThemeContext {
  themeId: string;
  title: string;
  level: number;
  parentTitle: string | null;
  /** the extracted sentence, whole */
  text: string;
}

const low = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function pickContext(
  letter: Letter,
  sentences: LetterSentence[],
  avoid: ReadonlySet<number>,
): ThemeContext[] {
  const titles = new Map(letter.themes.map((t) => [t.id, t.title]));
  const figures = keyFigures(letter.figures);
  // the statements of each theme, in letter order: grouped once rather than searched for per theme
  const statements = new Map<string, LetterSentence[]>();
  for (const s of sentences) {
    if (!isStatement(s) || avoid.has(s.index)) continue;
    const list = statements.get(s.themeId);
    if (list) list.push(s);
    else statements.set(s.themeId, [s]);
  }
  const out: ThemeContext[] = [];
  for (const theme of letter.themes) {
    if (theme.title === null) continue;
    const options = statements.get(theme.id) ?? [];
    const figure = figures.get(theme.id);
    const withFigure = figure ? options.find((s) => low(s.text).includes(low(figure.text))) : undefined;
    const pick = withFigure ?? options[0];
    if (!pick) continue;
    out.push({
      themeId: theme.id,
      title: theme.title,
      level: theme.level,
      parentTitle: theme.parentId ? (titles.get(theme.parentId) ?? null) : null,
      text: pick.text,
    });
  }
  return out;
}
