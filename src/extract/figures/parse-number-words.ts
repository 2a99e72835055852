/** Dutch number words as one word: "twee", "zevenenveertig", "driehonderd", "tweeduizend", "zeveneneenhalf". */
import { figureLexicon, type FigureLexicon } from './figure-lexicon.js';

/** 0–99: "zeven", "twintig", "zevenenveertig", "drieëntwintig". */
function belowHundred(s: string, lex: FigureLexicon): number | null {
  const direct = lex.units.get(s) ?? lex.tens.get(s);
  if (direct !== undefined) return direct;
  for (const [tenWord, ten] of lex.tens) {
    if (!s.endsWith(tenWord)) continue;
    const head = s.slice(0, -tenWord.length);
    const m = /^(.+?)(?:en|ën)$/.exec(head);
    const unit = m ? lex.units.get(m[1] as string) : undefined;
    if (unit !== undefined && unit >= 1 && unit <= 9) return ten + unit;
  }
  return null;
}

/** Splits at an in-word multiplier ("drie|honderd|twintig"); an empty head means one ("honderd"). */
function withMultiplier(
  s: string,
  word: string,
  factor: number,
  below: (t: string) => number | null,
): number | null {
  const at = s.lastIndexOf(word);
  if (at === -1) return below(s);
  const headText = s.slice(0, at);
  let tailText = s.slice(at + word.length);
  if (tailText.startsWith('en') && below(tailText) === null) tailText = tailText.slice(2); // "honderdeneen"
  const head = headText === '' ? 1 : below(headText);
  const tail = tailText === '' ? 0 : below(tailText);
  if (head === null || tail === null || head === 0 || tail >= factor) return null;
  return head * factor + tail;
}

/** The value of one Dutch number word, or null when it is not one. Case-insensitive. */
export function parseNumberWord(word: string): number | null {
  if (word.length === 0 || word.length > 60) return null;
  const lex = figureLexicon();
  const s = word.toLowerCase();
  const half = lex.halves.get(s);
  if (half !== undefined) return half;

  const below1000 = (t: string): number | null =>
    withMultiplier(t, 'honderd', lex.inWord.get('honderd') ?? 100, (u) => belowHundred(u, lex));
  const whole = (t: string): number | null =>
    withMultiplier(t, 'duizend', lex.inWord.get('duizend') ?? 1000, below1000);

  // "zeveneneenhalf", "tweeënhalf", "drieënhalf": a whole number and a half.
  const m = /^(.+?)(?:eneen|en|ën)half$/.exec(s);
  if (m) {
    const base = whole(m[1] as string);
    return base === null ? null : base + 0.5;
  }
  return whole(s);
}
