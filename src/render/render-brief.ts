/**
 * Brief data + a Liquid template + an output format → the brief as a string. LiquidJS is sandboxed (a template
 * cannot run code), strict (an unknown variable or filter is an error naming the template's line) and escapes
 * every printed value for the format, so letter text can never become markup or terminal commands.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Liquid } from 'liquidjs';
import { dirname } from 'node:path';
import type { BriefData } from './brief-data.js';
import { escapeHtml, escapeMarkdown, escapeText, sanitizeData } from './escape-output.js';
import type { LoadedTemplate, TemplateFormat } from './resolve-template.js';
import { templateError } from './template-error.js';
import { applyStyles, markStyle, TEXT_STYLES } from './text-styles.js';
import { wrapText } from './wrap-text.js';

export interface RenderBriefOptions {
  format: TemplateFormat;
  template: LoadedTemplate;
  /** colours for the text format (off when omitted) */
  colors?: ChalkInstance;
  /** the template's `width`: the columns the text format wraps at (default 78) */
  width?: number;
}

const ESCAPE: Record<TemplateFormat, (v: unknown) => string> = {
  html: escapeHtml,
  md: escapeMarkdown,
  text: escapeText,
};

function engineFor(options: RenderBriefOptions): Liquid {
  const dir = dirname(options.template.path);
  const engine = new Liquid({
    root: [dir],
    partials: [dir],
    layouts: [dir],
    extname: '.liquid',
    relativeReference: true,
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    outputEscape: ESCAPE[options.format],
    cache: false,
    renderLimit: 10_000,
    parseLimit: 1_000_000,
    memoryLimit: 64 * 1024 * 1024,
  });
  const styled = options.format === 'text';
  for (const style of TEXT_STYLES) engine.registerFilter(style, markStyle(style, styled));
  engine.registerFilter('upfirst', (value: unknown) => {
    const s = value === null || value === undefined ? '' : String(value);
    return s.charAt(0).toLocaleUpperCase() + s.slice(1);
  });
  engine.registerFilter('wrap', (value: unknown, width = 78, indent = 0) =>
    wrapText(value === null || value === undefined ? '' : String(value), Number(width), Number(indent)),
  );
  return engine;
}

export async function renderBrief(data: BriefData, options: RenderBriefOptions): Promise<string> {
  const engine = engineFor(options);
  let out: string;
  try {
    const tpl = engine.parse(options.template.source, options.template.path);
    const scope = {
      ...(sanitizeData(data) as unknown as Record<string, unknown>),
      width: options.width ?? 78,
    };
    out = String(await engine.render(tpl, scope));
  } catch (err) {
    throw templateError(err, options.template.display);
  }
  if (options.format === 'text') out = applyStyles(out, options.colors ?? new Chalk({ level: 0 }));
  // Templates lay out with blank lines freely; a brief never needs more than one in a row.
  return `${out
    .replace(/(?<![ \t])[ \t]+$/gm, '') // from the run's start only: linear on long runs
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
