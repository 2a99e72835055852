/**
 * The whole pipeline for one letter, as a list of passes over one letter file: read (bytes → text) → parse
 * (text → tree → themes) → extract (themes → meta, asks, references, figures) → model (validated by the zod
 * schema). Pure: no I/O, never throws for any input other than unreadable bytes (InputError).
 */
import type { Root } from 'mdast';
import { InputError } from '../core/errors.js';
import { withWordLists, type WordLists } from '../core/load-lexicon.js';
import type { LetterFile } from '../core/letter-file.js';
import { extractLetter } from '../extract/extract-letter.js';
import { LetterSchema, SCHEMA_VERSION, type Letter } from '../model/schema.js';
import { buildThemes } from '../parse/build-themes.js';
import type { SourceFormat } from '../parse/detect-format.js';
import { assignLevels, inferHeadings } from '../parse/infer-headings.js';
import { joinPageBreaks } from '../parse/join-page-breaks.js';
import { reportSkippedMarkup } from '../parse/markup-limits.js';
import { readTree } from '../parse/read-tree.js';
import { setAsideHeadline } from '../parse/set-aside-headline.js';
import { setAsideLetterhead } from '../parse/set-aside-letterhead.js';
import { setAsidePageFurniture } from '../parse/set-aside-page-furniture.js';
import { blankMarkup } from '../parse/visible-text.js';
import { detectInputType } from '../read/detect-input-type.js';
import { DOCUMENT_NAMES } from '../read/extract-document.js';
import type { ExtractedText } from '../read/extracted-text.js';
import { readText } from '../read/read-text.js';
import { setAsideExtracted } from '../read/set-aside-extracted.js';
import { setAsideBoilerplate } from '../read/set-aside-boilerplate.js';

export interface ParseOptions {
  /** shown in the model and in messages; "-" for standard input */
  path?: string;
  /** how to read the text; "auto" looks at the extension and the text (not used for extracted text) */
  format?: SourceFormat | 'auto';
  /** when given, milliseconds spent per stage (read, parse, extract, validate) are added to it (benchmarks) */
  timings?: Record<string, number>;
  /**
   * entries to add to the word lists of src/data for this letter, by list (`words` of a config file, see
   * loadConfig); validated and compiled once per object, so pass the same one for every letter
   */
  words?: WordLists;
}

/** The passes over the tree, in order: each reads and writes the tree and the letter file. */
const TREE_PASSES: readonly ((tree: Root, file: LetterFile) => void)[] = [
  reportSkippedMarkup,
  joinPageBreaks,
  setAsideLetterhead,
  setAsidePageFurniture,
  setAsideHeadline,
  inferHeadings,
  assignLevels,
  blankMarkup,
];

/**
 * Parses a letter's bytes (or text, or the text extracted from a PDF, Word document or web page with
 * extractDocument) into the validated Letter model. Throws InputError for unreadable bytes, and for the bytes of
 * a document whose text must be extracted first; a UserError for `words` that are not valid.
 */
export function parseLetter(input: Uint8Array | string | ExtractedText, options: ParseOptions = {}): Letter {
  const { words } = options;
  return words ? withWordLists(words, () => parse(input, options)) : parse(input, options);
}

function parse(input: Uint8Array | string | ExtractedText, options: ParseOptions): Letter {
  const path = options.path ?? '-';
  const extracted = typeof input === 'object' && !(input instanceof Uint8Array) ? input : null;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const lap = stageClock(options.timings);
  let file: LetterFile;
  if (extracted) {
    file = readText(extracted, path);
    setAsideExtracted(file, extracted);
  } else {
    const wanted = options.format ?? 'auto';
    if (wanted === 'auto') refuseDocument(path, bytes as Uint8Array);
    file = readText(bytes as Uint8Array, path);
  }
  setAsideBoilerplate(file);
  lap?.('read');

  const { tree, format } = readTree(file, extracted?.format ?? options.format ?? 'auto');
  for (const pass of TREE_PASSES) pass(tree, file);
  const themes = buildThemes(tree, file);
  lap?.('parse');

  const { meta, asks, references, figures } = extractLetter(themes, file);
  const letter: Letter = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: file.path,
      format,
      origin: extracted?.origin ?? null,
      pages: extracted?.pages ?? null,
      encoding: file.encoding,
      bytes: extracted?.bytes ?? (bytes as Uint8Array).length,
      repairs: file.repairs,
      // set aside in two passes (the extraction's, then boilerplate): in text order
      discarded: file.discarded.sort((a, b) => a.position.start.offset - b.position.start.offset),
    },
    meta,
    themes,
    asks,
    references,
    figures,
    diagnostics: file.messages.sort(
      (a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1),
    ),
  };
  lap?.('extract');
  const valid = LetterSchema.parse(letter);
  lap?.('validate');
  return valid;
}

/** A PDF, Word document or web page is read through extractDocument, never as text. */
function refuseDocument(path: string, bytes: Uint8Array): void {
  const type = detectInputType(path, bytes);
  if (type === 'pdf' || type === 'docx' || type === 'html')
    throw new InputError(
      `a ${DOCUMENT_NAMES[type]}: extract its text first (loadLetter, or extractDocument and then parseLetter)`,
    );
}

/** A lap timer adding each stage's milliseconds to `timings`; undefined (no cost) without it. */
function stageClock(timings: Record<string, number> | undefined): ((stage: string) => void) | undefined {
  if (!timings) return undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - last;
    last = now;
  };
}
