// Makes the input fixtures of test/input-documents.test.ts from the 2024 example letter, the way the letter would
// arrive from others: a PDF (an HTML rendering printed by Chromium, with a letterhead footer and page numbers),
// a Word .docx (made with the `docx` library: heading styles, bullet lists, bold, links; and once more with bold
// paragraphs for headings, as many Word letters are written) and a saved web page
// (the HTML rendering inside invented site furniture: menu, breadcrumbs, cookie bar, share buttons, footer,
// styles and scripts). Where the headings are comes from vng-brief's own model of the text letter.
//
//   npm run build && node scripts/make-input-fixtures.mjs
//
// Review the fixtures before committing them: they are test inputs, not golden outputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseLetter, printPdf } from '../dist/index.js';

const LETTER = 'letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt';
const OUT = 'test/fixtures/inputs/inbreng-mensenhandel-2024';

const letter = parseLetter(readFileSync(LETTER), { path: LETTER });
const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** The letter as a list of pieces in reading order: { kind: 'p' | 'h' | 'li', level, text }. */
function pieces() {
  const out = [];
  for (const f of letter.meta.fields) {
    if (f.labelPosition) out.push({ at: f.labelPosition.start.offset, kind: 'p', text: f.label });
    out.push({ at: f.position.start.offset, kind: 'p', text: f.value });
  }
  for (const t of letter.themes) {
    if (t.title) out.push({ at: t.titlePosition.start.offset, kind: 'h', level: t.level, text: t.title });
    for (const b of t.blocks) {
      if (b.type !== 'list') out.push({ at: b.position.start.offset, kind: 'p', text: fold(b.text) });
      else
        for (const item of b.items) {
          const text = `${item.arrow ? `${item.arrow} ` : ''}${fold(item.text)}`;
          out.push({ at: item.position.start.offset, kind: item.bullet ? 'li' : 'p', text });
        }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** `**bold**` and `[text](href)` of the text letter as runs. */
function runs(text) {
  const out = [];
  const re = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)]*)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push(m[1] ? { text: m[1], bold: true } : { text: m[2], href: m[3] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inlineHtml = (text) =>
  runs(text)
    .map((r) =>
      r.bold
        ? `<strong>${esc(r.text)}</strong>`
        : r.href !== undefined
          ? `<a href="${esc(r.href)}">${esc(r.text)}</a>`
          : esc(r.text),
    )
    .join('');

function letterHtml() {
  const lines = [];
  let list = false;
  for (const p of pieces()) {
    if (list && p.kind !== 'li') lines.push('</ul>');
    if (!list && p.kind === 'li') lines.push('<ul>');
    list = p.kind === 'li';
    if (p.kind === 'h') lines.push(`<h${p.level + 1}>${esc(p.text)}</h${p.level + 1}>`);
    else lines.push(`<${p.kind}>${inlineHtml(p.text)}</${p.kind}>`);
  }
  if (list) lines.push('</ul>');
  return lines.join('\n');
}

const PRINT_CSS = `
@page { size: A4; margin: 30mm 25mm 30mm 25mm;
  @bottom-left { content: "Vereniging van Nederlandse Gemeenten, Postbus 30435, 2500 GK Den Haag"; font: 8pt sans-serif; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt sans-serif; } }
body { font: 12pt/1.5 "Liberation Serif", serif; }
h2, h3 { font: bold 12pt/1.5 "Liberation Sans", sans-serif; margin: 14pt 0 4pt; }
p, ul { margin: 0 0 10pt; }`;

async function makePdf() {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inbreng</title><style>${PRINT_CSS}</style></head><body>\n${letterHtml()}\n</body></html>`;
  writeFileSync(`${OUT}.pdf`, await printPdf(html));
}

/** With heading styles, or (as many Word letters are written) with bold paragraphs for headings. */
async function makeDocx(headingStyles, out) {
  const children = [];
  for (const p of pieces()) {
    const parts = runs(p.text).map((r) =>
      r.href !== undefined
        ? new ExternalHyperlink({
            link: r.href || '#',
            children: [new TextRun({ text: r.text, style: 'Hyperlink' })],
          })
        : new TextRun({ text: r.text, bold: r.bold }),
    );
    if (p.kind === 'h' && headingStyles)
      children.push(
        new Paragraph({
          heading: p.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: parts,
        }),
      );
    else if (p.kind === 'h')
      children.push(new Paragraph({ children: [new TextRun({ text: p.text, bold: true })] }));
    else if (p.kind === 'li') children.push(new Paragraph({ bullet: { level: 0 }, children: parts }));
    else children.push(new Paragraph({ children: parts }));
  }
  const doc = new Document({ creator: 'vng-brief tests', sections: [{ children }] });
  writeFileSync(out, await Packer.toBuffer(doc));
}

function makePage() {
  const page = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>VNG inbreng CD Mensenhandel en Prostitutie | Gemeentenieuws</title>
<link rel="stylesheet" href="/assets/site.css">
<style>
body { font-family: "Open Sans", Arial, sans-serif; margin: 0; color: #222; }
.cookie-bar { position: fixed; bottom: 0; background: #003a70; color: #fff; padding: 1em; }
.site-header nav a::after { content: " | "; }
</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
<a class="skip-link" href="#main">Naar de hoofdinhoud</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/logo.svg" alt="Gemeentenieuws"></a>
  <nav class="main-menu" aria-label="Hoofdmenu">
    <ul><li><a href="/onderwerpen">Onderwerpen</a></li><li><a href="/nieuws">Nieuws</a></li><li><a href="/publicaties">Publicaties</a></li><li><a href="/over-ons">Over ons</a></li></ul>
  </nav>
  <form class="search" action="/zoeken"><label for="q">Zoeken</label><input id="q" name="q"><button>Zoek</button></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/publicaties">Publicaties</a> › <a href="/publicaties/brieven">Brieven</a> › Inbreng CD Mensenhandel en Prostitutie</div>
<main id="main">
<article class="letter">
${letterHtml()}
</article>
<div class="share-buttons">
  <span>Deel deze pagina</span>
  <a href="https://www.linkedin.com/sharing/share-offsite/">LinkedIn</a>
  <a href="https://x.com/intent/post">X</a>
  <a href="mailto:?subject=Inbreng">E-mail</a>
</div>
<aside class="related"><h2>Gerelateerd</h2><ul><li><a href="/nieuws/opvang">Meer geld nodig voor opvang slachtoffers</a></li><li><a href="/nieuws/wgts">Wet toezicht seksbedrijven</a></li></ul></aside>
</main>
<footer class="site-footer">
  <p>Gemeentenieuws is een uitgave van een vereniging van gemeenten.</p>
  <ul><li><a href="/privacy">Privacyverklaring</a></li><li><a href="/cookies">Cookieverklaring</a></li><li><a href="/contact">Contact</a></li></ul>
</footer>
<div class="cookie-bar" role="dialog" aria-label="Cookiemelding">
  <p>Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te meten.</p>
  <button>Alle cookies accepteren</button> <button>Alleen noodzakelijke cookies</button>
</div>
<script src="/assets/site.js"></script>
<script>document.querySelector('.cookie-bar button').addEventListener('click', () => document.cookie = 'ok=1');</script>
</body>
</html>
`;
  writeFileSync(`${OUT}.html`, page);
}

makePage();
await makeDocx(true, `${OUT}.docx`);
await makeDocx(false, `${OUT}-bold-headings.docx`);
await makePdf();
