// YAML lexicons are compiled to JSON at build time (scripts/yaml-plugin.mjs).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
