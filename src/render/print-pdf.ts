/**
 * HTML → PDF (or PNG) with a local headless Chromium: the page is written to a fresh temporary folder with a
 * fresh browser profile, printed with Chromium's own --print-to-pdf, and the folder is removed afterwards, also
 * when the run is interrupted (SIGINT, SIGTERM, SIGHUP).
 */
import { UserError } from '../core/errors.js';
import { execFile, type ChildProcess } from 'node:child_process';
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

/** Signals that end a run early. */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The browser of a run, and whether a signal is ending the run (its failure is then no news). */
interface Browser {
  child?: ChildProcess;
  interrupted: boolean;
}

/**
 * Runs the browser in a process group of its own, so a Ctrl-C reaches only vng-brief, which stops the whole
 * group and removes its folder before it ends (see removeOnSignal).
 */
function run(bin: string, args: string[], dir: string, timeoutMs: number, browser: Browser): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // the browser's own temporary files (org.chromium.Chromium.*) go into our folder, and go with it
    const env = { ...process.env, TMPDIR: dir };
    const options = { timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024, detached: true, env };
    browser.child = execFile(bin, args, options, (err, _stdout, stderr) => {
      if (browser.interrupted) return;
      if (!err) return resolvePromise();
      const last = String(stderr).trim().split('\n').filter(Boolean).pop() ?? err.message;
      reject(new UserError(`chromium failed (${bin}): ${err.killed ? 'timed out' : last.slice(0, 300)}`));
    });
  });
}

/**
 * Until the returned function is called, SIGINT, SIGTERM and SIGHUP kill the browser's process group, wait for
 * it to end (it writes into its profile as it goes), remove the folder, and then end the process as the signal
 * asks (exit status 128 + its number).
 */
function removeOnSignal(dir: string, browser: Browser): () => void {
  const stop = () => {
    for (const s of SIGNALS) process.off(s, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    stop();
    browser.interrupted = true;
    void (async () => {
      const child = browser.child;
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        const ended = new Promise((done) => child.once('exit', done));
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
        await Promise.race([ended, new Promise((done) => setTimeout(done, 5000))]);
      }
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => {});
      process.kill(process.pid, signal);
    })();
  }
  for (const s of SIGNALS) process.on(s, onSignal);
  return stop;
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
  const browser: Browser = { interrupted: false };
  const stopWatching = removeOnSignal(dir, browser);
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
    await run(bin, args, dir, o.timeoutMs ?? 60_000, browser);
    const bytes = await readFile(out).catch(() => null);
    if (!bytes || bytes.length === 0) throw new UserError(`chromium (${bin}) wrote no ${outName}`);
    return bytes;
  } finally {
    stopWatching();
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
