/**
 * The CLI's entry in dist/ (built to dist/cli-entry.cjs): runs the one-file bundle dist/cli.cjs through V8's code
 * cache, so a cold start deserialises compiled code instead of parsing 1.5 MB of JavaScript (what Node 22
 * does with module.enableCompileCache, which Node 20 lacks). The build makes the cache by running a letter;
 * when V8 rejects it (another Node version) it is made again after the run, if dist/ is writable.
 * It is CommonJS, as is bin/vng-brief.js that requires it: an ES module as the process's entry starts Node's
 * ES module loader, about 120 M instructions (7 %) of a cold `parse --json`.
 */
import { accessSync, constants, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { Io } from './io.js';

type Main = (argv: string[], io?: Io) => Promise<number>;

const bundle = join(__dirname, 'cli.cjs');
const cacheFile = bundle.replace(/\.cjs$/, `-${process.versions.v8}.cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * The bundle is one function expression (the build wraps it) in ASCII, read as Latin-1: Node hands a text of over
 * 1 MB in that encoding to V8 as an external string, outside the heap V8 lets grow to about four times its live
 * size between collections (a UTF-8 read, or a wrapper added here, makes a 2 MB copy on the heap). The cache's
 * buffer is let go once V8 has read it.
 */
function compile(): { script: Script; stale: boolean } {
  const cachedData = readCache();
  const script = new Script(readFileSync(bundle, 'latin1'), {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  return { script, stale: !cachedData || script.cachedDataRejected === true };
}

const { script, stale } = compile();
const loaded = { exports: {} as { main?: Main } };
// the bundle's require resolves from dist/, as this file's does
script.runInThisContext()(loaded.exports, require, loaded, bundle, dirname(bundle));

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
