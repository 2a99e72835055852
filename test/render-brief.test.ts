/**
 * `vng-brief brief` and `vng-brief templates` end to end (in process): golden Markdown and text briefs of the
 * example letters, the Markdown checked with remark, labels, formats, templates and their errors.
 * After a reviewed change to extraction or templates: UPDATE=1 npx vitest run test/render-brief.test.ts
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { buildBriefData, loadLetter, printPdf } from '../src/index.js';
import { listTemplates } from '../src/render/resolve-template.js';
import { expectGolden } from './helpers/golden.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-render-'));
const LETTERS = [LETTER_2022, LETTER_2024];

/** Every problem remark sees in a Markdown brief: broken lists, stray tables or HTML, empty items. */
function markdownProblems(md: string, asks: number): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
  const problems: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'table' || node.type === 'html') problems.push(`unexpected ${node.type}`);
    if (node.type === 'listItem' && !toString(node as ListItem).trim()) problems.push('empty list item');
  });
  const ordered = tree.children.filter((n): n is List => n.type === 'list' && n.ordered === true);
  if (asks > 0 && (ordered.length !== 1 || ordered[0]!.start !== 1 || ordered[0]!.children.length !== asks)) {
    problems.push(
      `asks: expected one ordered list of ${asks}, got ${ordered.map((l) => l.children.length).join('+') || 'none'}`,
    );
  }
  if (/(^|[^\\])\|/m.test(md)) problems.push('unescaped |');
  if (tree.children.filter((n) => n.type === 'heading' && n.depth === 1).length !== 1)
    problems.push('not one title');
  return problems;
}

describe.each(LETTERS)('brief of %s', (letter) => {
  const name = basename(letter).replace(/\.txt$/, '');

  it('Markdown: golden file, and clean for remark', async () => {
    const r = await runCli(['brief', letter]);
    expect(r.code).toBe(0);
    expectGolden(`test/golden/brief/${name}.md`, r.stdout);
    const asks = buildBriefData(await loadLetter(letter)).asks.length;
    expect(markdownProblems(r.stdout, asks)).toEqual([]);
  });

  it('text: golden file, no colour when not a terminal', async () => {
    const r = await runCli(['brief', letter, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expectGolden(`test/golden/brief/${name}.txt`, r.stdout);
  });

  it('html: one self-contained page that asks for nothing from outside', async () => {
    const r = await runCli(['brief', letter, '--format', 'html']);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toMatch(/@page \{ size: A4/);
    expect(r.stdout).not.toMatch(/\s(src|srcset)=|<link|@import|url\(|<script/i);
  });
});

describe('vng-brief brief: options', () => {
  it('English labels with --lang en', async () => {
    const r = await runCli(['brief', LETTER_2024, '--lang', 'en']);
    expect(r.stdout).toMatch(/^# Debate brief: /);
    expect(r.stdout).toContain('## What VNG asks');
    expect(r.stdout).toContain('Wednesday 11 September 2024');
    expect(r.stdout).not.toContain('Kernboodschap');
  });

  it('text with colour on a terminal, Markdown when piped', async () => {
    let out = '';
    const code = await main(['node', 'vng-brief', 'brief', LETTER_2022], {
      stdout: { write: (s: string) => (out += s), isTTY: true },
      stderr: { write: () => true },
      env: {},
    });
    expect(code).toBe(0);
    expect(out).toContain('\u001b[');
    expect(out).toMatch(/^\S*DEBATBRIEF/);
    expect((await runCli(['brief', LETTER_2022], { NO_COLOR: '1' })).stdout).toMatch(/^# Debatbrief/);
  });

  it('-o writes the file, in the format its extension names', async () => {
    const out = join(dir, 'brief.html');
    const r = await runCli(['brief', LETTER_2022, '-o', out]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('reads the letter from standard input with -', async () => {
    const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', {
      value: Readable.from([readFileSync(LETTER_2022)]),
      configurable: true,
    });
    try {
      const r = await runCli(['brief', '-', '--format', 'md']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('_Bron: standaardinvoer');
    } finally {
      Object.defineProperty(process, 'stdin', stdin);
    }
  });

  it('keeps to one page: leaves asks out as a last resort, says how many, and warns', async () => {
    const themes = Array.from(
      { length: 60 },
      (_, i) =>
        `Onderwerp ${i + 1} over de wijkteams\n\nDe wijkteams hebben in regio ${i + 1} te weinig mensen om alle gezinnen te helpen.\n\n- ➔ Zorg voor extra geld voor de wijkteams in regio ${i + 1}\n`,
    );
    const file = join(dir, 'lang.txt');
    writeFileSync(
      file,
      `Geachte leden,\n\nWij vragen uw aandacht voor de wijkteams.\n\n${themes.join('\n')}`,
    );
    const r = await runCli(['brief', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning: to fit one A4 page the brief lists \d+ of the letter's asks .*\[brief-overflow\]/,
    );
    const shown = r.stdout.match(/^\d+\. /gm)?.length ?? 0;
    const more = Number(/^_\+(\d+) vragen meer in de brief_$/m.exec(r.stdout)?.[1]);
    expect(shown).toBeGreaterThan(5);
    expect(shown + more).toBe(buildBriefData(await loadLetter(file)).asks.length + more);
    expect(shown + more).toBeGreaterThanOrEqual(60);
  });

  it('--fit is checked, and VNG_BRIEF_FIT sets its default', async () => {
    const bad = await runCli(['brief', LETTER_2022, '--fit', 'guess']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringMatching(/--fit.*expected one of: auto, measure, estimate/),
    ]);
    const env = await runCli(['brief', LETTER_2022], { VNG_BRIEF_FIT: 'guess' });
    expect([env.code, env.stderr]).toEqual([
      2,
      'vng-brief: VNG_BRIEF_FIT=guess: expected one of: auto, measure, estimate\n',
    ]);
  });
});

describe('templates', () => {
  it('`vng-brief templates` lists the built-in files with paths that exist', async () => {
    const r = await runCli(['templates']);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('debate-one-pager'));
    expect(rows.map((l) => l.split(/\s+/)[1])).toEqual(['html', 'md', 'text']);
    for (const row of rows) expect(existsSync(row.split(/\s+/).slice(2).join(' '))).toBe(true);
  });

  it('a copied and edited template is used, its format taken from its name', async () => {
    const md = listTemplates().find((t) => t.format === 'md')!;
    const mine = join(dir, 'mijn-brief.md.liquid');
    copyFileSync(md.path, mine);
    writeFileSync(
      mine,
      readFileSync(mine, 'utf8').replace('## {{ asksLabel }}', '## Wat wij vragen ({{ asks.size }})'),
    );
    const r = await runCli(['brief', LETTER_2024, '--template', mine]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Wat wij vragen \(\d+\)$/m);
  });

  it.each([
    ['{{ nosuch.thing }}', ':3:4: undefined variable: nosuch'],
    ['{% if asks %}', ':3:1: tag {% if asks %} not closed'],
    ['{{ title | shout }}', ':3:1: undefined filter: shout'],
    ['{% include "/etc/passwd" %}', ':3:1: ENOENT: Failed to lookup "/etc/passwd"'],
  ])('a broken template (%s) is one line with its file, line and problem', async (line, problem) => {
    const file = join(dir, 'kapot.md.liquid');
    writeFileSync(file, `# {{ title }}\n\n${line}\n`);
    const r = await runCli(['brief', LETTER_2022, '--template', file, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`vng-brief: ${file}${problem}`)]);
  });

  it('a file that is not text, such as a Word document, is no template', async () => {
    const word = join(dir, 'sjabloon.docx');
    copyFileSync('test/fixtures/inputs/inbreng-mensenhandel-2024.docx', word);
    const noise = join(dir, 'ruis.md.liquid');
    writeFileSync(noise, Uint8Array.from([0x7b, 0x7b, 0xff, 0xfe, 0x00, 0x41, 0x7d, 0x7d]));
    for (const [template, format] of [
      [word, 'docx'],
      [noise, 'md'],
    ] as const) {
      const r = await runCli(['brief', LETTER_2022, '--template', template, '-f', format, '-q']);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        `vng-brief: ${template}: not a template (a binary file): a template is a text file such as mine.md.liquid, and a Word brief is made from the Markdown one\n`,
      ]);
    }
    const latin1 = join(dir, 'ansi.md.liquid');
    writeFileSync(
      latin1,
      Uint8Array.from([0x23, 0x20, 0x42, 0x65, 0x6c, 0x65, 0x69, 0x64, 0x20, 0xeb, 0x0a]),
    );
    expect((await runCli(['brief', LETTER_2022, '--template', latin1, '-q'])).stderr).toBe(
      `vng-brief: ${latin1}: not UTF-8 text: save the template as UTF-8\n`,
    );
  });

  it('an unknown template name or a missing file is a usage error', async () => {
    const r = await runCli(['brief', LETTER_2022, '--template', 'bestaat-niet']);
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringMatching(/^vng-brief: unknown template "bestaat-niet" .*debate-one-pager/),
    ]);
    const missing = join(dir, 'weg.md.liquid');
    expect((await runCli(['brief', LETTER_2022, '--template', missing])).stderr).toBe(
      `vng-brief: ${missing}: template not found\n`,
    );
  });

  it('a template of one’s own folder made for another format says which it has, and what is missing', async () => {
    const own = join(dir, 'eigen');
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, 'kort.md.liquid'), '# {{ title }}\n');
    const r = await runCli(['brief', LETTER_2022, '--templates', own, '--template', 'kort', '-f', 'html']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `vng-brief: template "kort" is made for md, not html: add kort.html.liquid to ${own}, or pick another format\n`,
    ]);
  });
});

describe('pdf without a browser', () => {
  it('names the fix when no Chromium is found', async () => {
    await expect(printPdf('<p>x</p>', { env: { PATH: '' }, places: [] })).rejects.toThrow(
      /no Chromium found for --format pdf: install one .*apt-get install chromium.* or use --format html/,
    );
  });

  it('says why a browser that is there did not start, and what to do', async () => {
    const stub = join(dir, 'chromium-stub');
    writeFileSync(
      stub,
      '#!/bin/sh\necho "Command requires the chromium snap to be installed." >&2\nexit 1\n',
    );
    chmodSync(stub, 0o755);
    const r = await runCli(['brief', LETTER_2022, '--format', 'md', '--fit', 'measure', '-q'], {
      CHROME_PATH: stub,
    });
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `vng-brief: chromium failed (${stub}): did not start (exit status 1): Command requires the chromium snap to be installed. Set CHROME_PATH to a browser that starts (a brief other than PDF also goes without one: --fit estimate)\n`,
    ]);
  });

  it('rejects a CHROME_PATH that is not a browser', async () => {
    const r = await runCli(['brief', LETTER_2022, '--format', 'pdf', '-o', join(dir, 'x.pdf')], {
      CHROME_PATH: join(dir, 'geen-chrome'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vng-brief: CHROME_PATH=${join(dir, 'geen-chrome')} is not an executable file\n`);
  });
});
