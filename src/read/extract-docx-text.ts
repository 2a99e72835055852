/**
 * A Word .docx → the letter's Markdown: mammoth turns the document into clean HTML from its structure (heading
 * styles, also in a Dutch Word, whose built-in styles keep their English names; lists; bold; links; tables),
 * and the web page reader turns that into Markdown. Images are noted, not inlined. Loaded only for .docx files.
 */
import mammoth from 'mammoth';
import { InputError } from '../core/errors.js';
import { checkUnpackedSize } from './check-unpacked-size.js';
import type { ExtractedText } from './extracted-text.js';
import { readHtml } from './extract-html-text.js';

/** Mammoth's own map covers Heading 1–6; a document's title is its first heading. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function extractDocxText(bytes: Uint8Array, maxBytes: number): Promise<ExtractedText> {
  let html: string;
  try {
    await checkUnpackedSize(bytes, maxBytes);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      // an image becomes an <img> with its alt text and no data: the reader notes it
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`not a readable Word document (${String((err as Error).message).split('\n')[0]})`);
  }
  return {
    origin: 'docx',
    bytes: bytes.length,
    encoding: 'utf-8',
    pages: null,
    ...readHtml(html, 'fragment'),
  };
}
