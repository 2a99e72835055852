/**
 * Letter → the plain data object a brief template receives (documented in the README under "Variables a template receives"). Pure: the
 * same letter and options give the same object; no dates of today, no file system. Everything in it is
 * text from the letter or from the labels file, still unescaped: escaping is the renderer's job.
 */
import type { LetterDiff } from '../model/diff-schema.js';
import type { Letter } from '../model/schema.js';
import { VERSION } from '../core/version.js';
import { chooseKeyMessage, type KeyMessage, type KeyMessageRule } from './choose-key-message.js';
import { describeAsks, type BriefAsk } from './describe-asks.js';
import { fitOnePage, shorten, PAGE_LINES } from './fit-one-page.js';
import { formatDate, type BriefDate } from './format-date.js';
import { groupReferences, type BriefRef, type RefGroupKey } from './group-references.js';
import { letterSentences } from './letter-sentences.js';
import { loadLabels, type BriefLang, type Labels } from './load-labels.js';
import { pickContext } from './pick-context.js';
import { summariseChanges } from './summarise-changes.js';

export type { BriefAsk, BriefDate, BriefRef, Labels };

export interface BriefTheme {
  id: string;
  title: string;
  /** 1 for a top-level heading, 2 below it, … */
  level: number;
  parentTitle: string | null;
  /** one extracted sentence, possibly shortened with "…" to fit the page */
  context: string;
  /** the numbers of the asks in this theme */
  asks: number[];
}

export interface BriefRefGroup {
  key: RefGroupKey;
  label: string;
  items: BriefRef[];
  /** how many items were left out to fit the page */
  more: number;
}

export interface BriefData {
  lang: BriefLang;
  labels: Labels;
  title: string | null;
  kind: Letter['meta']['kind'];
  debate: { name: string; date: BriefDate | null } | null;
  sender: string | null;
  date: BriefDate | null;
  addressees: string[];
  keyMessage: { sentences: string[]; rule: KeyMessageRule };
  /** with --since: what changed since an earlier letter (lines from the position diff), else null */
  since: { date: BriefDate | null; title: string | null; lines: string[] } | null;
  asks: BriefAsk[];
  themes: BriefTheme[];
  references: BriefRefGroup[];
  source: { path: string; stdin: boolean };
  tool: { name: string; version: string };
  budget: { lines: number; limit: number; fits: boolean; shortened: string[] };
}

export interface BriefDataOptions {
  lang?: BriefLang;
  /** lines of the page budget (default PAGE_LINES) */
  pageLines?: number;
  /** the position diff from an earlier letter to this one: the brief adds what changed since it */
  since?: LetterDiff;
}

const pickKey = ({ sentences, rule }: KeyMessage) => ({ sentences, rule });
const clean = (s: string | null | undefined): string | null =>
  s ? s.replace(/\s+/g, ' ').trim() || null : null;

export function buildBriefData(letter: Letter, options: BriefDataOptions = {}): BriefData {
  const lang = options.lang ?? 'nl';
  const labels = loadLabels(lang);
  const sinceLines = options.since ? summariseChanges(options.since, lang) : [];
  const { meta } = letter;
  const sentences = letterSentences(letter);
  const key = chooseKeyMessage(letter, sentences);
  const asks = describeAsks(letter, labels.opening);
  const contexts = pickContext(letter, sentences, new Set(key.indexes));
  const groups = groupReferences(letter.references);
  const numbers = new Map<string, number[]>();
  for (const a of asks) {
    const list = numbers.get(a.theme.id);
    if (list) list.push(a.number);
    else numbers.set(a.theme.id, [a.number]);
  }
  const asksIn = (themeId: string) => [...(numbers.get(themeId) ?? [])];
  const refLine = (r: BriefRef) => [r.text, ...r.also].join(' ');
  const debate = meta.debate
    ? { name: meta.debate.name.trim(), date: formatDate(meta.debate.date, labels) }
    : null;
  const date = formatDate(meta.date, labels);
  const header = [
    clean(debate?.name ?? meta.title) ?? labels.brief,
    [debate?.date?.long, meta.sender, date?.text].filter(Boolean).join(' · '),
    meta.addressees.join('; '),
    ...sinceLines,
  ].filter(Boolean);

  const fit = fitOnePage(
    {
      header,
      keyMessage: key.sentences,
      asks: asks.map((a) => ({
        text: a.text,
        meta: [a.theme.title, a.figure, a.law].filter(Boolean).join(' · '),
      })),
      contexts: contexts.map((c) => ({
        title: c.title,
        text: c.text,
        hasAsks: asksIn(c.themeId).length > 0,
      })),
      refs: groups.map((g) => ({ label: labels[g.key], items: g.items.map(refLine) })),
    },
    options.pageLines ?? PAGE_LINES,
  );

  const dropped = new Set(fit.contextDropped);
  const themes = contexts
    .filter((_, i) => !dropped.has(i))
    .map((c) => ({
      id: c.themeId,
      title: c.title,
      level: c.level,
      parentTitle: c.parentTitle,
      context: shorten(c.text, fit.contextMax),
      asks: asksIn(c.themeId),
    }));
  const references = groups.map((g) => {
    const items = fit.refMax === null ? g.items : g.items.slice(0, fit.refMax);
    return { key: g.key, label: labels[g.key], items, more: g.items.length - items.length };
  });

  return {
    lang,
    labels,
    title: clean(meta.title),
    kind: meta.kind,
    debate,
    sender: clean(meta.sender),
    date,
    addressees: meta.addressees.map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean),
    keyMessage:
      fit.keyMessage < key.sentences.length
        ? pickKey(chooseKeyMessage(letter, sentences, fit.keyMessage))
        : pickKey(key),
    since: options.since
      ? {
          date: formatDate(options.since.old.date, labels),
          title: clean(options.since.old.title),
          lines: sinceLines,
        }
      : null,
    asks,
    themes,
    references,
    source: { path: letter.source.path, stdin: letter.source.path === '-' },
    tool: { name: 'vng-brief', version: VERSION },
    budget: { lines: fit.lines, limit: fit.limit, fits: fit.fits, shortened: fit.shortened },
  };
}
