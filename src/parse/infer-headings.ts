/**
 * Plain text marks headings by shape alone: a short line of its own, without closing punctuation, followed by
 * body text. This pass turns such paragraphs into headings (between salutation and closing, when the letter has
 * no marked-up headings), and then infers levels for them.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { isHeadingLike, isLabelHeading, numberingDepth } from './heading-like.js';
import { holdsSentence } from './split-wrapped-headings.js';
import type { LetterFile } from '../core/letter-file.js';
import { isClosing, salutationAt } from '../text/structure-words.js';
import { BYLINE_SEPARATOR } from '../text/read-date-line.js';
import { findDates } from '../text/find-dates.js';
import './mdast-data.js';

const sliceOf = (node: RootContent, text: string): string =>
  text.slice(node.position!.start.offset, node.position!.end.offset);

const isStacked = (node: RootContent | undefined): boolean =>
  node?.type === 'paragraph' && node.data?.stacked === true;

const MAX_PARENT_WORDS = 3;
const FOLLOWERS = new Set(['paragraph', 'list', 'heading', 'blockquote', 'table', 'code']);

/** Turns heading-like paragraphs into inferred headings, in place. */
export function inferHeadings(root: Root, file: LetterFile): void {
  const { text } = file;
  const kids = root.children;
  if (kids.some((n) => n.type === 'heading' && !n.data?.inferred)) return promoteBoldLines(kids, text);
  const firstLine = (n: RootContent) => sliceOf(n, text).split('\n')[0] ?? '';
  const salutation = kids.findIndex(
    (n) => n.type === 'paragraph' && salutationAt(sliceOf(n, text).split('\n', 2), 0),
  );
  const closing = kids.findIndex(
    (n, i) => i > salutation && n.type === 'paragraph' && isClosing(firstLine(n)),
  );
  // read only for a letter with stacked lines (most have none)
  let firstProse: number | undefined;
  const proseFrom = (): number =>
    (firstProse ??= kids.findIndex(
      (n) => n.type === 'paragraph' && !n.data?.stacked && holdsSentence(sliceOf(n, text)),
    ));
  const questions = labelledQuestions(file);
  const head = letterheadEnd(file);
  kids.forEach((node, i) => {
    // lines stacked above a paragraph head a web page before its first prose; further on they may be headings
    const unheaded = isStacked(node) && (proseFrom() < 0 || i < proseFrom() || !headingStack(kids, i, text));
    if (node.type !== 'paragraph' || unheaded || i <= salutation || (closing >= 0 && i >= closing)) return;
    if (node.position!.start.offset! < head) return;
    if (questions.has(node.position!.start.offset ?? -1)) return;
    const value = sliceOf(node, text);
    const next = kids[i + 1];
    if (!next || !FOLLOWERS.has(next.type)) return;
    // a label ending in a colon heads the prose on the line right below it ("Ons verzoek:" / "Wij verzoeken u …"),
    // not a list, table or address, nor what it leads in to across a blank line ("De oproep van de organisaties:")
    const prose =
      next.type === 'paragraph' &&
      !text.slice(node.position!.end.offset, next.position!.start.offset).includes('\n\n') &&
      holdsSentence(sliceOf(next, text));
    if (!isHeadingLike(value) && !(prose && isLabelHeading(value))) return;
    if (next.type === 'paragraph' && /^\P{L}*\p{Ll}/u.test(sliceOf(next, text))) return;
    const heading: Heading = {
      type: 'heading',
      depth: 1,
      children: node.children,
      position: node.position!,
      data: { inferred: true },
    };
    kids[i] = heading;
  });
}

/**
 * Below a marked-up heading, a paragraph that is one heading-like run of bold heads what follows it, one level
 * below that heading ("## Toegang tot natuurterreinen" … "**Wat wij vragen van het kabinet**" / a list); not a
 * name in bold above the first heading, nor a question in bold, which a page of questions and answers asks.
 */
function promoteBoldLines(kids: RootContent[], text: string): void {
  let depth = 0;
  kids.forEach((node, i) => {
    if (node.type === 'heading') depth = node.depth;
    if (
      !depth ||
      node.type !== 'paragraph' ||
      node.children.length !== 1 ||
      node.children[0]!.type !== 'strong'
    )
      return;
    const value = sliceOf(node, text);
    if (endsWithQuestion(value)) return;
    const next = kids[i + 1];
    if (!next || !FOLLOWERS.has(next.type) || !isHeadingLike(value)) return;
    kids[i] = {
      type: 'heading',
      depth: Math.min(6, depth + 1) as Heading['depth'],
      children: node.children,
      position: node.position!,
      data: { inferred: true },
    };
  });
}

/** "**Is dat niet duur?**": a question mark last, before the bold's closing marks. */
function endsWithQuestion(value: string): boolean {
  let end = value.trimEnd().length;
  while (end > 0 && (value[end - 1] === '*' || value[end - 1] === '_')) end--;
  return value[end - 1] === '?';
}

/**
 * Lines stacked above prose in a letter's body head it when each looks like a heading and none dates what follows
 * ("Artikelsgewijs" / "Artikel 4, tweede lid" / prose; not a comment's "Reacties (3)" / "Anouk · 2 dagen geleden").
 */
function headingStack(kids: readonly RootContent[], i: number, text: string): boolean {
  let from = i;
  while (isStacked(kids[from - 1])) from--;
  let to = i;
  while (isStacked(kids[to + 1])) to++;
  const after = kids[to + 1];
  if (after?.type !== 'paragraph' || !holdsSentence(sliceOf(after, text))) return false;
  return kids.slice(from, to + 1).every((n) => {
    const line = sliceOf(n, text);
    return isHeadingLike(line) && !BYLINE_SEPARATOR.test(line) && findDates(line).length === 0;
  });
}

/** Fields only a letterhead has: a page's date line may stand anywhere, these stand above the body. */
const LETTERHEAD_FIELDS: ReadonlySet<string> = new Set([
  'subject',
  'reference',
  'attachments',
  'to',
  'from',
  'contact',
]);

/**
 * Where the last labelled letterhead field ends: a line above it ("Ministerie van …" over "Datum" and "Betreft") is
 * the sender's, and heads nothing, also in a letter without salutation.
 */
const letterheadEnd = (file: LetterFile): number =>
  Math.max(
    -1,
    ...file.fields
      .filter((f) => f.labelPosition && LETTERHEAD_FIELDS.has(f.name))
      .map((f) => f.position.end.offset),
  );

/** The set-aside label above a question that has its answer below it (boilerplate.yaml). */
const QUESTION_LABEL = 'question-label';

/** Where the questions under a "Vraag 2" label start: a question asked in questions and answers heads nothing. */
function labelledQuestions(file: LetterFile): Set<number> {
  const starts = new Set<number>();
  for (const d of file.discarded) {
    if (d.rule !== QUESTION_LABEL) continue;
    let k = d.position.end.offset;
    while (k < file.text.length && WHITE.test(file.text[k]!)) k++;
    starts.add(k);
  }
  return starts;
}

const WHITE = /\s/u;

/**
 * Levels: marked-up headings keep their depth relative to the shallowest one, and so do bold lines inferred
 * beside them (promoteBoldLines). Inferred headings alone: section
 * numbers decide ("2.1" is below "2"); otherwise a heading directly followed by another heading is a parent,
 * headings as short as the parents are parents too, and headings after a parent sit one level below it.
 */
export function assignLevels(root: Root, file: LetterFile): void {
  const { text } = file;
  const headings = root.children.filter((n): n is Heading => n.type === 'heading');
  if (!headings.length) return;
  if (headings.some((h) => !h.data?.inferred)) {
    const min = headings.reduce((m, h) => Math.min(m, h.depth), 6);
    for (const h of headings) h.depth = (h.depth - min + 1) as Heading['depth'];
    return;
  }
  const title = (h: Heading) => sliceOf(h, text).trim();
  if (headings.some((h) => numberingDepth(title(h)) > 0)) {
    for (const h of headings)
      h.depth = Math.min(6, Math.max(1, numberingDepth(title(h)))) as Heading['depth'];
    return;
  }
  const words = (h: Heading) => title(h).split(/\s+/).length;
  const kids = root.children;
  const parents = new Set(
    kids.filter((n, i): n is Heading => n.type === 'heading' && kids[i + 1]?.type === 'heading'),
  );
  if (!parents.size) {
    for (const h of headings) h.depth = 1;
    return;
  }
  // topic names such as "Mensenhandel" beside "Sekswerk": as short as the parents, and short at all
  let parentWords = 0;
  for (const h of parents) parentWords = Math.max(parentWords, words(h));
  parentWords = Math.min(MAX_PARENT_WORDS, parentWords);
  for (const h of headings) if (words(h) <= parentWords) parents.add(h);
  let underParent = false;
  for (const h of headings) {
    if (parents.has(h)) underParent = true;
    h.depth = parents.has(h) || !underParent ? 1 : 2;
  }
}
