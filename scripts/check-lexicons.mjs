// Validates every YAML word list in src/data against the zod schema of the module that loads it, so a typo
// fails `npm run build` with one line per problem: file:line:column, key path, problem. The modules that
// import a list are bundled as they are (each registers its lexicon with src/core/load-lexicon.ts) into a
// temporary module and loaded; src/core/check-lexicon.ts checks each file's text.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { glob } from 'tinyglobby';
import { esbuildVerbStems } from './verb-stems.mjs';
import { parse } from 'yaml';
import { lexiconModule, survivesJson } from './yaml-plugin.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IMPORTS_YAML = /\bfrom\s+['"][^'"\n]+\.ya?ml['"]/;

/** YAML imports with their file only: the check reads each file's text itself, so it reports a list YAML cannot
 * parse like any other problem. */
const namesOnly = {
  name: 'yaml-names',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: lexiconModule(args.path, null),
      loader: 'json',
    }));
  },
};

/** The lexicon modules with their schemas and the checker, loaded from one bundle. */
async function loadLexicons() {
  const modules = (await glob('src/**/*.ts', { cwd: ROOT, ignore: ['**/*.d.ts'] }))
    .filter((f) => IMPORTS_YAML.test(readFileSync(join(ROOT, f), 'utf8')))
    .sort();
  const entry = [
    ...modules.map((m) => `import './${m}';`),
    "export { definedLexicons } from './src/core/load-lexicon.ts';",
    "export { checkLexicon } from './src/core/check-lexicon.ts';",
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'check-lexicons.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [namesOnly, esbuildVerbStems],
    write: false,
    logLevel: 'silent',
  });
  // inside the package, so the bundle's imports of zod, yaml and the rest resolve to its node_modules
  const dir = join(ROOT, 'node_modules', '.cache', 'vng-brief');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `check-lexicons-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, out.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Every problem in the word lists, one line each; empty when all are valid. `outputs`, when given, gets the
 * schema's output of each valid list that JSON keeps as it is (file → data), for the bundle (esbuildYaml).
 */
export async function checkLexicons(outputs) {
  const { definedLexicons, checkLexicon } = await loadLexicons();
  const lexicons = definedLexicons();
  const problems = lexicons.flatMap(({ source, schema }) => {
    const text = readFileSync(join(ROOT, source.file), 'utf8');
    const found = checkLexicon(source.file, text, schema);
    if (outputs && found.length === 0) {
      const output = schema.parse(parse(text));
      if (survivesJson(output)) outputs.set(source.file, output);
    }
    return found;
  });
  const checked = new Set(lexicons.map((l) => l.source.file));
  for (const file of await glob('src/data/*.{yaml,yml}', { cwd: ROOT, ignore: ['**/*.specs.yaml'] }))
    if (!checked.has(file)) problems.push(`${file}: no module loads this list, so nothing checks it`);
  return problems;
}
