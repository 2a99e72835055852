/**
 * Diffs of real and fixture letters against copies that say the same in other clothes (no change), and
 * against a copy with exactly three edits (exactly those three changes).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLetters } from '../src/diff/diff-letters.js';
import { differs } from '../src/diff/count-changes.js';
import { LetterDiffSchema, parseLetter, type Letter, type LetterDiff } from '../src/index.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';

const FIXTURE = 'test/fixtures/diff/wonen-2023.txt';
const LETTERS = [FIXTURE, 'test/fixtures/diff/wonen-2025.txt', LETTER_2022, LETTER_2024];
const ARROW = /^\s*(?:[-•*]\s+)?[➔→]/u;
const LIST_ITEM = /^\s*(?:[-•*]|\d{1,3}[.)])\s/u;

const parse = (text: string, path = 'copy.txt') => parseLetter(text, { path });

function expectNoChange(d: LetterDiff): void {
  const off = [...d.themes, ...d.asks, ...d.figures].filter((x) => x.status !== 'kept');
  expect(off.map((x) => `${x.status}: ${JSON.stringify(x.old ?? x.new)}`.slice(0, 200))).toEqual([]);
  expect(d.references.added.map((r) => r.text)).toEqual([]);
  expect(d.references.removed.map((r) => r.text)).toEqual([]);
  expect(differs(d)).toBe(false);
}

/** Shuffles each run of consecutive arrow-ask paragraphs (blank lines between them stay put). */
function shuffleArrows(text: string, seed: number): string {
  const blocks = text.split(/\n\n/u);
  let rnd = seed;
  const next = () => (rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && ARROW.test(blocks[j] as string)) j++;
    if (j - i > 1) {
      const run = blocks.slice(i, j);
      for (let k = run.length - 1; k > 0; k--) {
        const r = Math.floor(next() * (k + 1));
        [run[k], run[r]] = [run[r] as string, run[k] as string];
      }
      blocks.splice(i, j - i, ...run);
    }
    i = Math.max(j, i + 1);
  }
  return blocks.join('\n\n');
}

/** Re-wraps every long prose line (not headings, list items or arrow asks) at the given width. */
function rewrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || ARROW.test(line) || LIST_ITEM.test(line) || !/[.,]/u.test(line))
        return line;
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && cur.length + word.length + 1 > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      return [...out, cur].join('\n');
    })
    .join('\n');
}

/** The letter as Markdown: headings from the parsed themes (# per level), arrow asks as list items. */
function toMarkdown(letter: Letter, text: string, bullet: string): string {
  let out = text;
  for (const t of letter.themes.filter((x) => x.title && x.titlePosition).reverse()) {
    const at = t.titlePosition!.start.offset;
    out = `${out.slice(0, at)}${'#'.repeat(t.level + 1)} ${out.slice(at)}`;
  }
  return out.replace(/^(?:- )?([➔→] ?)/gmu, `${bullet} $1`);
}

describe.each(LETTERS)('%s', (path) => {
  const text = readFileSync(path, 'utf8');
  const original = parse(text, path);

  it('diffed with itself: everything kept', () => expectNoChange(diffLetters(original, original)));

  it('with its arrow asks shuffled: no change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) =>
        expectNoChange(diffLetters(original, parse(shuffleArrows(text, seed)))),
      ),
      { numRuns: 15 },
    );
  });

  it('with its paragraphs re-wrapped: no change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 100 }), (width) =>
        expectNoChange(diffLetters(original, parse(rewrap(text, width)))),
      ),
      { numRuns: 10 },
    );
  });

  it('converted to Markdown: no change', () => {
    fc.assert(
      fc.property(fc.constantFrom('-', '*', '+'), (bullet) =>
        expectNoChange(diffLetters(original, parse(toMarkdown(original, text, bullet), 'copy.md'))),
      ),
      { numRuns: 3 },
    );
  });
});

describe('a copy with one ask deleted, one amount changed and one theme added', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const edited = text
    .replace(/\n➔ Maak afspraken met woningcorporaties[^\n]*\n/u, '\n')
    .replace('circa 50 miljoen euro', 'circa 65 miljoen euro')
    .replace(
      '\nU kunt altijd contact',
      '\nToezicht op kamerverhuur\n\nIn steeds meer wijken worden woningen opgesplitst en per kamer verhuurd. Dat zet de leefbaarheid onder druk.\n\nU kunt altijd contact',
    );
  const d = diffLetters(parse(text, FIXTURE), parse(edited, 'edited.txt'));

  it('reports exactly those three changes', () => {
    expect(d.asks.filter((a) => a.status !== 'kept').map((a) => [a.status, a.old?.text])).toEqual([
      ['dropped', 'Maak afspraken met woningcorporaties over voorrang voor jongeren uit de jeugdzorg'],
    ]);
    expect(
      d.figures.filter((f) => f.status !== 'kept').map((f) => [f.status, f.old?.text, f.new?.text]),
    ).toEqual([['changed', 'circa 50 miljoen euro per jaar', 'circa 65 miljoen euro per jaar']]);
    expect(
      d.themes
        .filter((t) => t.status === 'new' || t.status === 'dropped')
        .map((t) => [t.status, t.new?.title]),
    ).toEqual([['new', 'Toezicht op kamerverhuur']]);
    expect(d.references).toMatchObject({ added: [], removed: [] });
  });

  it('marks the two themes holding those changes as changed, saying why, and nothing else', () => {
    const changed = d.themes.filter((t) => t.status === 'changed');
    expect(changed.map((t) => [t.new?.title, t.changes])).toEqual([
      [
        'Huisvesting van statushouders',
        [
          {
            code: 'figure-changed',
            old: 'circa 50 miljoen euro per jaar',
            new: 'circa 65 miljoen euro per jaar',
          },
        ],
      ],
      [
        'Jongeren uit de jeugdzorg',
        [
          {
            code: 'ask-dropped',
            id: expect.any(String),
            text: 'Maak afspraken met woningcorporaties over voorrang voor jongeren uit de jeugdzorg',
          },
        ],
      ],
    ]);
    expect(d.themes.filter((t) => t.status === 'kept')).toHaveLength(2);
  });
});

describe('any two letters', () => {
  it('give a valid diff, and a letter against itself changes nothing', () => {
    const word = fc.constantFrom(
      'gemeenten',
      'Kamer',
      'middelen',
      'Jeugdwet',
      'opvang',
      'zorg',
      'AVIM',
      '50 miljoen euro',
      '➔',
      'wet',
    );
    const line = fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
    const text = fc.array(line, { minLength: 0, maxLength: 12 }).map((l) => l.join('\n\n'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [x, y] = [parse(a || ' x'), parse(b || ' y')];
        expect(LetterDiffSchema.safeParse(diffLetters(x, y)).success).toBe(true);
        expectNoChange(diffLetters(x, x));
      }),
      { numRuns: 40 },
    );
  });
});
