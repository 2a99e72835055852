/**
 * The index.html of a folder of HTML briefs: one self-contained page (inline CSS, no scripts, no requests)
 * linking every brief by its title, with the letter's date, debate and number of asks, and naming the letters
 * that could not be briefed. Links are relative (the folder can be moved or served as it is) and every name is
 * escaped: a file name is data, never markup.
 */
import { basename } from 'node:path';
import { VERSION } from '../core/version.js';
import { escapeHtml } from './escape-output.js';
import { formatDate } from './format-date.js';
import { loadLabels, type Lang } from './load-labels.js';

export interface IndexedBrief {
  /** the letter */
  path: string;
  /** the brief's file, or null when it could not be made */
  output: string | null;
  error: string | null;
  title?: string | null;
  date?: string | null;
  debate?: string | null;
  asks?: number;
}

/** A relative link to a file of the folder: its name, each part percent-encoded ("a b#1.html" → "a%20b%231.html"). */
const hrefOf = (file: string): string => encodeURIComponent(basename(file));

export function renderBriefIndex(briefs: readonly IndexedBrief[], lang: Lang): string {
  const labels = loadLabels(lang);
  const words = labels.index;
  const made = briefs.filter((b) => b.output);
  const failed = briefs.filter((b) => !b.output);
  const rows = made.map((b) => {
    const name = b.title?.trim() || basename(b.path);
    return `<tr><td><a href="${escapeHtml(hrefOf(b.output!))}">${escapeHtml(name)}</a><br><small>${escapeHtml(b.path)}</small></td><td>${escapeHtml(formatDate(b.date, labels)?.text ?? '')}</td><td>${escapeHtml(b.debate ?? '')}</td><td class="n">${b.asks ?? ''}</td></tr>`;
  });
  const failures = failed.map((b) => `<li>${escapeHtml(b.path)}: ${escapeHtml(b.error ?? '')}</li>`);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="vng-brief ${VERSION}">
<title>${escapeHtml(words.title)}</title>
<style>
  body { margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2430; font: 15px/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
  h1 { color: #0b5cab; font-size: 1.5rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid #d5dae1; }
  th { font-size: .85rem; color: #5b6472; }
  td.n { text-align: right; }
  a { color: #0b5cab; font-weight: 600; }
  small { color: #5b6472; }
</style>
</head>
<body>
<h1>${escapeHtml(words.title)}</h1>
<table>
<thead><tr><th>${escapeHtml(words.letter)}</th><th>${escapeHtml(labels.letterDate)}</th><th>${escapeHtml(labels.debate)}</th><th>${escapeHtml(words.asks)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${failures.length ? `<h2>${escapeHtml(words.failed)}</h2>\n<ul>\n${failures.join('\n')}\n</ul>\n` : ''}</body>
</html>
`;
}
