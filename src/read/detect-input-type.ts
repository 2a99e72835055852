/**
 * What a file is, told by its content first (magic bytes, the start of the text) and by its name only where the
 * content cannot say (a web page fragment, a model saved under a .json or .yaml name): a document whose text
 * is extracted (PDF, Word .docx, HTML), a saved model (JSON, YAML), a letter (text or Markdown), or a type
 * vng-brief does not read, named so that the user knows what to do.
 */
import { InputError } from '../core/errors.js';

export type InputType = 'pdf' | 'docx' | 'html' | 'json-model' | 'yaml-model' | 'letter';

/** Said with every unsupported type. */
export const SUPPORTED =
  'vng-brief reads PDF, Word (.docx), web pages (.html), Markdown, plain text and saved models (.json, .yaml)';

/** How far into the file its type is looked for. */
const HEAD = 1024;

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString(
    'latin1',
  );

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((b, i) => bytes[at + i] === b);

/** Binary types vng-brief does not read, by their magic bytes. */
const UNSUPPORTED_MAGIC: readonly { magic: readonly number[]; at?: number; what: string }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Office file (Word 97–2003 .doc, .xls, .msg; save it as .docx or PDF)',
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { magic: [0x57, 0x45, 0x42, 0x50], at: 8, what: 'a WebP image' },
  { magic: [0x66, 0x74, 0x79, 0x70], at: 4, what: 'an image or video (HEIC, AVIF, MP4)' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
];

/** Zip-based formats, by a member name (or the ODF mimetype) that only they have. */
const ZIP_KINDS: readonly { marker: string; what: string | null }[] = [
  { marker: 'word/document.xml', what: null },
  {
    marker: 'application/vnd.oasis.opendocument.text',
    what: 'an OpenDocument text (.odt; save it as .docx or PDF)',
  },
  { marker: 'application/vnd.oasis.opendocument', what: 'an OpenDocument file' },
  { marker: 'application/epub+zip', what: 'an EPUB book' },
  { marker: 'xl/workbook.xml', what: 'an Excel workbook' },
  { marker: 'ppt/presentation.xml', what: 'a PowerPoint presentation' },
];

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const JSON_NAME = /\.json$/i;
const YAML_NAME = /\.ya?ml$/i;
const HTML_START = /^<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** A page saved as one file by Chrome ("Web page, single file") or Internet Explorer: MIME, not HTML. */
const WEB_ARCHIVE = /^From: <Saved by /;

/** The type of a file's bytes; throws InputError (one line, with what is supported) for a type not read. */
export function detectInputType(path: string, bytes: Uint8Array): InputType {
  if (latin1(bytes, 0, HEAD).trimStart().startsWith('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipType(bytes);
  for (const { magic, at, what } of UNSUPPORTED_MAGIC)
    if (startsWith(bytes, magic, at)) throw new InputError(`${what} is not supported; ${SUPPORTED}`);
  const head = textHead(bytes);
  if (head.startsWith('{\\rtf'))
    throw new InputError(`an RTF document (save it as .docx or PDF) is not supported; ${SUPPORTED}`);
  if (WEB_ARCHIVE.test(head) || (/^MIME-Version:/im.test(head) && /multipart\/related/i.test(head)))
    throw new InputError(
      `a web archive (.mht, .mhtml; save the page as "Web page, HTML only") is not supported; ${SUPPORTED}`,
    );
  if (HTML_START.test(head) || HTML_NAME.test(path)) return 'html';
  if (head.startsWith('{') || JSON_NAME.test(path)) return 'json-model';
  if (/^schemaVersion:/.test(head) || YAML_NAME.test(path)) return 'yaml-model';
  return 'letter';
}

function zipType(bytes: Uint8Array): InputType {
  const all = latin1(bytes);
  const kind = ZIP_KINDS.find((k) => all.includes(k.marker));
  if (kind && kind.what === null) return 'docx';
  const what = kind?.what ?? 'a zip archive that is not a Word document';
  throw new InputError(`${what} is not supported; ${SUPPORTED}`);
}

/**
 * The start of a text file as its type shows there: after a byte order mark, blank space, an XML declaration,
 * comments (a saved page may begin with `<!-- saved from url=… -->`) and a YAML document marker.
 */
function textHead(bytes: Uint8Array): string {
  let head = new TextDecoder().decode(bytes.subarray(0, HEAD)).replace(/^\uFEFF/u, '');
  for (;;) {
    const trimmed = head.trimStart();
    const close = trimmed.startsWith('<!--') ? '-->' : trimmed.startsWith('<?xml') ? '?>' : null;
    if (trimmed.startsWith('---\n')) head = trimmed.slice(4);
    else if (close && trimmed.includes(close)) head = trimmed.slice(trimmed.indexOf(close) + close.length);
    else return trimmed;
  }
}
