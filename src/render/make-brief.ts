/** Letter → finished brief in one call: data, template, rendering and, for PDF, printing. */
import type { ChalkInstance } from 'chalk';
import type { LetterDiff } from '../model/diff-schema.js';
import type { Letter } from '../model/schema.js';
import { buildBriefData, type BriefData } from './brief-data.js';
import type { BriefLang } from './load-labels.js';
import { printPdf } from './print-pdf.js';
import { renderBrief } from './render-brief.js';
import { loadTemplate, type TemplateFormat } from './resolve-template.js';

export type BriefFormat = TemplateFormat | 'pdf';

export interface MakeBriefOptions {
  format: BriefFormat;
  lang?: BriefLang;
  /** a built-in template name or a path; the default template when omitted */
  template?: string;
  colors?: ChalkInstance;
  /** where CHROME_PATH is looked up, for pdf */
  env?: NodeJS.ProcessEnv;
  /** the diff from an earlier letter to this one (diffLetters(earlier, letter)): the brief adds what changed */
  since?: LetterDiff;
}

export interface Brief {
  data: BriefData;
  /** text for md/html/text, the PDF's bytes for pdf */
  content: string | Buffer;
}

export async function makeBrief(letter: Letter, options: MakeBriefOptions): Promise<Brief> {
  const lang = options.lang ?? 'nl';
  const data = buildBriefData(letter, { lang, since: options.since });
  const format = options.format === 'pdf' ? 'html' : options.format;
  const template = await loadTemplate(options.template, format);
  const text = await renderBrief(data, { format, template, colors: options.colors });
  const content = options.format === 'pdf' ? await printPdf(text, { env: options.env }) : text;
  return { data, content };
}
