import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { oneByte } from '../../src/text/one-byte.js';

/** Whether V8 stores the string one byte a character (the tag after any padding in its serialised form). */
function isOneByte(s: string): boolean {
  const bytes = serialize(s);
  let i = 2;
  while (bytes[i] === 0) i++;
  return bytes[i] === 0x22;
}

describe('oneByte', () => {
  it('stores a Latin-1 slice of two-byte text one byte a character, with the same characters', () => {
    const two = '→ De gemeente vraagt 15 euro per inwoner, één keer: ÿ, ß, µ.\n';
    const slice = two.slice(2);
    expect(isOneByte(slice)).toBe(false);
    const one = oneByte(slice);
    expect(one).toBe(slice);
    expect(isOneByte(one)).toBe(true);
  });

  it('leaves text beyond Latin-1 as it is', () => {
    const text = 'De gemeente vraagt € 15.';
    expect(oneByte(text)).toBe(text);
  });

  it('gives every Latin-1 character back unchanged', () => {
    const all = `→${Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('')}`.slice(1);
    expect(oneByte(all)).toBe(all);
  });
});
