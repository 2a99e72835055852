/**
 * The one-page budget. The HTML brief is estimated in printed lines: a run of text takes
 * ceil(characters × relative font size / CHARS_PER_LINE) lines, and headings, gaps and the smaller meta lines
 * count as fixed fractions. When the estimate is over PAGE_LINES, context is shortened one step at a time —
 * context lines to 200, 140, 100 characters; reference lists to 8, then 5 items per group; context lines
 * dropped one by one (themes without asks first, the last first); the key message to two sentences; the
 * remaining context lines dropped; the key message to one sentence; references to 3 per group — and asks
 * never: if the last step does not fit either, the brief says it may overflow.
 * Calibrated on Chromium's A4 print of templates/debate-one-pager.html.liquid: one estimated line is
 * 14.5–16.2 px in Liberation Sans/Arial and up to 17.9 px in the wider DejaVu Sans; the page holds 1028 px,
 * so 58 lines leave a margin of 8% in Liberation Sans and fit real letters in DejaVu Sans.
 */

const CHARS_PER_LINE = 104;
export const PAGE_LINES = 58;

export interface FitInput {
  /** the header's title and its fields, as one string each */
  header: string[];
  keyMessage: string[];
  asks: { text: string; meta: string }[];
  contexts: { title: string; text: string; hasAsks: boolean }[];
  refs: { label: string; items: string[] }[];
}

export interface FitSettings {
  /** how many key-message sentences to keep */
  keyMessage: number;
  /** the longest context line in characters, null for whole sentences */
  contextMax: number | null;
  /** indexes (into FitInput.contexts) of the context lines left out */
  contextDropped: number[];
  /** the most items per reference group, null for all */
  refMax: number | null;
}

export interface FitResult extends FitSettings {
  /** estimated lines of the result, and the page's lines */
  lines: number;
  limit: number;
  fits: boolean;
  /** the steps that were needed, in order (e.g. "context-140", "drop-context-3") */
  shortened: string[];
}

/** Lines a run of text takes at a relative font size (1 = body text). */
const wrap = (chars: number, size = 1): number => Math.max(1, Math.ceil((chars * size) / CHARS_PER_LINE));

/** Cutting off less than this is not worth losing the end of a sentence. */
const SLACK = 24;

/** Shortens text to about `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number | null): string {
  if (max === null || text.length <= max + SLACK) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

const SECTION = 2.1; // a section heading with its space above

/**
 * The estimate's parts, each computed once per setting that changes it, so the ladder's many steps (one per
 * context line) do not re-measure the whole page. The sum is still added up in one fixed order, so every
 * estimate is the same number estimateLines always gave.
 */
class Estimate {
  private readonly heads = new Map<number, number>();
  private readonly contextTerms = new Map<number | null, number[]>();
  private readonly refTerms = new Map<number | null, number[]>();

  constructor(private readonly input: FitInput) {}

  /** Lines down to the asks, included: title block, rule, footer, key message and the asks. */
  private head(keyMessage: number): number {
    let lines = this.heads.get(keyMessage);
    if (lines !== undefined) return lines;
    const input = this.input;
    lines = 3.2 + input.header.reduce((n, h) => n + wrap(h.length, 0.95), 0) * 0.85 + 2;
    const key = input.keyMessage.slice(0, keyMessage);
    if (key.length) lines += SECTION + wrap(key.join(' ').length, 1.08) * 1.05 + 0.6;
    lines += SECTION + (input.asks.length ? 0 : 1);
    for (const a of input.asks)
      lines += wrap(a.text.length + 4) + (a.meta ? wrap(a.meta.length, 0.9) * 0.9 : 0) + 0.35;
    this.heads.set(keyMessage, lines);
    return lines;
  }

  /** What each context line adds at a length limit. */
  contexts(max: number | null): number[] {
    let terms = this.contextTerms.get(max);
    if (!terms) {
      terms = this.input.contexts.map(
        (c) => wrap(c.title.length + 2 + shorten(c.text, max).length, 0.95) * 0.95 + 0.2,
      );
      this.contextTerms.set(max, terms);
    }
    return terms;
  }

  private refs(max: number | null): number[] {
    let terms = this.refTerms.get(max);
    if (!terms) {
      terms = this.input.refs.map((g) => {
        const items = max === null ? g.items : g.items.slice(0, max);
        // the length of items.join(' · ')
        const joined = items.reduce((n, it) => n + it.length, 0) + Math.max(0, items.length - 1) * 3;
        return wrap(g.label.length + 2 + joined + 10, 0.95) * 0.95 + 0.2;
      });
      this.refTerms.set(max, terms);
    }
    return terms;
  }

  /** The estimate before rounding; `dropped[i]` marks context line i as left out. */
  raw(s: FitSettings, dropped: readonly boolean[]): number {
    let lines = this.head(s.keyMessage);
    const terms = this.contexts(s.contextMax);
    if (terms.some((_, i) => !dropped[i])) lines += SECTION;
    terms.forEach((t, i) => {
      if (!dropped[i]) lines += t;
    });
    lines += SECTION;
    for (const t of this.refs(s.refMax)) lines += t;
    return lines;
  }
}

const roundLines = (lines: number): number => Math.round(lines * 10) / 10;

const droppedFlags = (n: number, dropped: readonly number[]): boolean[] => {
  const flags = new Array<boolean>(n).fill(false);
  for (const i of dropped) if (i >= 0 && i < n) flags[i] = true;
  return flags;
};

export function estimateLines(input: FitInput, s: FitSettings): number {
  return roundLines(new Estimate(input).raw(s, droppedFlags(input.contexts.length, s.contextDropped)));
}

type Step =
  | { name: string; contextMax: number }
  | { name: string; refMax: number }
  | { name: string; keyMessage: number }
  | { name: string; drop: number };

/** The shortening ladder for this input: each step's name and what it changes, in order. */
function ladder(input: FitInput): Step[] {
  const order = (withAsks: boolean) =>
    input.contexts
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.hasAsks === withAsks)
      .map(({ i }) => ({ name: `drop-context-${i + 1}`, drop: i }))
      .reverse();
  return [
    { name: 'context-200', contextMax: 200 },
    { name: 'context-140', contextMax: 140 },
    { name: 'references-8', refMax: 8 },
    { name: 'context-100', contextMax: 100 },
    { name: 'references-5', refMax: 5 },
    ...order(false),
    { name: 'key-message-2', keyMessage: 2 },
    ...order(true),
    { name: 'key-message-1', keyMessage: 1 },
    { name: 'references-3', refMax: 3 },
  ];
}

/**
 * The least shortening that fits the page (or all of it, with fits=false). A dropped context line takes at
 * least 1.15 lines off, so each drop shortens; while the page is clearly over, a drop's estimate is the last
 * one minus that line, and only near the limit (and at the end) is the whole estimate added up again. This
 * keeps a letter with thousands of themes linear instead of re-estimating the page once per theme.
 */
export function fitOnePage(input: FitInput, limit = PAGE_LINES): FitResult {
  const estimate = new Estimate(input);
  const settings: FitSettings = {
    keyMessage: input.keyMessage.length,
    contextMax: null,
    contextDropped: [],
    refMax: null,
  };
  const dropped = droppedFlags(input.contexts.length, []);
  let kept = input.contexts.length;
  const shortened: string[] = [];
  let raw = estimate.raw(settings, dropped);
  let exact = true;
  for (const step of ladder(input)) {
    if (roundLines(raw) <= limit) break;
    if ('drop' in step) {
      settings.contextDropped.push(step.drop);
      dropped[step.drop] = true;
      kept--;
      raw -= (estimate.contexts(settings.contextMax)[step.drop] ?? 0) + (kept ? 0 : SECTION);
      exact = false;
      // near the limit, the running total is not trusted with the decision
      if (roundLines(raw) <= limit + 0.5) {
        raw = estimate.raw(settings, dropped);
        exact = true;
      }
      shortened.push(step.name);
      continue;
    }
    const before = roundLines(exact ? raw : estimate.raw(settings, dropped));
    if ('contextMax' in step) settings.contextMax = step.contextMax;
    else if ('refMax' in step) settings.refMax = step.refMax;
    else settings.keyMessage = Math.min(settings.keyMessage, step.keyMessage);
    raw = estimate.raw(settings, dropped);
    exact = true;
    if (roundLines(raw) < before) shortened.push(step.name);
  }
  if (!exact) raw = estimate.raw(settings, dropped);
  const lines = roundLines(raw);
  return { ...settings, lines, limit, fits: lines <= limit, shortened };
}
