/**
 * Documents that unpack to far more than their size ("bombs"), built here small: with --max-size 100KB a Word
 * document may unpack to 1000 KB and a PDF hold 100 KB of text, so a few MB of repeated words is a bomb, and each
 * case is refused with one line, exit 2, before the work it would have cost.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { layOutPdfText } from '../src/read/lay-out-pdf-text.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-bombs-'));
const file = (name: string, content: Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const DOCX = readFileSync('test/fixtures/inputs/inbreng-mensenhandel-2024.docx');
const LIMIT = ['--max-size', '100KB'];

/** The fixture with its document.xml replaced by `paragraphs` paragraphs of `words` times "heel ". */
async function docxBomb(paragraphs: number, words: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(DOCX);
  const paragraph = `<w:p><w:r><w:t>${'heel '.repeat(words)}</w:t></w:r></w:p>`;
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    `${paragraph.repeat(paragraphs)}</w:body></w:document>`;
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The zip with every size it states for `name` (local header and central directory) set to `size`. */
function understate(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (const [signature, nameAt, sizeAt] of [
    [0x04034b50, 30, 22],
    [0x02014b50, 46, 24],
  ] as const) {
    for (
      let i = out.indexOf(Buffer.from([0x50, 0x4b]));
      i >= 0;
      i = out.indexOf(Buffer.from([0x50, 0x4b]), i + 1)
    ) {
      if (out.readUInt32LE(i) !== signature) continue;
      if (!out.subarray(i + nameAt, i + nameAt + nameBytes.length).equals(nameBytes)) continue;
      out.writeUInt32LE(size, i + sizeAt);
    }
  }
  return out;
}

/** A one-page PDF whose content stream, deflated, draws `lines` lines of text, 50 to a column, all on the page. */
function pdfBomb(lines: number): Buffer {
  const column = '0 -14 Td (heel heel heel heel) Tj\n'.repeat(50) + '0 700 Td\n';
  const content = `BT /F1 12 Tf 72 760 Td\n${column.repeat(lines / 50)}ET\n`;
  const stream = deflateSync(content, { level: 9 });
  const objects = [
    Buffer.from('<</Type /Catalog /Pages 2 0 R>>'),
    Buffer.from('<</Type /Pages /Kids [3 0 R] /Count 1>>'),
    Buffer.from(
      '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>',
    ),
    Buffer.concat([
      Buffer.from(`<</Length ${stream.length} /Filter /FlateDecode>>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>'),
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  let size = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    size += object.length;
    return size - object.length;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}` +
        `trailer <</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${size}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

async function expectRefused(path: string, problem: RegExp) {
  const r = await runCli(['parse', path, ...LIMIT]);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(problem)]);
  expect(r.stderr.startsWith(`vng-brief: ${path}: `)).toBe(true);
}

describe('documents that unpack to far more than their size', () => {
  it('a Word document whose zip says it unpacks to more than 10 × --max-size is refused before mammoth runs', async () => {
    const bomb = await docxBomb(2000, 400);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expectRefused(
      file('bom.docx', bomb),
      /: unpacks to 3\.\d MB, more than 1000 KB \(the limit is 10 × --max-size: raise it\)$/,
    );
  });

  it('and one whose zip understates what it unpacks to is stopped at the limit', async () => {
    const bomb = understate(await docxBomb(2000, 400), 'word/document.xml', 1000);
    await expectRefused(
      file('verstopt.docx', bomb),
      /: unpacks to more than 1000 KB \(the limit is 10 × --max-size: raise it\)$/,
    );
  });

  it('a Word document within the limit is read as before', async () => {
    const r = await runCli(['parse', file('klein.docx', await docxBomb(20, 400)), ...LIMIT, '--json']);
    expect(r.code).toBe(0);
  });

  it('a PDF with more text than --max-size is stopped while its pages are read', async () => {
    const bomb = pdfBomb(10_000);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expectRefused(
      file('bom.pdf', bomb),
      /: a PDF with more than 100 KB of text \(the limit is --max-size: raise it\)$/,
    );
    const r = await runCli(['parse', file('klein.pdf', pdfBomb(100)), ...LIMIT, '--json']);
    expect(r.code).toBe(0);
  });

  it('a PDF line of 300,000 items is laid out (no stack overflow, once misreported as nested too deeply)', () => {
    const items = Array.from({ length: 300_000 }, (_, i) => ({
      str: 'x',
      x: i * 6,
      y: 700,
      width: 6,
      size: 12,
      font: 'F1',
    }));
    expect(layOutPdfText([items]).text.length).toBeGreaterThanOrEqual(300_000);
  });
});
