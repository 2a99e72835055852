import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charKind, PUNCT, SPACE, SYMBOL, WORD } from '../../src/text/char-kind.js';
import { lexSentences } from '../../src/text/lex-sentences.js';
import { lexWords } from '../../src/text/lex-words.js';

const sentences = (text: string): string[] =>
  lexSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));
const words = (text: string): string[] =>
  lexWords(text, 0, text.length)
    .filter((l) => l.kind !== SPACE)
    .map((l) => text.slice(l.start, l.end));

describe('charKind', () => {
  it('sorts characters as parse-latin did: "#%&*@" and "†‰" are symbols, not punctuation', () => {
    const kinds = (s: string): number[] => [...s].map((_, i) => charKind(s, i));
    expect(kinds('aZ9é²ë')).toEqual([WORD, WORD, WORD, WORD, WORD, WORD]);
    expect(kinds(' \t\n\u00a0\u2009')).toEqual([SPACE, SPACE, SPACE, SPACE, SPACE]);
    expect(kinds('.,;:!?()’“…-')).toEqual(Array(12).fill(PUNCT));
    expect(kinds('#%&*@†‰€+<\ufeff')).toEqual(Array(11).fill(SYMBOL));
  });
});

describe('lexWords', () => {
  it('keeps numbers, initialisms, addresses and inner hyphens or apostrophes inside one word', () => {
    expect(words('De bijdrage steeg 3.5 procent.')).toEqual([
      'De',
      'bijdrage',
      'steeg',
      '3.5',
      'procent',
      '.',
    ]);
    expect(words('De E.U. en mr. J.A. de Vries.')).toEqual([
      'De',
      'E.U.',
      'en',
      'mr',
      '.',
      'J.A.',
      'de',
      'Vries',
      '.',
    ]);
    expect(words('Mail info@vng.nl over de regio’s.')).toEqual([
      'Mail',
      'info@vng.nl',
      'over',
      'de',
      'regio’s',
      '.',
    ]);
    expect(words('De commissie-Jansen en gemeente- en rijksbeleid.')).toEqual([
      'De',
      'commissie-Jansen',
      'en',
      'gemeente-',
      'en',
      'rijksbeleid',
      '.',
    ]);
  });

  it('gives a final full stop of an all-digit run its own lexeme: "3.5." ends a sentence', () => {
    expect(words('Zie 3.5. Dan')).toEqual(['Zie', '3.5', '.', 'Dan']);
  });

  it("joins an elision to its word ('s, 't, d') but not an apostrophe before another word", () => {
    expect(words("'s Avonds en 't Gooi")).toEqual(["'s", 'Avonds', 'en', "'t", 'Gooi']);
    expect(words("d' Ander")).toEqual(["d'", 'Ander']);
    expect(words("'k Weet")).toEqual(["'", 'k', 'Weet']);
  });

  it('joins a leading "&" and a slash between short words', () => {
    expect(words('&Co en m/v of t/m 2028')).toEqual(['&Co', 'en', 'm/v', 'of', 't/m', '2028']);
    expect(words('jaar/maand')).toEqual(['jaar', '/', 'maand']);
  });

  it('keeps runs of one mark together and different marks apart', () => {
    expect(words('Echt?! Nee... --')).toEqual(['Echt', '?', '!', 'Nee', '...', '--']);
  });
});

describe('lexSentences', () => {
  it('ends a sentence at each run of terminal marks', () => {
    expect(sentences('Dit is het?! Ja. Nee… Zeker!')).toEqual(['Dit is het?!', 'Ja.', 'Nee…', 'Zeker!']);
  });

  it('keeps a closing quote or bracket with the sentence it closes', () => {
    expect(sentences('Hij zei: ‘Nee.’ Daarna ging hij.')).toEqual(['Hij zei: ‘Nee.’', 'Daarna ging hij.']);
    expect(sentences('(zie bijlage.) Verder gaan we.')).toEqual(['(zie bijlage.)', 'Verder gaan we.']);
    expect(sentences('Waarom?” vroeg zij. Daarom.')).toEqual(['Waarom?” vroeg zij.', 'Daarom.']);
  });

  it('goes on after a full stop before a lower-case word, a digit, a comma or a semicolon', () => {
    expect(sentences('Wij vragen u… om steun.')).toEqual(['Wij vragen u… om steun.']);
    expect(sentences('Wij willen dat. en meer.')).toEqual(['Wij willen dat. en meer.']);
    expect(sentences('Eerst dit...3 dingen.')).toEqual(['Eerst dit...3 dingen.']);
    expect(sentences('Zij komen. , en wij. ; ook.')).toEqual(['Zij komen. , en wij. ; ook.']);
  });

  it('does not end a sentence inside a word: numbers, initialisms, addresses, missing spaces', () => {
    expect(sentences('De bijdrage steeg 3.5 procent. Dat is veel.')).toEqual([
      'De bijdrage steeg 3.5 procent.',
      'Dat is veel.',
    ]);
    expect(sentences('De E.U. zegt nee. Dan niet.')).toEqual(['De E.U. zegt nee.', 'Dan niet.']);
    expect(sentences('Mail info@vng.nl of kijk op www.vng.nl/brieven. Dank.')).toEqual([
      'Mail info@vng.nl of kijk op www.vng.nl/brieven.',
      'Dank.',
    ]);
    // the missing space is split later, by fix-sentence-bounds
    expect(sentences('Dat vinden gemeenten.Dat is zo.')).toEqual(['Dat vinden gemeenten.Dat is zo.']);
  });

  it('ends a sentence at every abbreviation before a capital: our own list joins them again later', () => {
    expect(sentences('Zie art. 3. Dan gaat het.')).toEqual(['Zie art.', '3.', 'Dan gaat het.']);
    expect(sentences('Wij vragen mr. J.A. de Vries.')).toEqual(['Wij vragen mr.', 'J.A. de Vries.']);
  });

  it('ends a sentence at a blank line and starts none at an elision', () => {
    expect(sentences('Eerste zin\n\nTweede zin')).toEqual(['Eerste zin', 'Tweede zin']);
    expect(sentences('Eerste zin\r\n\r\nTweede zin\nloopt door')).toEqual([
      'Eerste zin',
      'Tweede zin\nloopt door',
    ]);
    expect(sentences("Het kan. 's Avonds niet.")).toEqual(['Het kan.', "'s Avonds niet."]);
  });

  it('joins marks without a word to a sentence: the first to the one after it', () => {
    expect(sentences('. Ja. ! Nee.')).toEqual(['. Ja. !', 'Nee.']);
    expect(sentences('...')).toEqual(['...']);
    expect(sentences('  ')).toEqual([]);
  });

  it('reads only text[from, to) and gives absolute offsets', () => {
    const text = 'Voor. Eén. Twee. Na.';
    expect(lexSentences(text, 6, 16)).toEqual([
      { start: 6, end: 10 },
      { start: 11, end: 16 },
    ]);
  });
});

const UNITS = [
  'a',
  'B',
  'ë',
  '3',
  ' ',
  '\n',
  '.',
  '?',
  '!',
  '…',
  ',',
  "'",
  '’',
  '”',
  ')',
  '(',
  '-',
  '/',
  '&',
  '@',
  '#',
  '😀',
];

describe('lexer properties', () => {
  it('lexemes tile the text: in order, touching, each of one kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS) }), (text) => {
        let at = 0;
        for (const l of lexWords(text, 0, text.length)) {
          expect(l.start).toBe(at);
          expect(l.end).toBeGreaterThan(l.start);
          if (l.kind === SPACE) expect(text.slice(l.start, l.end).trim()).toBe('');
          at = l.end;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('sentences are ordered, non-overlapping, trimmed slices covering every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS) }), (text) => {
        const covered = new Uint8Array(text.length);
        let previousEnd = 0;
        for (const { start, end } of lexSentences(text, 0, text.length)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          const s = text.slice(start, end);
          expect(s).toBe(s.trim());
          covered.fill(1, start, end);
          previousEnd = end;
        }
        for (let i = 0; i < text.length; i++) if (!/\s/u.test(text.charAt(i))) expect(covered[i]).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
