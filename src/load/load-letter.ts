/**
 * A letter from a path or stdin ("-"), read once and told apart by its content (src/read/detect-input-type.ts):
 * a letter in text or Markdown goes through the pipeline; a PDF, Word document or web page has its text
 * extracted first; a saved `vng-brief parse --json` or `--yaml` model is validated instead. Every failure is a
 * one-line UserError naming the file.
 */
import { InputError, UserError } from '../core/errors.js';
import type { Letter } from '../model/schema.js';
import { parseLetter, type ParseOptions } from '../pipeline/parse-letter.js';
import { detectInputType } from '../read/detect-input-type.js';
import { extractDocument } from '../read/extract-document.js';
import { DEFAULT_MAX_BYTES, nameOf, readInput } from './read-input.js';
import { readSavedModel } from './read-saved-model.js';

export interface LoadOptions {
  /** refuse inputs larger than this many bytes */
  maxBytes?: number;
  /** "markdown" or "text" reads the file as a letter in that format, even when it looks like HTML or a model */
  format?: ParseOptions['format'];
  /** entries to add to the word lists (ParseOptions.words) */
  words?: ParseOptions['words'];
}

/** Reads and parses (or extracts, or validates) one letter. */
export async function loadLetter(path: string, options: LoadOptions = {}): Promise<Letter> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readInput(path, maxBytes);
  const format = options.format ?? 'auto';
  const { words } = options;
  try {
    const type = detectInputType(path, bytes);
    if (type === 'pdf' || type === 'docx')
      return parseLetter(await extractDocument(type, bytes, maxBytes), { path, words });
    if (format !== 'auto' || type === 'letter') return parseLetter(bytes, { path, format, words });
    if (type === 'html') return parseLetter(await extractDocument(type, bytes), { path, words });
    return await readSavedModel(path, bytes, type === 'json-model' ? 'json' : 'yaml');
  } catch (err) {
    if (err instanceof InputError) throw new UserError(`${nameOf(path)}: ${err.message}`);
    throw err;
  }
}
