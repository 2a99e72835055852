// YAML lexicons are compiled to JSON at build time (scripts/yaml-plugin.mjs), with the file they came from:
// a LexiconSource (src/core/load-lexicon.ts).
declare module '*.yaml' {
  const source: { readonly file: string; readonly data: unknown };
  export default source;
}
