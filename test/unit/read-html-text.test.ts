/**
 * Web pages → the letter's Markdown and the furniture around it: where the letter is found, what is set aside
 * and why, and that nothing of a page is lost (every character in a theme, a field or `source.discarded`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/index.js';
import { extractHtmlText } from '../../src/read/extract-html-text.js';
import { readText } from '../../src/read/read-text.js';
import { coverageProblems } from '../helpers/coverage.js';

const page = (body: string, head = '') =>
  new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const read = (body: string, head = '') => extractHtmlText(page(body, head));
/** The letter's text: the lines not set aside. */
const letterLines = (body: string) => {
  const x = read(body);
  const aside = new Set(x.furniture.map((f) => f.line));
  return x.text.split('\n').filter((l, i) => l && !aside.has(i));
};
const LETTER =
  '<h2>Jeugdzorg</h2><p>Wij vragen u om <strong>structureel</strong> geld.</p><ul><li>➔ Regel het</li></ul>';

describe('the letter in a web page', () => {
  it('is the article when it holds most of <main>, with headings, bold, lists and links as Markdown', () => {
    expect(
      letterLines(
        `<main><article>${LETTER}<p>Zie <a href="https://vng.nl/x">de brief</a>.</p></article><p>Kort</p></main>`,
      ),
    ).toEqual([
      '## Jeugdzorg',
      'Wij vragen u om **structureel** geld.',
      '- ➔ Regel het',
      'Zie [de brief](https://vng.nl/x).',
    ]);
  });

  it('is <main> when its article is a small part of it', () => {
    const lines = letterLines(
      `<main><article><p>Een teaser.</p></article>${LETTER}<p>${'Meer tekst van de brief. '.repeat(10)}</p></main>`,
    );
    expect(lines).toContain('## Jeugdzorg');
    expect(lines).toContain('Een teaser.');
  });

  it('is the largest text block on a page that marks neither', () => {
    const lines = letterLines(
      `<div class="kop"><p>Welkom op onze site</p></div><div class="inhoud">${LETTER}<p>${'Tekst. '.repeat(20)}</p></div>`,
    );
    expect(lines[0]).toBe('## Jeugdzorg');
    expect(lines).not.toContain('Welkom op onze site');
  });

  it('has a bold paragraph that is short and no sentence as a line to infer a heading from, not as bold', () => {
    expect(
      letterLines(
        '<article><p><b>Jeugdzorg</b></p><p><strong>Wij vragen geld.</strong></p><p><b>Let op</b>: dit</p></article>',
      ),
    ).toEqual(['Jeugdzorg', '**Wij vragen geld.**', '**Let op**: dit']);
  });

  it('is a table kept as a table', () => {
    expect(
      letterLines(
        '<article><table><tr><th>Jaar</th><th>Tekort</th></tr><tr><td>2024</td><td>€ 1 mln</td></tr></table></article>',
      ),
    ).toEqual(['| Jaar | Tekort  |', '| ---- | ------- |', '| 2024 | € 1 mln |']);
  });
});

describe('what is set aside', () => {
  it('names furniture outside the letter by what it is, and inside the letter only what is never letter text', () => {
    const x = read(
      `<div id="cookie-consent"><p>Wij gebruiken cookies.</p></div><nav><a href="/">Home</a></nav>` +
        `<article><header><h1>Inbreng Jeugdzorg</h1></header>${LETTER}<div class="social-share"><a href="#">Deel</a></div>` +
        `<aside><p>Lees ook</p></aside><div hidden><p>Verborgen tekst</p></div></article><footer><p>Colofon</p></footer>`,
    );
    const lines = x.text.split('\n');
    expect(Object.fromEntries(x.furniture.map((f) => [lines[f.line], f.rule]))).toEqual({
      'Wij gebruiken cookies.': 'html-cookie-notice',
      Home: 'html-navigation',
      Deel: 'html-share-buttons',
      'Lees ook': 'html-sidebar',
      'Verborgen tekst': 'html-hidden',
      Colofon: 'html-footer',
    });
    // the article's own header (its title) is part of the letter
    expect(lines).toContain('# Inbreng Jeugdzorg');
  });

  it('notes what shows no text where it stood, counted, with images’ alt text', () => {
    const x = read(
      `<script>var a = "<p>geen tekst</p>";</script><article>${LETTER}<img src="grafiek.png" alt="Tekort per jaar"><img src="x.png"></article>`,
      '<style>p { color: red }</style><link rel="stylesheet" href="a.css"><link rel="icon" href="i.png"><script src="a.js"></script>',
    );
    expect(x.omitted.map((o) => [o.rule, o.reason])).toEqual([
      ['html-style', 'web page: style sheet ×2'],
      ['html-script', 'web page: script ×2'],
      ['html-image', 'web page: image ×2 (alt text: "Tekort per jaar")'],
    ]);
    expect(x.text).not.toMatch(/color|geen tekst|var a/);
  });

  it('keeps every character of any page in one place: a theme, a field, or set aside', () => {
    const text = fc.stringMatching(/^[A-Za-zë ]{1,30}$/).map((s) => s.trim() || 'tekst');
    const block = fc.oneof(
      text.map((t) => `<p>${t}.</p>`),
      text.map((t) => `<h2>${t}</h2>`),
      text.map((t) => `<ul><li>➔ ${t}</li><li>${t}</li></ul>`),
      text.map((t) => `<nav><a href="/">${t}</a></nav>`),
      text.map((t) => `<div class="cookie-bar"><p>${t}</p><button>Ok</button></div>`),
      text.map((t) => `<div style="display:none">${t}</div>`),
      text.map((t) => `<p><strong>${t}</strong> <a href="#">${t}</a> *${t}* [x]</p>`),
      fc.constant('<script>alert(1)</script><img alt="a">'),
    );
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 8 }),
        fc.array(block, { minLength: 1, maxLength: 8 }),
        (outside, inside) => {
          const bytes = page(`${outside.join('')}<article><p>Geachte leden.</p>${inside.join('')}</article>`);
          const extracted = extractHtmlText(bytes);
          const letter = parseLetter(extracted, { path: 'pagina.html' });
          expect(coverageProblems(letter, readText(extracted).text)).toEqual([]);
          const kept = letter.themes.flatMap((t) => t.blocks.map((b) => b.plain)).join('\n');
          expect(kept).not.toMatch(/alert|Ok$/m);
        },
      ),
      { numRuns: 100 },
    );
  });
});
