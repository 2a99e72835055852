/** `vng-brief parse <files|folders|globs…> --out DIR | --jsonl`: many letters, one model each, and an index. */
import type { Letter } from '../model/schema.js';
import type { Io } from './io.js';
import { letterEntry } from './letter-entry.js';
import { readLetter } from './read-letter.js';
import { diagnosticsOut } from './report-diagnostics.js';
import { runBatch, type BatchSummary } from './run-batch.js';

export interface ParseBatchFlags {
  out?: string;
  jsonl?: boolean;
  yaml?: boolean;
  quiet?: boolean;
  followSymlinks?: boolean;
  maxSize: number;
  inputFormat: 'auto' | 'markdown' | 'text';
}

export async function parseBatch(
  inputs: readonly string[],
  flags: ParseBatchFlags,
  io: Io,
): Promise<BatchSummary> {
  // YAML is loaded only when asked for: it costs as much to load as half a parse
  const yaml = flags.yaml ? await import('yaml') : null;
  const stringify = (letter: Letter): string => {
    if (flags.jsonl) return JSON.stringify(letter);
    return yaml ? yaml.stringify(letter, { lineWidth: 0 }) : `${JSON.stringify(letter, null, 2)}\n`;
  };
  return runBatch({
    inputs,
    ...(flags.out ? { outDir: flags.out } : {}),
    ext: flags.yaml ? '.yaml' : '.json',
    io,
    quiet: flags.quiet === true,
    followLinks: flags.followSymlinks === true,
    async convert(file, log) {
      const letter = await readLetter(
        file,
        { maxBytes: flags.maxSize, format: flags.inputFormat },
        diagnosticsOut(io, flags.quiet, log),
      );
      return { content: stringify(letter), entry: { ...letterEntry(letter) } };
    },
  });
}
