// Compiles imported YAML lexicons to JSON when bundling, so the CLI never parses YAML at start-up. An import
// gives `{ file, data }` (src/core/load-lexicon.ts): the file relative to the package root names it in errors;
// `checked: true` when data is the output of the list's schema, which the build has validated it with.
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const lexiconFile = (path) => relative(ROOT, path).split(sep).join('/');

/** The module a YAML import becomes: its file relative to the package root, and its data. */
export const lexiconModule = (path, data, checked = false) =>
  JSON.stringify({ file: lexiconFile(path), data, ...(checked ? { checked } : {}) });

/** JSON keeps it as it is: no undefined, Map, Set or other object that JSON would change. */
export const survivesJson = (data) => isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data);

/**
 * esbuild plugin: `import source from './x.yaml'` becomes the file's name and parsed data; a list in `checked`
 * (file → its schema's output, from checkLexicons) becomes that output, so the bundle never validates it again.
 */
export const esbuildYaml = (checked = new Map()) => ({
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => {
      const file = lexiconFile(args.path);
      return {
        contents: checked.has(file)
          ? lexiconModule(args.path, checked.get(file), true)
          : lexiconModule(args.path, parse(readFileSync(args.path, 'utf8'))),
        loader: 'json',
      };
    });
  },
});

/** Vite/vitest plugin doing the same for tests. */
export const viteYaml = {
  name: 'yaml',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: `export default ${lexiconModule(id, parse(code))};`, map: null };
  },
};
