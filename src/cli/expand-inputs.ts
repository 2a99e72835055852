/** Files, folders and globs → the letter files to read, each once, in a stable order. */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What a folder is searched for. */
const LETTER_PATTERN = '**/*.{txt,md,markdown,pdf,docx,html,htm}';

export interface ExpandedInputs {
  /** files to read; a path that does not exist is kept, so reading it reports the problem */
  files: string[];
  /** globs that matched no file */
  unmatched: string[];
}

/**
 * Folders are walked (recursively; hidden folders, node_modules and `skipDir` are left out) for letters: .txt,
 * .md, .markdown, .pdf, .docx, .html and .htm (not saved models: --out writes those); a glob is expanded; anything else is taken as a file, whatever its extension.
 */
export async function expandInputs(inputs: readonly string[], skipDir?: string): Promise<ExpandedInputs> {
  const seen = new Set<string>();
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(LETTER_PATTERN, {
        cwd: input,
        caseSensitiveMatch: false,
        ignore: ignoresFor(input, skipDir),
      });
      for (const f of found.sort()) add(join(input, f));
    } else if (info || input === '-' || !isDynamicPattern(input)) add(input);
    else {
      const found = await glob(input, { caseSensitiveMatch: false, ignore: ignoresFor('.', skipDir) });
      if (found.length === 0) unmatched.push(input);
      for (const f of found.sort()) add(f);
    }
  }
  return { files, unmatched };
}

/** Never read what we write: the output folder is skipped when it lies inside a walked folder. */
function ignoresFor(root: string, skipDir: string | undefined): string[] {
  const ignore = ['**/node_modules/**'];
  if (!skipDir) return ignore;
  const rel = relative(resolve(root), resolve(skipDir));
  if (rel === '') return ['**'];
  if (!rel.startsWith('..') && !isAbsolute(rel)) ignore.push(`${rel.split('\\').join('/')}/**`);
  return ignore;
}
