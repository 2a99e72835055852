/** vng-brief's library API: everything the CLI does is available from here. */
export { parseLetter, type ParseOptions } from './pipeline/parse-letter.js';
export { loadLetter, type LoadOptions } from './load/load-letter.js';
export { loadConfig, CONFIG_FILES, type Config, type ConfigOptions } from './load/load-config.js';
export { useWordLists, type WordLists } from './core/load-lexicon.js';
export { detectInputType, SUPPORTED, type InputType } from './read/detect-input-type.js';
export { extractDocument, type DocumentType } from './read/extract-document.js';
export type { ExtractedText, LineNote } from './read/extracted-text.js';
export { jsonSchema, SCHEMA_NAMES, type SchemaName } from './model/json-schema.js';
export * from './model/schema.js';
export { UserError, InputError, CheckFailed, EXIT } from './core/errors.js';
export { DEFAULT_MAX_BYTES } from './load/read-input.js';
export { VERSION } from './core/version.js';
export { diffLetters, type DiffOptions } from './diff/diff-letters.js';
export { summariseChanges } from './render/summarise-changes.js';
export { differs } from './diff/count-changes.js';
export { summaryLine } from './render/phrase-diff-summary.js';
export { renderDiffText, type DiffReportOptions } from './render/render-diff-text.js';
export { renderDiffMarkdown } from './render/render-diff-md.js';
export { renderDiffGithub, overflowSummary, type GithubOptions } from './render/render-diff-github.js';
export * from './model/diff-schema.js';
export {
  buildBriefData,
  type BriefData,
  type BriefDataOptions,
  type BriefTheme,
  type BriefRefGroup,
  type BriefBudget,
  type BriefAsk,
} from './render/brief-data.js';
export { renderBrief, type RenderBriefOptions } from './render/render-brief.js';
export {
  makeBrief,
  FIT_METHODS,
  type Brief,
  type BriefFormat,
  type FitMethod,
  type MakeBriefOptions,
} from './render/make-brief.js';
export {
  loadTemplate,
  listTemplates,
  listOwnTemplates,
  templatesDir,
  type LoadedTemplate,
  type TemplateFile,
  type TemplateFormat,
} from './render/resolve-template.js';
export { printPdf, screenshotHtml, type ChromiumOptions } from './render/print-pdf.js';
export { openChromium, type ChromiumSession, type PageMeasure } from './render/chromium-session.js';
export { findChromium } from './render/find-chromium.js';
export { countPdfPages, type PdfPages } from './render/count-pdf-pages.js';
