/** The languages of the output for people: apart from load-labels.ts, so options name them without its schemas. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
