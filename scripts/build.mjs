// Builds dist/ with esbuild:
// - dist/cli.cjs: the whole CLI as ONE minified file with its dependencies bundled (but PDF.js, mammoth and docx, see below), so a
//   cold start reads one file instead of resolving hundreds of modules. Code a command needs only sometimes (yaml, templates,
//   diff, the browser, the batch machinery) is reached through import(), which the bundle turns into lazy
//   initialisers: `parse --json` never runs it.
// - dist/cli-entry.cjs: a small CommonJS entry (bin/vng-brief.js requires it) that runs cli.cjs through V8's code
//   cache (src/cli/cached-entry.ts); the cache, dist/cli-<v8 version>.cache, is made by parsing a fixture letter
//   before dist/ is swapped in. It is bound to one Node version, so the package leaves it out (package.json `files`): an installed CLI makes its
//   own on its first run.
// - dist/index.js: the library, with its dependencies left to node_modules as usual for a package.
// - both hold the openings and needs of the built-in boilerplate patterns, worked out here (scripts/boilerplate-openings.mjs)
//   instead of on every cold start, and so the letter classes (scripts/letter-classes.mjs).
// - dist/types/: the library's declarations (tsc, tsconfig.types.json), only the files index.d.ts reaches.
// No source maps: nothing reads them, and they were most of the package's size.
// Everything is written next to dist/ and swapped in, so a failed build or one running at the same time
// (tests do) never leaves half a dist/. First the word lists of src/data are checked against their schemas: a
// problem in one fails the build, named with its file, line:column and key.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { checkLexicons } from './check-lexicons.mjs';
import { esbuildBoilerplateOpenings } from './boilerplate-openings.mjs';
import { esbuildLazyChildProcess } from './lazy-child-process.mjs';
import { esbuildLetterClasses } from './letter-classes.mjs';
import { esbuildVerbStems } from './verb-stems.mjs';
import { esbuildYaml } from './yaml-plugin.mjs';

// the lists as their schemas give them: the bundles hold these, and never validate them again
const checked = new Map();
const problems = await checkLexicons(checked);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`build: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the word lists`);
  process.exit(1);
}

const minify = !process.argv.includes('--no-minify');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  plugins: [
    esbuildYaml(checked),
    esbuildVerbStems,
    await esbuildBoilerplateOpenings(checked),
    await esbuildLetterClasses(),
  ],
  // Node 20 has them, but esbuild's table asks for the newest Unicode version's property names: without this it
  // writes each `/\p{L}/u` literal as `new RegExp("\\p{L}", "u")`, which parses its source and looks it up in V8's
  // cache on every call (about 300 a letter) where a literal clones its site's compiled pattern
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  write: false,
  outdir: 'dist',
};

const typesOut = `dist.types-${process.pid}`;
const [cli, entry, lib] = await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    minify,
    plugins: [...common.plugins, esbuildLazyChildProcess],
    // the package's ESM source, so only the Dutch list is bundled (its CommonJS build holds 60 languages)
    alias: { stopword: './node_modules/stopword/src/stopword.js' },
    // PDF.js (1.6 MB) is loaded from node_modules when a PDF arrives, mammoth (with its zip and XML readers,
    // 0.3 MB) when a Word document does, with the zip reader (jszip) that checks its size first, and docx (1 MB)
    // when a brief is written as one: in the bundle, every start would read them
    external: ['unpdf', 'docx', 'mammoth', 'jszip'],
    define: { 'import.meta.url': '__import_meta_url' },
    // the function cached-entry.ts calls is in the file, so its source is the file's text as read (see there)
    banner: {
      js: "(function (exports, require, module, __filename, __dirname) {\nvar __import_meta_url=require('url').pathToFileURL(__filename).href;",
    },
    footer: { js: '})' },
    metafile: !!process.env.BUILD_META,
  }),
  build({
    ...common,
    entryPoints: { 'cli-entry': 'src/cli/cached-entry.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    packages: 'external',
  }),
  build({ ...common, entryPoints: { index: 'src/index.ts' }, format: 'esm', packages: 'external' }),
  emitTypes(typesOut),
]);

const fresh = `dist.new-${process.pid}`;
for (const file of [...cli.outputFiles, ...entry.outputFiles, ...lib.outputFiles]) {
  const path = join(fresh, relative(resolve('dist'), file.path));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, /\.c?js$/.test(path) ? asciiOnly(file.text, path) : file.contents);
}
if (cli.metafile) writeFileSync(join(fresh, 'cli-meta.json'), JSON.stringify(cli.metafile));
copyReachable(typesOut, 'index.d.ts', join(fresh, 'types'));
rmSync(typesOut, { recursive: true, force: true });
warmUp(fresh);
swapIn(fresh, 'dist');
if (process.argv.includes('--sizes')) {
  for (const f of [...cli.outputFiles, ...entry.outputFiles]) {
    if (/\.c?js$/.test(f.path))
      console.log(`${relative('.', f.path)}\t${(f.contents.length / 1024).toFixed(0)} KB`);
  }
}

/**
 * The code with its non-ASCII characters as \u escapes. esbuild escapes them in strings but leaves them in regular
 * expression and String.raw literals (all of which become patterns), and one is enough for V8 to hold the whole
 * source in two bytes a character for the rest of the run: 4.2 instead of 2.1 MB of the CLI's live heap, which
 * V8 lets grow to about four times its live size between collections. After a backslash the escape would mean
 * something else: such a character fails the build.
 */
function asciiOnly(code, path) {
  const escaped = /\\[^\0-\x7f]/u.exec(code);
  if (escaped) {
    console.error(
      `build: ${path}: a non-ASCII character after a backslash (${escaped[0]}): write it as \\u…`,
    );
    process.exit(1);
  }
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The library's declarations, by tsc without type checking (`npm run typecheck` does that): it only writes what
 * each module exports. A failure (a syntax error) fails the build with tsc's own lines.
 */
async function emitTypes(out) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--declarationDir', out]);
  } catch (err) {
    rmSync(out, { recursive: true, force: true });
    console.error(`build: tsc could not write the declarations:\n${err.stdout || err.message}`);
    process.exit(1);
  }
}

/**
 * Copies `entry` and the declaration files it imports, transitively, from `from` to `to`: tsc writes one per
 * module, most of which the library's API never names.
 */
function copyReachable(from, entry, to) {
  const todo = new Set([entry]);
  for (const file of todo) {
    const text = readFileSync(join(from, file), 'utf8');
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(join(from, file), join(to, file));
    for (const [, spec] of text.matchAll(/(?:\bfrom\s*|\bimport\()['"](\.\.?\/[^'"]+)\.js['"]/g)) {
      todo.add(posix.join(posix.dirname(file), `${spec}.d.ts`));
    }
  }
}

/**
 * Parses a fixture letter with the fresh CLI; its first run writes the code cache, with the functions a parse
 * compiles. A CLI that cannot parse a letter is a failed build: one line naming the problem, exit 1, and
 * dist/ left as it was.
 */
function warmUp(dir) {
  const letter = 'test/fixtures/letters/pdf-brief-afval.txt';
  const run = `require(process.argv[1]).main(process.argv).then((code) => { process.exitCode = code; });`;
  try {
    execFileSync(
      process.execPath,
      ['-e', run, resolve(dir, 'cli-entry.cjs'), 'parse', letter, '--json', '-q'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    // the CLI's own one-line message, or the error line of a crash (Node prints its location first)
    const lines = String(err.stderr || err.message)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const why = lines.find((l) => /^(?:vng-brief:|\w*Error\b)/.test(l)) ?? lines[0];
    console.error(`build: the warm-up parse of ${letter} failed: ${why}`);
    process.exit(1);
  }
}

/** Replaces `target` by `fresh` with renames; retried once when another build swapped in between. */
function swapIn(fresh, target) {
  for (let attempt = 0; ; attempt++) {
    const old = `${target}.old-${process.pid}-${attempt}`;
    try {
      renameSync(target, old);
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    try {
      renameSync(fresh, target);
      rmSync(old, { recursive: true, force: true });
      return;
    } catch (err) {
      rmSync(old, { recursive: true, force: true });
      if (attempt > 0 || (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST')) throw err;
    }
  }
}
