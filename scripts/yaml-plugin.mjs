// Compiles imported YAML lexicons to JSON when bundling, so the CLI never parses YAML at start-up.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** esbuild plugin: `import data from './x.yaml'` becomes the parsed data. */
export const esbuildYaml = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: JSON.stringify(parse(readFileSync(args.path, 'utf8'))),
      loader: 'json',
    }));
  },
};

/** Vite/vitest plugin doing the same for tests. */
export const viteYaml = {
  name: 'yaml',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
  },
};
