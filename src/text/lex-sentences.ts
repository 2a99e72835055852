/**
 * Sentence bounds from the lexemes of lex-words.ts, by parse-latin's rules less its abbreviation list: a
 * sentence ends at a run of terminal marks (". ? ! … ‽") that no word took in, and is joined again where the
 * next part opens with a closing quote or bracket, a lower-case word, a digit, a comma or a semicolon, or
 * holds no word at all. A blank line inside a sentence ends it.
 */
import { PUNCT, SPACE, SYMBOL, WORD } from './char-kind.js';
import { lexWords, type Lexeme } from './lex-words.js';
import type { Range } from './fix-sentence-bounds.js';

/** A sentence as lexemes [a, b). */
interface Span {
  a: number;
  b: number;
}

const TERMINALS = '.?!\u2026\u203D';
/** Closing quotes and brackets (and terminals) that belong to the sentence before them. */
const CLOSERS =
  '!"\').?]}»༻༽᚜’”…›‽⁆⁾₎⌉⌋〉❩❫❭❯❱❳❵⟆⟧⟩⟫⟭⟯⦄⦆⦈⦊⦌⦎⦐⦒⦔⦖⦘⧙⧛⧽⸃⸅⸊⸍⸝⸡⸣⸥⸧⸩⹖⹘⹚⹜〉》」』】〕〗〙〛〞〟﴾︘︶︸︺︼︾﹀﹂﹄﹈﹚﹜﹞）］｝｠｣';
const LOWER = /\p{Ll}/u;

const isMark = (l: Lexeme): boolean => l.kind === PUNCT || l.kind === SYMBOL;
const oneOf = (text: string, l: Lexeme, c: string): boolean =>
  l.end - l.start === 1 && text.charAt(l.start) === c;

/** Parts cut after every terminal run. */
function cutAtTerminals(text: string, ls: readonly Lexeme[]): Span[] {
  const spans: Span[] = [];
  let a = 0;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    if (i === ls.length - 1 || (l.kind === PUNCT && TERMINALS.includes(text.charAt(l.start)))) {
      spans.push({ a, b: i + 1 });
      a = i + 1;
    }
  }
  return spans;
}

function hasWord(ls: readonly Lexeme[], s: Span): boolean {
  for (let i = s.a; i < s.b; i++) if (ls[i]!.kind === WORD) return true;
  return false;
}

/** A part without a word joins the one before it; the first such part joins the one after it. */
function joinWordless(ls: readonly Lexeme[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const prev = out[out.length - 1];
    if (hasWord(ls, s)) out.push(s);
    else if (prev) prev.b = s.b;
    else if (i + 1 < spans.length) {
      // parse-latin does not look at the joined part again
      out.push({ a: s.a, b: spans[i + 1]!.b });
      i++;
    } else out.push(s);
  }
  return out;
}

/** "Nee.’ Daarna", "(zie bijlage.) Verder": closing marks right after a terminal go with it. */
function moveClosers(text: string, ls: readonly Lexeme[], spans: Span[]): void {
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i]!;
    while (s.a < s.b && isMark(ls[s.a]!) && CLOSERS.includes(text.charAt(ls[s.a]!.start))) {
      s.a++;
      spans[i - 1]!.b++;
    }
  }
}

/** Joins each part for which `continues` holds to the one before it. */
function joinWhere(spans: readonly Span[], continues: (s: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && continues(s)) prev.b = s.b;
    else out.push(s);
  }
  return out;
}

/** The first lexeme of a span that is not white space. */
function firstNonSpace(ls: readonly Lexeme[], s: Span): Lexeme | undefined {
  for (let i = s.a; i < s.b; i++) if (ls[i]!.kind !== SPACE) return ls[i];
  return undefined;
}

/** Cuts a span at white space holding two or more line breaks (a blank line), not at its ends. */
function cutAtBlankLines(text: string, ls: readonly Lexeme[], s: Span, out: Span[]): void {
  let a = s.a;
  for (let i = a + 1; i < s.b - 1; i++) {
    const l = ls[i]!;
    if (l.kind === SPACE && lineBreaks(text, l) >= 2) {
      out.push({ a, b: i });
      a = i + 1;
      i = a; // the next cut is at least one lexeme into the rest
    }
  }
  out.push({ a, b: s.b });
}

function lineBreaks(text: string, l: Lexeme): number {
  let n = 0;
  for (let i = l.start; i < l.end; i++) {
    const c = text.charAt(i);
    if (c === '\n' || (c === '\r' && text.charAt(i + 1) !== '\n')) n++;
  }
  return n;
}

/** The sentences of text[from, to) as absolute ranges, without white space at their ends. */
export function lexSentences(text: string, from: number, to: number): Range[] {
  const ls = lexWords(text, from, to);
  let spans = joinWordless(ls, cutAtTerminals(text, ls));
  moveClosers(text, ls, spans);
  // "Zie bijlage. meer", "dit...3 dingen": a part opening with a lower-case word, or a digit right after
  // the terminal, continues; so does one opening with a comma or a semicolon
  spans = joinWhere(spans, (s) => {
    const first = firstNonSpace(ls, s);
    return first?.kind === WORD && LOWER.test(text.charAt(first.start));
  });
  spans = joinWhere(spans, (s) => {
    const head = s.a < s.b ? ls[s.a] : undefined;
    return head?.kind === WORD && /[0-9]/.test(text.charAt(head.start));
  });
  spans = joinWhere(spans, (s) => {
    const first = firstNonSpace(ls, s);
    return first !== undefined && isMark(first) && (oneOf(text, first, ',') || oneOf(text, first, ';'));
  });
  const trimmed: Span[] = [];
  for (const s of spans) {
    if (s.a < s.b && ls[s.a]!.kind === SPACE) s.a++;
    if (s.a < s.b && ls[s.b - 1]!.kind === SPACE) s.b--;
    cutAtBlankLines(text, ls, s, trimmed);
  }
  const ranges: Range[] = [];
  for (const s of trimmed) {
    if (s.b <= s.a) continue;
    const start = ls[s.a]!.start;
    const end = ls[s.b - 1]!.end;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}
