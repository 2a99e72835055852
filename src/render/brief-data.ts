/**
 * Letter → the plain data object a brief template receives (documented in the README under "Variables a template
 * receives"). Pure: the same letter and options give the same object; no dates of today, no file system.
 * Everything in it is text from the letter or from the labels file, still unescaped: escaping is the renderer's
 * job. planBrief() gathers the richest brief once; briefAt() cuts it to a number of fitting steps
 * (fit-one-page.ts); buildBriefData() fits it by the line estimate, make-brief.ts by measuring in Chromium.
 */
import type { LetterDiff } from '../model/diff-schema.js';
import type { Letter, Position } from '../model/schema.js';
import { VERSION } from '../core/version.js';
import { foldKey, foldSpace } from '../text/fold-space.js';
import { askedBy } from './asked-by.js';
import { chooseKeyMessage, type KeyMessageRule } from './choose-key-message.js';
import { describeAsks, type BriefAsk as DescribedAsk } from './describe-asks.js';
import { fillLabel } from './fill-label.js';
import {
  bisectSteps,
  cutAfter,
  estimateLines,
  fitSteps,
  PAGE_LINES,
  shorten,
  stepNames,
  type Cut,
  type FitShape,
  type Step,
} from './fit-one-page.js';
import { formatDate, type BriefDate } from './format-date.js';
import { groupReferences, type BriefRef, type RefGroup, type RefGroupKey } from './group-references.js';
import { letterSentences, type LetterSentence } from './letter-sentences.js';
import { loadLabels, type Lang, type Labels } from './load-labels.js';
import { pickContext, type ThemeContext } from './pick-context.js';
import { describeSince, sinceLines, type SinceBox } from './summarise-changes.js';

export type { BriefDate, BriefRef, Labels, SinceBox };

export interface BriefAsk extends DescribedAsk {
  /** who must act, in words ("aan het kabinet"), or null when the letter does not say */
  to: string | null;
  /** who asks, in words ("gevraagd door De G40"), when it is not the letter's sender; else null */
  by: string | null;
}

export interface BriefTheme {
  id: string;
  title: string;
  /** 1 for a top-level heading, 2 below it, … (0 for the opening) */
  level: number;
  parentTitle: string | null;
  /** one or more sentences from the letter, possibly shortened with "…" to fit the page */
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

export interface BriefBudget {
  /** how the page was fitted: laid out and measured in Chromium, or estimated in lines */
  method: 'measure' | 'estimate';
  /** the share of the page's height the brief takes (1 = full) */
  used: number;
  /** whether it fits one page (false only when even the shortest brief does not) */
  fits: boolean;
  /** the kinds of cuts made to fit, in order ("context-sentences", "references-8", …) */
  shortened: string[];
}

export interface BriefData {
  lang: Lang;
  labels: Labels;
  /** the letter's subject or headline */
  title: string | null;
  /** what heads the page: the title, else the debate's name; null for neither */
  heading: string | null;
  kind: Letter['meta']['kind'];
  /** the debate the letter is for; its name is null when the letter's is not a usable name */
  debate: { name: string | null; date: BriefDate | null } | null;
  sender: string | null;
  date: BriefDate | null;
  addressees: string[];
  keyMessage: { sentences: string[]; rule: KeyMessageRule; positions: Position[] };
  /** with --since: what changed since an earlier letter, else null; `lines` says it in a few lines of text */
  since: (SinceBox & { lines: string[] }) | null;
  /** the heading of the asks: "Wat VNG vraagt", else "Vragen aan de Kamer" (or "Vragen in de brief") */
  asksLabel: string;
  asks: BriefAsk[];
  /** "+3 vragen meer in de brief" when asks were left out to keep to one page, else null */
  asksMore: string | null;
  themes: BriefTheme[];
  references: BriefRefGroup[];
  /** `name`: the file's name as the brief shows it; `path`: as given */
  source: { name: string; path: string; stdin: boolean };
  tool: { name: string; version: string };
  budget: BriefBudget;
}

export interface BriefDataOptions {
  lang?: Lang;
  /** lines of the estimated page (default PAGE_LINES) */
  pageLines?: number;
  /** the position diff from an earlier letter to this one: the brief adds what changed since it */
  since?: LetterDiff;
}

/** Everything a brief of the letter can show, and the steps that cut it to a page. */
export interface BriefPlan {
  head: Omit<BriefData, 'keyMessage' | 'asks' | 'asksMore' | 'themes' | 'references' | 'budget'>;
  key: { text: string; position: Position; rank: number; rule: KeyMessageRule }[];
  asks: BriefAsk[];
  contexts: ThemeContext[];
  groups: RefGroup[];
  shape: FitShape;
  steps: Step[];
}

const clean = (s: string | null | undefined): string | null => (s ? foldSpace(s) || null : null);

/** A debate's name longer than this is a sentence the extractor took for a name. */
const MAX_DEBATE_WORDS = 12;

/**
 * The debate's name as the brief can show it: ending at a word of the letter (a name cut inside a word loses
 * the partial word) and short enough to be a name; null otherwise.
 */
function debateName(name: string, sentences: readonly LetterSentence[]): string | null {
  let words = foldSpace(name).split(' ').filter(Boolean);
  const key = foldKey(name);
  const hit = key && sentences.find((s) => s.text.toLowerCase().includes(key));
  if (hit) {
    const text = hit.text.toLowerCase();
    const after = text.charAt(text.indexOf(key) + key.length);
    if (/\p{L}/u.test(after)) words = words.slice(0, -1);
  }
  return words.length && words.length <= MAX_DEBATE_WORDS ? words.join(' ') : null;
}

/** The letter's title: its subject or headline, else a subject or headline among the letterhead fields. */
function titleOf(letter: Letter): string | null {
  const field = letter.meta.fields.find((f) => f.name === 'subject' || f.name === 'headline');
  return clean(letter.meta.title) ?? clean(field?.value);
}

function asksLabel(letter: Letter, sender: string | null, labels: Labels): string {
  if (sender) return fillLabel(labels.asksBy, { sender });
  return letter.asks.every((a) => a.addressee === null || a.addressee === 'kamer')
    ? labels.asks
    : labels.asksInLetter;
}

function sinceOf(diff: LetterDiff, lang: Lang): BriefData['since'] {
  const box = describeSince(diff, lang);
  return { ...box, lines: sinceLines(box, lang) };
}

export function planBrief(letter: Letter, options: BriefDataOptions = {}): BriefPlan {
  const lang = options.lang ?? 'nl';
  const labels = loadLabels(lang);
  const { meta } = letter;
  const sentences = letterSentences(letter);
  const key = chooseKeyMessage(letter, sentences);
  const sender = clean(meta.sender);
  const asks = describeAsks(letter, labels.opening).map((a) => ({
    ...a,
    to: a.addressee ? (labels.askedOf[a.addressee as keyof Labels['askedOf']] ?? null) : null,
    by: askedBy(letter, a.requester, labels),
  }));
  // the sentences the key message and the asks show are not context again
  const shown = new Set(key.indexes);
  sentences.forEach((s) => s.askId !== null && shown.add(s.index));
  const contexts = pickContext(letter, sentences, shown, labels.opening);
  const groups = groupReferences(letter.references);
  const title = titleOf(letter);
  const debate = meta.debate
    ? { name: debateName(meta.debate.name, sentences), date: formatDate(meta.debate.date, labels) }
    : null;
  const name = letter.source.path === '-' ? '-' : (letter.source.path.split(/[\\/]/).pop() ?? '');
  const themeHasAsks = new Set(asks.map((a) => a.theme.id));
  const shape: FitShape = {
    keyRanks: key.ranks,
    asks: asks.map((a) => ({ detail: a.detail !== null, prose: a.marker === 'sentence' })),
    contexts: contexts.map((c) => ({
      ranks: c.sentences.map((s) => s.rank),
      hasAsks: themeHasAsks.has(c.themeId),
    })),
    refs: groups.map((g) => g.items.length),
  };
  return {
    head: {
      lang,
      labels,
      title,
      heading: title ?? debate?.name ?? null,
      kind: meta.kind,
      debate,
      sender,
      date: formatDate(meta.date, labels),
      addressees: meta.addressees.map((a) => foldSpace(a)).filter(Boolean),
      since: options.since ? sinceOf(options.since, lang) : null,
      asksLabel: asksLabel(letter, sender, labels),
      source: { name, path: letter.source.path, stdin: letter.source.path === '-' },
      tool: { name: 'vng-brief', version: VERSION },
    },
    key: key.sentences.map((text, i) => ({
      text,
      position: key.positions[i]!,
      rank: key.ranks[i]!,
      rule: key.rule,
    })),
    asks,
    contexts,
    groups,
    shape,
    steps: fitSteps(shape),
  };
}

/** The brief after `n` fitting steps; `budget` says how it was fitted. */
export function briefAt(plan: BriefPlan, n: number, budget: Omit<BriefBudget, 'shortened'>): BriefData {
  const cut: Cut = cutAfter(plan.shape, plan.steps, n);
  const { labels } = plan.head;
  const key = plan.key.filter((k) => k.rank < cut.keyRank);
  const kept = plan.asks.filter((_, i) => !cut.askDropped[i]);
  const numberOf = new Map(kept.map((a, i) => [a.id, i + 1]));
  const asks = plan.asks.flatMap((a, i) => {
    if (cut.askDropped[i]) return [];
    const detail = cut.detailDropped[i] || a.detail === null ? null : shorten(a.detail, cut.detailMax);
    return [{ ...a, number: numberOf.get(a.id)!, text: shorten(a.text, cut.askMax), detail }];
  });
  const asksIn = (themeId: string) => asks.filter((a) => a.theme.id === themeId).map((a) => a.number);
  const themes = plan.contexts.flatMap((c, i) => {
    const rank = cut.contextRank[i]!;
    if (rank === 0) return [];
    const text = c.sentences
      .filter((s) => s.rank < rank)
      .map((s) => s.text)
      .join(' ');
    return [
      {
        id: c.themeId,
        title: c.title,
        level: c.level,
        parentTitle: c.parentTitle,
        context: shorten(text, cut.contextMax),
        asks: asksIn(c.themeId),
      },
    ];
  });
  const references = plan.groups
    .map((g, i) => {
      const items = g.items.slice(0, cut.refMax[i]);
      return { key: g.key, label: labels[g.key], items, more: g.items.length - items.length };
    })
    .filter((g) => g.items.length > 0 || g.more > 0);
  const left = plan.asks.length - asks.length;
  return {
    ...plan.head,
    keyMessage: {
      sentences: key.map((k) => k.text),
      rule: plan.key[0]?.rule ?? 'none',
      positions: key.map((k) => k.position),
    },
    asks,
    asksMore: left > 0 ? fillLabel(labels.moreAsks, { count: String(left) }) : null,
    themes,
    references,
    budget: { ...budget, shortened: stepNames(plan.steps, n) },
  };
}

/** What the estimate counts: the brief's visible text, part by part. */
function pageText(d: BriefData): Parameters<typeof estimateLines>[0] {
  const refLine = (r: BriefRef) => [r.text, ...r.also].join(' ');
  return {
    header: [
      d.heading ?? d.labels.brief,
      [d.debate?.date?.long, d.sender, d.date?.text].filter(Boolean).join(' · '),
      d.addressees.join('; '),
    ].filter(Boolean),
    keyMessage: d.keyMessage.sentences.join(' '),
    since: d.since ? [...d.since.lines, ...d.since.added, ...d.since.dropped] : [],
    asks: d.asks.map((a) => ({
      text: a.text,
      meta: [a.to, a.by, a.theme.title, a.figure, a.law].filter(Boolean).join(' · '),
      detail: a.detail ?? '',
    })),
    contexts: d.themes.map((t) => `${t.title} ${t.context}`),
    refs: d.references.map((g) => `${g.label} ${g.items.map(refLine).join(' · ')}`),
  };
}

/** Estimated lines of a brief, and the page's. */
const estimatePage = (d: BriefData, limit = PAGE_LINES) => {
  const lines = estimateLines(pageText(d));
  return { lines, used: lines / limit, fits: lines <= limit };
};

/** The brief fitted to one page by the line estimate: no browser needed. */
export function buildBriefData(letter: Letter, options: BriefDataOptions = {}): BriefData {
  const plan = planBrief(letter, options);
  const limit = options.pageLines ?? PAGE_LINES;
  const at = (n: number) => briefAt(plan, n, { method: 'estimate', used: 0, fits: true });
  const search = bisectSteps(plan.steps.length);
  let next = search.next();
  while (!next.done) next = search.next(estimatePage(at(next.value), limit).fits);
  const data = at(next.value.steps);
  const { used } = estimatePage(data, limit);
  return { ...data, budget: { ...data.budget, used: Math.round(used * 1000) / 1000, fits: next.value.fits } };
}
