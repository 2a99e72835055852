// YAML lexicons are compiled to JSON at build time (scripts/yaml-plugin.mjs).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}

// The Dutch verb stems, read from the OpenTaal dictionary at build time (scripts/verb-stems.mjs).
declare module 'virtual:verb-stems' {
  /** space-separated lower-case stems, those of them that are also nouns or adjectives, and infinitives */
  const data: { stems: string; ambiguous: string; infinitives: string };
  export default data;
}
