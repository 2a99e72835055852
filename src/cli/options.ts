/** The options several commands share, written once so that they read the same everywhere. */
import { InvalidArgumentError, Option } from 'commander';
import { LANGS } from '../render/langs.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
};

/** "5MB", "200KB", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]{0,2})\s*$/i.exec(value);
  const unit = UNITS[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined)
    throw new InvalidArgumentError('expected a size such as 5MB, 200KB or 1048576');
  return Math.round(Number(m[1]) * unit);
}

/** The largest input read by default. */
const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/** `--max-size`: reads stop beyond it. */
export const maxSizeOption = (): Option =>
  new Option('--max-size <bytes>', 'refuse larger inputs (e.g. 5MB, 200KB)')
    .argParser(parseSize)
    .default(DEFAULT_MAX_SIZE);

/** `-l, --lang`: the language of everything the command writes for people. */
export const langOption = (): Option =>
  new Option('-l, --lang <lang>', 'language of the output for people').choices(LANGS).default('nl');

/** `--input-format`: how a letter is read. */
export const inputFormatOption = (): Option =>
  new Option(
    '--input-format <format>',
    'auto, markdown or text (markdown and text read a web page or a .json file as a letter as it is)',
  )
    .choices(['auto', 'markdown', 'text'])
    .default('auto');

export type InputFormat = 'auto' | 'markdown' | 'text';
