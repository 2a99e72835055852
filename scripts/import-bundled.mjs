// Runs TypeScript of src/ at build time: `contents` (a module importing from ./src) bundled by esbuild and imported.
import { build } from 'esbuild';

/** The exports of the module `contents`, its imports resolved from the package root. */
export async function importBundled(contents) {
  const out = await build({
    stdin: { contents, resolveDir: '.', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
