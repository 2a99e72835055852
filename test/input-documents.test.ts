/**
 * Letters as they arrive: the 2024 example letter as a PDF (printed by Chromium), a Word .docx (made with the
 * `docx` library) and a saved web page (inside invented site furniture), made by scripts/make-input-fixtures.mjs,
 * read to the same themes and asks as the text letter; what each reader sets aside, and where positions point.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLetter, makeBrief, parseLetter, type Letter } from '../src/index.js';
import { extractDocument } from '../src/read/extract-document.js';
import { readText } from '../src/read/read-text.js';
import { coverageProblems } from './helpers/coverage.js';
import { LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const FIXTURE = 'test/fixtures/inputs/inbreng-mensenhandel-2024';
const text = parseLetter(readFileSync(LETTER_2024), { path: LETTER_2024 });
const load = (ext: 'pdf' | 'docx' | 'html') => loadLetter(`${FIXTURE}.${ext}`);

/** What a reader of the brief sees of a letter: its themes and its asks. */
const positions = (letter: Letter) => ({
  title: letter.meta.title,
  date: letter.meta.date,
  debate: letter.meta.debate?.name,
  themes: letter.themes.map((t) => ({ id: t.id, title: t.title, level: t.level, parentId: t.parentId })),
  asks: letter.asks.map((a) => ({
    id: a.id,
    plain: a.plain,
    marker: a.marker,
    themeId: a.themeId,
    firmness: a.firmness,
    addressee: a.addressee,
  })),
});

describe.each(['pdf', 'docx', 'html'] as const)('the 2024 letter as %s', (ext) => {
  it('has the themes and asks of the text letter', async () => {
    expect(positions(await load(ext))).toEqual(positions(text));
  });

  it('says where its text came from, and every position points into the extracted text', async () => {
    const bytes = readFileSync(`${FIXTURE}.${ext}`);
    const extracted = await extractDocument(ext, bytes);
    const letter = await load(ext);
    expect(letter.source).toMatchObject({ origin: ext, bytes: bytes.length });
    const read = readText(extracted).text;
    expect(coverageProblems(letter, read)).toEqual([]);
    for (const ask of letter.asks)
      expect(read.slice(ask.position.start.offset, ask.position.end.offset)).toBe(ask.text);
  });
});

describe('PDF', () => {
  it('is named in the parse summary', async () => {
    const r = await runCli(['parse', `${FIXTURE}.pdf`, '-q']);
    expect(r.stdout).toContain(`${FIXTURE}.pdf · pdf → text · utf-8`);
  });

  it('keeps its pages: their starts are recorded, and the footer and page numbers are set aside', async () => {
    const letter = await load('pdf');
    expect(letter.source.format).toBe('text');
    expect(letter.source.pages).toHaveLength(3);
    const lines = readText(await extractDocument('pdf', readFileSync(`${FIXTURE}.pdf`))).text.split('\n');
    const [, second, third] = letter.source.pages!;
    expect(lines[second! - 1]).toMatch(/^Deze slachtoffers hebben/);
    expect(lines[third! - 1]).toMatch(/➔ Betrek gemeenten/);
    expect(letter.source.discarded.map((d) => [d.rule, d.text])).toEqual(
      [1, 2, 3].flatMap((n) => [
        ['running-header-footer', 'Vereniging van Nederlandse Gemeenten, Postbus 30435, 2500 GK Den Haag'],
        ['page-label', `Pagina ${n} van 3`],
      ]),
    );
  });
});

describe('Word', () => {
  it('written with bold paragraphs for headings has the themes and asks of the text letter too', async () => {
    const letter = await loadLetter(`${FIXTURE}-bold-headings.docx`);
    expect(positions(letter)).toEqual(positions(text));
    // the headings were inferred from the lines, as in the text letter; bold inside a paragraph stays
    expect(letter.themes.filter((t) => t.title).every((t) => t.inferred)).toBe(true);
    expect(letter.themes.flatMap((t) => t.blocks.flatMap((b) => b.spans))).toContainEqual(
      expect.objectContaining({ type: 'strong', text: 'lobbybrief van het Leger des Heils' }),
    );
  });

  it('keeps its heading styles, bold and links', async () => {
    const letter = await load('docx');
    expect(letter.source.format).toBe('markdown');
    expect(letter.themes.filter((t) => t.title).every((t) => !t.inferred)).toBe(true);
    const spans = letter.themes.flatMap((t) => t.blocks.flatMap((b) => b.spans));
    expect(spans).toContainEqual(
      expect.objectContaining({ type: 'strong', text: 'lobbybrief van het Leger des Heils' }),
    );
    expect(spans.filter((s) => s.type === 'link').map((s) => s.text)).toEqual([
      'een nieuwe versie van het actieplan',
      'gereageerd',
      'Wetsvoorstel gemeentelijk toezicht op de seksbedrijven',
      'consultatiereactie',
    ]);
  });
});

describe('web page', () => {
  it('sets its furniture aside, each with its reason', async () => {
    const letter = await load('html');
    const reasons = new Map(letter.source.discarded.map((d) => [d.text, d.reason]));
    expect(Object.fromEntries(['Onderwerpen', 'Over ons'].map((t) => [t, reasons.get(t)]))).toEqual({
      Onderwerpen: 'web page: navigation menu',
      'Over ons': 'web page: navigation menu',
    });
    expect(reasons.get('Home › Publicaties › Brieven › Inbreng CD Mensenhandel en Prostitutie')).toBe(
      'web page: breadcrumb trail',
    );
    expect(
      reasons.get('Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te meten.'),
    ).toBe('web page: cookie notice');
    expect(reasons.get('Deel deze pagina LinkedIn X E-mail')).toBe('web page: share buttons');
    expect(reasons.get('Privacyverklaring')).toBe('web page: page footer');
    expect(reasons.get('Naar de hoofdinhoud')).toBe('web page: skip link');
    expect(reasons.get('VNG inbreng CD Mensenhandel en Prostitutie | Gemeentenieuws')).toBe(
      'web page: title (shown in the browser tab)',
    );
    // what shows no text is noted, empty, where it stood
    const empty = letter.source.discarded.filter((d) => d.text === '').map((d) => d.reason);
    expect(empty).toEqual(
      expect.arrayContaining([
        'web page: style sheet ×2',
        'web page: script ×3',
        'web page: image (alt text: "Gemeentenieuws")',
      ]),
    );
  });

  it('gives a brief without the page furniture, its styles or its scripts', async () => {
    const brief = await makeBrief(await load('html'), { format: 'md' });
    expect(brief.content).toContain('Versterk de capaciteit van AVIM');
    for (const furniture of [
      'font-family',
      'dataLayer',
      'cookie',
      'Onderwerpen',
      'LinkedIn',
      'Privacyverklaring',
    ])
      expect(brief.content).not.toContain(furniture);
  });
});

describe('folders', () => {
  it('are searched for PDFs, Word documents and web pages too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vng-brief-folder-'));
    for (const ext of ['pdf', 'docx', 'html']) copyFileSync(`${FIXTURE}.${ext}`, join(dir, `brief.${ext}`));
    copyFileSync(LETTER_2024, join(dir, 'brief.txt'));
    const r = await runCli(['parse', dir, '--jsonl', '-q']);
    expect(r.code).toBe(0);
    const models = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Letter);
    expect(models.map((m) => [m.source.path, m.source.origin])).toEqual([
      [join(dir, 'brief.docx'), 'docx'],
      [join(dir, 'brief.html'), 'html'],
      [join(dir, 'brief.pdf'), 'pdf'],
      [join(dir, 'brief.txt'), null],
    ]);
    expect(new Set(models.map((m) => JSON.stringify(positions(m)))).size).toBe(1);
  });
});
