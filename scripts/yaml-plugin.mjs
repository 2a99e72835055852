// Compiles imported YAML lexicons to JSON when bundling, so the CLI never parses YAML at start-up. An import
// gives `{ file, data }` (src/core/load-lexicon.ts): the file relative to the package root names it in errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The module a YAML import becomes: its file relative to the package root, and its data. */
export const lexiconModule = (path, data) =>
  JSON.stringify({ file: relative(ROOT, path).split(sep).join('/'), data });

/** esbuild plugin: `import source from './x.yaml'` becomes the file's name and parsed data. */
export const esbuildYaml = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: lexiconModule(args.path, parse(readFileSync(args.path, 'utf8'))),
      loader: 'json',
    }));
  },
};

/** Vite/vitest plugin doing the same for tests. */
export const viteYaml = {
  name: 'yaml',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: `export default ${lexiconModule(id, parse(code))};`, map: null };
  },
};
