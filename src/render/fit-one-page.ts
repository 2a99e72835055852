/**
 * One page: the brief is planned at its richest — context of several sentences per theme, each ask with the
 * rest of its item, every reference — and then cut, one small step at a time, least important first:
 *   1. context sentences beyond each theme's best (themes without asks first, the last theme first);
 *   2. the asks' detail, first to DETAIL_SHORT characters, then one ask's at a time (the last first);
 *   3. reference lists to 8 items per group (links first, legislation last), the context lines to 200 and
 *      140 characters, reference lists to 5;
 *   4. the context lines one by one (themes without asks first, the last first);
 *   5. the key message to one sentence (the lowest-scoring first), reference lists to 3, then to none;
 *   6. the asks' text to 160 and 100 characters, at a word;
 *   7. as a last resort, asks themselves (prose asks first, the last first; never the first ask), with a line
 *      saying how many more the letter has.
 * The cut chosen is the fewest steps whose page fits. Each step only removes, so the page shrinks with every
 * step and the fewest is found by bisection: a handful of layouts per letter, measured in Chromium when there is
 * one (make-brief.ts), else estimated here in printed lines.
 * The estimate is calibrated on Chromium's A4 layout of templates/debate-one-pager.html.liquid in Liberation
 * Sans: one estimated line is 13.9–17.0 px (15.3 px median; 15.1–15.5 px on full pages); the page holds 1028 px,
 * so PAGE_LINES fills about 92% of a page. It is only the fallback without a browser: a PDF is always fitted
 * by measurement in the browser that prints it.
 */

export const PAGE_LINES = 62;
const CHARS_PER_LINE = 104;
/** Cutting off less than this is not worth losing the end of a sentence. */
const SLACK = 24;
const DETAIL_SHORT = 160;

/** Shortens text to about `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number | null): string {
  if (max === null || text.length <= max + SLACK) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** What the richest brief holds, as far as cutting it is concerned. */
export interface FitShape {
  /** key message sentences, by their rank (0 = the best) */
  keyRanks: number[];
  /** per ask: whether it has detail, and whether it is a prose ask */
  asks: { detail: boolean; prose: boolean }[];
  /** per context line: its sentences' ranks, and whether its theme has asks */
  contexts: { ranks: number[]; hasAsks: boolean }[];
  /** items per reference group, in the group order */
  refs: number[];
}

/** How much of the richest brief to leave out. */
export interface Cut {
  /** key message sentences of this rank and worse are left out */
  keyRank: number;
  /** per context line: its sentences of this rank and worse are left out (0: the line is left out) */
  contextRank: number[];
  /** the longest context line in characters, null for whole sentences */
  contextMax: number | null;
  /** the longest detail of an ask, null for all of it */
  detailMax: number | null;
  /** per ask: its detail left out */
  detailDropped: boolean[];
  /** per reference group: the most items shown */
  refMax: number[];
  /** the longest ask text, null for the whole request */
  askMax: number | null;
  /** per ask: left out to keep the page to one */
  askDropped: boolean[];
}

export interface Step {
  /** the step's kind, as `budget.shortened` lists it ("context-sentences", "references-8", …) */
  name: string;
  apply(cut: Cut): void;
}

function fullCut(shape: FitShape): Cut {
  return {
    keyRank: shape.keyRanks.length,
    contextRank: shape.contexts.map((c) => c.ranks.length),
    contextMax: null,
    detailMax: null,
    detailDropped: shape.asks.map(() => false),
    refMax: [...shape.refs],
    askMax: null,
    askDropped: shape.asks.map(() => false),
  };
}

/** The cut after the first `n` steps. */
export function cutAfter(shape: FitShape, steps: readonly Step[], n: number): Cut {
  const cut = fullCut(shape);
  for (const step of steps.slice(0, n)) step.apply(cut);
  return cut;
}

/** The steps, least important first (see the module comment). */
export function fitSteps(shape: FitShape): Step[] {
  const steps: Step[] = [];
  const contexts = shape.contexts.map((c, i) => ({ c, i }));
  // themes without asks first, the last first
  const order = [
    ...contexts.filter(({ c }) => !c.hasAsks).reverse(),
    ...contexts.filter(({ c }) => c.hasAsks).reverse(),
  ];
  const maxRank = Math.max(0, ...shape.contexts.map((c) => c.ranks.length));
  for (let rank = maxRank - 1; rank >= 1; rank--)
    for (const { c, i } of order)
      if (c.ranks.length > rank)
        steps.push({ name: 'context-sentences', apply: (cut) => void (cut.contextRank[i] = rank) });
  const withDetail = shape.asks.map((a, i) => ({ a, i })).filter(({ a }) => a.detail);
  if (withDetail.length) {
    steps.push({ name: `ask-detail-${DETAIL_SHORT}`, apply: (cut) => void (cut.detailMax = DETAIL_SHORT) });
    for (const { i } of [...withDetail].reverse())
      steps.push({ name: 'ask-detail', apply: (cut) => void (cut.detailDropped[i] = true) });
  }
  const refsTo = (max: number) => {
    for (let g = shape.refs.length - 1; g >= 0; g--)
      for (let n = shape.refs[g]! - 1; n >= max; n--)
        steps.push({ name: `references-${max}`, apply: (cut) => void (cut.refMax[g] = n) });
  };
  const contextTo = (max: number) => {
    if (shape.contexts.length)
      steps.push({ name: `context-${max}`, apply: (cut) => void (cut.contextMax = max) });
  };
  refsTo(8);
  contextTo(200);
  contextTo(140);
  refsTo(5);
  for (const { i } of order) steps.push({ name: 'context', apply: (cut) => void (cut.contextRank[i] = 0) });
  for (let rank = shape.keyRanks.length - 1; rank >= 1; rank--)
    steps.push({ name: 'key-message', apply: (cut) => void (cut.keyRank = rank) });
  refsTo(3);
  refsTo(0);
  if (shape.asks.length) {
    steps.push({ name: 'ask-text-160', apply: (cut) => void (cut.askMax = 160) });
    steps.push({ name: 'ask-text-100', apply: (cut) => void (cut.askMax = 100) });
  }
  const asks = shape.asks.map((a, i) => ({ a, i })).slice(1);
  for (const { i } of [...asks.filter(({ a }) => a.prose), ...asks.filter(({ a }) => !a.prose)].reverse())
    steps.push({ name: 'asks', apply: (cut) => void (cut.askDropped[i] = true) });
  return steps;
}

/** The names of the first `n` steps, each once, in order. */
export const stepNames = (steps: readonly Step[], n: number): string[] => [
  ...new Set(steps.slice(0, n).map((s) => s.name)),
];

/**
 * The fewest steps whose page fits, by bisection over 0…count (the page shrinks with every step): a generator
 * that yields the step counts to try and is told whether each fits, so one search serves the estimate
 * (synchronous) and the browser's measurement (asynchronous). When even all steps do not fit: all of them.
 */
export function* bisectSteps(count: number): Generator<number, { steps: number; fits: boolean }, boolean> {
  if (yield 0) return { steps: 0, fits: true };
  if (!(yield count)) return { steps: count, fits: false };
  let lo = 0; // does not fit
  let hi = count; // fits
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (yield mid) hi = mid;
    else lo = mid;
  }
  return { steps: hi, fits: true };
}

/** The printed page in lines, estimated from what the brief shows. */
export interface PageText {
  header: string[];
  keyMessage: string;
  since: string[];
  asks: { text: string; meta: string; detail: string }[];
  contexts: string[];
  refs: string[];
}

/** Lines a run of text takes at a relative font size (1 = body text). */
const wrap = (chars: number, size = 1): number => Math.max(1, Math.ceil((chars * size) / CHARS_PER_LINE));
const SECTION = 2.1; // a section heading with its space above

export function estimateLines(page: PageText): number {
  let lines = 3.2 + page.header.reduce((n, h) => n + wrap(h.length, 0.95), 0) * 0.85 + 2;
  if (page.since.length)
    lines += SECTION + page.since.reduce((n, l) => n + wrap(l.length, 0.95) * 0.95, 0) + 0.6;
  if (page.keyMessage) lines += SECTION + wrap(page.keyMessage.length, 1.08) * 1.05 + 0.6;
  lines += SECTION + (page.asks.length ? 0 : 1);
  for (const a of page.asks)
    lines +=
      wrap(a.text.length + 4) +
      (a.meta ? wrap(a.meta.length, 0.9) * 0.9 : 0) +
      (a.detail ? wrap(a.detail.length, 0.9) * 0.9 : 0) +
      0.35;
  if (page.contexts.length) lines += SECTION;
  for (const c of page.contexts) lines += wrap(c.length + 2, 0.95) * 0.95 + 0.2;
  lines += SECTION;
  for (const r of page.refs) lines += wrap(r.length + 12, 0.95) * 0.95 + 0.2;
  return Math.round(lines * 10) / 10;
}
