/**
 * Letter → finished brief in one call: plan, fit to one page, template, rendering and, for PDF, printing.
 * The page is fitted by measurement when a Chromium is at hand: each candidate cut is rendered with the HTML
 * template (the one given for html and pdf, the built-in one for md and text, so every format shows what the
 * printed page shows), laid out as printed and measured; without a browser the line estimate decides. A PDF
 * is checked after printing: should it still take a second page, the next cut is printed instead.
 */
import type { ChalkInstance } from 'chalk';
import type { LetterDiff } from '../model/diff-schema.js';
import type { Letter } from '../model/schema.js';
import { briefAt, buildBriefData, planBrief, type BriefData, type BriefPlan } from './brief-data.js';
import { openChromium, type ChromiumSession } from './chromium-session.js';
import { countPdfPages } from './count-pdf-pages.js';
import { findChromium } from './find-chromium.js';
import { bisectSteps } from './fit-one-page.js';
import type { Lang } from './load-labels.js';
import { renderBrief } from './render-brief.js';
import { TEMPLATE_OF, type BriefFormat, type FitMethod } from './brief-formats.js';
import { loadTemplate, type LoadedTemplate } from './resolve-template.js';

export { FIT_METHODS, TEMPLATE_OF, type BriefFormat, type FitMethod } from './brief-formats.js';

export interface MakeBriefOptions {
  format: BriefFormat;
  lang?: Lang;
  /** a template name (of `templates`, else built-in) or a path; the default template when omitted */
  template?: string;
  /** a folder of the user's templates, where a name is looked up before the built-in ones */
  templates?: string;
  colors?: ChalkInstance;
  /** the width the text format wraps at (the template's `width`; default 78) */
  width?: number;
  /** where CHROME_PATH is looked up */
  env?: NodeJS.ProcessEnv;
  /** the diff from an earlier letter to this one (diffLetters(earlier, letter)): the brief adds what changed */
  since?: LetterDiff;
  /** default `auto` */
  fit?: FitMethod;
  /** a browser to use (and leave open), for many briefs; else one is started for this brief when needed */
  browser?: ChromiumSession;
}

export interface Brief {
  data: BriefData;
  /** text for md/html/text, the bytes of the file for pdf and docx */
  content: string | Buffer;
}

/** A page taller than its box by less than this (a rounding of the layout) still prints as one page. */
const EPSILON = 0.5;

/** The fewest cuts whose page, rendered with `html` and measured in the browser, fits. */
async function fitByMeasure(
  plan: BriefPlan,
  browser: ChromiumSession,
  html: LoadedTemplate,
): Promise<{ steps: number; fits: boolean; used: (n: number) => Promise<number> }> {
  const used = async (n: number) => {
    const page = briefAt(plan, n, { method: 'measure', used: 0, fits: true });
    const m = await browser.measure(await renderBrief(page, { format: 'html', template: html }));
    return m.content / m.page;
  };
  const search = bisectSteps(plan.steps.length);
  let next = search.next();
  while (!next.done) next = search.next((await used(next.value)) <= 1 + EPSILON / 1000);
  return { ...next.value, used };
}

/** The brief; `measure` fits the page in that browser (else by the estimate), `printer` prints a PDF. */
async function make(
  letter: Letter,
  options: MakeBriefOptions,
  measure: ChromiumSession | null,
  printer: ChromiumSession | null,
): Promise<Brief> {
  const lang = options.lang ?? 'nl';
  const format = TEMPLATE_OF[options.format];
  const template = await loadTemplate(options.template, format, options.templates);
  const render = (data: BriefData) =>
    renderBrief(data, { format, template, colors: options.colors, width: options.width });
  const output = async (text: string, data: BriefData): Promise<string | Buffer> => {
    if (options.format === 'pdf' && printer) return printer.print(text);
    if (options.format !== 'docx') return text;
    const { renderDocx } = await import('./render-docx.js');
    return renderDocx(text, { title: data.heading ?? data.labels.brief, lang });
  };
  if (!measure) {
    const data = buildBriefData(letter, { lang, since: options.since });
    return { data, content: await output(await render(data), data) };
  }
  const plan = planBrief(letter, { lang, since: options.since });
  const html = format === 'html' ? template : await loadTemplate(undefined, 'html', options.templates);
  const fit = await fitByMeasure(plan, measure, html);
  for (let steps = fit.steps; ; steps++) {
    const used = Math.round((await fit.used(steps)) * 1000) / 1000;
    const data = briefAt(plan, steps, { method: 'measure', used, fits: fit.fits });
    const content = await output(await render(data), data);
    // a PDF that still took a second page (the print's layout rounded differently): the next cut
    const pages =
      options.format === 'pdf' && typeof content !== 'string' ? countPdfPages(content).objects : 1;
    if (pages <= 1 || steps >= plan.steps.length) return { data, content };
  }
}

export async function makeBrief(letter: Letter, options: MakeBriefOptions): Promise<Brief> {
  const fit = options.fit ?? 'auto';
  const needed =
    options.format === 'pdf' ||
    fit === 'measure' ||
    (fit === 'auto' && (options.browser !== undefined || findChromium(options.env ?? process.env) !== null));
  if (!needed) return make(letter, options, null, null);
  const own = options.browser ? null : await openChromium({ env: options.env });
  const browser = (options.browser ?? own)!;
  try {
    return await make(letter, options, fit === 'estimate' ? null : browser, browser);
  } finally {
    await own?.close();
  }
}
