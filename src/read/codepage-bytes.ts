/** The upper halves (bytes 0x80–0xFF) of the Windows code pages that UTF-8 text gets misread as. */

export type Codepage = 'windows-1252' | 'windows-1250';

/**
 * Windows-1252 bytes 0x80–0x9F per the WHATWG index. Written out because Node ≥ 20.18.3 decodes
 * 'windows-1252' as Latin-1 (0x80 → U+0080 instead of "€"; nodejs/node#60888); 0xA0–0xFF are Latin-1 in both.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const cache = new Map<Codepage, ReadonlyMap<string, number>>();

/** The character of each byte 0x80–0xFF (index 0 is byte 0x80). */
function upperHalf(codepage: Codepage): string[] {
  if (codepage === 'windows-1252') {
    return Array.from({ length: 128 }, (_, i) =>
      i < 32 ? (CP1252_80_9F[i] as string) : String.fromCharCode(0x80 + i),
    );
  }
  const decoder = new TextDecoder(codepage);
  return Array.from({ length: 128 }, (_, i) => decoder.decode(new Uint8Array([0x80 + i])));
}

/** Character → byte for bytes 0x80–0xFF. */
export function highBytes(codepage: Codepage): ReadonlyMap<string, number> {
  let table = cache.get(codepage);
  if (!table) {
    table = new Map(upperHalf(codepage).map((c, i) => [c, 0x80 + i]));
    cache.set(codepage, table);
  }
  return table;
}

let cp1252Codes: Uint16Array | undefined;

/** Decodes Windows-1252 bytes (every byte has a character, so this never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  if (!cp1252Codes) {
    const codes = new Uint16Array(256);
    for (let b = 0; b < 0x80; b++) codes[b] = b;
    upperHalf('windows-1252').forEach((c, i) => (codes[0x80 + i] = c.charCodeAt(0)));
    cp1252Codes = codes;
  }
  const table = cp1252Codes;
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const slice = bytes.subarray(i, i + CHUNK);
    parts.push(String.fromCharCode(...Array.from(slice, (b) => table[b] as number)));
  }
  return parts.join('');
}

/** How many bytes a UTF-8 sequence starting with this lead byte has; 0 when it cannot lead one. */
export function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;
