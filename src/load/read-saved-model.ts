/**
 * A model saved by `vng-brief parse --json` or `--yaml`, validated by the schema: a file that is not valid JSON or
 * YAML, or not a letter model, is a one-line error naming the first problem. A model saved before a field was
 * added gets that field's default (see the compatibility rule in src/model/schema.ts).
 */
import { UserError } from '../core/errors.js';
import { LetterSchema, type Letter } from '../model/schema.js';
import { nameOf } from './read-input.js';

/** The shape of `vng-brief diff --format json` (or yaml): its two sides, where a letter model has meta. */
const isSavedDiff = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'old' in data && 'new' in data && !('meta' in data);

export async function readSavedModel(
  path: string,
  bytes: Uint8Array,
  syntax: 'json' | 'yaml',
): Promise<Letter> {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/u, '');
  let data: unknown;
  try {
    data = syntax === 'json' ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch (err) {
    const problem = String((err as Error).message).split('\n')[0];
    throw new UserError(`${nameOf(path)}: not valid ${syntax === 'json' ? 'JSON' : 'YAML'} (${problem})`);
  }
  if (isSavedDiff(data))
    throw new UserError(
      `${nameOf(path)}: a saved diff (vng-brief diff --format json), not a letter model: give the letter, or its parse --json model`,
    );
  const result = LetterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new UserError(
      `${nameOf(path)}: not a vng-brief letter model (${where}${issue?.message ?? 'invalid'})`,
    );
  }
  return result.data;
}
