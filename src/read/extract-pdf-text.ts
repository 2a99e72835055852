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

type Unpdf = typeof UnpdfModule;

/** Where a complete PDF's last %%EOF marker must be: within its last kilobyte, as PDF readers look for it. */
const TAIL = 1024;

export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedText> {
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
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item
            ? [
                {
                  str: item.str,
                  x: item.transform[4] as number,
                  y: item.transform[5] as number,
                  width: item.width,
                  size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
                  font: item.fontName,
                },
              ]
            : [],
        ),
      );
      page.cleanup();
    }
  } catch (err) {
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

function describe(err: unknown): string {
  const { name, message } = err as Error;
  if (name === 'PasswordException') return 'a password-protected PDF: save a copy without the password';
  return `not a readable PDF (${String(message).split('\n')[0]})`;
}
