/**
 * The batch machinery shared by commands that take many letters: expand files, folders and globs, convert one
 * letter at a time (only the small index entries are kept), write each output atomically into a folder or
 * stream them as lines to stdout, and keep going past bad files. Exit code 1 at the end if any file failed.
 */
import { UserError } from '../core/errors.js';
import { join } from 'node:path';
import { VERSION } from '../core/version.js';
import { nameOf } from '../load/read-input.js';
import { escapeControls } from '../render/escape-output.js';
import { startProgress } from './batch-progress.js';
import { expandInputs, type Skipped } from './expand-inputs.js';
import type { Io } from './io.js';
import { makeFolder } from './make-folder.js';
import { outputNames } from './output-names.js';
import { identityOf, refuseOutputOverInput } from './same-file.js';
import { refuseAllButFile, writeIntoFolder } from './write-output.js';

/** What a command makes of one letter. */
export interface BatchOutput {
  /** the file's content (a Buffer for binary output such as PDF); in a stream, its lines with their line ends */
  content: string | Buffer;
  /** the letter's line in index.json (path, output and error are added) */
  entry: Record<string, unknown>;
}

export interface BatchSpec {
  inputs: readonly string[];
  /** the folder to write into; without it the outputs follow each other on stdout (JSON lines, CSV rows) */
  outDir?: string;
  /** the file that stream is written into (-o), which may not be one of the letters */
  outFile?: string;
  /** the output files' extension, with its dot: ".json", ".yaml", ".md" */
  ext: string;
  io: Io;
  /** hides the progress bar and the lines about skipped links */
  quiet?: boolean;
  /** follow symbolic links out of the input folders (--follow-symlinks) */
  followLinks?: boolean;
  /** converts one file; `log` prints a line to stderr without breaking the progress bar */
  convert(file: string, log: (line: string) => void): Promise<BatchOutput>;
  /** a second index for people, written into the folder beside index.json (index.html of HTML briefs) */
  index?: { name: string; render(index: IndexFile): string };
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
  /** links not followed, loops and repeated files: not read */
  skipped: Skipped[];
}

/** Runs the batch; throws a UserError with exit code 1 after the run if any input failed. */
export async function runBatch(spec: BatchSpec): Promise<BatchSummary> {
  const { io, outDir } = spec;
  const { files, unmatched, skipped } = await expandInputs(spec.inputs, {
    ...(outDir ? { skipDir: outDir } : {}),
    followLinks: spec.followLinks === true,
  });
  if (!spec.quiet)
    for (const s of skipped)
      io.stderr.write(`vng-brief: ${escapeControls(`${s.path}: skipped, ${s.reason}`)}\n`);
  if (files.length === 0 && unmatched.length === 0)
    throw new UserError('no letters found (.txt, .md, .markdown, .pdf, .docx, .html or .htm)');
  await refuseOutputOverInput(spec.outFile, files);
  const names = outputNames(files, spec.ext);
  const outputs = outDir ? names.map((name) => join(outDir, name)) : [];
  if (outDir) {
    await refuseOutputsOverInputs(files, [...outputs, join(outDir, 'index.json')]);
    // the index is written last: a link in its place stops the run before any work
    await refuseAllButFile(join(outDir, 'index.json'));
    if (spec.index) await refuseAllButFile(join(outDir, spec.index.name));
    await makeFolder(outDir);
  }
  const index: IndexFile = {
    tool: `vng-brief ${VERSION}`,
    total: files.length + unmatched.length,
    failed: 0,
    letters: [],
    skipped,
  };
  const progress = await startProgress(files.length, io.stderr, !spec.quiet && !!outDir);
  const fail = (path: string, message: string) => {
    index.failed++;
    index.letters.push({ path, output: null, error: message });
    progress.log(`vng-brief: ${escapeControls(`${path}: ${message}`)}`);
  };
  try {
    for (const glob of unmatched) fail(glob, 'no files match');
    for (const [i, file] of files.entries()) {
      // standard output failed (its reader went away: `| head`): main() says so, or ends quietly
      if (!outDir && io.stdoutError?.()) break;
      try {
        const { content, entry } = await spec.convert(file, progress.log);
        const output = outputs[i] ?? null;
        if (output) await writeIntoFolder(output, content);
        else if (typeof content === 'string') await writeStream(io.stdout, content);
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
  if (outDir) {
    await writeIntoFolder(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    if (spec.index) await writeIntoFolder(join(outDir, spec.index.name), spec.index.render(index));
  }
  if (index.failed > 0) throw new UserError(`${index.failed} of ${index.total} inputs failed`, 1);
  return { total: index.total, failed: index.failed };
}

/** The one-line problem, without the "path: " a UserError already starts with. */
function problemOf(err: unknown, file: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const prefix = `${nameOf(file)}: `;
  if (err instanceof UserError) return message.startsWith(prefix) ? message.slice(prefix.length) : message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code) return `cannot write output (${code})`;
  return `internal error: ${message.split('\n')[0]}`;
}

/** No output may replace an input: a letter in the --out folder would become its own brief. */
async function refuseOutputsOverInputs(files: readonly string[], outputs: readonly string[]): Promise<void> {
  const inputs = new Map<string, string>();
  for (const file of files) {
    const id = await identityOf(file);
    if (id) inputs.set(id, file);
  }
  for (const output of outputs) {
    const input = inputs.get((await identityOf(output)) ?? '');
    if (input !== undefined)
      throw new UserError(
        `${output}: is ${input === output ? 'an input' : `the same file as the input ${input}`} and would be replaced; write the outputs to another folder`,
      );
  }
}

/**
 * One output to stdout, waiting when the reader is slower than we are (so outputs never pile up in memory), or
 * until the stream fails.
 */
function writeStream(stdout: Io['stdout'], content: string): Promise<void> | void {
  if (!content) return;
  const ok = stdout.write(content);
  const stream = stdout as Partial<NodeJS.WritableStream>;
  if (ok !== false || typeof stream.once !== 'function') return;
  return new Promise((done) => {
    const go = () => {
      stream.off?.('drain', go);
      stream.off?.('error', go);
      done();
    };
    stream.once!('drain', go);
    stream.once!('error', go);
  });
}
