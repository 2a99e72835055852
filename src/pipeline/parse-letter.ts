/**
 * The whole pipeline for one letter: read (bytes → text) → parse (text → tree) → extract (tree → model),
 * validated against the zod schema. Pure: no I/O, never throws for any input other than unreadable bytes.
 */
import type { Root } from 'mdast';
import { extractLetter } from '../extract/extract-letter.js';
import { buildThemes } from '../parse/build-themes.js';
import { visibleText } from '../parse/visible-text.js';
import { indexLines, positionOf } from '../model/position.js';
import { LetterSchema, SCHEMA_VERSION, type Diagnostic, type Letter } from '../model/schema.js';
import { detectFormat, type SourceFormat } from '../parse/detect-format.js';
import { assignLevels, inferHeadings } from '../parse/infer-headings.js';
import { joinPageBreaks } from '../parse/join-page-breaks.js';
import { markdownRisk, markupSkippedDiagnostics } from '../parse/markup-limits.js';
import { normaliseMarkdown } from '../parse/normalise-markdown.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { parsePlainText } from '../parse/parse-plain-text.js';
import { setAsideHeadline } from '../parse/set-aside-headline.js';
import { setAsideLetterhead } from '../parse/set-aside-letterhead.js';
import { readText } from '../read/read-text.js';
import { setAsideBoilerplate } from '../read/set-aside-boilerplate.js';

export interface ParseOptions {
  /** shown in the model and in messages; "-" for standard input */
  path?: string;
  /** how to read the text; "auto" looks at the extension and the text */
  format?: SourceFormat | 'auto';
  /** when given, milliseconds spent per stage (read, parse, extract, validate) are added to it (benchmarks) */
  timings?: Record<string, number>;
}

/** Parses a letter's bytes (or text) into the validated Letter model. Throws InputError for unreadable bytes. */
export function parseLetter(input: Uint8Array | string, options: ParseOptions = {}): Letter {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const path = options.path ?? '-';
  const lap = stageClock(options.timings);
  const read = readText(bytes);
  const { text } = read;
  const { masked, discarded } = setAsideBoilerplate(text);
  const index = indexLines(text);
  let format = !options.format || options.format === 'auto' ? detectFormat(path, masked) : options.format;
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  // Markdown that would make remark slow or overflow the stack is read by our linear plain-text parser
  const risk = format === 'markdown' ? markdownRisk(masked) : null;
  if (risk) {
    format = 'text';
    diagnostics.push({
      ruleId: 'markup-limit',
      severity: 'warning',
      message: risk.reason,
      position: positionOf(index, risk.start, risk.end),
    });
  }
  lap?.('read');

  let tree: Root;
  if (format === 'markdown') {
    tree = parseMarkdown(masked);
    normaliseMarkdown(tree, masked, index);
  } else tree = parsePlainText(masked, index);
  diagnostics.push(...markupSkippedDiagnostics(tree, (s, e) => positionOf(index, s, e)));
  diagnostics.push(...joinPageBreaks(tree, masked));
  const fields = setAsideLetterhead(tree, masked, index);
  inferHeadings(tree, masked);
  const headline = setAsideHeadline(tree, masked, index, fields);
  if (headline) fields.push(headline);
  assignLevels(tree, masked);
  lap?.('parse');
  const themes = buildThemes(tree, masked, index);
  const extracted = extractLetter({
    text: masked,
    visible: visibleText(tree, masked),
    index,
    themes,
    fields,
  });
  diagnostics.push(...extracted.diagnostics);

  const letter: Letter = {
    schemaVersion: SCHEMA_VERSION,
    source: { path, format, encoding: read.encoding, bytes: bytes.length, repairs: read.repairs, discarded },
    meta: extracted.meta,
    themes,
    asks: extracted.asks,
    references: extracted.references,
    figures: extracted.figures,
    diagnostics: diagnostics.sort(
      (a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1),
    ),
  };
  lap?.('extract');
  const valid = LetterSchema.parse(letter);
  lap?.('validate');
  return valid;
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
