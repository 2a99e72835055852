/**
 * A letter from a path or stdin ("-"), read once: a letter (Markdown or text) goes through the pipeline; a saved
 * `vng-brief parse --json` model, told apart by content (a JSON object) or a .json name, is validated instead.
 * Every failure is a one-line UserError naming the file.
 */
import { InputError, UserError } from '../core/errors.js';
import { LetterSchema, type Letter } from '../model/schema.js';
import { parseLetter, type ParseOptions } from '../pipeline/parse-letter.js';
import { DEFAULT_MAX_BYTES, readInput } from './read-input.js';

export interface LoadOptions {
  /** refuse inputs larger than this many bytes */
  maxBytes?: number;
  format?: ParseOptions['format'];
  /** accept a saved model as well as a letter (true by default) */
  models?: boolean;
}

const looksLikeJson = (path: string, bytes: Uint8Array): boolean => {
  if (/\.json$/iu.test(path)) return true;
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/u, '')
    .trimStart();
  return head.startsWith('{');
};

function fromJson(path: string, bytes: Uint8Array): Letter {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new UserError(`${path}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const result = LetterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new UserError(`${path}: not a vng-brief letter model (${where}${issue?.message ?? 'invalid'})`);
  }
  return result.data;
}

/** Reads and parses (or validates) one letter. */
export async function loadLetter(path: string, options: LoadOptions = {}): Promise<Letter> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (options.models !== false && looksLikeJson(path, bytes)) return fromJson(path, bytes);
  try {
    return parseLetter(bytes, { path, format: options.format ?? 'auto' });
  } catch (err) {
    if (err instanceof InputError) throw new UserError(`${path}: ${err.message}`);
    throw err;
  }
}
