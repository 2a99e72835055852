/** Folds runs of white space to one space and trims: the comparison and display form of a piece of text. */
export const foldSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();
