/**
 * Labels a web page puts beside its date line or shows twice ("VNG 4 april 2023" / "Nieuws-persbericht" /
 * "Nieuws-persbericht"): lines of one or two words that stand twice in a row, or that follow a date line and are
 * not followed by running text (a short line before running text may be a section heading). Set aside with
 * their reason; the headline's own labels are set-aside-headline.ts's.
 */
import type { Root, RootContent } from 'mdast';
import type { LetterFile } from '../core/letter-file.js';
import { blockText, isLabelLike, isProse, setAsideBlocks } from './page-blocks.js';

/** Fields that a page's date lines become (set-aside-letterhead.ts). */
const DATE_FIELDS = new Set(['date', 'modified', 'event']);

export function setAsidePageLabels(root: Root, file: LetterFile): void {
  const { text } = file;
  const kids = root.children;
  const dateEnds = file.fields.filter((f) => DATE_FIELDS.has(f.name)).map((f) => f.position.end.offset);
  const start = (n: RootContent) => n.position!.start.offset!;
  const end = (n: RootContent) => n.position!.end.offset!;
  const label = (n: RootContent | undefined): n is RootContent => !!n && isLabelLike(n, text);
  const aside = new Map<RootContent, { rule: string; reason: string }>();
  kids.forEach((node, i) => {
    if (!label(node)) return;
    const same = (n: RootContent | undefined) => label(n) && blockText(n) === blockText(node);
    if (same(kids[i - 1]) || same(kids[i + 1])) {
      aside.set(node, { rule: 'repeated-label', reason: 'web page: label shown twice' });
      return;
    }
    // right below a date line, or below a label that is: only white space (or set-aside lines) between
    const anchor = Math.max(-1, ...dateEnds.filter((e) => e <= start(node)));
    const previous = kids[i - 1];
    const from = previous && aside.has(previous) ? Math.max(anchor, end(previous)) : anchor;
    const next = kids[i + 1];
    if (from >= 0 && text.slice(from, start(node)).trim() === '' && !(next && isProse(next)))
      aside.set(node, { rule: 'date-line-label', reason: 'web page: label beside the date line' });
  });
  setAsideBlocks(root, file, aside);
}
