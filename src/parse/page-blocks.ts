/**
 * The shapes of the blocks around a web page's headline: prose (a sentence), a title-like line, a label of one
 * or two words, a line of names (a byline), and setting a block aside with its reason.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { openingsOf, opensAs } from '../read/pattern-openings.js';
import { findReadOn } from '../text/find-read-on.js';
import { webPageWords } from '../text/web-page-words.js';
import { isPageDetail } from '../text/read-date-line.js';
import { foldSpace } from '../text/fold-space.js';
import { isClosing, isSalutation, opensLikeSalutation } from '../text/structure-words.js';
import { numberingDepth, WEB_ADDRESS } from './heading-like.js';
import { mayBeAddressLine } from './may-be-address-line.js';
import { lowerAt } from '../text/letter-or-digit.js';

/** A headline is at most this long; longer lines are prose. */
const MAX_TITLE_WORDS = 25;
const MAX_TITLE_CHARS = 200;
/** A label is a line of at most this many words besides "en" ("Nieuws", "Sociaal domein", "Werk en inkomen"). */
const MAX_LABEL_WORDS = 2;
/** A paragraph of more words than this is prose, punctuation or not. */
const MAX_NON_PROSE_WORDS = 25;
/** A question or exclamation on a line of its own of at most this many words may be a headline. */
const MAX_HEADLINE_QUESTION = 15;

/** Punctuation that ends a sentence (or a lead-in), before closing quotes and brackets. */
const SENTENCE_END = /[.;:…!?]['"’”)»]{0,3}$/u;
/** A sentence ends inside the text and another starts. */
const SENTENCE_INSIDE = /[.!?]['"’”)]{0,3}\s+['"‘“]?\p{Lu}/u;
/** A title starts with a capital, a digit or an opening quote. */
const TITLE_START = /^['"‘“„]?[\p{Lu}\d]/u;
/** A title does not end like a clause or a list lead-in. */
const CLAUSE_END = /[.,;:]['"’”)»]{0,3}$/u;
/** Words of a name that need no capital: particles and joiners ("Unie van Waterschappen", "X en Y", "UVW - Unie …"). */
const NAME_JOINERS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'voor',
  'en',
  '&',
  '/',
  '-',
  '–',
  '—',
  'of',
  'in',
  'op',
]);

/** The block's text as a reader sees it, on one line. */
export const blockText = (node: RootContent): string => foldSpace(toString(node));

/** Whether the block spans more than one line of the text. */
const multiLine = (node: RootContent, text: string): boolean => {
  const at = text.indexOf('\n', node.position!.start.offset!);
  return at >= 0 && at < node.position!.end.offset!;
};

/** A title wrapped once, its second line an aside in brackets: "Reactie … Wet op de kansspelen" / "(goede doelen)". */
const WRAPPED_ASIDE = /^[^\n]{1,200}\n[ \t]{0,20}\([^\n()]{1,80}\)[ \t]*$/u;
const wrappedTitle = (node: RootContent, text: string): boolean =>
  WRAPPED_ASIDE.test(text.slice(node.position!.start.offset!, node.position!.end.offset!));

const wordsOf = (s: string): string[] => s.split(' ').filter((w) => /[\p{L}\d]/u.test(w));

/** Running text: a sentence, several, or a long passage; a short question or exclamation may be a headline. */
export function isProse(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph') return false;
  const value = blockText(node);
  const words = wordsOf(value).length;
  if (words > MAX_NON_PROSE_WORDS || (SENTENCE_INSIDE.test(value) && !isShortHeadline(node, text)))
    return true;
  if (/[!?]['"’”)»]{0,3}$/u.test(value)) return multiLine(node, text) || words > MAX_HEADLINE_QUESTION;
  return SENTENCE_END.test(value);
}

/**
 * A headline of two short sentences on one line, the last without a full stop: "Lezen is geen luxe. Een brief aan
 * de minister", "Stage = werk. Betaal ons dan ook!". Running text ends its last sentence.
 */
function isShortHeadline(node: RootContent, text: string): boolean {
  const value = blockText(node);
  return !multiLine(node, text) && !CLAUSE_END.test(value) && wordsOf(value).length <= MAX_HEADLINE_QUESTION;
}

/** Where the body of the text starts: the first sentence, list, quote, table, salutation or numbered section. */
export function isBodyStart(node: RootContent, text: string): boolean {
  if (node.type === 'list' || node.type === 'table' || node.type === 'blockquote' || node.type === 'code')
    return true;
  if (node.type === 'heading') return numberingDepth(blockText(node)) > 0;
  if (node.type !== 'paragraph') return false;
  const first = text.slice(node.position!.start.offset!, node.position!.end.offset!).split('\n')[0] ?? '';
  return isSalutation(first) || isProse(node, text);
}

/**
 * A line that can be a headline: one line (or a heading), short, with a capital first, not ending like a
 * clause (a question or an exclamation may be a headline), and no salutation, addressee or closing.
 */
export function isTitleLike(node: RootContent, text: string): boolean {
  if (
    node.type !== 'heading' &&
    (node.type !== 'paragraph' || (multiLine(node, text) && !wrappedTitle(node, text)))
  )
    return false;
  const value = blockText(node);
  // the cheap tests first: most blocks are long or end like a clause
  if (value.length > MAX_TITLE_CHARS) return false;
  if (!TITLE_START.test(value) || CLAUSE_END.test(value)) return false;
  if (SENTENCE_INSIDE.test(value) && !isShortHeadline(node, text)) return false;
  const words = wordsOf(value);
  if (!words.length || words.length > MAX_TITLE_WORDS) return false;
  return (
    !opensLikeSalutation(value) &&
    !isClosing(value) &&
    numberingDepth(value) === 0 &&
    !findReadOn(value) &&
    !isAddressLine(value)
  );
}

/** A line of a sender's address: "3503 RE Utrecht", "Postbus 8214", "T 030 263 41 90", "www.bond.nl". */
const POSTCODE = /^\d{4} ?\p{Lu}{2}\b/u;
const ADDRESS_LINE = /^(?:postbus\s|(?:t|tel|telefoon|f|fax|m)\.?:?\s{0,3}\+?\(?\d{2,4}\)?[\s-]?\d|www\.)/iu;
const isAddressLine = (value: string): boolean =>
  mayBeAddressLine(value) && (POSTCODE.test(value) || ADDRESS_LINE.test(value));

/**
 * One or two words on a line: a site section or category ("Economie", "Nieuws-persbericht"); not a web address,
 * which the text refers to ("Via: www.internetconsultatie.nl/…").
 */
export const isLabelLike = (node: RootContent, text: string): boolean =>
  isTitleLike(node, text) &&
  wordsOf(blockText(node)).filter((w) => !/^(?:en|&)$/iu.test(w)).length <= MAX_LABEL_WORDS &&
  !WEB_ADDRESS.test(blockText(node));

/** A line of names and nothing else: "VNO-NCW, MKB-Nederland en LTO Nederland", "Redactie / Jan de Vries". */
export function isNameList(node: RootContent, text: string): boolean {
  if (!isTitleLike(node, text)) return false;
  const value = blockText(node);
  return /,|\s(?:en|&|\/)\s/u.test(value) && isNames(value);
}

/**
 * A name and nothing else: every word capitalised but particles ("Vereniging van Nederlandse Gemeenten"); not a
 * document's title with its sender's name ("Inbreng Federatie Rijopleidingen Nederland"), nor a title in capitals
 * after its kind and a colon ("STANDPUNT: ENERGIEKOSTEN EN BTW"), as no name holds a colon.
 */
export const isName = (node: RootContent, text: string): boolean =>
  isTitleLike(node, text) &&
  !blockText(node).includes(':') &&
  isNames(blockText(node)) &&
  !webPageWords().documentNouns.has(blockText(node).split(' ')[0]!.toLowerCase());

/** Who wrote it, or whose it is, and nothing else: "Door Redactie", "Tekst: Jan de Vries", "Bron: ANP". */
const BYLINE = /^(?:door|tekst|auteur|redactie|geschreven door|bron)(?:\s{0,3}:)?\s{1,3}(\S.{0,100})$/iu;
/** how a byline opens: the pattern (i and u flags, costly to compile) runs only on a line that opens so */
const BYLINE_OPENINGS = openingsOf(BYLINE);
/** for the tests that the gates never refuse a line these match */
export { ADDRESS_LINE, BYLINE, POSTCODE };

/** Between a byline and the details after it: "Auteur: Jan Jansen | 4 reacties". */
const DETAIL_SEPARATOR = /\s{0,3}[|·•]\s{0,3}/u;

export function isByline(node: RootContent, text: string): boolean {
  if (node.type !== 'paragraph' || multiLine(node, text)) return false;
  const [who = '', ...details] = blockText(node).split(DETAIL_SEPARATOR);
  const names = opensAs(who, BYLINE_OPENINGS) ? BYLINE.exec(who)?.[1] : undefined;
  return !!names && !SENTENCE_END.test(names) && namesWithRole(names) && details.every(isPageDetail);
}

/** How many words a role after a byline's name may have: "directeur Scouting Verbond Nederland (SVN)". */
const MAX_ROLE_WORDS = 8;

/** Names, maybe with the author's role after a comma ("Ingrid Vos, directeur Scouting Nederland"). */
function namesWithRole(value: string): boolean {
  if (isNames(value)) return true;
  const comma = value.indexOf(', ');
  const role = value.slice(comma + 2);
  return (
    comma > 0 &&
    isNames(value.slice(0, comma)) &&
    lowerAt(role, 0) > 0 &&
    role.split(' ').length <= MAX_ROLE_WORDS
  );
}

/** Capitalised words, joined by particles, "en", "/" or commas. */
export function isNames(value: string): boolean {
  const words = value.split(' ').map((w) => w.replace(/,$/, ''));
  return (
    words.every((w) => NAME_JOINERS.has(w.toLowerCase()) || /^['"‘“(]?[\p{Lu}\d]/u.test(w)) &&
    words.some((w) => !NAME_JOINERS.has(w.toLowerCase()))
  );
}

/** A label to set aside: label-like, and not a heading marked up as one (the writer's own structure). */
export const isLabel = (node: RootContent, text: string): boolean =>
  node.type === 'paragraph' && isLabelLike(node, text);

/** Takes blocks out of the tree and records them as set aside, with a rule and a reason, in document order. */
export function setAsideBlocks(
  root: Root,
  file: LetterFile,
  blocks: ReadonlyMap<RootContent, { rule: string; reason: string }>,
): void {
  if (!blocks.size) return;
  for (const [node, { rule, reason }] of blocks) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    file.discarded.push({
      text: file.text.slice(start, end),
      reason,
      rule,
      position: positionIn(file, start, end),
    });
  }
  file.discarded.sort((a, b) => a.position.start.offset - b.position.start.offset);
  root.children = root.children.filter((n) => !blocks.has(n));
}
