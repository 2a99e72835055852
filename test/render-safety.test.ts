/** Letter text is data, never markup: hostile text comes out inert and visible in every format. */
import { Chalk } from 'chalk';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';
import { escapeHtml, escapeMarkdown, stripControls } from '../src/render/escape-output.js';
import { makeBrief } from '../src/render/make-brief.js';
import { safeHref } from '../src/render/safe-href.js';
import { identified } from './helpers/identify.js';

const ESC = '\u001b';
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const LIQUID = '{{ tool.version }} {% include "geheim" %}';
const TERMINAL = `${ESC}[2J${ESC}]0;gehackt\u0007${ESC}[31m`;

const TEXT = `Onderwerp: Inbreng ${SCRIPT} commissiedebat Jeugd

Geachte leden,

Gemeenten vragen aandacht voor ${IMG} en ${LIQUID} in de jeugdzorg.

Veiligheid van systemen

De beveiliging van systemen is een zorg voor alle gemeenten ${TERMINAL} in het land. Lees [de handleiding](javascript:alert(3)) of [de site](https://voorbeeld.nl/x"onmouseover="alert(4)).

- ➔ Zorg voor geld voor ${SCRIPT} en ${LIQUID}
`;

/** The parsed letter, plus hostile asks, references and metadata made by hand (extraction may not find them). */
function hostileLetter(): Letter {
  const letter = parseLetter(Buffer.from(TEXT), { path: 'kwaad.txt' });
  const theme = letter.themes[letter.themes.length - 1]!;
  const position = theme.position;
  const ask = `Geef ${SCRIPT} ${IMG} ${LIQUID} [klik](javascript:alert(5)) ${TERMINAL} **vet** | pijp | \uE012grijs\uE01F`;
  letter.meta.sender = `<svg onload=alert(6)> "aanhalingstekens" ${TERMINAL}`;
  letter.meta.title = `# Kop ${SCRIPT}`;
  letter.asks.push({
    id: 'kwaad/ask-1',
    text: ask,
    plain: ask,
    marker: 'arrow',
    themeId: theme.id,
    position,
    phrase: null,
    restates: null,
    addressee: null,
    requester: null,
    firmness: 'request',
    repeated: false,
  });
  const ref = (kind: 'link' | 'organisation', text: string, href: string | null) => ({
    ref: `kwaad/${letter.references.length}`,
    kind,
    text,
    id: null,
    name: null,
    href,
    role: null,
    links: [],
    themeId: theme.id,
    position,
  });
  letter.references.push(
    ...identified([
      ref('link', `${IMG} klik`, 'javascript:alert(7)'),
      ref('link', 'data', 'data:text/html,<script>alert(8)</script>'),
      ref('link', 'tab', 'java\tscript:alert(9)'),
      ref('organisation', `${LIQUID} ${TERMINAL}`, null),
    ]),
  );
  return letter;
}

const render = async (format: 'md' | 'html' | 'text') =>
  (await makeBrief(hostileLetter(), { fit: 'estimate', format, colors: new Chalk({ level: 1 }) }))
    .content as string;

describe('hostile letter text in every format', () => {
  it('html: escaped and visible, no tags, no script links, no terminal codes', async () => {
    const html = await render('html');
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).not.toMatch(/href="[^"]*(javascript|data:)/i);
    expect(html).not.toMatch(/onmouseover="/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('{{ tool.version }} {% include &quot;geheim&quot; %}');
    expect(html).toContain('&quot;aanhalingstekens&quot;');
    expect(html).not.toContain(ESC);
    expect(html).not.toContain('\u0007');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('md: parses to text only — no HTML nodes, no unsafe links, nothing evaluated', async () => {
    const md = await render('md');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md);
    const texts: string[] = [];
    visit(tree, (node) => {
      expect(['html', 'table', 'image']).not.toContain(node.type);
      if (node.type === 'link') expect(node.url).toMatch(/^(https?:|mailto:)/);
      if (node.type === 'text') texts.push(node.value);
    });
    const visible = texts.join('');
    expect(visible).toContain(SCRIPT);
    expect(visible).toContain(IMG);
    expect(visible).toContain('{{ tool.version }}');
    expect(visible).toContain('**vet** | pijp |');
    expect(visible).toContain('[klik](javascript:alert(5))');
    expect(md).not.toContain(ESC);
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 1);
    expect(headings).toHaveLength(1);
  });

  it('text: the letter brings no escape sequences; only the template colours', async () => {
    const text = await render('text');
    // eslint-disable-next-line no-control-regex -- looking for escape sequences is the point
    const codes = text.match(/\u001b\S{0,12}/g) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex
    for (const code of codes) expect(code).toMatch(/^\u001b\[\d{1,2}m/);
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain(`${ESC}]`);
    expect(text).toContain(SCRIPT);
    expect(text).toContain('{{ tool.version }}');
    // nor the private marks the text renderer uses for colour
    expect(text).toContain('grijs');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b\[\d{1,2}mgrijs|[\uE000-\uE01F]/);
  });
});

describe('escapers', () => {
  it('html escapes the five characters', () =>
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;',
    ));

  it('markdown escapes inline syntax anywhere and block syntax at the start', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> | ~g~ &amp;')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\&amp;',
    );
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('- punt')).toBe('\\- punt');
    expect(escapeMarkdown('12. punt')).toBe('12\\. punt');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('versie 0.1.0 - 2 # 3')).toBe('versie 0.1.0 - 2 # 3');
    expect(escapeMarkdown('regel\nregel')).toBe('regel regel');
  });

  it('strips escape sequences, controls and bidi overrides but keeps text', () => {
    expect(stripControls(`a${TERMINAL}b\u202Ec\td\u0000`)).toBe('abc\td');
  });

  it('passes on only http(s) and mailto targets', () => {
    expect(safeHref('https://voorbeeld.nl/a (b)')).toEqual({
      href: 'https://voorbeeld.nl/a%20%28b%29',
      status: 'ok',
    });
    expect(safeHref('mailto:info@voorbeeld.nl').status).toBe('ok');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeHref(bad)).toEqual({ href: null, status: 'unsafe' });
    }
    for (const none of [null, '', '#', '#top', '/pad/naar', 'pagina.html'])
      expect(safeHref(none)).toEqual({ href: null, status: 'missing' });
  });
});
