/**
 * The letterhead above the salutation holds label/value lines ("Datum" / "5 september 2024", "Onderwerp" / …)
 * and date lines. They are metadata, not themes: this pass takes them out of the tree as MetaFields and leaves
 * every other line where it was. PDF letterheads interleave labels and values; they are paired in order.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { parseDutchDate } from '../text/find-dates.js';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { positionOf, type LineIndex } from '../model/position.js';
import { parseInline } from './parse-inline.js';
import { isSalutation, structureWords } from '../text/structure-words.js';

/** Without a salutation, only this many lines at the top can be letterhead. */
const TOP_LINES = 6;
const MAX_LABEL_VALUE = 120;

interface Unit {
  start: number;
  end: number;
  text: string;
  node: Paragraph;
  kind: 'label' | 'date' | 'other';
  label?: { name: string; label: string; value: { start: number; end: number } | null };
  /** a blank line separates this unit from the one before */
  gapBefore: boolean;
  used: boolean;
}

/** Moves the letterhead lines from the tree to the file's fields, in document order. */
export function setAsideLetterhead(root: Root, file: LetterFile): void {
  const { text } = file;
  const units = zoneUnits(root, text);
  const { fields } = file;
  const field = (name: string, label: Unit | null, value: { start: number; end: number } | null): void => {
    // an inline "Label: value" has its label before the value on the same line
    const labelEnd =
      label && value && value.start > label.start && value.start < label.end ? value.start : label?.end;
    const where = value ?? { start: label!.start, end: label!.end };
    fields.push({
      name,
      label: label?.label?.label ?? null,
      value: value ? text.slice(value.start, value.end) : '',
      position: positionIn(file, where.start, where.end),
      labelPosition: label && value ? positionIn(file, label.start, labelEnd!) : null,
    });
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind === 'date') {
      u.used = true;
      field('date', null, u);
      continue;
    }
    if (u.kind !== 'label') continue;
    // a run of labels, then the values that follow them
    const labels: Unit[] = [];
    while (units[i]?.kind === 'label') labels.push(units[i++] as Unit);
    const values: Unit[] = [];
    while (units[i] && units[i]!.kind !== 'label' && (values.length < labels.length || !units[i]!.gapBefore))
      values.push(units[i++] as Unit);
    i--;
    pair(labels, values).forEach(([l, v]) => {
      l.used = true;
      if (l.label?.value) field(l.label.name, l, l.label.value);
      else if (v) {
        v.used = true;
        field(l.label!.name, l, v);
      } else field(l.label!.name, l, null);
    });
    // values left over continue the subject, as when a PDF wraps it between other fields
    for (const v of values.filter((x) => !x.used && labels.some((l) => l.label?.name === 'subject'))) {
      v.used = true;
      field('subject', null, v);
    }
  }
  rebuildParagraphs(root, units, text, file.lines);
}

/** Labels take values in order; a date label takes the date-like value. */
function pair(labels: Unit[], values: Unit[]): [Unit, Unit | undefined][] {
  const free = values.filter((v) => v.kind !== 'label');
  const taken = new Set<Unit>();
  const out: [Unit, Unit | undefined][] = [];
  for (const l of labels) {
    if (l.label?.value) {
      out.push([l, undefined]);
      continue;
    }
    const wantDate = l.label?.name === 'date';
    const v =
      free.find((x) => !taken.has(x) && (!wantDate || x.kind === 'date')) ?? free.find((x) => !taken.has(x));
    if (v) taken.add(v);
    out.push([l, v]);
  }
  return out;
}

/** The lines that may be letterhead: above the salutation, or the first few lines of a letter without one. */
function zoneUnits(root: Root, text: string): Unit[] {
  const units: Unit[] = [];
  const hasSalutation = root.children.some(
    (n) => n.type === 'paragraph' && linesOf(n, text).some((l) => isSalutation(l.text)),
  );
  let previousEnd = -1;
  for (const node of root.children) {
    if (node.type !== 'paragraph') {
      // a headline may stand above the dateline; other blocks end a letterhead without salutation
      if (hasSalutation || node.type === 'heading') {
        previousEnd = node.position!.end.offset!;
        continue;
      }
      break;
    }
    for (const line of linesOf(node, text)) {
      if (isSalutation(line.text) || (!hasSalutation && units.length >= TOP_LINES)) return units;
      const gapBefore = previousEnd >= 0 && text.slice(previousEnd, line.start).includes('\n\n');
      units.push({ ...line, node, ...classify(line.text, line.start), gapBefore, used: false });
      previousEnd = line.end;
    }
  }
  return units;
}

function linesOf(node: Paragraph, text: string): { start: number; end: number; text: string }[] {
  const s = node.position!.start.offset!;
  const e = node.position!.end.offset!;
  const out: { start: number; end: number; text: string }[] = [];
  let start = s;
  for (const part of text.slice(s, e).split('\n')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    if (t) out.push({ start: start + lead, end: start + lead + t.length, text: t });
    start += part.length + 1;
  }
  return out;
}

function classify(line: string, offset: number): Pick<Unit, 'kind' | 'label'> {
  const { labels } = structureWords();
  // (?<!\s): a try inside a run of spaces fails at once, which keeps this linear on long runs
  const bare = line.replace(/(?<!\s)\s*:\s*$/, '').toLowerCase();
  const name = labels.get(bare);
  if (name)
    return { kind: 'label', label: { name, label: line.replace(/(?<!\s)\s*:\s*$/, ''), value: null } };
  const colon = /^([^:]{2,30}):[ \t]*(\S.{0,200})$/u.exec(line);
  const inlineName = colon ? labels.get((colon[1] as string).trim().toLowerCase()) : undefined;
  if (colon && inlineName && line.length <= MAX_LABEL_VALUE) {
    const vStart = offset + line.length - (colon[2] as string).length;
    return {
      kind: 'label',
      label: {
        name: inlineName,
        label: (colon[1] as string).trim(),
        value: { start: vStart, end: offset + line.length },
      },
    };
  }
  return { kind: isDateLine(line) ? 'date' : 'other' };
}

/** "5 september 2024", "Den Haag, 4 oktober 2024": a line that is a full date and little else. */
function isDateLine(line: string): boolean {
  if (line.length > 40) return false;
  const found = parseDutchDate(line);
  if (!found?.date) return false;
  // nothing else, or a place before a comma ("Den Haag, …"); "Wetgevingsoverleg Water 22 november" is a title
  const rest = (line.slice(0, found.start) + line.slice(found.end)).trim();
  return rest === '' || /^[\p{L}' .-]{2,25},$/u.test(rest);
}

/** Replaces each paragraph that lost lines by paragraphs of its remaining consecutive lines. */
function rebuildParagraphs(root: Root, units: Unit[], text: string, index: LineIndex): void {
  const touched = new Set(units.filter((u) => u.used).map((u) => u.node));
  if (!touched.size) return;
  const out: RootContent[] = [];
  for (const node of root.children) {
    if (node.type !== 'paragraph' || !touched.has(node)) {
      out.push(node);
      continue;
    }
    const used = units.filter((u) => u.node === node && u.used);
    let runStart: number | null = null;
    let runEnd = 0;
    const flush = () => {
      if (runStart === null) return;
      out.push({
        type: 'paragraph',
        children: parseInline(text, runStart, runEnd, index),
        position: positionOf(index, runStart, runEnd),
      });
      runStart = null;
    };
    for (const line of linesOf(node, text)) {
      if (used.some((u) => u.start === line.start)) flush();
      else {
        runStart ??= line.start;
        runEnd = line.end;
      }
    }
    flush();
  }
  root.children = out;
}
