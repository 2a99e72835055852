/**
 * V8 keeps a string two bytes a character as soon as it holds one character beyond Latin-1, and so every slice
 * and concatenation of it: one arrow or bullet of a list marker, blanked as markup, makes every paragraph the
 * finders read two-byte. Patterns run on two-byte text with their letter classes over all of Unicode, where on
 * one-byte text only Latin-1 is left of them: the reference finders took about 2.5 times as long.
 */
const BEYOND_LATIN1 = /[^\0-\xff]/;

/** The same text, stored one byte a character when every character is Latin-1. */
export const oneByte = (text: string): string =>
  BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
