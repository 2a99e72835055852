/**
 * Files, folders and globs → the letter files to read, each real file once, in a stable order. A folder (or a
 * glob's fixed leading folder) is walked without following symbolic links out of it: a link to a file outside,
 * a link to a folder, a broken link and a loop are skipped and reported, unless `followLinks` is set, which
 * follows links to files and folders and still walks each folder once.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../core/errors.js';
import { identityOf, keyOf } from './same-file.js';

/** What a folder is searched for. */
const LETTER_FILE = /\.(?:txt|md|markdown|pdf|docx|html?)$/i;

export interface Skipped {
  path: string;
  /** why it was not read, e.g. "symbolic link to a file outside letters, not followed" */
  reason: string;
}

export interface ExpandedInputs {
  /** files to read; a path that does not exist is kept, so reading it reports the problem */
  files: string[];
  /** globs that matched no file */
  unmatched: string[];
  /** links and repeats that were not read, with the reason */
  skipped: Skipped[];
}

export interface ExpandOptions {
  /** a folder never walked (the output folder) */
  skipDir?: string;
  /** follow symbolic links out of the folder and into linked folders */
  followLinks?: boolean;
}

export const isGlob = (input: string): boolean => picomatch.scan(input).isGlob;

const FOLLOW_HINT = 'not followed (--follow-symlinks follows it)';

/**
 * Folders are walked (hidden files and folders, node_modules and the skipped folder left out) for letters: .txt,
 * .md, .markdown, .pdf, .docx, .html and .htm (not saved models: --out writes those); a glob is matched below its
 * fixed leading folder; anything else is taken as a file, whatever its extension, and read even through a link
 * (it was named).
 */
export async function expandInputs(
  inputs: readonly string[],
  options: ExpandOptions = {},
): Promise<ExpandedInputs> {
  const result: ExpandedInputs = { files: [], unmatched: [], skipped: [] };
  const taken = new Map<string, string>();
  const skipReal = options.skipDir ? await realpath(options.skipDir).catch(() => null) : null;
  const add = async (path: string) => {
    const key = (await identityOf(path)) ?? `path:${resolve(path)}`;
    const first = taken.get(key);
    if (first === undefined) {
      taken.set(key, path);
      result.files.push(path);
    } else if (first !== path) result.skipped.push({ path, reason: `the same file as ${first}` });
  };
  for (const input of inputs) {
    const info = input === '-' ? null : await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      if (skipReal !== null && (await realpath(input)) === skipReal)
        throw new UserError(`${input}: is the --out folder itself; write the outputs to another folder`);
      const found = await walkFolder(input, (rel) => LETTER_FILE.test(rel), skipReal, options, result);
      for (const f of found) await add(f);
    } else if (info || input === '-' || !isGlob(input)) await add(input);
    else {
      const { base, glob } = picomatch.scan(input);
      const matches = picomatch(glob, { nocase: true });
      const root = base || '.';
      const rootInfo = await stat(root).catch(() => null);
      const found = rootInfo?.isDirectory() ? await walkFolder(root, matches, skipReal, options, result) : [];
      if (found.length === 0) result.unmatched.push(input);
      for (const f of found) await add(f);
    }
  }
  return result;
}

const isInside = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

const problem = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * The files below `root` whose path relative to it (with "/") matches, sorted; links and loops go to
 * `out.skipped`. A loop with a stack, not recursion: a folder may be deep.
 */
async function walkFolder(
  root: string,
  matches: (rel: string) => boolean,
  skipReal: string | null,
  options: ExpandOptions,
  out: ExpandedInputs,
): Promise<string[]> {
  const rootReal = await realpath(root);
  const walked = new Set([await identityOf(root)]);
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    const dir = join(root, rel);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      out.skipped.push({ path: dir, reason: `folder cannot be read (${problem(err)})` });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const path = join(root, relPath);
      if (entry.isDirectory()) {
        if (skipReal !== null && join(rootReal, relPath) === skipReal) continue;
        // following links, a folder may be reached twice: each is walked once
        if (options.followLinks) {
          const id = await identityOf(path);
          if (walked.has(id)) continue;
          walked.add(id);
        }
        pending.push(relPath);
      } else if (entry.isFile()) {
        if (matches(relPath)) found.push(relPath);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch((err: NodeJS.ErrnoException) => err);
        if (target instanceof Error) {
          const loop = (target as NodeJS.ErrnoException).code === 'ELOOP';
          if (matches(relPath) || loop)
            out.skipped.push({
              path,
              reason: loop ? 'symbolic link loop' : `broken symbolic link (${problem(target)})`,
            });
        } else if (target.isDirectory()) {
          const id = keyOf(target);
          if (!options.followLinks)
            out.skipped.push({ path, reason: `symbolic link to a folder, ${FOLLOW_HINT}` });
          else if (walked.has(id))
            out.skipped.push({ path, reason: 'symbolic link to a folder already walked (a loop)' });
          else {
            walked.add(id);
            pending.push(relPath);
          }
        } else if (target.isFile() && matches(relPath)) {
          if (options.followLinks || isInside(await realpath(path), rootReal)) found.push(relPath);
          else out.skipped.push({ path, reason: `symbolic link to a file outside ${root}, ${FOLLOW_HINT}` });
        }
      }
    }
  }
  return found.sort().map((rel) => join(root, rel));
}
