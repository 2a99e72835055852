/** The brief's formats and fitting methods: apart from make-brief.ts, so the CLI names them without loading it. */
import type { TemplateFormat } from './resolve-template.js';

export type BriefFormat = TemplateFormat | 'pdf' | 'docx';

/** The template each format is rendered with: a PDF is printed HTML, a Word document is written from Markdown. */
export const TEMPLATE_OF: Readonly<Record<BriefFormat, TemplateFormat>> = {
  md: 'md',
  html: 'html',
  text: 'text',
  pdf: 'html',
  docx: 'md',
};

/** How the page is fitted: measured in Chromium, estimated in lines, or measured when a Chromium is found. */
export const FIT_METHODS = ['auto', 'measure', 'estimate'] as const;
export type FitMethod = (typeof FIT_METHODS)[number];
