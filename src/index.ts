/** vng-brief's library API: everything the CLI does is available from here. */
export { parseLetter, type ParseOptions } from './parse-letter.js';
export { parseLetterFile } from './parse-letter-file.js';
export { jsonSchema, SCHEMA_NAMES, type SchemaName } from './model/json-schema.js';
export * from './model/schema.js';
export { UserError, DEFAULT_MAX_BYTES } from './read/read-file.js';
export { InputError } from './read/decode-bytes.js';
export { VERSION } from './version.js';
export { diffLetters, type DiffOptions } from './diff/diff-letters.js';
export { summariseChanges } from './diff/summarise-changes.js';
export { summaryLine, differs } from './diff/count-changes.js';
export { renderDiffText } from './diff/render-diff-text.js';
export { renderDiffMarkdown } from './diff/render-diff-md.js';
export { renderDiffGithub } from './diff/render-diff-github.js';
export * from './model/diff-schema.js';
export {
  buildBriefData,
  type BriefData,
  type BriefDataOptions,
  type BriefTheme,
  type BriefRefGroup,
} from './render/brief-data.js';
export { renderBrief, type RenderBriefOptions } from './render/render-brief.js';
export { makeBrief, type Brief, type BriefFormat, type MakeBriefOptions } from './render/make-brief.js';
export {
  loadTemplate,
  listTemplates,
  templatesDir,
  type LoadedTemplate,
  type TemplateFile,
  type TemplateFormat,
} from './render/resolve-template.js';
export { printPdf, screenshotHtml, type ChromiumOptions } from './render/print-pdf.js';
export { findChromium } from './render/find-chromium.js';
export { countPdfPages, type PdfPages } from './render/count-pdf-pages.js';
