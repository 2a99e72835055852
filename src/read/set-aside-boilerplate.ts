/**
 * Sets aside web and PDF noise lines (login links, "Meer informatie", cookie notices, page numbers, running
 * headers and footers). The text keeps its length: every set-aside character except "\n" becomes a space, so all
 * offsets into the text stay valid. Patterns are data: src/data/boilerplate.yaml.
 */
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { compileNatively, isCompiled } from '../text/compile-natively.js';
import { LineContext, splitLines, type Line } from './boilerplate-lines.js';
import { findPageSequences, type NumberLine } from './find-page-sequences.js';
import { findRunningLines, isCountable } from './find-running-lines.js';
import { findDates } from '../text/find-dates.js';
import { boilerplate, type Boilerplate, type BoilerplatePattern } from './load-boilerplate.js';
import { mayHold } from './pattern-needs.js';
import { opensAs } from './pattern-openings.js';

/** Lines longer than this are prose, whatever they contain. */
const MAX_PATTERN_LINE = 500;

/** Blanks the noise lines of `file.text` and records each in `file.discarded` with its reason. */
export function setAsideBoilerplate(file: LetterFile): void {
  const { text } = file;
  const { patterns: all, running } = boilerplate();
  const lines = splitLines(text);
  const hits = new Map<number, { rule: string; reason: string }>();
  const context = new LineContext(lines, new Set<number>());

  // running headers and footers first: a page number under a footer stands alone once the footer is gone
  for (const [i, times] of findRunningLines(lines, context, new Set<number>(), running)) {
    hits.set(i, { rule: 'running-header-footer', reason: `${running.reason} (repeated ${times} times)` });
  }
  // then the lines that are noise wherever they stand; the others are judged with those counted as blank. A
  // pattern paired with another ("with") joins in once a line of that other is set aside.
  const setAsideAnywhere = (anywhere: readonly BoilerplatePattern[]): void =>
    lines.forEach((line, i) => {
      if (hits.has(i)) return;
      const pattern = matching(line, anywhere)[0];
      if (pattern) hits.set(i, { rule: pattern.id, reason: pattern.reason });
    });
  setAsideAnywhere(all.filter((p) => p.where === 'anywhere' && p.with === null));
  const found = new Set([...hits.values()].map((h) => h.rule));
  const patterns = all.filter((p) => p.with === null || found.has(p.with));
  setAsideAnywhere(patterns.filter((p) => p.where === 'anywhere' && p.with !== null));
  // judged with the lines set aside so far counted as blank, so one piece of noise makes the next stand alone
  // ("Menu" / "Sluiten"); a second round catches noise that only stands alone once the line after it went. A
  // line's matching patterns do not change between rounds, only whether it stands alone: they are found once.
  const placed = patterns.filter((p) => p.where === 'alone' || p.where === 'between-blank-lines');
  const candidates = lines.map((line, i) => (hits.has(i) ? NONE : matching(line, placed)));
  const judged = new LineContext(lines, hits);
  for (let round = 0; round < 2; round++)
    candidates.forEach((matches, i) => {
      if (hits.has(i)) return;
      const pattern = matches.find((p) =>
        p.where === 'alone' ? judged.alone(i) : judged.betweenBlankLines(i),
      );
      if (pattern) hits.set(i, { rule: pattern.id, reason: pattern.reason });
    });

  const numbers: (NumberLine & { pattern: BoilerplatePattern })[] = [];
  const pageNumbers = patterns.filter((p) => p.where === 'page-sequence');
  lines.forEach((line, i) => {
    if (hits.has(i) || line.blank) return;
    let lower: string | undefined;
    const lowerKey = (): string => (lower ??= line.key.toLowerCase());
    const pattern = pageNumbers.find((p) => mayMatch(line, lowerKey, p) && p.regex.test(line.key));
    if (pattern)
      numbers.push({ index: i, value: Number.parseInt(line.key.replace(/^\D{0,20}/, ''), 10), pattern });
  });
  const pages = findPageSequences(numbers, judged);
  for (const n of numbers)
    if (pages.has(n.index)) hits.set(n.index, { rule: n.pattern.id, reason: n.pattern.reason });
  setAsideHeadsBesidePages(lines, hits, running);

  mask(file, lines, hits);
}

/** The ids of the patterns that find page numbers open so (boilerplate.yaml). */
const PAGE_NUMBER = 'page-';

const MAX_BLANK_GAP = 2;

/** A line that recurs less often than a running line must, but each time right beside a page's number. */
function setAsideHeadsBesidePages(
  lines: readonly Line[],
  hits: Map<number, { rule: string; reason: string }>,
  running: Boilerplate['running'],
): void {
  // the next line that is not blank, a blank line or two between them as a page break leaves them
  const next = (i: number, step: number): number => {
    let k = i + step;
    for (let gap = 0; gap < MAX_BLANK_GAP && lines[k]?.blank; gap++) k += step;
    return k;
  };
  const besidePage = (i: number): boolean =>
    [next(i, -1), next(i, 1)].some((k) => hits.get(k)?.rule.startsWith(PAGE_NUMBER) === true);
  // most texts number no pages: no second pass over their lines
  if (![...hits.values()].some((h) => h.rule.startsWith(PAGE_NUMBER))) return;
  const options = { ...running, minRepeats: running.minRepeatsBesidePageNumbers };
  const found = findRunningLines(lines, new LineContext(lines, hits), new Set(hits.keys()), options);
  const byText = new Map<string, number[]>();
  for (const i of found.keys()) byText.set(lines[i]!.text, [...(byText.get(lines[i]!.text) ?? []), i]);
  for (const indices of byText.values())
    if (indices.every(besidePage))
      for (const i of indices)
        hits.set(i, {
          rule: 'running-header-footer',
          reason: `${running.reason} (repeated ${indices.length} times, beside the page numbers)`,
        });
  // a two-page letter shows its head once: parts set apart, one of them the full date ("Bond - Inbreng X - 12 juni
  // 1996"), right beside the page's number
  lines.forEach((line, i) => {
    if (!hits.has(i) && besidePage(i) && isDatedHead(line.text, running))
      hits.set(i, {
        rule: 'running-header-footer',
        reason: `${running.reason} (dated, beside the page number)`,
      });
  });
}

const PARTS_APART = /\s[-–—|•·]\s/u;

function isDatedHead(text: string, running: Boilerplate['running']): boolean {
  return (
    PARTS_APART.test(text) &&
    isCountable(text, running) &&
    findDates(text).some((d) => d.date !== null && d.yearGiven)
  );
}

const NONE: readonly BoilerplatePattern[] = [];

/** The patterns of `patterns` that match the line, in their order; none for blank and prose-length lines. */
function matching(line: Line, patterns: readonly BoilerplatePattern[]): readonly BoilerplatePattern[] {
  if (line.blank || line.key.length > MAX_PATTERN_LINE) return NONE;
  let lower: string | undefined;
  const lowerKey = (): string => (lower ??= line.key.toLowerCase());
  const found = patterns.filter((p) => {
    if (line.rank > p.firstLines || !mayMatch(line, lowerKey, p)) return false;
    // each pattern is tried on many short lines: compiled for machine code at once, not twice (compile-natively.ts)
    compileNatively(p.regex, line.key);
    return p.regex.test(line.key);
  });
  return found.length ? found : NONE;
}

/**
 * Whether the line opens as the pattern needs and, until the pattern is compiled, holds what it needs (`lower`:
 * the line's key in lower case). The needs spare a compilation; a compiled pattern answers faster itself.
 */
const mayMatch = (line: Line, lower: () => string, p: BoilerplatePattern): boolean =>
  opensAs(line.key, p.openings) && (isCompiled(p.regex) || mayHold(line.key, lower(), p.needs));

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
