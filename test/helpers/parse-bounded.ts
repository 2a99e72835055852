/** Pathological input parsed with a memory bound: a model (parseLetter validated it) or null (InputError). */
import { InputError } from '../../src/core/errors.js';
import { expect } from 'vitest';
import { parseLetter, type Letter } from '../../src/index.js';

const MB = 1024 * 1024;

/**
 * The process may grow by at most 160 bytes per input byte plus 256 MB: linear, so a blow-up fails. Text dense
 * with asks is the worst case: 100,000 one-line asks (1.8 MB) make a 52 MB model and grow a fresh process by
 * ~280 MB, more in a worker that ran other files before (GC timing).
 */
export function parseBounded(input: string | Uint8Array, path = 'brief.txt'): Letter | null {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const before = process.memoryUsage().rss;
  let letter: Letter | null = null;
  try {
    letter = parseLetter(input, { path });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
  expect(process.memoryUsage().rss - before).toBeLessThan(160 * size + 256 * MB);
  return letter;
}
