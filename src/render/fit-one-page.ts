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

export const CHARS_PER_LINE = 104;
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

export function estimateLines(input: FitInput, s: FitSettings): number {
  const SECTION = 2.1; // a section heading with its space above
  let lines = 3.2 + input.header.reduce((n, h) => n + wrap(h.length, 0.95), 0) * 0.85 + 2; // title block, rule, footer
  const key = input.keyMessage.slice(0, s.keyMessage);
  if (key.length) lines += SECTION + wrap(key.join(' ').length, 1.08) * 1.05 + 0.6;
  lines += SECTION + (input.asks.length ? 0 : 1);
  for (const a of input.asks)
    lines += wrap(a.text.length + 4) + (a.meta ? wrap(a.meta.length, 0.9) * 0.9 : 0) + 0.35;
  const dropped = new Set(s.contextDropped);
  const contexts = input.contexts.filter((_, i) => !dropped.has(i));
  if (contexts.length) lines += SECTION;
  for (const c of contexts)
    lines += wrap(c.title.length + 2 + shorten(c.text, s.contextMax).length, 0.95) * 0.95 + 0.2;
  lines += SECTION;
  for (const g of input.refs) {
    const items = s.refMax === null ? g.items : g.items.slice(0, s.refMax);
    lines += wrap(g.label.length + 2 + items.join(' · ').length + 10, 0.95) * 0.95 + 0.2;
  }
  return Math.round(lines * 10) / 10;
}

/** The shortening ladder for this input: each step's name and what it changes, in order. */
function ladder(input: FitInput): [string, (s: FitSettings) => FitSettings][] {
  const order = (withAsks: boolean) =>
    input.contexts
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.hasAsks === withAsks)
      .map(({ i }) => i)
      .reverse();
  const drop = (i: number): [string, (s: FitSettings) => FitSettings] => [
    `drop-context-${i + 1}`,
    (s) => ({ ...s, contextDropped: [...s.contextDropped, i] }),
  ];
  return [
    ['context-200', (s) => ({ ...s, contextMax: 200 })],
    ['context-140', (s) => ({ ...s, contextMax: 140 })],
    ['references-8', (s) => ({ ...s, refMax: 8 })],
    ['context-100', (s) => ({ ...s, contextMax: 100 })],
    ['references-5', (s) => ({ ...s, refMax: 5 })],
    ...order(false).map(drop),
    ['key-message-2', (s) => ({ ...s, keyMessage: Math.min(s.keyMessage, 2) })],
    ...order(true).map(drop),
    ['key-message-1', (s) => ({ ...s, keyMessage: Math.min(s.keyMessage, 1) })],
    ['references-3', (s) => ({ ...s, refMax: 3 })],
  ];
}

/** The least shortening that fits the page (or all of it, with fits=false). */
export function fitOnePage(input: FitInput, limit = PAGE_LINES): FitResult {
  let settings: FitSettings = {
    keyMessage: input.keyMessage.length,
    contextMax: null,
    contextDropped: [],
    refMax: null,
  };
  const shortened: string[] = [];
  let lines = estimateLines(input, settings);
  for (const [name, step] of ladder(input)) {
    if (lines <= limit) break;
    settings = step(settings);
    const next = estimateLines(input, settings);
    if (next < lines) shortened.push(name);
    lines = next;
  }
  return { ...settings, lines, limit, fits: lines <= limit, shortened };
}
