/** How every command loads a letter (or a saved model): through loadLetter, with the letter's diagnostics printed. */
import { loadLetter, type LoadOptions } from '../load/load-letter.js';
import type { Letter } from '../model/schema.js';
import { reportDiagnostics, type DiagnosticsOut } from './report-diagnostics.js';

/**
 * The diagnostics are printed with the letter's own path: for a saved model that is the letter it was made from,
 * where their lines and columns point.
 */
export async function readLetter(path: string, options: LoadOptions, out: DiagnosticsOut): Promise<Letter> {
  const letter = await loadLetter(path, options);
  reportDiagnostics(letter.source.path, letter.diagnostics, out);
  return letter;
}
