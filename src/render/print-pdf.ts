/** HTML → PDF (or PNG) with a local headless Chromium of its own, started for the one page and closed after. */
import { withChromium, type ChromiumOptions } from './chromium-session.js';

export type { ChromiumOptions };

/** The HTML printed to PDF; the page size comes from the HTML's @page rule (A4 for the built-in template). */
export function printPdf(html: string, options: ChromiumOptions = {}): Promise<Buffer> {
  return withChromium(options, (browser) => browser.print(html));
}

/** A PNG screenshot of the HTML at a window size in CSS pixels, times a device scale factor. */
export function screenshotHtml(
  html: string,
  size: { width: number; height: number; scale?: number },
  options: ChromiumOptions = {},
): Promise<Buffer> {
  return withChromium(options, (browser) => browser.screenshot(html, size));
}
