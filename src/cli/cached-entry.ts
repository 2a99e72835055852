/**
 * The CLI's entry in dist/ (built to dist/cli.js): runs the one-file bundle dist/cli.cjs through V8's code
 * cache, so a cold start deserialises compiled code instead of parsing 1.5 MB of JavaScript (what Node 22
 * does with module.enableCompileCache, which Node 20 lacks). The build makes the cache by running a letter;
 * when V8 rejects it (another Node version) it is made again after the run, if dist/ is writable.
 */
import { accessSync, constants, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { Io } from './io.js';

type Main = (argv: string[], io?: Io) => Promise<number>;

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const cacheFile = bundle.replace(/\.cjs$/, `-${process.versions.v8}.cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
// the wrapper sits on a line of its own (lineOffset -1), so positions in stack traces stay true
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(bundle, 'utf8')}\n})`,
  {
    filename: bundle,
    lineOffset: -1,
    ...(cachedData ? { cachedData } : {}),
  },
);
const loaded = { exports: {} as { main?: Main } };
script.runInThisContext()(loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));
const stale = !cachedData || script.cachedDataRejected === true;

/** Runs the CLI; afterwards saves a fresh code cache when there was none that V8 accepted. */
export async function main(argv: string[], io?: Io): Promise<number> {
  const code = await (loaded.exports.main as Main)(argv, io);
  if (stale) saveCache();
  return code;
}

function saveCache(): void {
  try {
    accessSync(dirname(cacheFile), constants.W_OK);
    // after the run, so the functions it compiled are in the cache too; renamed into place in one step
    const tmp = `${cacheFile}.${process.pid}`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // a read-only install: run without the cache
  }
}
