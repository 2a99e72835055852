/** Reading and parsing a letter file in one step, with errors that name the file. */
import { parseLetter, type ParseOptions } from './parse-letter.js';
import { InputError } from './read/decode-bytes.js';
import { DEFAULT_MAX_BYTES, UserError, readInput } from './read/read-file.js';
import type { Letter } from './model/schema.js';

/** Reads and parses a letter file ("-" for stdin); unreadable input throws a UserError naming the file. */
export async function parseLetterFile(
  path: string,
  options: ParseOptions & { maxBytes?: number } = {},
): Promise<Letter> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    return parseLetter(bytes, { ...options, path });
  } catch (err) {
    if (err instanceof InputError) throw new UserError(`${path}: ${err.message}`);
    throw err;
  }
}
