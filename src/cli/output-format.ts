/**
 * The output format of a command, one way for every command: `-f/--format`, else the extension of `-o`, else
 * the command's default. The extension is never ignored: a name of a document type the command does not write
 * (`parse -o brief.docx`), or one that contradicts --format (`--format md -o brief.pdf`), is a usage error
 * rather than a file whose content does not match its name. Names without a document extension (none, `.log`,
 * `/dev/null`) take the format given or the default. `--out` takes a folder, and refuses a file's name.
 */
import { Option } from 'commander';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../core/errors.js';
import { isStdout } from './write-output.js';

/** The formats of a command, each with the file extensions it is written to (the first names --out's files). */
export type FormatTable<F extends string> = Readonly<Record<F, readonly string[]>>;

/** Extensions of document types: a file so named holds that type, so writing another format into it is wrong. */
const DOCUMENT_EXTENSIONS = new Set(
  [
    'txt text md markdown html htm xhtml pdf docx doc odt rtf json jsonl ndjson yaml yml csv tsv',
    'xlsx xls ods xml epub pptx png jpg jpeg svg zip',
  ]
    .join(' ')
    .split(' ')
    .map((e) => `.${e}`),
);

/** `-f, --format <format>`, with the command's formats as its choices. */
export function formatOption<F extends string>(table: FormatTable<F>, defaults: string): Option {
  return new Option('-f, --format <format>', `output format (default: ${defaults})`).choices(
    Object.keys(table),
  );
}

/** The extensions a command writes, for messages: ".txt, .json, .yaml or .csv". */
function listExtensions(table: FormatTable<string>): string {
  const all = [...new Set(Object.values(table).flat())];
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1)}` : (all[0] ?? '');
}

/** The format an output file's name asks for: null when it names no document type (or standard output). */
function formatOfName<F extends string>(
  command: string,
  table: FormatTable<F>,
  output: string | undefined,
): F | null {
  if (!output || isStdout(output)) return null;
  const ext = extname(output).toLowerCase();
  if (!DOCUMENT_EXTENSIONS.has(ext)) return null;
  const format = (Object.keys(table) as F[]).find((f) => table[f].includes(ext));
  if (!format)
    throw new UserError(
      `${output}: ${command} does not write ${ext} files; it writes ${listExtensions(table)} (name the file so, or give --format for a file of another name)`,
    );
  return format;
}

/**
 * --format, else the format the output's extension names, else `fallback`; a contradiction between the two is a
 * usage error.
 */
export function pickFormat<F extends string>(
  command: string,
  table: FormatTable<F>,
  given: F | undefined,
  output: string | undefined,
  fallback: () => F,
): F {
  const named = formatOfName(command, table, output);
  if (given && named && !table[given].includes(extname(output ?? '').toLowerCase()))
    throw new UserError(
      `${output}: --format ${given} writes ${table[given].join(' or ') || 'no file'}, not ${extname(output ?? '')} (leave out --format, or name the file so)`,
    );
  return given ?? named ?? fallback();
}

/** --out names a folder: a file's name there (`--out brief.html`) is a usage error, unless that folder exists. */
export async function refuseFileAsFolder(out: string | undefined): Promise<void> {
  if (!out) return;
  const ext = extname(out).toLowerCase();
  if (!DOCUMENT_EXTENSIONS.has(ext)) return;
  if ((await stat(out).catch(() => null))?.isDirectory()) return;
  throw new UserError(
    `${out}: --out takes a folder for one output per letter, not a ${ext} file; write one file with -o ${out}`,
  );
}
