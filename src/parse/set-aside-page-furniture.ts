/**
 * Page furniture that shows only as blocks of the tree, next to other furniture (guide §8): a label shown twice
 * ("Nieuws-persbericht" / "Nieuws-persbericht"), a label below a date line that no running text follows (a short
 * line before running text may be a section heading), a byline ("Door Redactie", "Tekst: Jan de Vries"), and the
 * headlines listed under a "Lees ook" or "Meer nieuws" label, the readers' comments under a comment count ("3
 * reacties"), and a PDF's running header that repeats the subject line between separators where the page breaks.
 * Set aside with their reasons; the headline's own labels are set-aside-headline.ts's.
 */
import type { Root, RootContent } from 'mdast';
import type { LetterFile } from '../core/letter-file.js';
import { findDates } from '../text/find-dates.js';
import { isCommentHeader } from './comment-header.js';
import { blockText, isByline, isLabel, isName, isProse, isTitleLike, setAsideBlocks } from './page-blocks.js';
import { onFirstUse } from '../text/on-first-use.js';

/** Fields that a page's date lines become (set-aside-letterhead.ts). */
const DATE_FIELDS = new Set(['date', 'modified', 'event']);
/** The boilerplate rules of the label above a list of other articles (src/data/boilerplate.yaml). */
const RELATED_ITEMS = new Set(['related-items', 'related-items-line']);
/** The boilerplate rules of the label above the readers' comments ("3 reacties", "Reacties (2)"). */
const COMMENT_LABELS = new Set(['comment-count', 'comments-label', 'comments-heading']);
const COMMENT = 'reader-comment';
/** The fields of a letter's or memo's labelled block (Aan, Van, Betreft); a page's date lines are no such block. */
const MEMO_FIELDS = new Set(['to', 'from', 'subject', 'reference']);

type Reason = { rule: string; reason: string };
/** "Uw kenmerk": the addressee's reference, which the text may cite (a Kamervraag's number). */
const THEIRS = /^uw\b/iu;
/** A reference of five or more characters with a digit: "2011/BWV/04417", not "-" or "nvt". */
const MIN_REFERENCE = /^(?=[^\n]{0,80}\d)\s*\S[^\n]{4,80}$/u;
/** A shorter subject ("Jeugd") may well stand in a heading. */
const MIN_SUBJECT_WORDS = 3;

export function setAsidePageFurniture(root: Root, file: LetterFile): void {
  const { text } = file;
  const kids = root.children;
  const start = (n: RootContent) => n.position!.start.offset!;
  const end = (n: RootContent) => n.position!.end.offset!;
  const dateEnds = file.fields.filter((f) => DATE_FIELDS.has(f.name)).map((f) => f.position.end.offset);
  // a label alone ("Lees ook:"), not one with its item on the line ("Lees ook: Kop van een ander bericht")
  const relatedEnds = file.discarded
    .filter((d) => RELATED_ITEMS.has(d.rule) && !/[:»›>]\s*\S/u.test(d.text))
    .map((d) => d.position.end.offset);
  const commentEnds = file.discarded
    .filter((d) => COMMENT_LABELS.has(d.rule))
    .map((d) => d.position.end.offset);
  const aside = new Map<RootContent, Reason>();
  /** Whether only white space (or set-aside lines) stands between an anchor, or a block set aside after it, and the node. */
  const follows = (anchors: number[], i: number, rule: string): boolean => {
    const previous = kids[i - 1];
    const anchor = anchors.reduce((last, e) => (e <= start(kids[i]!) && e > last ? e : last), -1);
    const from = previous && aside.get(previous)?.rule === rule ? Math.max(anchor, end(previous)) : anchor;
    return from >= 0 && text.slice(from, start(kids[i]!)).trim() === '';
  };
  const subject =
    file.fields
      .find((f) => f.name === 'subject')
      ?.value.replace(/\s+/gu, ' ')
      .toLowerCase() ?? '';
  // "Gemeente X, ons kenmerk 2011/BWV/04417": the letter's own reference, repeated atop a page
  const references = file.fields
    .filter((f) => f.name === 'reference' && !THEIRS.test(f.label ?? '') && MIN_REFERENCE.test(f.value))
    .map((f) => f.value.trim());
  const dates = new Set(
    file.fields.filter((f) => f.name === 'date').flatMap((f) => findDates(f.value).map((d) => d.date)),
  );
  /**
   * "VNG – Inbreng wonen – 3 maart 2025", "KBN • Energieprijzen • 14 oktober 2022", "Gemeente X - brief aan de
   * commissie, 7 april 2014": the subject, or below the first running text the letter's date, in a line with
   * separators, as a PDF repeats them atop each page; below the first running text also the letter's own reference.
   */
  const isRunningHead = (line: string, i: number): boolean =>
    (/\s[-–—|•·]\s/u.test(line) &&
      ((subject.split(' ').length >= MIN_SUBJECT_WORDS &&
        line.toLowerCase().includes(subject) &&
        line.length > subject.length) ||
        (afterProse(i) && findDates(line).some((d) => d.date !== null && dates.has(d.date))))) ||
    (afterProse(i) && references.some((r) => line.includes(r)));
  /** Past the first running text: a title with the letter's date above it is the headline, not a running head. */
  const firstProse = kids.findIndex((n) => isProse(n, text));
  const afterProse = (i: number): boolean => firstProse >= 0 && firstProse < i;
  const labelStarts = file.fields.flatMap((f) =>
    f.labelPosition && MEMO_FIELDS.has(f.name) ? [f.labelPosition.start.offset] : [],
  );
  kids.forEach((node, i) => {
    const reason = furniture(node, i);
    if (reason) aside.set(node, reason);
  });
  setAsideBlocks(root, file, aside);

  function furniture(node: RootContent, i: number): Reason | null {
    if (isByline(node, text)) return { rule: 'byline', reason: 'web page: byline' };
    // "Vereniging X" atop a memo, right above its Aan/Van/Datum block
    if (
      i === 0 &&
      isName(node, text) &&
      labelStarts.some((at) => at >= end(node) && !text.slice(end(node), at).trim())
    )
      return { rule: 'sender-name', reason: "letterhead: the sender's name above its fields" };
    // a comment's header ("Jan Smit - 20 nov 2017") may look like a running head
    if (isComment(node, i)) return { rule: COMMENT, reason: "web page: a reader's comment" };
    if (isTitleLike(node, text) && isRunningHead(blockText(node), i))
      return { rule: 'running-header', reason: "PDF: running header with the letter's subject or date" };
    if ((isTitleLike(node, text) || isHeadlineList(node, text)) && follows(relatedEnds, i, 'related-item'))
      return { rule: 'related-item', reason: 'web page: headline of a related item' };
    if (!isLabel(node, text)) return null;
    const same = (n: RootContent | undefined) => !!n && isLabel(n, text) && blockText(n) === blockText(node);
    if (same(kids[i - 1]) || same(kids[i + 1]))
      return { rule: 'repeated-label', reason: 'web page: label shown twice' };
    const next = kids[i + 1];
    if (follows(dateEnds, i, 'date-line-label') && !(next && isProse(next, text)))
      return { rule: 'date-line-label', reason: 'web page: label beside the date line' };
    return null;
  }

  /**
   * Under the comment label, each comment opens with its header ("Jan Smit - 3 maart 2021 om 10:12"); the running
   * text after a comment is more of it.
   */
  function isComment(node: RootContent, i: number): boolean {
    if (node.type !== 'paragraph' || !follows(commentEnds, i, COMMENT)) return false;
    const firstLine = text.slice(start(node), end(node)).split('\n')[0] as string;
    const previous = kids[i - 1];
    return (
      isCommentHeader(firstLine) ||
      (!!previous && aside.get(previous)?.rule === COMMENT && isProse(node, text))
    );
  }
}

/**
 * Headlines in a list ("1. Veerboot vaart vrijdag", "- Kop"), or in a quote block ("> Kop"): one short title a line.
 * Linked headlines stay: they are the page's links to other documents (references).
 */
function isHeadlineList(node: RootContent, text: string): boolean {
  if (LINKED.test(text.slice(node.position!.start.offset!, node.position!.end.offset!))) return false;
  if (node.type === 'list')
    return node.children.every((item) => item.children.length === 1 && isTitleLike(item.children[0]!, text));
  if (node.type !== 'blockquote') return false;
  return node.children.every((child) =>
    text
      .slice(child.position!.start.offset!, child.position!.end.offset!)
      .split('\n')
      .every((line) => HEADLINE_LINE().test(line.replace(/^\s{0,3}>\s{0,3}/u, ''))),
  );
}

const LINKED = /\]\(|https?:\/\//u;
/** A line of a related item: a title with a capital first and no sentence mark at its end ("Kop (januari 2026)"). */
const HEADLINE_LINE = onFirstUse(() => /^[\p{Lu}\d][^\n]{0,150}[^.,;:!?\s]$/u);
