/**
 * A PDF's text layer, read with unpdf: Mozilla's PDF.js built for servers (pure JavaScript, no worker, no canvas
 * or other native package), so a PDF is read where Node runs. Loaded only for PDFs. A scan without a text
 * layer, a PDF cut off in transit and a password-protected one are one-line errors.
 */
import { createRequire } from 'node:module';
import type * as UnpdfModule from 'unpdf';
import { InputError } from '../core/errors.js';
import type { ExtractedText } from './extracted-text.js';
import { layOutPdfText, type PdfTextItem } from './lay-out-pdf-text.js';
import { formatBytes } from './size-limits.js';

type Unpdf = typeof UnpdfModule;

/** Where a complete PDF's last %%EOF marker must be: within its last kilobyte, as PDF readers look for it. */
const TAIL = 1024;

/** A PDF's text may be as long as a text letter may be: --max-size characters (see readTextItems). */
export async function extractPdfText(bytes: Uint8Array, maxBytes: number): Promise<ExtractedText> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - TAIL))).toString('latin1');
  if (!tail.includes('%%EOF')) throw new InputError('a PDF that is cut off (it has no end): save it again');
  // required, not imported: the CLI bundle runs in a vm.Script (for its code cache), where import() is not set up,
  // and leaves unpdf in node_modules (scripts/build.mjs)
  const { getDocumentProxy } = createRequire(import.meta.url)('unpdf') as Unpdf;
  // PDF.js takes the buffer over, so it gets a copy; warnings would go to standard output, so none are printed
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }).catch((err: unknown) => {
    throw new InputError(describe(err));
  });
  const pages: PdfTextItem[][] = [];
  const budget = { max: maxBytes, used: 0 };
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readTextItems(page, budget));
      page.cleanup();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(describe(err));
  } finally {
    await doc.loadingTask.destroy();
  }
  const { text, pages: starts } = layOutPdfText(pages);
  if (!text.trim())
    throw new InputError(
      'a PDF without text (a scan?): vng-brief reads the text of a PDF, not its images; run OCR on it first',
    );
  return {
    origin: 'pdf',
    format: 'text',
    text,
    bytes: bytes.length,
    encoding: 'utf-8',
    furniture: [],
    omitted: [],
    pages: starts,
  };
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Unpdf['getDocumentProxy']>>['getPage']>>;

/**
 * A page's text items, read as PDF.js produces them (a batch at a time) and stopped once the document's text
 * passes its budget: a 150 KB PDF can hold a content stream that inflates to 50 MB of text, which would take
 * half a minute and a gigabyte to read in full. PDF.js has no limit of its own on what a stream inflates to.
 */
async function readTextItems(page: PdfPage, budget: { max: number; used: number }): Promise<PdfTextItem[]> {
  const items: PdfTextItem[] = [];
  const reader = page.streamTextContent().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const item of value.items) {
      if (!('str' in item)) continue;
      budget.used += item.str.length;
      items.push({
        str: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
        font: item.fontName,
      });
    }
    if (budget.used > budget.max) {
      const tooMuch = new InputError(
        `a PDF with more than ${formatBytes(budget.max)} of text (the limit is --max-size: raise it)`,
      );
      // stops PDF.js reading the page (PDF.js wants an Error as the reason)
      await reader.cancel(tooMuch);
      throw tooMuch;
    }
  }
}

function describe(err: unknown): string {
  const { name, message } = err as Error;
  if (name === 'PasswordException') return 'a password-protected PDF: save a copy without the password';
  return `not a readable PDF (${String(message).split('\n')[0]})`;
}
