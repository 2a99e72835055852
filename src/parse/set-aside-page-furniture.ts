/**
 * Page furniture that shows only as blocks of the tree, next to other furniture (guide §8): a label shown twice
 * ("Nieuws-persbericht" / "Nieuws-persbericht"), a label below a date line that no running text follows (a short
 * line before running text may be a section heading), a byline ("Door Redactie", "Tekst: Jan de Vries"), and the
 * headlines listed under a "Lees ook" or "Meer nieuws" label, and a PDF's running header that repeats the subject line
 * between separators where the page breaks. Set aside with their reasons; the headline's own
 * labels are set-aside-headline.ts's.
 */
import type { Root, RootContent } from 'mdast';
import type { LetterFile } from '../core/letter-file.js';
import { blockText, isByline, isLabel, isProse, isTitleLike, setAsideBlocks } from './page-blocks.js';

/** Fields that a page's date lines become (set-aside-letterhead.ts). */
const DATE_FIELDS = new Set(['date', 'modified', 'event']);
/** The boilerplate rule of the label above a list of other articles (src/data/boilerplate.yaml). */
const RELATED_ITEMS = 'related-items';

type Reason = { rule: string; reason: string };
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
    .filter((d) => d.rule === RELATED_ITEMS && !/[:»›>]\s*\S/u.test(d.text))
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
  /** "VNG – Inbreng wonen – 3 maart 2025": the subject between separators, as a PDF repeats it atop each page. */
  const repeatsSubject = (line: string): boolean =>
    subject.split(' ').length >= MIN_SUBJECT_WORDS &&
    /\s[–—|]\s/u.test(line) &&
    line.toLowerCase().includes(subject) &&
    line.length > subject.length;
  kids.forEach((node, i) => {
    const reason = furniture(node, i);
    if (reason) aside.set(node, reason);
  });
  setAsideBlocks(root, file, aside);

  function furniture(node: RootContent, i: number): Reason | null {
    if (isByline(node, text)) return { rule: 'byline', reason: 'web page: byline' };
    if (isTitleLike(node, text) && repeatsSubject(blockText(node)))
      return { rule: 'running-header', reason: 'PDF: running header with the subject line' };
    if (isTitleLike(node, text) && follows(relatedEnds, i, 'related-item'))
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
}
