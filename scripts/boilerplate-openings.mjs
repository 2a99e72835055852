// The openings and needs of the built-in boilerplate patterns (how a line must open, and what it must hold, for
// each to match it, worked out by src/read/pattern-openings.ts and src/read/pattern-needs.ts), worked out at
// build time and served as the module src/read/boilerplate-openings.ts: reading the 51 pattern sources on every
// cold start cost about as much as the compilations they spare. Unbundled (the tests) that module is empty, and
// src/read/load-boilerplate.ts works them out when the list loads; so does the bundle for patterns a config
// file adds.
import { importBundled } from './import-bundled.mjs';

const MODULE = /[\\/]src[\\/]read[\\/]boilerplate-openings\.ts$/;
const LIST = 'src/data/boilerplate.yaml';
// as src/read/load-boilerplate.ts compiles the patterns
const FLAGS = 'iu';

const loadReaders = () =>
  importBundled(
    [
      "export { openingsOf } from './src/read/pattern-openings.ts';",
      "export { needsOf } from './src/read/pattern-needs.ts';",
    ].join('\n'),
  );

/** esbuild plugin serving the openings and needs of the patterns of the checked list (`checked`: file → data, checkLexicons). */
export async function esbuildBoilerplateOpenings(checked) {
  const { openingsOf, needsOf } = await loadReaders();
  const entries = (checked.get(LIST)?.patterns ?? []).map(({ match }) => {
    const regex = new RegExp(match, FLAGS);
    const openings = openingsOf(regex);
    return [match, { openings: openings && [...openings], needs: needsOf(regex) }];
  });
  const contents = `export default new Map(${JSON.stringify(entries)});`;
  return {
    name: 'boilerplate-openings',
    setup(b) {
      b.onLoad({ filter: MODULE }, () => ({ contents, loader: 'js' }));
    },
  };
}
