/**
 * A text without a subject line may open with its headline: the title. On a scraped web page the headline sits
 * among page furniture (guide §8): menu and section labels above it ("Menu", "Nieuws", "Home"), a category label
 * or a byline right below it. The headline is the first title-like line before the body starts that is more
 * than a label of one or two words or a name ("Vereniging van Nederlandse Gemeenten" above an address); failing
 * that, such a line directly above the body ("Commissiedebat Water" above its date lines). The headline becomes
 * a field; the furniture around it is set aside with its reason.
 */
import type { Root, RootContent } from 'mdast';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { findDates } from '../text/find-dates.js';
import {
  blockText,
  isBodyStart,
  isLabel,
  isLabelLike,
  isName,
  isNameList,
  isProse,
  isTitleLike,
  setAsideBlocks,
} from './page-blocks.js';

/** Page furniture above a headline: short lines without figures ("Menu", "Filter op", a site's name). */
const MAX_FURNITURE_WORDS = 3;

/** Moves the headline, when there is one, from the tree to the file's fields, and sets its furniture aside. */
export function setAsideHeadline(root: Root, file: LetterFile): void {
  const { text } = file;
  if (file.fields.some((f) => f.name === 'subject')) return;
  const kids = root.children;
  let bodyAt = kids.findIndex((n) => isBodyStart(n, text));
  if (bodyAt < 0) bodyAt = kids.length;
  const head = kids.slice(0, bodyAt);
  const candidates = head.filter((n) => isTitleLike(n, text));
  const last = head[head.length - 1];
  const first = kids[0];
  // a masthead with the issue's month on the first line ("NHU NIEUWSBRIEF - maart 2006") is no headline
  const issue = first && candidates.length > 1 && isIssueLine(first, text) ? first : undefined;
  const headline =
    candidates.find((n) => n !== issue && !isLabelLike(n, text) && !isName(n, text)) ??
    (last && candidates.includes(last) && bodyAt < kids.length ? last : undefined) ??
    // a heading marked up as such opens the text: the headline, however long
    (first?.type === 'heading' && head.includes(first) ? first : undefined);
  if (!headline) return;

  const aside = new Map<RootContent, { rule: string; reason: string }>();
  for (const node of head.slice(0, head.indexOf(headline))) {
    if (node === issue)
      aside.set(node, { rule: 'issue-line', reason: 'web page: masthead with the issue above the headline' });
    else if (isFurniture(node, text))
      aside.set(node, {
        rule: 'above-headline',
        reason: 'web page: menu or section label above the headline',
      });
  }
  for (const node of head.slice(head.indexOf(headline) + 1)) {
    if (isNameList(node, text))
      aside.set(node, { rule: 'byline', reason: 'web page: byline below the headline' });
    else if (isLabel(node, text) && !opensSections(node, root, file))
      aside.set(node, { rule: 'category-label', reason: 'web page: category label beside the headline' });
    else break;
  }
  setAsideBlocks(root, file, aside);

  const start = headline.position!.start.offset!;
  const end = headline.position!.end.offset!;
  root.children = root.children.filter((n) => n !== headline);
  file.fields.push({
    name: 'headline',
    label: null,
    value: text
      .slice(start, end)
      .replace(/^#{1,6}\s+/, '')
      .trim(),
    position: positionIn(file, start, end),
    labelPosition: null,
  });
}

/**
 * A short line right above running text, in a text whose later sections open the same way, is its first section
 * heading rather than a label; a date line between them says it is a label after all.
 */
function opensSections(node: RootContent, root: Root, file: LetterFile): boolean {
  const kids = root.children;
  const i = kids.indexOf(node);
  const next = kids[i + 1];
  if (!next || !isProse(next, file.text) || fieldBetween(file, node, next)) return false;
  return kids
    .slice(i + 2, -1)
    .some((n, k) => isTitleLike(n, file.text) && isProse(kids[i + 3 + k]!, file.text));
}

/** Whether a field (a date line) stands between two blocks. */
const fieldBetween = (file: LetterFile, a: RootContent, b: RootContent): boolean =>
  file.fields.some(
    (f) =>
      f.position.start.offset >= a.position!.end.offset! &&
      f.position.end.offset <= b.position!.start.offset!,
  );

/** A title-like line that ends in a month and a year and no day: a newsletter's issue ("Nieuwsbrief, mei 2012"). */
function isIssueLine(node: RootContent, text: string): boolean {
  if (!isTitleLike(node, text)) return false;
  const value = blockText(node);
  const last = findDates(value).at(-1);
  return !!last && last.end === value.length && last.day === null && last.month !== null && last.yearGiven;
}

/** Lines of a few words, no figures: navigation, section names, a site's name. */
function isFurniture(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false;
  const lines = text.slice(node.position!.start.offset!, node.position!.end.offset!).split('\n');
  return lines.every((l) => !/\d/.test(l) && l.trim().split(/\s+/).length <= MAX_FURNITURE_WORDS);
}
