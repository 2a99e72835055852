/**
 * The inline scanner against remark: wherever scanInline reads a block itself, its nodes and positions are
 * exactly those remark-parse with GFM gives for the block as a lone paragraph (the path parseInline takes
 * otherwise). Random blocks from an alphabet of markup and words, and every block of the example letters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { indexLines, positionOf } from '../src/model/position.js';
import { scanInline } from '../src/parse/scan-inline.js';

/** remark with all of GFM, the reference (parseMarkdown leaves out what a text cannot hold). */
const remark = unified().use(remarkParse).use(remarkGfm).freeze();

/** remark's reading of text[start, end) as parseInline takes it: the lone paragraph's children, else null. */
function remarkInline(text: string, start: number, end: number): PhrasingContent[] | null {
  const root = remark.parse(text.slice(start, end)) as Root;
  const only = root.children.length === 1 ? root.children[0] : undefined;
  if (only?.type !== 'paragraph') return null;
  const index = indexLines(text);
  const shift = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (node.position)
      node.position = positionOf(
        index,
        (node.position.start.offset ?? 0) + start,
        (node.position.end.offset ?? 0) + start,
      );
    for (const child of (node as { children?: PhrasingContent[] }).children ?? []) shift(child);
  };
  shift(only);
  return only.children;
}

/** Scans text[start, end); asserts the result is remark's whenever the scanner answers. */
function agree(text: string, start = 0, end = text.length): boolean {
  const scanned = scanInline(text, start, end, indexLines(text));
  if (scanned === null) return false;
  expect(scanned, JSON.stringify(text.slice(start, end))).toEqual(remarkInline(text, start, end));
  return true;
}

const PIECES = [
  'a',
  'b',
  'Wij',
  'vragen',
  'x1',
  ' ',
  ' ',
  '  ',
  '\n',
  '  \n',
  ' \n ',
  '*',
  '**',
  '***',
  '_',
  '__',
  '[',
  ']',
  '](',
  '(',
  ')',
  '`',
  '``',
  '"',
  "'",
  '!',
  '.',
  ',',
  ':',
  ':-',
  '=',
  '+',
  '-',
  '1.',
  '&',
  '&amp;',
  '#',
  '>',
  'é',
  '“',
  '’',
  '€',
  '\u00a0',
  '😀',
  '<',
  '~',
  'www.',
  '@',
  '\\',
  '[a](b)',
  '[a](b "t")',
  '[a]( b )',
  '**c**',
  '_d_',
];

/** [start, end) of each run of non-blank lines, without the spaces around it. */
function blocksOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let end = -1;
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (start !== -1) out.push([start, end]);
      start = -1;
    } else {
      if (start === -1) start = at + line.length - line.trimStart().length;
      end = at + line.trimEnd().length;
    }
    at += line.length + 1;
  }
  if (start !== -1) out.push([start, end]);
  return out;
}

const block = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 })
  .map((p) => p.join('').trim())
  .filter((s) => s !== '');

describe('scanInline', () => {
  it('gives remark’s nodes for random markup, or leaves the block to remark', () => {
    let read = 0;
    fc.assert(
      fc.property(block, (text) => {
        if (agree(text)) read++;
      }),
      { numRuns: Number(process.env.SCAN_RUNS ?? 3000) },
    );
    // the scanner must read a good share itself, or it is no fast path
    expect(read).toBeGreaterThan(600);
  });

  it('puts positions in the whole text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), block, (before, text) => {
        const whole = `${before}\n${text}\nrest`;
        agree(whole, before.length + 1, before.length + 1 + text.length);
      }),
      { numRuns: Number(process.env.SCAN_RUNS ?? 300) },
    );
  });

  it('reads the markup of letters as remark does', () => {
    const cases = [
      'In [een nieuwe versie van het actieplan](#) zijn de afspraken vastgelegd.',
      'Wij onderstrepen hiermee ook de **lobbybrief van het Leger des Heils** die de schrijft.',
      'Zie *ook* de _bijlage_ en `code` en [link](/x.nl "titel").',
      'Een regel  \nmet een harde regelovergang en [een\nlink](a) over regels.',
      '**a *b* c**, *a **b** c*, ***a***, __a__b, a_b_c, *a*b, [a [b](c) d](e)',
      'Q&A en V&J, 3 * 4 = 12, `` a ` b ``, ` x `, [](), [a]( ), [a](b(c)d)',
    ];
    for (const text of cases) expect(agree(text), text).toBe(true);
    for (const dir of ['letters', 'test/fixtures/letters'])
      for (const name of readdirSync(dir)) {
        const text = readFileSync(join(dir, name), 'utf8');
        for (const [start, end] of blocksOf(text)) agree(text, start, end);
      }
  });
});
