/**
 * parseMarkdown leaves out the GFM constructs a text cannot hold (e-mail autolinks without "@", tables without "|"
 * or a colon beside a dash): its trees are those of remark with all of GFM, for random Markdown and every letter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

const remark = unified().use(remarkParse).use(remarkGfm).freeze();

/** A tree, or the error: the development build tests see asserts on some lazy task-list lines ("-\n[ ] a"). */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    return String(error);
  }
}

function same(text: string): void {
  expect(
    outcome(() => parseMarkdown(text)),
    JSON.stringify(text),
  ).toEqual(outcome(() => remark.parse(text)));
}

const PIECES = [
  'a',
  'Wij',
  'x1',
  'info',
  '.nl',
  ' ',
  '\n',
  '\n\n',
  '  \n',
  '|',
  ' | ',
  '-',
  '---',
  ':',
  ':-',
  '-:',
  ':--:',
  '@',
  'www.',
  'https://',
  'vng.nl',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '[^1]',
  '[ ] ',
  '- ',
  '1. ',
  '# ',
  '> ',
  '`',
  '<',
  '\\',
  'é',
];

describe('parseMarkdown', () => {
  it('gives remark’s outcome where its development build asserts', () => same('-\n[ ] a'));

  it('reads pipe-less tables and e-mail addresses where the text holds them', () => {
    expect(parseMarkdown('a\n:-').children[0]?.type).toBe('table');
    expect(parseMarkdown('a\n-:').children[0]?.type).toBe('table');
    for (const text of ['a\n:-', 'a | b\n--- | ---', 'mail info@vng.nl of www.vng.nl', 'a\n-:\n\nb@c.nl'])
      same(text);
  });

  it('gives remark’s tree for random Markdown', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        same(pieces.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives remark’s tree for every letter', () => {
    const dirs = ['letters', 'test/fixtures/letters'];
    for (const dir of dirs)
      for (const name of readdirSync(dir).filter((f) => /\.(?:md|txt)$/.test(f)))
        same(readFileSync(join(dir, name), 'utf8'));
  });
});
