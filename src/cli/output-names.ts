/** One output file name per input: the input's name with the output extension, unique within the folder. */
import { basename } from 'node:path';

/** Names that the batch writes itself. */
const RESERVED = new Set(['index']);

/**
 * `letters/a.txt` → `a.json`. When two inputs share a name (`a.txt` and `a.md`, or the same name in two
 * folders) the later one gets `a-2.json`; names are compared without case, as on macOS and Windows disks.
 */
export function outputNames(files: readonly string[], ext: string): string[] {
  const used = new Set(RESERVED);
  return files.map((file) => {
    const base = basename(file).replace(/\.[^.]*$/, '') || 'letter';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return `${name}${ext}`;
  });
}
