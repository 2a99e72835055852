// The class bodies of src/text/letter-classes.ts (the letters and digits of Dutch scripts as `\p{…}` reads them),
// worked out at build time and served as that module's strings: testing each of some 1,600 code points four
// times cost every cold start about 10 M instructions (2–5 ms). Every code point of the blocks they read has been
// assigned since Unicode 7, older than any Node 20's. Unbundled (the tests) the module works them out when it loads.
import { importBundled } from './import-bundled.mjs';

const MODULE = /[\\/]src[\\/]text[\\/]letter-classes\.ts$/;

/** esbuild plugin serving letter-classes.ts as its exported strings. */
export async function esbuildLetterClasses() {
  const classes = await importBundled("export * from './src/text/letter-classes.ts';");
  const contents = Object.entries(classes)
    .map(([name, body]) => `export const ${name} = ${JSON.stringify(body)};`)
    .join('\n');
  return {
    name: 'letter-classes',
    setup(b) {
      b.onLoad({ filter: MODULE }, () => ({ contents, loader: 'js' }));
    },
  };
}
