/**
 * One headless Chromium kept open for many pages: the brief is laid out, measured and printed by the same
 * engine, and a folder of letters starts the browser once. It speaks the DevTools protocol over the pipe that
 * `--remote-debugging-pipe` opens (file descriptors 3 and 4, messages ended by NUL): four methods are all we
 * need, so this small client stands in for puppeteer-core, which would bring a browser downloader, proxy
 * agents and a WebSocket stack into a CLI that uses none of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UserError } from '../core/errors.js';
import { findChromium, NO_CHROMIUM } from './find-chromium.js';

export interface ChromiumOptions {
  /** the browser binary; found with findChromium() when omitted */
  chromium?: string;
  env?: NodeJS.ProcessEnv;
  /** folders searched before PATH when no binary is given (default: the usual install places) */
  places?: readonly string[];
  /** for each call to the browser */
  timeoutMs?: number;
}

/** How much of its printed page a document takes, in CSS pixels. */
export interface PageMeasure {
  /** the document's height with nothing stretched to fill the page */
  content: number;
  /** the height a page has for content: the @page size less its margins */
  page: number;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  '--remote-debugging-pipe',
];

/**
 * Reads the page box from the document's @page rule (size and margins; A4 without margins when it has none),
 * sets the viewport to its width, and measures the document with every min-height and auto top margin
 * switched off, so a footer pushed to the page's foot does not count as content.
 */
const MEASURE = `(() => {
  const px = (v, fallback) => {
    if (!v) return fallback;
    const d = document.createElement('div');
    d.style.cssText = 'position:absolute;visibility:hidden;height:' + v;
    document.documentElement.appendChild(d);
    const h = d.getBoundingClientRect().height;
    d.remove();
    return h || fallback;
  };
  let size = '', margin = {};
  for (const sheet of document.styleSheets) for (const rule of sheet.cssRules)
    if (rule instanceof CSSPageRule) {
      size = rule.style.getPropertyValue('size') || size;
      for (const side of ['top', 'right', 'bottom', 'left'])
        margin[side] = rule.style.getPropertyValue('margin-' + side) || margin[side];
    }
  const a4 = [px('210mm'), px('297mm')];
  const parts = size.trim().split(/\\s+/);
  const box = /^\\d/.test(parts[0] || '') ? [px(parts[0], a4[0]), px(parts[1] || parts[0], a4[1])] : a4;
  if (/landscape/.test(size)) box.reverse();
  const m = (side) => px(margin[side], 0);
  return { width: box[0] - m('left') - m('right'), page: box[1] - m('top') - m('bottom') };
})()`;

const NATURAL = `(() => {
  const style = document.createElement('style');
  style.textContent = '*, html, body { min-height: 0 !important; } footer { margin-top: 0 !important; }';
  document.head.appendChild(style);
  // the body's own box: the document's scroll height never drops below the window's
  const body = document.body;
  const h = body ? body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(body).marginBottom) : 0;
  style.remove();
  return h;
})()`;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export interface ChromiumSession {
  /** Lays the HTML out as it will be printed and measures it. */
  measure(html: string): Promise<PageMeasure>;
  /** The HTML printed to PDF, its page size from its @page rule, tagged for screen readers. */
  print(html: string): Promise<Buffer>;
  /** A PNG of the HTML on screen, in a window of this many CSS pixels times the scale. */
  screenshot(html: string, size: { width: number; height: number; scale?: number }): Promise<Buffer>;
  /** Ends the browser and removes its profile. */
  close(): Promise<void>;
}

/** The protocol's wire: numbered calls, answers matched by number, every call bounded in time. */
function connect(child: ChildProcess, bin: string, timeoutMs: number, interrupted: () => boolean) {
  const pending = new Map<number, Pending>();
  let next = 1;
  let buffer = '';
  let stderr = '';
  let closed = false;
  const error = (what: string): UserError => {
    const last = stderr.trim().split('\n').filter(Boolean).pop();
    return new UserError(`chromium failed (${bin}): ${what}${last ? `: ${last.slice(0, 300)}` : ''}`);
  };
  const fail = (err: Error): void => {
    closed = true;
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    pending.clear();
  };
  const out = child.stdio[4] as Readable;
  out.setEncoding('utf8');
  out.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end)) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      buffer = buffer.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue; // an event: none is needed
      pending.delete(message.id!);
      clearTimeout(waiting.timer);
      if (message.error) waiting.reject(error(message.error.message));
      else waiting.resolve(message.result ?? {});
    }
  });
  (child.stderr as Readable).on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-2000);
  });
  // a browser stopped by an interrupt is no failure to report: the run is ending with the signal
  const ended = (what: string) => {
    if (!interrupted()) fail(error(what));
  };
  child.on('exit', () => ended('exited'));
  // a pipe closed under us (the browser died) is an error on the stream: never an unhandled one
  for (const stream of [child.stdio[3], child.stdio[4], child.stderr])
    (stream as Readable | Writable | null)?.on('error', (err: Error) => ended(err.message));
  child.on('error', (err) => fail(error(err.message)));

  const send = (
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<Record<string, unknown>> => {
    if (closed) return Promise.reject(error('closed'));
    const id = next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(error(`timed out (${method})`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      (child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  };
  return { send, error, isClosed: () => closed };
}

/** Signals that end a run early. */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Ends the browser's whole process group (it runs in one of its own) and waits for it, at most a while. */
async function stopBrowser(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
}

/**
 * Until the returned function is called, SIGINT, SIGTERM and SIGHUP stop the browser, remove its folder, and
 * then end the process as the signal asks (exit status 128 + its number): a Ctrl-C leaves nothing behind.
 */
function removeOnSignal(dir: string, child: ChildProcess, interrupting: () => void): () => void {
  const stop = () => {
    for (const s of SIGNALS) process.off(s, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    stop();
    interrupting();
    void (async () => {
      await stopBrowser(child);
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => {});
      process.kill(process.pid, signal);
    })();
  }
  for (const s of SIGNALS) process.on(s, onSignal);
  return stop;
}

/** What to do about a browser that does not start. */
const START_HINT =
  'Set CHROME_PATH to a browser that starts (a brief other than PDF also goes without one: --fit estimate)';

/** Resolves once a stream has ended (what it still held has been read), or after a second at most. */
const drained = (stream: Readable): Promise<void> =>
  stream.readableEnded || stream.destroyed
    ? Promise.resolve()
    : new Promise((done) => {
        const timer = setTimeout(done, 1_000);
        stream.once('close', () => {
          clearTimeout(timer);
          done();
        });
      });

/** Starts the browser and opens one blank page. */
export async function openChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const bin = options.chromium ?? findChromium(options.env ?? process.env, options.places);
  if (!bin) throw new UserError(NO_CHROMIUM);
  const dir = await mkdtemp(join(tmpdir(), 'vng-brief-chromium-'));
  // a process group of its own, so a Ctrl-C reaches only vng-brief, which then stops the whole group; the
  // browser's own temporary files (org.chromium.*) go into our folder, and go with it
  const child = spawn(bin, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, TMPDIR: dir },
  });
  let interrupted = false;
  const stopWatching = removeOnSignal(dir, child, () => (interrupted = true));
  const wire = connect(child, bin, options.timeoutMs ?? 60_000, () => interrupted);
  let sessionId = '';
  let frameId = '';
  const page = (method: string, params: Record<string, unknown> = {}) => wire.send(method, params, sessionId);
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = await page('Runtime.evaluate', { expression, returnByValue: true });
    if (r.exceptionDetails) throw wire.error('could not measure the page');
    return (r.result as { value: T }).value;
  };
  // the page's own CSP still holds: its scripts never run
  const load = (html: string) => page('Page.setDocumentContent', { frameId, html });

  const close = async (): Promise<void> => {
    if (!wire.isClosed()) await wire.send('Browser.close').catch(() => undefined);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      const timer = setTimeout(() => void stopBrowser(child), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    stopWatching();
  };

  try {
    const { targetId } = await wire.send('Target.createTarget', { url: 'about:blank' });
    const attached = await wire.send('Target.attachToTarget', { targetId, flatten: true });
    sessionId = String(attached.sessionId);
    const tree = await page('Page.getFrameTree');
    frameId = String((tree.frameTree as { frame: { id: string } }).frame.id);
    await page('Emulation.setEmulatedMedia', { media: 'print' });
  } catch (err) {
    await close();
    if (child.exitCode === null) throw err;
    // it ended on its own before it answered (a snap stub, a missing library): its status and last words say why
    await drained(child.stderr as Readable);
    const why = wire.error(`did not start (exit status ${child.exitCode})`).message;
    throw new UserError(`${why.replace(/[.;:]$/u, '')}. ${START_HINT}`);
  }

  // one page: calls from briefs made at the same time take turns, each whole
  let turn: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = turn.then(work, work);
    turn = run.catch(() => undefined);
    return run;
  };

  return {
    measure: (html) =>
      serial(async () => {
        await load(html);
        const box = await evaluate<{ width: number; page: number }>(MEASURE);
        await page('Emulation.setDeviceMetricsOverride', {
          width: Math.floor(box.width),
          height: Math.floor(box.page),
          deviceScaleFactor: 1,
          mobile: false,
        });
        return { content: await evaluate<number>(NATURAL), page: box.page };
      }),
    print: (html) =>
      serial(async () => {
        await page('Emulation.clearDeviceMetricsOverride');
        await load(html);
        const r = await page('Page.printToPDF', {
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          generateTaggedPDF: true,
        });
        const pdf = Buffer.from(String(r.data), 'base64');
        if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw wire.error('wrote no PDF');
        return pdf;
      }),
    screenshot: (html, size) =>
      serial(async () => {
        await page('Emulation.setEmulatedMedia', { media: 'screen' });
        await page('Emulation.setDeviceMetricsOverride', {
          width: Math.round(size.width),
          height: Math.round(size.height),
          deviceScaleFactor: size.scale ?? 1,
          mobile: false,
        });
        try {
          await load(html);
          const r = await page('Page.captureScreenshot', { format: 'png' });
          return Buffer.from(String(r.data), 'base64');
        } finally {
          await page('Emulation.setEmulatedMedia', { media: 'print' });
        }
      }),
    close,
  };
}

/** Runs `use` with a browser of its own, closed afterwards. */
export async function withChromium<T>(
  options: ChromiumOptions,
  use: (session: ChromiumSession) => Promise<T>,
): Promise<T> {
  const session = await openChromium(options);
  try {
    return await use(session);
  } finally {
    await session.close();
  }
}
