import { InputError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode-bytes.js';

const SAMPLE = 'Gemeenten willen één aanpak voor financiële zorgcoördinatie – nu.';
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
};
/** Windows-1252 for the few characters the tests use. */
const cp1252 = (s: string): Uint8Array =>
  Uint8Array.from(Array.from(s, (c) => ({ '–': 0x96, '€': 0x80, '’': 0x92 })[c] ?? c.charCodeAt(0)));

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(Buffer.from(SAMPLE, 'utf8'))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with their BOMs, BOM stripped', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]);
    expect(decodeBytes(le)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeBytes(Buffer.from(SAMPLE, 'utf16le'))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  it('does not crash on an unpaired surrogate in UTF-16', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('ab', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from('cd', 'utf16le'),
    ]);
    expect(decodeBytes(bytes).text).toBe('ab\ufffdcd');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, with 0x80–0x9F as Windows-1252 characters', () => {
    const bytes = cp1252('De financi\u00eble bijdrage – 5 € – is ’t minimum');
    expect(bytes.includes(0xeb)).toBe(true);
    expect(decodeBytes(bytes)).toEqual({
      text: 'De financiële bijdrage – 5 € – is ’t minimum',
      encoding: 'windows-1252',
    });
  });

  it('refuses empty input', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(new InputError('empty file'));
    expect(() => decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf]))).toThrow('empty file');
  });

  it('refuses input of only white space, in any encoding', () => {
    const blank = new InputError('empty file (only white space)');
    expect(() => decodeBytes(Buffer.from(' \t\r\n  \n\f'))).toThrow(blank);
    expect(() => decodeBytes(Buffer.from('\ufeff \u00a0\n'))).toThrow(blank);
    expect(() => decodeBytes(Buffer.from('\ufeff\n \n', 'utf16le'))).toThrow(blank);
    expect(decodeBytes(Buffer.from('\n  a\n')).text).toBe('\n  a\n');
  });

  it('refuses binary input with NUL bytes', () => {
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x41, 0x42, 0x43, 0x44, 0x45]);
    expect(() => decodeBytes(bytes)).toThrow('binary file (NUL bytes)');
  });

  it('refuses input that is mostly control characters', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x1b : 0x41));
    expect(() => decodeBytes(bytes)).toThrow('binary file (mostly non-text)');
  });

  it('refuses bytes that are no UTF-8 and mostly above ASCII, few of them controls (random or compressed data)', () => {
    // a seeded generator: bytes 0x20-0xff, no NUL and no controls, so only the high share tells
    let seed = 7;
    const bytes = Uint8Array.from(
      { length: 400 },
      () => 0x20 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 0xe0),
    );
    expect(() => decodeBytes(bytes)).toThrow('binary file (mostly non-text)');
    // a Windows-1252 letter with its accents is text
    const letter = Buffer.from(
      'Geachte leden, wij vragen om financi\xeble middelen en co\xf6rdinatie. '.repeat(20),
      'latin1',
    );
    expect(decodeBytes(letter).encoding).toBe('windows-1252');
  });

  it('accepts tabs, form feeds and line ends as text', () => {
    const text = 'a\tb\fc\r\nd\n'.repeat(20);
    expect(decodeBytes(Buffer.from(text)).text).toBe(text);
  });

  it('throws InputError with a one-line message', () => {
    try {
      decodeBytes(new Uint8Array());
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
