/** The stage order of src/ and the check that an import points at the same stage or one below. */
import { dirname, join, normalize } from 'node:path';

/** Lowest first: a stage may import itself and the stages before it. */
export const STAGES = [
  'data',
  'model',
  'core',
  'text',
  'read',
  'parse',
  'extract',
  'pipeline',
  'load',
  'diff',
  'render',
  'cli',
];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The imports of one file (path relative to src/) that reach a stage above its own. */
export function importViolations(path: string, text: string): string[] {
  const stage = path.split('/')[0]!;
  // the library API re-exports every stage below the CLI
  const rank = path === 'index.ts' ? STAGES.indexOf('render') : STAGES.indexOf(stage);
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = normalize(join(dirname(path), m[1]!));
    const to = target.split('/')[0]!;
    const toRank = STAGES.indexOf(to);
    if (toRank > rank) out.push(`${path} imports ${target} (${to} is above ${stage})`);
  }
  return out;
}
