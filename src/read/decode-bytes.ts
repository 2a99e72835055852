/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 (BOM, or the unmistakable zero-byte pattern of mostly-ASCII
 * text), else Windows-1252 when the bytes are not valid UTF-8. Built-in WHATWG decoders, except for
 * Windows-1252, which Node gets wrong (see codepage-bytes.ts).
 */
import { InputError } from '../core/errors.js';
import { decodeWindows1252 } from './codepage-bytes.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How much of the input is looked at to tell text from binary. */
const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;
const MAX_HIGH_SHARE = 0.3;

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new InputError('empty file');
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new InputError('UTF-32 text is not supported (save it as UTF-8)');
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : sniffUtf16(bytes);
  if (utf16) {
    // unpaired surrogates become U+FFFD rather than failing
    const text = new TextDecoder(utf16).decode(bytes);
    if (controlShare(text.slice(0, SNIFF_BYTES / 2), (s, i) => s.charCodeAt(i)) > MAX_CONTROL_SHARE) {
      throw new InputError('binary file (mostly non-text)');
    }
    return checked({ text, encoding: utf16 });
  }
  if (bytes.includes(0)) throw new InputError('binary file (NUL bytes)');
  if (controlShare(bytes.subarray(0, SNIFF_BYTES), (b, i) => b[i] as number) > MAX_CONTROL_SHARE) {
    throw new InputError('binary file (mostly non-text)');
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    return checked({
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: bom ? 'utf-8-bom' : 'utf-8',
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    // a BOM says UTF-8 even when some bytes are broken: keep it, with U+FFFD for the broken ones
    if (bom) return checked({ text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' });
    // Windows-1252 text is mostly ASCII (a Dutch letter's accented letters are a few in a hundred); random or
    // compressed bytes are half above it
    if (highShare(bytes.subarray(0, SNIFF_BYTES)) > MAX_HIGH_SHARE)
      throw new InputError('binary file (mostly non-text)');
    return checked({ text: decodeWindows1252(bytes), encoding: 'windows-1252' });
  }
}

/** Text with nothing but white space is as empty as no bytes: it would be parsed into an empty model. */
function checked(result: { text: string; encoding: Encoding }): { text: string; encoding: Encoding } {
  if (result.text.length === 0) throw new InputError('empty file');
  if (!/\S/u.test(result.text)) throw new InputError('empty file (only white space)');
  return result;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The share of control characters other than \t \n \f \r (NUL and DEL included). */
function controlShare<T extends { length: number }>(data: T, code: (d: T, i: number) => number): number {
  if (data.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < data.length; i++) {
    const c = code(data, i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls / data.length;
}

/** The share of bytes above ASCII. */
function highShare(bytes: Uint8Array): number {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  return bytes.length === 0 ? 0 : high / bytes.length;
}

/**
 * UTF-16 without a BOM: Dutch text is nearly all ASCII, so one byte of almost every pair is zero, always the same
 * one. Binary data does not keep that up for 8 KB.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i] as number;
    const hi = bytes[i + 1] as number;
    if (lo !== 0 && hi === 0) le++;
    else if (lo === 0 && hi !== 0) be++;
  }
  const pairs = n / 2;
  if (le >= pairs * 0.6 && be <= pairs * 0.02) return 'utf-16le';
  if (be >= pairs * 0.6 && le <= pairs * 0.02) return 'utf-16be';
  return null;
}
