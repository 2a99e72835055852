/**
 * Broken documents and types vng-brief does not read: one line naming the file and the problem (for a type not
 * read: what is), exit 2, for every command that reads a letter.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LETTER_2024 } from './helpers/letters.js';
import { runBinary } from './helpers/run-binary.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-inputs-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const PDF = readFileSync('test/fixtures/inputs/inbreng-mensenhandel-2024.pdf');
const DOCX = readFileSync('test/fixtures/inputs/inbreng-mensenhandel-2024.docx');
const SUPPORTED =
  'vng-brief reads PDF, Word (.docx), web pages (.html), Markdown, plain text and saved models (.json, .yaml)';

/** A zip archive of stored (uncompressed) files, as any zip tool writes it. */
function zip(files: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** Exit 2, nothing on stdout, one line on stderr naming the file and matching `problem`, for each command. */
async function expectOneLine(path: string, problem: RegExp) {
  for (const args of [
    ['parse', path],
    ['brief', path, '--format', 'md'],
    ['diff', LETTER_2024, path, '-q'],
  ]) {
    const r = await runCli(args);
    expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' });
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(problem)]);
    expect(r.stderr.startsWith(`vng-brief: ${path}: `)).toBe(true);
  }
}

describe('broken documents', () => {
  it('a truncated PDF', () =>
    expectOneLine(file('afgebroken.pdf', PDF.subarray(0, PDF.length >> 1)), /: a PDF that is cut off/));

  it('a PDF whose inside is not PDF', () =>
    expectOneLine(
      file('kapot.pdf', `%PDF-1.7\n${'geen pdf meer\n'.repeat(50)}%%EOF\n`),
      /: not a readable PDF \(.+\)$|: a PDF without text/,
    ));

  it('a PDF without a text layer (a scan)', () => {
    const blank = [
      '%PDF-1.4',
      '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
      '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
      '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj',
      'trailer <</Root 1 0 R>>',
      '%%EOF',
    ].join('\n');
    return expectOneLine(file('scan.pdf', blank), /: a PDF without text \(a scan\?\).*OCR/);
  });

  it('a zip archive that is not a Word document', () =>
    expectOneLine(
      file('brief.docx', zip({ 'brief.txt': 'Geachte leden,', 'bijlage.txt': 'Bijlage' })),
      new RegExp(`: a zip archive that is not a Word document is not supported; ${escape(SUPPORTED)}$`),
    ));

  it('a truncated Word document', () =>
    expectOneLine(
      file('afgebroken.docx', DOCX.subarray(0, Math.floor(DOCX.length * 0.6))),
      /: not a readable Word document \(.+\)$/,
    ));

  it('a web page without text, and one nested too deeply to read', async () => {
    await expectOneLine(
      file('leeg.html', '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>'),
      /: a web page without text$/,
    );
    await expectOneLine(file('diep.html', `<html><body>${'<div>'.repeat(20_000)}tekst`), /: a web page/);
  });
});

describe('blank text', () => {
  it('a file of only spaces, tabs and newlines is an empty file, as a 0-byte one is', () =>
    expectOneLine(file('blanco.txt', ' \t \n\n   \r\n\t\n'), /: empty file \(only white space\)$/));

  it('so is standard input of only white space', async () => {
    const r = await runBinary(['parse', '-'], { started: (child) => child.stdin!.end('\n \t\n  \n') });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('vng-brief: standard input: empty file (only white space)\n');
  });
});

describe('types vng-brief does not read say what it does read', () => {
  const cases: [string, Uint8Array | string, string][] = [
    [
      'brief.doc',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'an old Office file (Word 97–2003 .doc, .xls, .msg; save it as .docx or PDF)',
    ],
    [
      'brief.odt',
      zip({
        mimetype: 'application/vnd.oasis.opendocument.text',
        'content.xml': '<office:document-content/>',
      }),
      'an OpenDocument text (.odt; save it as .docx or PDF)',
    ],
    [
      'scan.png',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'a PNG image',
    ],
    ['scan.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'a JPEG image'],
    ['brieven.zip', zip({ 'a.txt': 'a' }), 'a zip archive that is not a Word document'],
    ['brief.rtf', '{\\rtf1\\ansi Geachte leden,}', 'an RTF document (save it as .docx or PDF)'],
  ];
  it.each(cases)('%s', (name, bytes, what) =>
    expectOneLine(file(name, bytes), new RegExp(`: ${escape(what)} is not supported; ${escape(SUPPORTED)}$`)),
  );

  it('a binary file of no known type keeps its message', () =>
    expectOneLine(
      file('data.bin', Uint8Array.from([1, 2, 0, 0, 3, 4, 0, 5])),
      /: binary file \(NUL bytes\)$/,
    ));

  it('the content decides, not the name: a text letter named .pdf is read as text', async () => {
    const r = await runCli(['parse', file('brief.pdf', readFileSync(LETTER_2024)), '--json', '-q']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ format: 'text', origin: null });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
