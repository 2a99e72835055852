/** A progress bar on stderr for batch runs, only on a terminal; messages are printed above it. */
import { escapeControls } from '../render/escape-output.js';

export interface Progress {
  /** prints one line (without its newline) without breaking the bar */
  log(line: string): void;
  /** one more file done */
  tick(file: string, failed: number): void;
  stop(): void;
}

type Stream = { write(s: string): unknown; isTTY?: boolean };

/** Below this many files a run is over before a bar would help. */
const PROGRESS_MIN_FILES = 6;

/** A bar when `stream` is a TTY and there are enough files; else plain lines (or nothing to draw). */
export async function startProgress(total: number, stream: Stream, enabled = true): Promise<Progress> {
  const plain: Progress = { log: (line) => void stream.write(`${line}\n`), tick: () => {}, stop: () => {} };
  if (!enabled || !stream.isTTY || total < PROGRESS_MIN_FILES) return plain;
  // loaded only here, so runs without a bar never pay for it
  const { MultiBar } = await import('cli-progress');
  const bars = new MultiBar({
    stream: stream as NodeJS.WriteStream,
    format: ' {bar} {value}/{total} letters · {failed} failed · eta {eta_formatted} · {file}',
    barsize: 24,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    autopadding: true,
    etaBuffer: 50,
  });
  const bar = bars.create(total, 0, { file: '', failed: 0 });
  return {
    log: (line) => bars.log(`${line}\n`),
    tick: (file, failed) => {
      const name = escapeControls(file);
      bar.increment(1, { file: name.length > 40 ? `…${name.slice(-39)}` : name, failed });
    },
    stop: () => {
      bars.update(); // flushes lines logged since the last redraw
      bars.stop();
    },
  };
}
