/**
 * Sets aside web and PDF noise lines (login links, "Meer informatie", cookie notices, page numbers, running
 * headers and footers). The text keeps its length: every set-aside character except "\n" becomes a space, so all
 * offsets into the text stay valid. Patterns are data: src/data/boilerplate.yaml.
 */
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { LineContext, splitLines, type Line } from './boilerplate-lines.js';
import { findPageSequences, type NumberLine } from './find-page-sequences.js';
import { findRunningLines } from './find-running-lines.js';
import { boilerplate, type BoilerplatePattern } from './load-boilerplate.js';

/** Lines longer than this are prose, whatever they contain. */
const MAX_PATTERN_LINE = 500;

/** Blanks the noise lines of `file.text` and records each in `file.discarded` with its reason. */
export function setAsideBoilerplate(file: LetterFile): void {
  const { text } = file;
  const { patterns, running } = boilerplate();
  const lines = splitLines(text);
  const hits = new Map<number, { rule: string; reason: string }>();
  const context = new LineContext(lines, new Set<number>());

  // running headers and footers first: a page number under a footer stands alone once the footer is gone
  for (const [i, times] of findRunningLines(lines, context, new Set<number>(), running)) {
    hits.set(i, { rule: 'running-header-footer', reason: `${running.reason} (repeated ${times} times)` });
  }
  // then the lines that are noise wherever they stand; the others are judged with those counted as blank
  matchPatterns(
    lines,
    patterns,
    hits,
    (p) => p.where === 'anywhere',
    () => true,
  );
  // judged with the lines set aside so far counted as blank, so one piece of noise makes the next stand alone
  // ("Menu" / "Sluiten"); a second round catches noise that only stands alone once the line after it went
  const judged = new LineContext(lines, hits);
  for (let round = 0; round < 2; round++)
    matchPatterns(
      lines,
      patterns,
      hits,
      (p) => p.where === 'alone' || p.where === 'between-blank-lines',
      (p, i) => (p.where === 'alone' ? judged.alone(i) : judged.betweenBlankLines(i)),
    );

  const numbers: (NumberLine & { pattern: BoilerplatePattern })[] = [];
  lines.forEach((line, i) => {
    if (hits.has(i) || line.blank) return;
    const pattern = patterns.find((p) => p.where === 'page-sequence' && p.regex.test(line.key));
    if (pattern)
      numbers.push({ index: i, value: Number.parseInt(line.key.replace(/^\D{0,20}/, ''), 10), pattern });
  });
  const pages = findPageSequences(numbers, judged);
  for (const n of numbers)
    if (pages.has(n.index)) hits.set(n.index, { rule: n.pattern.id, reason: n.pattern.reason });

  mask(file, lines, hits);
}

function matchPatterns(
  lines: readonly Line[],
  patterns: readonly BoilerplatePattern[],
  hits: Map<number, { rule: string; reason: string }>,
  phase: (p: BoilerplatePattern) => boolean,
  fits: (p: BoilerplatePattern, i: number) => boolean,
): void {
  lines.forEach((line, i) => {
    if (line.blank || hits.has(i) || line.key.length > MAX_PATTERN_LINE) return;
    const pattern = patterns.find(
      (p) => phase(p) && line.rank <= p.firstLines && p.regex.test(line.key) && fits(p, i),
    );
    if (pattern) hits.set(i, { rule: pattern.id, reason: pattern.reason });
  });
}

/** Blanks the hit lines of `file.text` (offsets kept) and records each in `file.discarded` with its reason. */
export function mask(
  file: LetterFile,
  lines: readonly Line[],
  hits: ReadonlyMap<number, { rule: string; reason: string }>,
): void {
  if (hits.size === 0) return;
  const { text } = file;
  const parts: string[] = [];
  let copied = 0;
  for (const i of [...hits.keys()].sort((a, b) => a - b)) {
    const line = lines[i] as Line;
    const hit = hits.get(i) as { rule: string; reason: string };
    parts.push(text.slice(copied, line.start), line.text.replace(/[^\n]/g, ' '));
    copied = line.end;
    file.discarded.push({
      text: line.text,
      reason: hit.reason,
      rule: hit.rule,
      position: positionIn(file, line.start, line.end),
    });
  }
  parts.push(text.slice(copied));
  file.text = parts.join('');
}
