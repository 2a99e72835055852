// Compiles imported YAML lexicons to JSON when bundling, so the CLI never parses YAML at start-up. An import
// gives `{ file, data }` (src/core/load-lexicon.ts): the file relative to the package root names it in errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const lexiconModule = (path, text) =>
  JSON.stringify({ file: relative(ROOT, path).split(sep).join('/'), data: parse(text) });

/** esbuild plugin: `import source from './x.yaml'` becomes the file's name and parsed data. */
export const esbuildYaml = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: lexiconModule(args.path, readFileSync(args.path, 'utf8')),
      loader: 'json',
    }));
  },
};

/** Vite/vitest plugin doing the same for tests. */
export const viteYaml = {
  name: 'yaml',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: `export default ${lexiconModule(id, code)};`, map: null };
  },
};
