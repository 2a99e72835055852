// YAML lexicons are compiled to JSON at build time (scripts/yaml-plugin.mjs), with the file they came from:
// a LexiconSource (src/core/load-lexicon.ts), checked when data is the output of its validated schema.
declare module '*.yaml' {
  const source: { readonly file: string; readonly data: unknown; readonly checked?: boolean };
  export default source;
}

// The Dutch verb stems, read from the OpenTaal dictionary at build time (scripts/verb-stems.mjs).
declare module 'virtual:verb-stems' {
  /** space-separated lower-case stems, those of them that are also nouns or adjectives, and infinitives, each sorted */
  const data: { stems: string; ambiguous: string; infinitives: string };
  export default data;
}
