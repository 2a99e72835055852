/**
 * A Word document is a zip, and a zip can unpack to a thousand times its size: its parts together may unpack to
 * at most UNPACK_FACTOR times --max-size, checked before mammoth reads them. jszip reads the zip because mammoth
 * reads it with jszip too (no new code, and the same zips accepted), and because it inflates an entry as a
 * stream, which lets the count stop at the limit. A zip that jszip cannot read throws jszip's error.
 */
import JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import { UNPACK_FACTOR, formatBytes } from './size-limits.js';

/** What jszip knows of an entry from the zip's directory (a private field, stable through jszip 3). */
type Entry = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } };

export async function checkUnpackedSize(bytes: Uint8Array, maxBytes: number): Promise<void> {
  const limit = UNPACK_FACTOR * maxBytes;
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir) as Entry[];
  const tooLarge = (stated?: number) =>
    new InputError(
      `unpacks to ${stated ? `${formatBytes(stated)}, ` : ''}more than ${formatBytes(limit)}` +
        ` (the limit is ${UNPACK_FACTOR} × --max-size: raise it)`,
    );
  // the sizes the zip states: a bomb made by any zip tool is refused here, before anything is unpacked
  const stated = entries.reduce((sum, entry) => sum + (entry._data?.uncompressedSize ?? 0), 0);
  if (stated > limit) throw tooLarge(stated);
  // a zip can understate them: unpack, counting, and stop at the limit (jszip would notice only at the end)
  let unpacked = 0;
  for (const entry of entries) {
    await new Promise<void>((done, fail) => {
      // a Node stream of jszip's own (readable-stream 2, not async-iterable)
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        unpacked += chunk.length;
        if (unpacked <= limit) return;
        // with the stream paused its buffer fills, and jszip stops unpacking
        stream.pause();
        fail(tooLarge());
      });
      stream.on('error', fail);
      stream.on('end', done);
    });
  }
}
