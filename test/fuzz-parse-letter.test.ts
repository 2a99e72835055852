/**
 * Fuzzing and properties of parseLetter: any input gives a model (which parseLetter validates against the
 * schema itself) or a clean InputError, never another error; every item's text is the source at its position;
 * line ends, a BOM and hard wrapping do not change asks or themes.
 * Bounded (numRuns, input sizes) so the file runs in a few seconds; vitest's timeout is the hang guard.
 * (That brief and diff never throw on a parsed model is for their own property tests.)
 */
import { InputError } from '../src/core/errors.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';
import { readText } from '../src/read/read-text.js';
import { coverageProblems } from './helpers/coverage.js';
import { words } from './helpers/arbitraries.js';

const sentence = fc.oneof(
  words(3, 12).map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`),
  words(2, 8).map((w) => `Wij vragen u om de ${w} structureel te regelen.`),
  words(2, 8).map((w) => `Gemeenten roepen het kabinet op ${w} te versterken.`),
);
const heading = fc.constantFrom('Financiën', 'Jeugdzorg', 'Wonen en opvang', 'Toezicht', 'Uitvoerbaarheid');
/** Blocks of a plain-text letter, with no digits or markers inside prose, so re-wrapping cannot make a list. */
const plainBlock = fc.oneof(
  fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' ')),
  heading,
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => `• ${x}`).join('\n')),
  sentence.map((s) => `➔ ${s}`),
);
const plainLetter = fc.array(plainBlock, { minLength: 1, maxLength: 10 }).map((b) => b.join('\n\n'));
/** Letter-like text with noise: markup, markers, odd spaces and line ends, mojibake, broken surrogates. */
const noise = fc.constantFrom(
  ...[
    '*',
    '**',
    '_',
    '[',
    ']',
    '(',
    ')',
    '`',
    '# ',
    '## ',
    '> ',
    '- ',
    '1. ',
    '➔ ',
    '→',
    '->',
    '•',
    '|',
    '~~',
    '<b>',
    '&amp;',
  ],
  ...[
    'https://example.org/a_b',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '\t',
    '\u00a0',
    '\u200b',
    '\u00ad',
    '\ufeff',
    'e\u0301',
    '😀',
    'שלום',
  ],
  ...[
    '\u202e',
    '\ud800',
    'Ã©',
    '2.',
    '€ 1,5 miljoen',
    '12%',
    '1 januari 2024',
    'Kamerstuk 31 839, nr. 1',
    'artikel 2.3',
  ],
);
const noisyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: sentence },
      { weight: 3, arbitrary: noise },
      { weight: 1, arbitrary: heading },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(' '));

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const encode = (s: string) => new TextEncoder().encode(s);

/** A model, or null for a clean InputError; anything else thrown fails the property. */
function parseOrInputError(input: Uint8Array | string, path = 'brief.txt'): Letter | null {
  try {
    return parseLetter(input, { path });
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}

/** Items whose `text` must be the source slice at their `position`, discarded ranges blanked. */
function sliceProblems(letter: Letter, text: string): string[] {
  const items = [
    ...letter.themes.flatMap((t) => t.blocks.flatMap((b) => [b, ...(b.type === 'list' ? b.items : [])])),
    ...letter.asks,
    ...letter.references,
    ...letter.figures,
  ];
  const problems: string[] = [];
  for (const item of items) {
    let expected = text.slice(item.position.start.offset, item.position.end.offset);
    for (const d of letter.source.discarded) {
      if (
        d.position.start.offset >= item.position.start.offset &&
        d.position.end.offset <= item.position.end.offset
      ) {
        expected = expected.replace(d.text, ' '.repeat(d.text.length));
      }
    }
    if (fold(item.text) !== fold(expected))
      problems.push(`${JSON.stringify(item.text)} ≠ ${JSON.stringify(expected)}`);
  }
  return problems;
}

describe('parseLetter on any input', () => {
  it('any string gives a model or an InputError, and the model counts its bytes', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      noisyText,
    );
    fc.assert(
      fc.property(anyString, fc.constantFrom('brief.txt', 'brief.md'), (s, path) => {
        const letter = parseOrInputError(s, path);
        if (letter) expect(letter.source.bytes).toBe(encode(s).length);
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes give a model or an InputError, and the model counts them', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // text-like bytes: mostly printable, with UTF-8 lead bytes, BOMs and zero bytes here and there
      fc
        .array(
          fc.oneof(
            fc.integer({ min: 0x20, max: 0x7e }),
            fc.constantFrom(0x0a, 0x0d, 0xc3, 0xa9, 0xef, 0xbb, 0xbf, 0xfe, 0xff, 0),
          ),
          {
            maxLength: 600,
          },
        )
        .map((a) => Uint8Array.from(a)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const letter = parseOrInputError(b);
        if (letter) expect(letter.source.bytes).toBe(b.length);
      }),
      { numRuns: 300 },
    );
  });

  it('UTF-16 with unpaired surrogates is read, not thrown on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(sentence, fc.constantFrom('\ud800', '\udfff', '\ud83d', '😀')), {
          minLength: 1,
          maxLength: 20,
        }),
        (parts) => {
          const text = parts.join(' ');
          const bytes = new Uint8Array(2 + text.length * 2);
          bytes.set([0xff, 0xfe]);
          for (let i = 0; i < text.length; i++) {
            bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
            bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
          }
          const letter = parseOrInputError(bytes);
          expect(letter?.source.encoding).toBe('utf-16le');
        },
      ),
      { numRuns: 60 },
    );
  });

  it("every item's text is the source slice at its position, and every character has one owner", () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, plainLetter), (s) => {
        const letter = parseOrInputError(s);
        if (!letter) return;
        const text = readText(encode(s)).text;
        expect(sliceProblems(letter, text)).toEqual([]);
        expect(coverageProblems(letter, text)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the same letter in other clothes gives the same asks and themes', () => {
  const essence = (l: Letter) => ({
    themes: l.themes.map((t) => `${t.level} ${t.id} ${t.title ?? ''}`),
    asks: l.asks.map((a) => `${a.marker} ${a.themeId} ${fold(a.plain)}`),
  });
  const same = (variant: (s: string) => string | Uint8Array) =>
    fc.assert(
      fc.property(plainLetter, (s) => {
        expect(essence(parseLetter(variant(s)))).toEqual(essence(parseLetter(s)));
      }),
      { numRuns: 80 },
    );

  it('CRLF line ends', () => same((s) => s.replace(/\n/g, '\r\n')));
  it('a UTF-8 byte order mark', () => same((s) => Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(s)])));
  it('hard-wrapped paragraphs', () => same((s) => hardWrap(s, 50)));
});

/** Hard-wraps lines longer than `width` at spaces, as text copied from a PDF is; list items continue indented. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = /^\s*[•➔]/.test(line) ? '  ' : '';
      const out: string[] = [];
      let current = '';
      for (const w of line.split(' ')) {
        if (current && current.length + 1 + w.length > width) {
          out.push(current);
          current = `${indent}${w}`;
        } else current = current ? `${current} ${w}` : w;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
