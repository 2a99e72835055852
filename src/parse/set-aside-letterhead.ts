/**
 * The letterhead above the salutation holds label/value lines ("Datum" / "5 september 2024", "Onderwerp" / …)
 * and date lines; a web page has date lines ("Gepubliceerd op 3 maart 2023", "VNG 4 april 2023") wherever it
 * likes, and a scraped text may open with the scraper's date header ("date 2023-03 Kop van het bericht"). They
 * are metadata, not themes: this pass takes them out of the tree as MetaFields and leaves every other line (and
 * the rest of a header's line) where it was. PDF letterheads interleave labels and values; they are paired in
 * order.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { positionOf, type LineIndex } from '../model/position.js';
import { parseInline } from './parse-inline.js';
import { parseDutchDate } from '../text/find-dates.js';
import { readDateLine, readDateParts, readScraperHeader } from '../text/read-date-line.js';
import { isAddressLine, salutationAt, structureWords } from '../text/structure-words.js';
import { webPageWords, type DateRole } from '../text/web-page-words.js';
import { onFirstUse } from '../text/on-first-use.js';

/** Without a salutation, only this many lines at the top can be letterhead. */
const TOP_LINES = 6;
/** Past those, a PDF letterhead with no prose yet goes on in short or labelled lines ("Ons kenmerk"), up to this many. */
const MAX_HEAD_LINES = 30;
const MAX_HEAD_LINE = 40;
const MAX_LABEL_VALUE = 120;
/** Below the letterhead, a paragraph of up to this many date lines is a page's date line(s). */
const MAX_DATE_LINES = 3;
const HAS_DIGIT = /\d/;
/** The field a date line's date goes to: the page's own date, a later change, or the date of an event. */
const FIELD_OF_ROLE: Record<DateRole, string> = { published: 'date', modified: 'modified', event: 'event' };

interface Unit {
  start: number;
  end: number;
  text: string;
  node: Paragraph;
  kind: 'label' | 'date' | 'row' | 'other';
  label?: { name: string; label: string; value: { start: number; end: number } | null; dated?: boolean };
  /** a row of labels ("Datum Onderwerp Ons kenmerk") whose values share the next line, each with its place */
  row?: RowLabel[];
  /** a blank line separates this unit from the one before */
  gapBefore: boolean;
  used: boolean;
}

/** Moves the letterhead lines from the tree to the file's fields, in document order. */
export function setAsideLetterhead(root: Root, file: LetterFile): void {
  const { text } = file;
  const units = [...zoneUnits(root, text)];
  units.push(...dateLineUnits(root, text, new Set(units.map((u) => u.node))));
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
    if (u.kind === 'row') {
      // "Datum   Ons kenmerk" / "Uw kenmerk   Onderwerp" / "9 maart 2006   KVM/06-031" / "BVE/2005/41120   Bekostiging …":
      // rows of labels stacked above as many rows of values, each in its row's columns
      const stacked = stackedRowValues(units, i);
      if (stacked) {
        for (const { label, value } of stacked.fields) field(label.label!.name, label, value);
        i += stacked.units - 1;
        continue;
      }
      const next = units[i + 1];
      const values = next ? rowValues(u, next, text) : null;
      // "Datum   Ons kenmerk" / "Uw kenmerk   Behandeld door" / "12 oktober 1999" / …: rows stacked above their
      // values, one per line, read as a run of single labels
      if (!values) {
        let j = i;
        while (units[j]?.kind === 'row') j++;
        units.splice(i, j - i, ...units.slice(i, j).flatMap(labelsOfRow));
        i--;
        continue;
      }
      u.used = next!.used = true;
      // a subject wrapped in its column goes on on the line below ("Commissiedebat Zorg 9 oktober:" / "ziekenvervoer …")
      const subject = values.find((v) => v.label.label!.name === 'subject')?.value;
      const after = units[i + 2];
      if (
        subject &&
        after?.kind === 'other' &&
        !after.gapBefore &&
        columnOf(text, after.start) === columnOf(text, subject.start)
      ) {
        after.used = true;
        subject.end = after.end;
        i++;
      }
      for (const { label, value } of values) field(label.label!.name, label, value);
      i++;
      continue;
    }
    if (u.kind !== 'label') continue;
    // a run of labels, then the values that follow them
    const labels: Unit[] = [];
    while (units[i]?.kind === 'label') labels.push(units[i++] as Unit);
    const values: Unit[] = [];
    // labels with their value on the line ("Datum: 5 september 2024") take none of the lines after them
    const open = labels.filter((l) => !l.label?.value).length;
    while (
      open &&
      units[i] &&
      units[i]!.kind !== 'label' &&
      units[i]!.kind !== 'row' &&
      (values.length < open || !units[i]!.gapBefore)
    )
      values.push(units[i++] as Unit);
    i--;
    if (!values.length && wrapsOnto(labels.at(-1) as Unit, units[i + 1], text)) units[++i]!.used = true;
    pair(labels, values.length > open ? joinWrapped(values, open) : values).forEach(([l, v]) => {
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

/**
 * With one value line more per wrapped value than there are labels, a line that opens in lower case carries on the
 * value above it when that ends in a word ("De Vaste Commissie voor Verkeer en Waterstaat" / "der Tweede Kamer der
 * Staten-Generaal"): one value, the line set aside. A number, date or code above is whole: the line carries on a
 * value set in another column. When the count does not come out, the lines are no values of these labels.
 */
function joinWrapped(values: Unit[], open: number): Unit[] {
  const carries = values.map(
    (v, k) =>
      k > 0 &&
      v.kind === 'other' &&
      !v.gapBefore &&
      CARRIES_ON.test(v.text) &&
      ENDS_IN_WORD.test((values[k - 1] as Unit).text),
  );
  if (values.length - carries.filter(Boolean).length !== open) return values;
  const out: Unit[] = [];
  values.forEach((v, k) => {
    if (!carries[k]) return void out.push(v);
    v.used = true;
    (out.at(-1) as Unit).end = v.end;
  });
  return out;
}

/** A line that opens in lower case, after any marks. */
const CARRIES_ON = /^\P{L}{0,3}\p{Ll}/u;
/** A word last, or its first part before a hyphen at the line's end ("vruchten-" / "wijn"). */
const ENDS_IN_WORD = /\p{L}-?$/u;

/**
 * "Onderwerp: Wetsvoorstel markt-" / "werking loodsdiensten": a value on its label's line goes on on the next line
 * when that opens in lower case, with no blank line between. Extends the label's value over it.
 */
function wrapsOnto(label: Unit, next: Unit | undefined, text: string): boolean {
  const value = label.label?.value;
  if (!value || next?.kind !== 'other' || next.gapBefore || !CARRIES_ON.test(next.text)) return false;
  if (!ENDS_IN_WORD.test(text.slice(value.start, value.end))) return false;
  value.end = next.end;
  return true;
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

const oneLineAtTop = (node: RootContent, units: readonly Unit[]): boolean =>
  units.length < TOP_LINES && node.position!.start.line === node.position!.end.line;

/** The lines that may be letterhead: above the salutation, or the first few lines of a letter without one. */
function zoneUnits(root: Root, text: string): Unit[] {
  const units: Unit[] = [];
  const textsOf = (node: Paragraph): string[] => linesOf(node, text).map((l) => l.text);
  const hasSalutation = root.children.some(
    (n) => n.type === 'paragraph' && textsOf(n).some((_, k, lines) => salutationAt(lines, k)),
  );
  let previousEnd = -1;
  let sawProse = false;
  for (const node of root.children) {
    if (node.type !== 'paragraph') {
      // a headline may stand above the dateline, a quoted return address ("> Retouradres …") above a government
      // letterhead or below the ministry's name; other blocks end a letterhead without salutation
      if (
        hasSalutation ||
        node.type === 'heading' ||
        (node.type === 'blockquote' && oneLineAtTop(node, units))
      ) {
        previousEnd = node.position!.end.offset!;
        continue;
      }
      break;
    }
    const lines = linesOf(node, text);
    const texts = lines.map((l) => l.text);
    for (const [k, line] of lines.entries()) {
      if (salutationAt(texts, k) || (!hasSalutation && units.length >= MAX_HEAD_LINES)) return units;
      const gapBefore = previousEnd >= 0 && text.slice(previousEnd, line.start).includes('\n\n');
      // the scraper's header opens the text, or stands on a line of its own in the head (below the site's menu)
      const read = scraperHeader(line, node);
      const header = read && (previousEnd < 0 || read.end === line.end) ? read : null;
      if (header) units.push(header);
      const whole = header ? restOfLine(line, header.end, text) : line;
      const right = whole && rightColumn(whole, lines[k + 1], text);
      const rest = right
        ? { ...whole!, end: right.start - 1, text: text.slice(whole!.start, right.start).trimEnd() }
        : whole;
      const kind = rest ? classify(rest.text, rest.start) : null;
      // a line of prose ends it, once past the top lines
      // (the first line, a sender's long name or a headline, is not; nor the line that addresses the letter)
      const prose =
        kind?.kind === 'other' &&
        rest!.text.length > MAX_HEAD_LINE &&
        units.length > 0 &&
        !isAddressLine(rest!.text);
      if (!hasSalutation && units.length >= TOP_LINES && (prose || sawProse)) return units;
      sawProse ||= prose;
      if (rest) units.push({ ...rest, node, ...kind!, gapBefore, used: false });
      if (right) units.push({ ...right, node, ...right.kind, gapBefore: false, used: false });
      previousEnd = line.end;
    }
  }
  return units;
}

/** Spaces that part an address from a letterhead's column of fields on the same line. */
const WIDE_GAP = /[ \t]{3,}(?=\S)/u;

/**
 * The field at the end of a line after a wide gap, when the next line starts in its column: a letterhead whose
 * fields stand in a column beside the address ("2500 EK  DEN HAAG        Datum   8 april 2008" / "        Ons
 * kenmerk  GvW 2008-014").
 */
function rightColumn(
  line: { start: number; end: number; text: string },
  next: { start: number } | undefined,
  text: string,
): { start: number; end: number; text: string; kind: Pick<Unit, 'kind' | 'label' | 'row'> } | null {
  if (!next) return null;
  const gap = WIDE_GAP.exec(line.text);
  if (!gap) return null;
  const start = line.start + gap.index + gap[0].length;
  if (columnOf(text, start) !== columnOf(text, next.start)) return null;
  const value = line.text.slice(gap.index + gap[0].length);
  const kind = classify(value, start);
  return kind.kind === 'label' || kind.kind === 'date' ? { start, end: line.end, text: value, kind } : null;
}

/** Paragraphs below the letterhead that hold nothing but date lines. */
function dateLineUnits(root: Root, text: string, zone: ReadonlySet<Paragraph>): Unit[] {
  const units: Unit[] = [];
  for (const node of root.children) {
    if (node.type !== 'paragraph' || zone.has(node)) continue;
    const lines = linesOf(node, text);
    // a date (or a dated label) has its year in digits: a line without one is read no further (most lines)
    if (lines.length > MAX_DATE_LINES || !lines.every((l) => HAS_DIGIT.test(l.text))) continue;
    const classified = [];
    for (const l of lines) {
      const u = { ...l, ...classify(l.text, l.start) };
      if (u.kind !== 'date' && !(u.kind === 'label' && u.label?.dated)) break;
      classified.push(u);
    }
    if (classified.length === lines.length)
      units.push(...classified.map((u) => ({ ...u, node, gapBefore: true, used: false })));
  }
  return units;
}

/** "date 2023-03 Kop van het bericht": the scraper's header as a labelled date unit. */
function scraperHeader(line: { start: number; text: string }, node: Paragraph): Unit | null {
  const header = readScraperHeader(line.text);
  if (!header) return null;
  const valueStart = line.start + header.end - header.value.length;
  return {
    start: line.start,
    end: line.start + header.end,
    text: line.text.slice(0, header.end),
    node,
    kind: 'label',
    label: {
      name: 'date',
      label: 'date',
      value: { start: valueStart, end: line.start + header.end },
      dated: true,
    },
    gapBefore: false,
    used: false,
  };
}

/** What follows `end` on the line, trimmed; null when nothing does. */
function restOfLine(
  line: { start: number; end: number },
  end: number,
  text: string,
): { start: number; end: number; text: string } | null {
  const piece = text.slice(line.start + end, line.end);
  const lead = piece.length - piece.trimStart().length;
  const rest = piece.trim();
  return rest ? { start: line.start + end + lead, end: line.end, text: rest } : null;
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

/** "Datum: 3 maart 2025", in Markdown also "**Datum:** 3 maart 2025" or "**Datum**: …": the label and its value. */
const INLINE_LABEL = /^(?:\*\*|__)?([^:*_]{2,30})(?:\*\*|__)?:(?:\*\*|__)?[ \t]*(\S.{0,200})$/u;
/** A dossier number with its title, set apart by a column gap: "32 820       Nieuwe uitgangspunten cultuurbeleid". */
const DOSSIER_TITLE = /^(\d{2}[ \u00A0]\d{3}(?: [A-Z]{1,5})?)[ \t]{2,}(\p{Lu}[^\n]{2,150})$/u;
/** A label and its value in a row of a text table: "| Datum          | 3 juni 2014 |". */
const TABLE_LABEL = /^\|[ \t]*([^|:]{2,30}?)[ \t]*\|[ \t]*([^|\s][^|]{0,200}?)[ \t]*\|?$/u;
/** A bold label alone on its line ("**Datum:**", "**Datum**:"): its marks. */
const BOLD_START = /^(?:\*\*|__)(?=\S)/u;
const BOLD_LABEL_END = /(?<=\S)(?:\*\*|__)(?=:?$)|(?<=:)(?:\*\*|__)$/u;

function classify(line: string, offset: number): Pick<Unit, 'kind' | 'label' | 'row'> {
  const { labels } = structureWords();
  const row = labelRow(line);
  if (row) return { kind: 'row', row };
  // (?<!\s): a try inside a run of spaces fails at once, which keeps this linear on long runs
  const label = line
    .replace(BOLD_LABEL_END, '')
    .replace(/(?<!\s)\s*:\s*$/, '')
    .replace(BOLD_START, '');
  const name = labels.get(label.toLowerCase());
  if (name) return { kind: 'label', label: { name, label, value: null } };
  const colon = INLINE_LABEL.exec(line) ?? TABLE_LABEL.exec(line);
  const inlineName = colon
    ? (labels.get((colon[1] as string).trim().toLowerCase()) ?? qualifiedDate(colon))
    : undefined;
  // a subject names a whole bill and the debate on it: only the pattern bounds its length
  if (colon && inlineName && (inlineName === 'subject' || line.length <= MAX_LABEL_VALUE)) {
    const value = colon[2] as string;
    const vStart = offset + line.indexOf(value, (colon[1] as string).length);
    return {
      kind: 'label',
      label: {
        name: inlineName,
        label: (colon[1] as string).trim(),
        value: { start: vStart, end: vStart + value.length },
      },
    };
  }
  const spaced = spacedLabel(line, offset);
  if (spaced) return spaced;
  // a parliamentary paper's head: its dossier number, then the dossier's title ("32 820   Nieuwe uitgangspunten …")
  const dossier = DOSSIER_TITLE.exec(line);
  if (dossier) {
    const vStart = offset + line.length - (dossier[2] as string).length;
    const label = {
      name: 'subject',
      label: dossier[1] as string,
      value: { start: vStart, end: offset + line.length },
    };
    return { kind: 'label', label };
  }
  const dated = readDateLine(line);
  if (!dated) return { kind: 'other' };
  if (!dated.label) return { kind: 'date' };
  return {
    kind: 'label',
    label: {
      name: FIELD_OF_ROLE[dated.role],
      label: dated.label.text,
      value: { start: offset + dated.value.start, end: offset + dated.value.end },
      dated: true,
    },
  };
}

/**
 * "Datum collegebesluit: 27 september 2022", "Datum verzending: …": a date label with one word after it, when its
 * value is a full date; an event's ("Datum vergadering") by the words of web-page.yaml.
 */
function qualifiedDate(colon: RegExpExecArray): string | undefined {
  const m = QUALIFIED_DATE().exec((colon[1] as string).trim());
  if (!m || readDateParts(colon[2] as string)?.day == null) return undefined;
  const role = webPageWords().dateRoles.get((m[1] as string).toLowerCase());
  return role === 'event' ? FIELD_OF_ROLE.event : FIELD_OF_ROLE.published;
}

const QUALIFIED_DATE = onFirstUse(() => /^datum\s{1,3}(\p{L}{3,30})$/iu);

/** Fields whose value a label row must split off exactly: a wrong date or subject is worse than none. */
const TITLE_FIELDS = new Set(['date', 'subject']);

/** How far into its line an offset stands. */
const columnOf = (text: string, offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** A label of a row, as a unit of its own, and its value. */
interface RowField {
  label: Unit;
  value: { start: number; end: number };
}

/**
 * The fields of a label row and the line below it: split by shape (splitRow), or, for contact details that cannot
 * be split ("Contactpersoon Doorkiesnummer" / "J. de Wit 030 123 45 68"), the line whole as the first label's value.
 */
function rowValues(row: Unit, next: Unit, text: string): RowField[] | null {
  if (next.kind === 'label' || next.kind === 'row') return null;
  const labels = row.row!;
  // values set in columns split by their gaps, whether or not the labels are ("Datum   Ons kenmerk   Onderwerp"),
  // or cut at the labels' columns
  const split =
    splitColumns(labels, next) ??
    cutAtColumns(labels, next, columnOf(text, next.start) - columnOf(text, row.start)) ??
    (labels[0]!.column
      ? null
      : splitRow(
          labels.map((l) => l.name),
          next,
        ));
  if (split) return rowFields(row, split);
  if (labels.some((l) => TITLE_FIELDS.has(l.name))) return null;
  return [{ label: { ...row, label: { name: labels[0]!.name, label: row.text, value: null } }, value: next }];
}

/**
 * Two or more label rows and, right below, one value row for each, every one splitting into its row's columns: the
 * fields, and how many units they take; null otherwise.
 */
function stackedRowValues(units: Unit[], i: number): { fields: RowField[]; units: number } | null {
  let j = i;
  while (units[j]?.kind === 'row') j++;
  const rows = j - i;
  if (rows < 2) return null;
  const fields: RowField[] = [];
  for (let k = 0; k < rows; k++) {
    const values = units[j + k];
    if (!values || values.kind === 'label' || values.kind === 'row' || (k > 0 && values.gapBefore))
      return null;
    const row = units[i + k]!;
    const split = splitColumns(row.row!, values);
    if (!split) return null;
    fields.push(...rowFields(row, split));
  }
  for (let k = i; k < j + rows; k++) units[k]!.used = true;
  return { fields, units: 2 * rows };
}

/** The values split from a row's value line, each with its label as a unit of its own. */
function rowFields(row: Unit, split: readonly RowValue[]): RowField[] {
  return split.map((value) => {
    const l = row.row![value.k]!;
    const label = { name: l.name, label: row.text.slice(l.start, l.end), value: null };
    return { label: { ...row, start: row.start + l.start, end: row.start + l.end, label }, value };
  });
}

/** A row's labels as single label units, in their order. */
function labelsOfRow(row: Unit): Unit[] {
  return row.row!.map((l, k) => ({
    ...row,
    start: row.start + l.start,
    end: row.start + l.end,
    text: row.text.slice(l.start, l.end),
    kind: 'label' as const,
    label: { name: l.name, label: row.text.slice(l.start, l.end), value: null },
    row: undefined,
    gapBefore: k === 0 && row.gapBefore,
  }));
}

/** The most words a label has ("den haag, datum"). */
const MAX_LABEL_WORDS = 3;

interface RowLabel {
  name: string;
  /** where the label stands in its line */
  start: number;
  end: number;
  /** set in columns: its value stands in the same column of the next line */
  column?: boolean;
}

/** Between the columns of a PDF's letterhead. */
const COLUMN_GAP = /[ \t]{2,}/gu;
/** "Rotterdam," heading the date's column, as in "Rotterdam, 14 februari 2019". */
const PLACE_CELL = onFirstUse(() => /^\p{Lu}[\p{L}'-]{1,25}(?:[ ]\p{Lu}[\p{L}'-]{1,25})?,$/u);

/** The cells of a line set in columns (two or more spaces apart), each with its place. */
function columnsOf(line: string): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const gap of line.matchAll(COLUMN_GAP)) {
    cells.push({ text: line.slice(start, gap.index), start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  cells.push({ text: line.slice(start), start, end: line.length });
  return cells;
}

/**
 * The labels of a row set in columns ("Uw brief van   Uw kenmerk   Ons kenmerk   Rotterdam,"): every cell a
 * label, or a place with a comma that heads the date.
 */
function columnLabelRow(line: string): RowLabel[] | null {
  const { labels } = structureWords();
  const cells = columnsOf(line);
  if (cells.length < 2) return null;
  const out: RowLabel[] = [];
  for (const c of cells) {
    const name = PLACE_CELL().test(c.text) ? 'date' : labels.get(c.text.replace(/:$/, '').toLowerCase());
    if (!name) return null;
    out.push({ name, start: c.start, end: c.end, column: true });
  }
  return out;
}

/** The labels of a line that holds two or more of them and nothing else ("Datum Onderwerp Ons kenmerk"). */
function labelRow(line: string): RowLabel[] | null {
  return wordLabelRow(line) ?? columnLabelRow(line);
}

const WORD = /\S+/gu;

function wordLabelRow(line: string): RowLabel[] | null {
  const { labels } = structureWords();
  // the line's words, read only as far as asked: most lines are no row, and show it in their first words
  const words: { text: string; start: number }[] = [];
  WORD.lastIndex = 0;
  let done = false; // past the last word (exec would start over)
  const has = (n: number): boolean => {
    while (!done && words.length < n) {
      const m = WORD.exec(line);
      if (m) words.push({ text: m[0].toLowerCase(), start: m.index });
      else done = true;
    }
    return words.length >= n;
  };
  const phrase = (i: number, k: number) =>
    words
      .slice(i, i + k)
      .map((w) => w.text)
      .join(' ');
  const out: RowLabel[] = [];
  for (let i = 0; has(i + 1);) {
    const n = [MAX_LABEL_WORDS, 2, 1].find((k) => has(i + k) && labels.has(phrase(i, k)));
    if (!n) return null;
    const last = words[i + n - 1]!;
    const name = labels.get(phrase(i, n))!;
    out.push({ name, start: words[i]!.start, end: last.start + last.text.length });
    i += n;
  }
  return out.length > 1 ? out : null;
}

/** The value of the row's k-th label, and where it stands. */
interface RowValue {
  name: string;
  k: number;
  start: number;
  end: number;
}

/**
 * The values of a row set in columns, one cell per label ("-   -   BOV/2019/022/HK   14 februari 2019"); an empty
 * cell gives no value. Null unless the cells match the labels and the date's cell is a full date.
 */
function splitColumns(
  labels: readonly RowLabel[],
  line: { start: number; end: number; text: string },
): RowValue[] | null {
  const cells = columnsOf(line.text);
  return cells.length === labels.length ? valuesOf(labels, cells, line) : null;
}

/** The values of a row's cells, a date label's a date. */
function valuesOf(
  labels: readonly RowLabel[],
  cells: readonly { text: string; start: number; end: number }[],
  line: { start: number },
): RowValue[] | null {
  const out: RowValue[] = [];
  for (const [k, cell] of cells.entries()) {
    const name = labels[k]!.name;
    if (name === 'date' && readDateParts(cell.text)?.day == null) return null;
    // an empty cell ("-") stays its label's value: the letter says there is none
    out.push({ name, k, start: line.start + cell.start, end: line.start + cell.end });
  }
  return out;
}

/**
 * "10 november 2003 -     NVR/03/117   Belastingplan 2004;" under "Datum   Uw kenmerk   Ons kenmerk   Onderwerp":
 * a value line whose gaps do not part its cells (one space before "-"), cut where each label's column starts, when
 * every cut falls on a space before a word or an empty cell. `shift`: how far the value line stands right of the
 * labels' line.
 */
function cutAtColumns(
  labels: readonly RowLabel[],
  line: { start: number; end: number; text: string },
  shift: number,
): RowValue[] | null {
  // labels set apart as columns are (two spaces or more)
  if (labels.some((l, k) => k > 0 && l.start - labels[k - 1]!.end < 2)) return null;
  const cuts = labels.map((l, k) => (k === 0 ? 0 : l.start - shift));
  if (cuts.some((c, k) => c < 0 || c > line.text.length || (k > 0 && !/\s/u.test(line.text.charAt(c - 1)))))
    return null;
  const cells = cuts.map((c, k) => {
    const raw = line.text.slice(c, cuts[k + 1] ?? line.text.length);
    const lead = raw.length - raw.trimStart().length;
    return { text: raw.trim(), start: c + lead, end: c + lead + raw.trim().length };
  });
  return valuesOf(labels, cells, line);
}

/** A letter's reference: one token with a figure and a separator ("SGA/24/031/BB", "2024-0031", "U24.01234"). */
const REFERENCE = /^(?=\S{0,30}\d)\S{1,30}[/.-]\S{1,30}$/u;

/**
 * The values of a label row, read from the line below it in order: a date from its start, a reference as its last
 * token, the subject as what lies between. Null unless every label gets a value and no text is left over: other
 * rows ("Contactpersoon Doorkiesnummer") cannot be split by shape and stay as they are.
 */
function splitRow(
  names: readonly string[],
  line: { start: number; end: number; text: string },
): RowValue[] | null {
  let from = 0;
  let to = line.text.length;
  const out: RowValue[] = [];
  const at = (name: string, s: number, e: number) =>
    out.push({ name, k: out.length, start: line.start + s, end: line.start + e });
  const last = names.length - 1;
  if (names[last] === 'reference') {
    const cut = line.text.lastIndexOf(' ');
    if (cut < 0 || !REFERENCE.test(line.text.slice(cut + 1))) return null;
    to = cut;
  }
  for (const [k, name] of names.entries()) {
    if (name === 'date') {
      const found = parseDutchDate(line.text.slice(from, to));
      if (!found || found.start !== 0 || !found.yearGiven) return null;
      at(name, from, from + found.end);
      from +=
        found.end +
        (line.text.slice(from + found.end).length - line.text.slice(from + found.end).trimStart().length);
    } else if (name === 'subject' && (k === last || (k === last - 1 && names[last] === 'reference'))) {
      if (from >= to) return null;
      at(name, from, to);
      from = to;
    } else if (name === 'reference' && k === last) {
      at(name, to + 1, line.text.length);
    } else return null;
  }
  return from >= to ? out : null;
}

/**
 * Labels that a government letterhead sets before its value with only spaces: "Betreft Voortgang …", "Bijlage(n) 1"
 * (a count only: "Bijlage 1 Overzicht" titles an appendix).
 */
const SPACED_LABELS = new Set(['subject', 'reference', 'attachments']);
const COUNT = /^\d{1,3}$/u;
/**
 * One or two words as written with a capital, spaces, then a value opening with a capital or a digit; in lower
 * case ("onderwerp        Wetsvoorstel …") only with a run of spaces up to the value's column.
 */
const SPACED = [
  /^(\p{Lu}\S*)[ \t]+(?=[\p{Lu}\d])/u,
  /^(\p{Lu}\S*[ \t]\S+)[ \t]+(?=[\p{Lu}\d])/u,
  /^(\p{Ll}\S*(?:[ \t]\S+)?)[ \t]{2,}(?=[\p{Lu}\d])/u,
];

function spacedLabel(line: string, offset: number): Pick<Unit, 'kind' | 'label'> | null {
  if (line.length > MAX_LABEL_VALUE || /[.;:,]$/.test(line)) return null;
  for (const re of SPACED) {
    const m = re.exec(line);
    const label = m?.[1] as string | undefined;
    const name = label && structureWords().labels.get(label.toLowerCase());
    if (
      m &&
      name &&
      SPACED_LABELS.has(name) &&
      (name !== 'attachments' || COUNT.test(line.slice(m[0].length)))
    )
      return {
        kind: 'label',
        label: { name, label, value: { start: offset + m[0].length, end: offset + line.length } },
      };
  }
  return null;
}

/** Replaces each paragraph that lost lines (or the start of one) by paragraphs of what remains between them. */
function rebuildParagraphs(root: Root, units: Unit[], text: string, index: LineIndex): void {
  const touched = new Set(units.filter((u) => u.used).map((u) => u.node));
  if (!touched.size) return;
  const out: RootContent[] = [];
  for (const node of root.children) {
    if (node.type !== 'paragraph' || !touched.has(node)) {
      out.push(node);
      continue;
    }
    const used = units.filter((u) => u.node === node && u.used).sort((a, b) => a.start - b.start);
    const end = node.position!.end.offset!;
    let from = node.position!.start.offset!;
    for (const cut of [...used, { start: end, end }]) {
      const piece = text.slice(from, cut.start);
      const start = from + piece.length - piece.trimStart().length;
      const stop = from + piece.trimEnd().length;
      if (stop > start)
        out.push({
          type: 'paragraph',
          children: parseInline(text, start, stop, index),
          position: positionOf(index, start, stop),
        });
      from = Math.max(from, cut.end);
    }
  }
  root.children = out;
}
