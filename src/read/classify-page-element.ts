/**
 * What an element of a web page is when it is not the letter: page furniture a reader looks past (menus,
 * headers and footers, breadcrumbs, cookie bars, share buttons, sidebars, forms), something hidden, or
 * something without text (scripts, style sheets, images, embeds). Told by the element's name, its ARIA role, and
 * the words of its class, id and label that sites use for these things.
 */
import type { Element } from 'hast';

export interface PagePart {
  rule: string;
  reason: string;
}

const part = (rule: string, what: string): PagePart => ({
  rule: `html-${rule}`,
  reason: `web page: ${what}`,
});

const COOKIE = part('cookie-notice', 'cookie notice');
const SHARE = part('share-buttons', 'share buttons');
const BREADCRUMBS = part('breadcrumbs', 'breadcrumb trail');
const NAVIGATION = part('navigation', 'navigation menu');
const SKIP_LINK = part('skip-link', 'skip link');

/** Words of class, id and label (split at anything but letters and digits), tried in order. */
const byName = (p: PagePart, words: string) => ({ part: p, words: new Set(words.split(' ')) });
const BY_NAME: readonly { part: PagePart; words: ReadonlySet<string> }[] = [
  byName(COOKIE, 'cookie cookies cookiebar cookiebanner cookienotice cookiemelding consent gdpr cmp'),
  byName(SHARE, 'share sharing sharebuttons socialshare social sociale delen deelknoppen addthis'),
  byName(BREADCRUMBS, 'breadcrumb breadcrumbs crumbs kruimelpad kruimel kruimels'),
  byName(SKIP_LINK, 'skip skiplink skiplinks'),
  byName(part('newsletter', 'newsletter sign-up'), 'newsletter nieuwsbrief'),
  byName(part('comments', 'comments'), 'comment comments reacties reactie disqus'),
  byName(part('related', 'related links'), 'related gerelateerd tags trefwoorden'),
  byName(NAVIGATION, 'menu nav navbar navigation navigatie hoofdmenu mainmenu sitemap'),
  byName(part('header', 'page header'), 'header masthead topbar'),
  byName(part('footer', 'page footer'), 'footer colofon'),
  byName(part('sidebar', 'sidebar'), 'sidebar zijbalk'),
];

const BY_TAG: Readonly<Record<string, PagePart>> = {
  nav: NAVIGATION,
  header: part('header', 'page header'),
  footer: part('footer', 'page footer'),
  aside: part('sidebar', 'sidebar'),
  form: part('form', 'form'),
  dialog: part('dialog', 'pop-up'),
};

const BY_ROLE: Readonly<Record<string, PagePart>> = {
  navigation: NAVIGATION,
  menu: NAVIGATION,
  menubar: NAVIGATION,
  banner: part('header', 'page header'),
  contentinfo: part('footer', 'page footer'),
  complementary: part('sidebar', 'sidebar'),
  search: part('form', 'search form'),
  form: part('form', 'form'),
  dialog: part('dialog', 'pop-up'),
  alertdialog: part('dialog', 'pop-up'),
};

/** Inside the letter, an article's own header and footer (its title, date, author) are part of it. */
const PAGE_LEVEL_ONLY = new Set(['html-header', 'html-footer']);

const STYLE_LINK = part('style', 'style sheet');

/** Elements that show no text of their own. */
const WITHOUT_TEXT: Readonly<Record<string, PagePart>> = {
  script: part('script', 'script'),
  noscript: part('script', 'script'),
  template: part('script', 'script'),
  style: STYLE_LINK,
  img: part('image', 'image'),
  picture: part('image', 'image'),
  svg: part('image', 'image'),
  canvas: part('image', 'image'),
  iframe: part('embed', 'embedded content'),
  object: part('embed', 'embedded content'),
  embed: part('embed', 'embedded content'),
  video: part('embed', 'embedded content'),
  audio: part('embed', 'embedded content'),
};

/** Hidden elements are set aside whole: what is in them is hidden too. */
export const HIDDEN_PART = part('hidden', 'hidden element');
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const nameWords = (el: Element): string[] =>
  [el.properties.className, el.properties.id, el.properties.ariaLabel]
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.toLowerCase().split(/[^\p{L}\d]+/u));

/** The furniture an element is (inside the letter: only what is never letter text), or null. */
export function classifyFurniture(el: Element, insideLetter: boolean): PagePart | null {
  const role = typeof el.properties.role === 'string' ? el.properties.role.toLowerCase() : '';
  const named = nameWords(el);
  const found =
    BY_NAME.find((n) => named.some((w) => n.words.has(w)))?.part ??
    BY_ROLE[role] ??
    BY_TAG[el.tagName] ??
    null;
  if (found && insideLetter && PAGE_LEVEL_ONLY.has(found.rule)) return null;
  return found;
}

/** An element that shows no text (a script, an image, a linked style sheet), or null. */
export function withoutText(el: Element): PagePart | null {
  if (el.tagName !== 'link') return WITHOUT_TEXT[el.tagName] ?? null;
  const rel = [el.properties.rel].flat();
  return rel.some((r) => String(r).toLowerCase() === 'stylesheet') ? STYLE_LINK : null;
}

/** An element hidden from the reader (and from screen readers), or null. */
export function hiddenElement(el: Element): PagePart | null {
  const { hidden, ariaHidden, style } = el.properties;
  if (hidden === true || hidden === '' || ariaHidden === 'true') return HIDDEN_PART;
  return typeof style === 'string' && HIDDEN_STYLE.test(style) ? HIDDEN_PART : null;
}
