/**
 * HTML → PDF (or PNG) with a local headless Chromium: the page is written to a fresh temporary folder with a
 * fresh browser profile, printed with Chromium's own --print-to-pdf, and the folder is removed afterwards.
 */
import { UserError } from '../core/errors.js';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, NO_CHROMIUM } from './find-chromium.js';

export interface ChromiumOptions {
  /** the browser binary; found with findChromium() when omitted */
  chromium?: string;
  env?: NodeJS.ProcessEnv;
  /** folders searched before PATH when no binary is given (default: the usual install places) */
  places?: readonly string[];
  timeoutMs?: number;
}

const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
];

function run(bin: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(bin, args, { timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (!err) return resolvePromise();
      const last = String(stderr).trim().split('\n').filter(Boolean).pop() ?? err.message;
      reject(new UserError(`chromium failed (${bin}): ${err.killed ? 'timed out' : last.slice(0, 300)}`));
    });
  });
}

/** Runs Chromium on the HTML with extra flags and returns the file it wrote. */
async function withChromium(
  html: string,
  flags: (out: string) => string[],
  outName: string,
  o: ChromiumOptions,
): Promise<Buffer> {
  const bin = o.chromium ?? findChromium(o.env ?? process.env, o.places);
  if (!bin) throw new UserError(NO_CHROMIUM);
  const dir = await mkdtemp(join(tmpdir(), 'vng-brief-chromium-'));
  try {
    const page = join(dir, 'brief.html');
    const out = join(dir, outName);
    await writeFile(page, html, 'utf8');
    const args = [
      ...QUIET_FLAGS,
      `--user-data-dir=${join(dir, 'profile')}`,
      ...flags(out),
      pathToFileURL(page).href,
    ];
    await run(bin, args, o.timeoutMs ?? 60_000);
    const bytes = await readFile(out).catch(() => null);
    if (!bytes || bytes.length === 0) throw new UserError(`chromium (${bin}) wrote no ${outName}`);
    return bytes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The HTML printed to PDF; the page size comes from the HTML's @page rule (A4 for the built-in template). */
export async function printPdf(html: string, options: ChromiumOptions = {}): Promise<Buffer> {
  const pdf = await withChromium(
    html,
    (out) => [`--print-to-pdf=${out}`, '--no-pdf-header-footer'],
    'brief.pdf',
    options,
  );
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new UserError('chromium did not write a PDF');
  return pdf;
}

/** A PNG screenshot of the HTML at a window size in CSS pixels, times a device scale factor. */
export async function screenshotHtml(
  html: string,
  size: { width: number; height: number; scale?: number },
  options: ChromiumOptions = {},
): Promise<Buffer> {
  const flags = (out: string) => [
    `--screenshot=${out}`,
    `--window-size=${Math.round(size.width)},${Math.round(size.height)}`,
    `--force-device-scale-factor=${size.scale ?? 1}`,
    '--hide-scrollbars',
  ];
  return withChromium(html, flags, 'brief.png', options);
}
