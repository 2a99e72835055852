// The class bodies of src/text/letter-classes.ts (the letters and digits of Dutch scripts as `\p{…}` reads them),
// worked out at build time and served as that module's strings: testing each of some 1,600 code points four
// times cost every cold start 2–5 ms. They are the same under any Node since 20: the blocks they read were
// complete in Unicode 7. Unbundled (the tests) the module works them out when it loads.
import { build } from 'esbuild';

const MODULE = /[\\/]src[\\/]text[\\/]letter-classes\.ts$/;

/** esbuild plugin serving letter-classes.ts as its exported strings. */
export async function esbuildLetterClasses() {
  const out = await build({
    entryPoints: ['src/text/letter-classes.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  const classes = await import(url);
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
