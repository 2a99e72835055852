/** The type of a file, by its content first and by its name only where the content cannot tell. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { detectInputType } from '../../src/read/detect-input-type.js';

const bytes = (s: string | number[]) =>
  typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s);

describe('detectInputType', () => {
  it.each([
    ['brief.bin', '%PDF-1.7\n%âãÏÓ\n', 'pdf'],
    ['-', '\n  %PDF-1.4\n', 'pdf'],
    ['brief.zip', 'PK\u0003\u0004\u0014\u0000[Content_Types].xml…word/document.xml…', 'docx'],
    ['pagina.txt', '<!DOCTYPE html>\n<html lang="nl">', 'html'],
    ['-', '\uFEFF<!-- saved from url=(0042)https://vng.nl/ -->\n<html>', 'html'],
    ['-', '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', 'html'],
    ['fragment.htm', '<p>Geachte leden,</p>', 'html'],
    ['-', '  {"schemaVersion": 1}', 'json-model'],
    ['model.json', '[]', 'json-model'],
    ['-', 'schemaVersion: 1\nsource:\n  path: brief.txt\n', 'yaml-model'],
    ['-', '---\nschemaVersion: 1\n', 'yaml-model'],
    ['model.yml', 'iets', 'yaml-model'],
    ['brief.pdf', 'Geachte leden,\n\nWij vragen u om geld.', 'letter'],
    ['brief.md', '# Inbreng\n\n<html> in a sentence is text', 'letter'],
  ] as const)('%s %j is %s', (path, content, type) => {
    expect(detectInputType(path, bytes(content))).toBe(type);
  });

  it.each([
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /^an old Office file/],
    ['PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text', /^an OpenDocument text/],
    ['PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.spreadsheet', /^an OpenDocument file/],
    ['PK\u0003\u0004xl/workbook.xml', /^an Excel workbook/],
    ['PK\u0005\u0006', /^a zip archive that is not a Word document/],
    [[0xff, 0xd8, 0xff, 0xe1], /^a JPEG image/],
    [[0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63], /^an image or video/],
    [[0x1f, 0x8b, 8, 0], /^a gzip archive/],
    ['{\\rtf1\\ansi', /^an RTF document/],
    ['From: <Saved by Blink>\r\nSnapshot-Content-Location: https://vng.nl/\r\n', /^a web archive \(\.mht/],
    ['MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"', /^a web archive/],
  ])('%j is not read, and says what is', (content, what) => {
    let error: unknown;
    try {
      detectInputType('-', bytes(content));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(what);
    expect((error as Error).message).toMatch(
      /is not supported; vng-brief reads PDF, Word \(\.docx\), web pages/,
    );
  });
});
