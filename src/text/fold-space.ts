// white space other than a single space: most strings hold none, and then folding is trimming
const FOLDABLE = /[^\S ]| {2}/u;

/** Folds runs of white space to one space and trims: the comparison and display form of a piece of text. */
export const foldSpace = (s: string): string =>
  FOLDABLE.test(s) ? s.replace(/\s+/gu, ' ').trim() : s.trim();

/** The comparison key of a name: accents, quotes, case and spacing folded ("Coördinatie ‘X’" → "coordinatie x"). */
export const foldKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’“”"'«»]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
