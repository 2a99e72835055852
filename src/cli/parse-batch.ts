/**
 * `vng-brief parse <files|folders|globs…> --out DIR | --format jsonl | --format csv`: many letters, one model (or
 * summary, or CSV file) each and an index, or one stream of JSON lines or CSV rows.
 */
import { Chalk } from 'chalk';
import type { Letter } from '../model/schema.js';
import type { Lang } from '../render/load-labels.js';
import { renderAsksCsv } from '../render/render-asks-csv.js';
import { renderSummary } from '../render/render-summary.js';
import type { ParseFormat } from './commands/parse.js';
import type { Io } from './io.js';
import { letterEntry } from './letter-entry.js';
import type { InputFormat } from './options.js';
import { PARSE_FORMATS } from './commands/parse.js';
import { readLetter } from './read-letter.js';
import { diagnosticsOut } from './report-diagnostics.js';
import { runBatch, type BatchSummary } from './run-batch.js';
import { isStdout, writeOutput } from './write-output.js';

export interface ParseBatchFlags {
  out?: string;
  /** with a stream (jsonl, csv): the file it is written to, at the end and atomically */
  output?: string;
  format: ParseFormat;
  quiet?: boolean;
  followSymlinks?: boolean;
  maxSize: number;
  inputFormat: InputFormat;
  lang: Lang;
}

/** Turns each letter into its output; CSV has its header once per file, so once per stream. */
async function renderer(flags: ParseBatchFlags): Promise<(letter: Letter) => string> {
  // YAML is loaded only when asked for: it costs as much to load as half a parse
  const yaml = flags.format === 'yaml' ? await import('yaml') : null;
  let first = true;
  return (letter) => {
    switch (flags.format) {
      case 'jsonl':
        return `${JSON.stringify(letter)}\n`;
      case 'csv': {
        const header = first || flags.out !== undefined;
        first = false;
        return renderAsksCsv(letter, header);
      }
      case 'text':
        return renderSummary(letter, new Chalk({ level: 0 }), flags.lang);
      case 'yaml':
        return yaml!.stringify(letter, { lineWidth: 0 });
      case 'json':
        return `${JSON.stringify(letter, null, 2)}\n`;
    }
  };
}

export async function parseBatch(
  inputs: readonly string[],
  flags: ParseBatchFlags,
  io: Io,
): Promise<BatchSummary> {
  const render = await renderer(flags);
  // a stream into a file is gathered and written once the run is done: atomically, as every -o
  const gathered: string[] = [];
  const intoFile = !flags.out && !isStdout(flags.output);
  const target: Io = intoFile ? { ...io, stdout: { write: (s) => gathered.push(String(s)) } } : io;
  try {
    return await runBatch({
      inputs,
      ...(flags.out ? { outDir: flags.out } : {}),
      ...(intoFile ? { outFile: flags.output } : {}),
      ext: PARSE_FORMATS[flags.format][0]!,
      io: target,
      quiet: flags.quiet === true,
      followLinks: flags.followSymlinks === true,
      async convert(file, log) {
        const letter = await readLetter(
          file,
          { maxBytes: flags.maxSize, format: flags.inputFormat },
          diagnosticsOut(io, flags.quiet, log),
        );
        return { content: render(letter), entry: { ...letterEntry(letter) } };
      },
    });
  } finally {
    // what was read before a letter failed is still written (the exit code says one failed)
    if (intoFile && gathered.length) await writeOutput(gathered.join(''), flags.output, io);
  }
}
