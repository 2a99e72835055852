/** The words around a figure: approximations and qualifiers before it, "per jaar" and the like after it. */
import type { FigureLexicon } from './figure-lexicon.js';

export interface FigureQualifiers {
  /** the figure's span once approximations before and "per …" after are included */
  start: number;
  end: number;
  approximate: boolean;
  qualifiers: string[];
}

const MAX_WORDS = 3;
const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Walks back from `start` over at most three qualifier phrases (never past `floor`, the end of the
 * previous figure) and forward from `end` over at most three. Approximations ("circa") and "per …"
 * phrases become part of the figure's text; other qualifiers ("structureel", "extra") are only listed.
 */
export function collectQualifiers(
  text: string,
  start: number,
  end: number,
  floor: number,
  lex: FigureLexicon,
): FigureQualifiers {
  const before: string[] = [];
  let approximate = false;
  let from = start;
  let pos = start;
  for (let i = 0; i < MAX_WORDS; i++) {
    const head = text.slice(Math.max(floor, pos - 40), pos);
    const approx = lex.approximateBefore.match(head);
    const m = approx ?? lex.otherBefore.match(head);
    if (!m) break;
    pos = pos - head.length + m.index;
    before.unshift(m.phrase);
    if (approx) {
      approximate = true;
      from = pos;
    }
  }

  const after: string[] = [];
  let to = end;
  pos = end;
  for (let i = 0; i < MAX_WORDS; i++) {
    const next = text.slice(pos, pos + 60);
    const m = lex.mayOpenWithQualifier(next) ? lex.qualifierAfter.exec(next) : null;
    if (!m) break;
    pos += m[0].length;
    after.push(normalise((m[1] ?? m[2]) as string));
    if (m[1]) to = pos;
  }
  return { start: from, end: to, approximate, qualifiers: [...before, ...after] };
}
