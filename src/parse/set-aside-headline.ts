/**
 * A text without a subject line may open with its headline: the title. On a scraped web page the headline sits
 * among page furniture (guide §8): menu and section labels above it ("Menu", "Nieuws", "Home"), a category label
 * or a byline right below it. The headline is the first title-like line before the body starts that is more
 * than a label of one or two words or a name ("Vereniging van Nederlandse Gemeenten" above an address); failing
 * that, such a line directly above the body ("Commissiedebat Water" above its date lines). The one level-1
 * Markdown heading is the headline whatever it looks like. The site's name right above its menu or breadcrumb
 * trail, a breadcrumb trail and a section's name with the issue's number ("Gemeentenieuws week 11") are no
 * headline. The headline becomes a field; the furniture around it is set aside with its reason.
 */
import type { List, Paragraph, Root, RootContent } from 'mdast';
import { positionOf } from '../model/position.js';
import { parseInline } from './parse-inline.js';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { findDates } from '../text/find-dates.js';
import { webPageWords } from '../text/web-page-words.js';
import {
  blockText,
  isBodyStart,
  isByline,
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

/** Where the body starts: its first block, or the end. */
function bodyStart(root: Root, text: string): number {
  const at = root.children.findIndex((n) => isBodyStart(n, text));
  return at < 0 ? root.children.length : at;
}

/** Moves the headline, when there is one, from the tree to the file's fields, and sets its furniture aside. */
export function setAsideHeadline(root: Root, file: LetterFile): void {
  const { text } = file;
  if (file.fields.some((f) => f.name === 'subject')) return;
  setAsideMenuLists(root, file);
  splitHeadLines(root, file, bodyStart(root, text));
  const bodyAt = bodyStart(root, text);
  const head = root.children.slice(0, bodyAt);
  const candidates = head.filter((n) => isTitleLike(n, text) && !isTrail(n));
  const last = head[head.length - 1];
  const first = root.children[0];
  // a masthead with the issue's month on the first line ("NHU NIEUWSBRIEF - maart 2006") is no headline
  const issue = first && candidates.length > 1 && isIssueLine(first, text) ? first : undefined;
  const pageTitles = new Set(candidates.filter((n) => candidates.some((c) => isPageTitleOf(n, c))));
  // the site's name above its menu or breadcrumb trail ("VaartNieuws.nl - dagelijks nieuws voor …"), when a
  // headline follows
  const masthead =
    first && isMastheadOf(first, root, file) && candidates.some((c) => c !== first) ? first : undefined;
  const headline =
    topHeading(head) ??
    candidates.find(
      (n) =>
        n !== issue &&
        n !== masthead &&
        !pageTitles.has(n) &&
        !isLabelLike(n, text) &&
        !isName(n, text) &&
        !isSectionIssue(n, candidates),
    ) ??
    (last && candidates.includes(last) && bodyAt < root.children.length ? last : undefined) ??
    // a heading marked up as such opens the text: the headline, however long
    (first?.type === 'heading' && head.includes(first) ? first : undefined);
  if (!headline) return;

  const aside = new Map<RootContent, { rule: string; reason: string }>();
  for (const node of head.slice(0, head.indexOf(headline))) {
    if (node === issue || isSectionIssue(node, candidates))
      aside.set(node, { rule: 'issue-line', reason: 'web page: masthead with the issue above the headline' });
    else if (node === masthead)
      aside.set(node, { rule: 'site-name', reason: "web page: the site's name above its menu" });
    else if (isTrail(node))
      aside.set(node, { rule: 'breadcrumb', reason: 'web page: breadcrumb trail above the headline' });
    else if (pageTitles.has(node))
      aside.set(node, {
        rule: 'page-title',
        reason: "web page: the page's title, the headline with the site's name",
      });
    else if (isFurniture(node, text))
      aside.set(node, {
        rule: 'above-headline',
        reason: 'web page: menu or section label above the headline',
      });
    // a page head names its site above the headline ("Bond van Poppodia en Festivals", "UVW - Unie van …")
    else if (isName(node, text))
      aside.set(node, { rule: 'site-name', reason: "web page: the site's name above the headline" });
  }
  for (const node of head.slice(head.indexOf(headline) + 1)) {
    if (isNameList(node, text) || isByline(node, text))
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

/** A menu item: a few words without figures or sentence marks ("Home", "Over ons", "Lid worden"). */
const MENU_ITEM = /^[^\d.,:;?!]{1,40}$/u;

/**
 * A page's menu as a list of short items ("- [Home](…)", "* Over ons") at the top, above the headline (a title-like
 * line or a heading before any running text): navigation, not the body. Set aside with its reason.
 */
function setAsideMenuLists(root: Root, file: LetterFile): void {
  const { text } = file;
  const aside = new Map<RootContent, { rule: string; reason: string }>();
  for (const [i, node] of root.children.entries()) {
    if (node.type === 'list' && isMenuList(node)) {
      const below = root.children.slice(i + 1).find((n) => !(n.type === 'list' && isMenuList(n)));
      if (!below || !(isTitleLike(below, text) || below.type === 'heading')) break;
      aside.set(node, { rule: 'menu-list', reason: 'web page: menu above the headline' });
    } else if (isBodyStart(node, text)) break;
  }
  setAsideBlocks(root, file, aside);
}

const isMenuList = (list: List): boolean =>
  list.children.length > 1 &&
  list.children.every((item) => {
    const words = blockText(item).split(' ');
    return (
      item.children.length === 1 && words.length <= MAX_FURNITURE_WORDS && MENU_ITEM.test(blockText(item))
    );
  });

/**
 * "Vereniging X" / "Inbreng debat Jeugd 7 juni" as one block of two lines above the body: the sender's name
 * above the title, or the title above its byline, without a blank line between. Each line becomes a block, so
 * the title can be the headline.
 */
function splitHeadLines(root: Root, file: LetterFile, bodyAt: number): void {
  const { text } = file;
  root.children = root.children.flatMap((node, i) => {
    if (i >= bodyAt || node.type !== 'paragraph') return [node];
    const start = node.position!.start.offset!;
    const lines = text.slice(start, node.position!.end.offset!).split('\n');
    if (lines.length !== 2) return [node];
    const [name, title] = lines.map((l, k) =>
      lineBlock(file, k === 0 ? start : start + lines[0]!.length + 1, l),
    );
    return isNameAboveTitle(name!, title!, text) ||
      isTitleAboveByline(name!, title!, text) ||
      isDocumentAboveOccasion(name!, title!, text)
      ? [name!, title!]
      : [node];
  });
}

const isNameAboveTitle = (name: Paragraph, title: Paragraph, text: string): boolean =>
  isName(name, text) && isTitleLike(title, text) && !isName(title, text) && !isLabelLike(title, text);

/** "Inbreng Federatie X" / "Commissiedebat Water, 7 april 2022": a document's title above what it is for. */
const isDocumentAboveOccasion = (title: Paragraph, occasion: Paragraph, text: string): boolean =>
  isTitleLike(title, text) &&
  webPageWords().documentNouns.has(blockText(title).split(' ')[0]!.toLowerCase()) &&
  isTitleLike(occasion, text);

/** "Kop van het bericht" / "Bron: Coöperatie X" (or "Door Jan Jansen"): the headline above its byline. */
const isTitleAboveByline = (title: Paragraph, byline: Paragraph, text: string): boolean =>
  isTitleLike(title, text) && !isName(title, text) && isByline(byline, text);

/** One line of text as a paragraph of its own. */
function lineBlock(file: LetterFile, at: number, line: string): Paragraph {
  const from = at + (line.length - line.trimStart().length);
  const to = at + line.trimEnd().length;
  return {
    type: 'paragraph',
    children: parseInline(file.text, from, to, file.lines),
    position: positionOf(file.lines, from, to),
    data: { stacked: true },
  };
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

/** Between a headline and the site's name in a page's title ("Kop van het bericht | Waterbond"). */
const TITLE_SEPARATOR = /^\s{1,3}[|–—-]\s{1,3}\S|\S\s{1,3}[|–—-]\s{1,3}$/u;

/** The page's title (its <title>, scraped above the page): another line, the headline, with the site's name before or after it. */
function isPageTitleOf(node: RootContent, headline: RootContent): boolean {
  if (node === headline) return false;
  const title = blockText(node);
  const kop = blockText(headline);
  if (title.length <= kop.length) return false;
  if (title.startsWith(kop)) return TITLE_SEPARATOR.test(title.slice(kop.length, kop.length + 5));
  return title.endsWith(kop) && TITLE_SEPARATOR.test(title.slice(-kop.length - 5, -kop.length));
}

/** A title-like line that ends in a month and a year and no day: a newsletter's issue ("Nieuwsbrief, mei 2012"). */
function isIssueLine(node: RootContent, text: string): boolean {
  if (!isTitleLike(node, text)) return false;
  const value = blockText(node);
  const last = findDates(value).at(-1);
  return !!last && last.end === value.length && last.day === null && last.month !== null && last.yearGiven;
}

/** A level-1 heading marked up as such ("# Kop") heads the page, however it reads, when it is the only one. */
function topHeading(head: readonly RootContent[]): RootContent | undefined {
  // a numbered line the plain-text reader took for a heading ("1. Inleiding") opens a section, it is no headline
  const tops = head.filter((n) => n.type === 'heading' && n.depth === 1 && !n.data?.inferred);
  return tops.length === 1 ? tops[0] : undefined;
}

/** Navigation set aside while reading (src/data/boilerplate.yaml): a menu bar, a breadcrumb trail. */
const NAVIGATION_RULES = new Set(['menu-bar', 'breadcrumb', 'breadcrumb-trail']);

/** The page's first line, right above its menu or breadcrumb trail: the site's name, however it reads. */
function isMastheadOf(node: RootContent, root: Root, file: LetterFile): boolean {
  const { text } = file;
  if (!isTitleLike(node, text)) return false;
  const end = node.position!.end.offset!;
  // set-aside lines are blanked: only white space stands between the name and its navigation
  const touches = (start: number) => start >= end && text.slice(end, start).trim() === '';
  const next = root.children[root.children.indexOf(node) + 1];
  return (
    file.discarded.some((d) => NAVIGATION_RULES.has(d.rule) && touches(d.position.start.offset)) ||
    (!!next && isTrail(next) && touches(next.position!.start.offset!))
  );
}

/** A step of a breadcrumb trail is a page's name: a few words without sentence marks. */
const MAX_STEP_WORDS = 4;
const TRAIL_ARROW = /\s[>»›]\s/u;

/** A breadcrumb trail on a line of its own: "Dossiers > Mobiliteit > Achtergrond". */
function isTrail(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const steps = blockText(node).split(TRAIL_ARROW);
  return (
    steps.length > 1 &&
    steps.every(
      (s) => /^[\p{Lu}\d]/u.test(s) && !/[.,;:!?]/u.test(s) && s.split(' ').length <= MAX_STEP_WORDS,
    )
  );
}

/** A section's name with the issue's number ("Gemeentenieuws week 11") above another title-like line. */
const isSectionIssue = (node: RootContent, candidates: readonly RootContent[]): boolean =>
  candidates.indexOf(node) >= 0 &&
  candidates.indexOf(node) < candidates.length - 1 &&
  webPageWords().issue.test(blockText(node));

/** Lines of a few words, no figures: navigation, section names, a site's name. */
function isFurniture(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false;
  const lines = text.slice(node.position!.start.offset!, node.position!.end.offset!).split('\n');
  return lines.every((l) => !/\d/.test(l) && l.trim().split(/\s+/).length <= MAX_FURNITURE_WORDS);
}
