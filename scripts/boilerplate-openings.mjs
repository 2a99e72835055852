// The openings of the built-in boilerplate patterns (how a line must open for each to match it, worked out by
// src/read/pattern-openings.ts), worked out at build time and served as the module
// src/read/boilerplate-openings.ts: reading the 51 pattern sources on every cold start cost about as much as the
// compilations the openings spare. Unbundled (the tests) that module is empty, and src/read/load-boilerplate.ts
// works the openings out when the list loads; so does the bundle for patterns a config file adds.
import { build } from 'esbuild';

const MODULE = /[\\/]src[\\/]read[\\/]boilerplate-openings\.ts$/;
const LIST = 'src/data/boilerplate.yaml';
// as src/read/load-boilerplate.ts compiles the patterns
const FLAGS = 'iu';

async function loadOpeningsOf() {
  const out = await build({
    entryPoints: ['src/read/pattern-openings.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).openingsOf;
}

/** esbuild plugin serving the openings of the patterns of the checked list (`checked`: file → data, checkLexicons). */
export async function esbuildBoilerplateOpenings(checked) {
  const openingsOf = await loadOpeningsOf();
  const entries = (checked.get(LIST)?.patterns ?? []).map(({ match }) => {
    const openings = openingsOf(new RegExp(match, FLAGS));
    return [match, openings && [...openings]];
  });
  const contents = `export default new Map(${JSON.stringify(entries)});`;
  return {
    name: 'boilerplate-openings',
    setup(b) {
      b.onLoad({ filter: MODULE }, () => ({ contents, loader: 'js' }));
    },
  };
}
