/**
 * How much a letter may be: its file or standard input at most --max-size bytes (src/load/read-input.ts), and a
 * Word document's parts together at most UNPACK_FACTOR times that once unpacked, since its zip hides how much
 * work it is: 300 KB of repeated words can unpack to 200 MB of XML.
 */

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A real Word document's XML unpacks to 3–10 times its zip (text compresses well, images barely at all). */
export const UNPACK_FACTOR = 10;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
