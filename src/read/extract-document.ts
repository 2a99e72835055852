/**
 * The text of a document that is not itself text, by its type: each reader, with the library it needs, is
 * loaded only when a document of its type arrives (see scripts/build.mjs), so reading a text letter never pays
 * for PDF.js, mammoth or rehype.
 */
import { InputError } from '../core/errors.js';
import type { ExtractedText } from './extracted-text.js';
import { DEFAULT_MAX_BYTES } from './size-limits.js';

export type DocumentType = 'pdf' | 'docx' | 'html';

/** `maxBytes` is the --max-size the document's file was read with: what it unpacks to is bounded by it too. */
export async function extractDocument(
  type: DocumentType,
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<ExtractedText> {
  try {
    if (type === 'pdf') return await (await import('./extract-pdf-text.js')).extractPdfText(bytes, maxBytes);
    if (type === 'docx')
      return await (await import('./extract-docx-text.js')).extractDocxText(bytes, maxBytes);
    return (await import('./extract-html-text.js')).extractHtmlText(bytes);
  } catch (err) {
    // the tree walks of deeply nested HTML overflow the stack: a document no person wrote
    if (err instanceof RangeError)
      throw new InputError(`a ${DOCUMENT_NAMES[type]} nested too deeply to read`);
    throw err;
  }
}

export const DOCUMENT_NAMES: Record<DocumentType, string> = {
  pdf: 'PDF',
  docx: 'Word document',
  html: 'web page',
};
