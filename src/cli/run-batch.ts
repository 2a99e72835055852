/**
 * The batch machinery shared by commands that take many letters: expand files, folders and globs, convert one
 * letter at a time (only the small index entries are kept), write each output atomically into a folder or
 * stream them as lines to stdout, and keep going past bad files. Exit code 1 at the end if any file failed.
 */
import { UserError } from '../core/errors.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { VERSION } from '../core/version.js';
import { stripControls } from '../render/escape-output.js';
import { startProgress } from './batch-progress.js';
import { expandInputs } from './expand-inputs.js';
import type { Io } from './io.js';
import { outputNames } from './output-names.js';

/** What a command makes of one letter. */
export interface BatchOutput {
  /** the file's content (a Buffer for binary output such as PDF); with --jsonl, one line of JSON, no newline */
  content: string | Buffer;
  /** the letter's line in index.json (path, output and error are added) */
  entry: Record<string, unknown>;
}

export interface BatchSpec {
  inputs: readonly string[];
  /** the folder to write into; without it each output is a line on stdout (--jsonl) */
  outDir?: string;
  /** the output files' extension, with its dot: ".json", ".yaml", ".md" */
  ext: string;
  io: Io;
  /** false hides the progress bar */
  progress?: boolean;
  /** converts one file; `log` prints a line to stderr without breaking the progress bar */
  convert(file: string, log: (line: string) => void): Promise<BatchOutput>;
}

export interface BatchSummary {
  total: number;
  failed: number;
}

export interface IndexFile {
  tool: string;
  total: number;
  failed: number;
  letters: Array<{ path: string; output: string | null; error: string | null } & Record<string, unknown>>;
}

/** Runs the batch; throws a UserError with exit code 1 after the run if any input failed. */
export async function runBatch(spec: BatchSpec): Promise<BatchSummary> {
  const { io, outDir } = spec;
  const { files, unmatched } = await expandInputs(spec.inputs, outDir);
  if (files.length === 0 && unmatched.length === 0)
    throw new UserError('no letters found (.txt, .md, .markdown, .pdf, .docx, .html or .htm)');
  if (outDir) await makeDir(outDir);
  const names = outputNames(files, spec.ext);
  const index: IndexFile = {
    tool: `vng-brief ${VERSION}`,
    total: files.length + unmatched.length,
    failed: 0,
    letters: [],
  };
  const progress = await startProgress(files.length, io.stderr, spec.progress !== false && !!outDir);
  const fail = (path: string, message: string) => {
    index.failed++;
    index.letters.push({ path, output: null, error: message });
    progress.log(`vng-brief: ${stripControls(`${path}: ${message}`, { oneLine: true })}`);
  };
  const closed = outDir ? { now: false } : watchClosed(io.stdout);
  try {
    for (const glob of unmatched) fail(glob, 'no files match');
    for (const [i, file] of files.entries()) {
      if (closed.now) break; // the reader went away (`| head`): nothing more to say
      try {
        const { content, entry } = await spec.convert(file, progress.log);
        const output = outDir ? join(outDir, names[i] as string) : null;
        if (output) await writeFileAtomic(output, content);
        else if (typeof content === 'string') await writeLine(io.stdout, content);
        else throw new UserError(`${file}: binary output cannot be streamed as lines; use --out`);
        index.letters.push({ path: file, output, error: null, ...entry });
      } catch (err) {
        fail(file, problemOf(err, file));
      }
      progress.tick(file, index.failed);
    }
  } finally {
    progress.stop();
  }
  if (outDir)
    await writeFileAtomic(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`, 'utf8');
  if (index.failed > 0) throw new UserError(`${index.failed} of ${index.total} inputs failed`, 1);
  return { total: index.total, failed: index.failed };
}

/** The one-line problem, without the "path: " a UserError already starts with. */
function problemOf(err: unknown, file: string): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof UserError)
    return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code) return `cannot write output (${code})`;
  return `internal error: ${message.split('\n')[0]}`;
}

async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new UserError(
      `${dir}: cannot create the output folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/** Notices when stdout's reader closes the pipe, instead of crashing on EPIPE. */
function watchClosed(stdout: Io['stdout']): { now: boolean } {
  const state = { now: false };
  const stream = stdout as Partial<NodeJS.WritableStream>;
  stream.on?.('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    state.now = true;
    stream.emit?.('drain');
  });
  return state;
}

/** One line to stdout, waiting when the reader is slower than we are (so lines never pile up in memory). */
function writeLine(stdout: Io['stdout'], content: string): Promise<void> | void {
  const ok = stdout.write(`${content}\n`);
  const stream = stdout as Partial<NodeJS.WritableStream>;
  if (ok === false && typeof stream.once === 'function')
    return new Promise((done) => stream.once!('drain', () => done()));
}
