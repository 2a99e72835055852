/** Pathological input parsed with a memory bound: a model (parseLetter validated it) or null (InputError). */
import { InputError } from '../../src/core/errors.js';
import { expect } from 'vitest';
import { parseLetter, type Letter } from '../../src/index.js';

const MB = 1024 * 1024;

/** The process may grow by at most 80 bytes per input byte plus 256 MB. */
export function parseBounded(input: string | Uint8Array, path = 'brief.txt'): Letter | null {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const before = process.memoryUsage().rss;
  let letter: Letter | null = null;
  try {
    letter = parseLetter(input, { path });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
  expect(process.memoryUsage().rss - before).toBeLessThan(80 * size + 256 * MB);
  return letter;
}
