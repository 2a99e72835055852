/**
 * The kind of one UTF-16 code unit for the lexer: white space, word (letter, mark, digit), punctuation or
 * other symbol. These are the classes parse-latin used, so sentence bounds stay where they were.
 */

export const SPACE = 0;
export const WORD = 1;
export const PUNCT = 2;
export const SYMBOL = 3;
export type CharKind = typeof SPACE | typeof WORD | typeof PUNCT | typeof SYMBOL;

/** parse-latin's white space: `\s` without U+FEFF. */
const SPACE_CHAR = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** Punctuation by Unicode, less the marks parse-latin counts as symbols ("#", "%", "&", "*", "@", "†", "‰" …). */
const SYMBOL_PUNCT = /[#%&*@\u1B4E\u1B4F\u1B7F\u2020\u2021\u2030\u2031\u203B]/;

let punct: RegExp | undefined;
let word: RegExp | undefined;

function kindOfCode(code: number): CharKind {
  const c = String.fromCharCode(code);
  if (SPACE_CHAR.test(c)) return SPACE;
  // compiled on first use: a Unicode property class costs a cold start a few milliseconds
  punct ??= /\p{P}/u;
  word ??= /[\p{L}\p{M}\p{N}]/u;
  if (punct.test(c)) return SYMBOL_PUNCT.test(c) ? SYMBOL : PUNCT;
  return word.test(c) ? WORD : SYMBOL;
}

/** Kinds looked up once per code unit; 255 = not yet known. ASCII is filled at load. */
const KINDS = new Uint8Array(0x10000).fill(255);
for (let code = 0; code < 0x80; code++) {
  const c = String.fromCharCode(code);
  KINDS[code] = SPACE_CHAR.test(c)
    ? SPACE
    : /[A-Za-z0-9]/.test(c)
      ? WORD
      : /[!"'(),\-./:;?[\]_{}\\]/.test(c)
        ? PUNCT
        : SYMBOL;
}

/** The kind of the code unit at `text[i]`. */
export function charKind(text: string, i: number): CharKind {
  const code = text.charCodeAt(i);
  const known = KINDS[code]!;
  if (known !== 255) return known as CharKind;
  const kind = kindOfCode(code);
  KINDS[code] = kind;
  return kind;
}
