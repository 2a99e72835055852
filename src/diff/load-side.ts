/**
 * One side of a diff: a letter (Markdown or text) or a saved `vng-brief parse --json` model, told apart by
 * content (a JSON object) or a .json name. A model that does not pass the schema is a one-line user error.
 */
import { parseLetter, type ParseOptions } from '../parse-letter.js';
import { parseLetterFile } from '../parse-letter-file.js';
import { LetterSchema, type Letter } from '../model/schema.js';
import { InputError } from '../read/decode-bytes.js';
import { DEFAULT_MAX_BYTES, UserError, readInput } from '../read/read-file.js';

export interface LoadOptions {
  maxBytes?: number;
  format?: ParseOptions['format'];
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

export async function loadSide(path: string, options: LoadOptions = {}): Promise<Letter> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readInput(path, maxBytes);
  if (looksLikeJson(path, bytes)) return fromJson(path, bytes);
  if (path !== '-') return parseLetterFile(path, { maxBytes, format: options.format ?? 'auto' });
  try {
    return parseLetter(bytes, { path, format: options.format ?? 'auto' });
  } catch (err) {
    if (err instanceof InputError) throw new UserError(`${path}: ${err.message}`);
    throw err;
  }
}
