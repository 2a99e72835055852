/**
 * Pathological structure and Unicode, generated here: deep nesting, runs of markup characters, combining
 * marks, right-to-left text, emoji and broken UTF-16. Each completes within a generous hang guard, with
 * memory bounded; what remark cannot take (too deep, too much markup) is capped with a diagnostic.
 */
import { describe, expect, it } from 'vitest';
import type { Letter } from '../src/index.js';
import { parseBounded } from './helpers/parse-bounded.js';
import {
  MAX_INLINE_MARKUP,
  MAX_MARKDOWN_DEPTH,
  blockStats,
  inlineLimit,
  markdownDepth,
} from '../src/parse/markup-limits.js';

const HANG_GUARD = 60_000;

const rules = (l: Letter | null) => (l?.diagnostics ?? []).map((d) => d.ruleId);

describe('pathological input: nesting', () => {
  const deep: [string, string, string][] = [
    ['10,000 quote levels', `${'> '.repeat(10_000)}tekst met *nadruk*`, 'brief.txt'],
    ['10,000 quote levels in Markdown', `${'> '.repeat(10_000)}tekst met *nadruk*`, 'brief.md'],
    ['10,000 list levels', `${'- '.repeat(10_000)}tekst met [een link](https://example.org)`, 'brief.txt'],
    ['10,000 list levels in Markdown', `${'- '.repeat(10_000)}tekst`, 'brief.md'],
    ['10,000 numbered list levels in Markdown', `${'1. '.repeat(10_000)}tekst`, 'brief.md'],
  ];
  for (const [name, text, path] of deep) {
    it(name, () => expect(parseBounded(text, path)).not.toBeNull(), HANG_GUARD);
  }

  it('Markdown nested too deep is read as plain text, with a diagnostic', () => {
    const letter = parseBounded(`# Kop\n\n${'> '.repeat(MAX_MARKDOWN_DEPTH * 2)}tekst`, 'brief.md');
    expect(letter?.source.format).toBe('text');
    expect(rules(letter)).toContain('markup-limit');
    // a normally nested letter is left alone
    const normal = parseBounded('# Kop\n\n> citaat\n\n- punt\n  - subpunt\n', 'brief.md');
    expect(normal?.source.format).toBe('markdown');
    expect(rules(normal)).not.toContain('markup-limit');
  });

  it(
    '3,000 lines, each quoted one level deeper (4.5 MB of Markdown)',
    () => {
      const text = Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i + 1)} regel`).join('\n');
      expect(rules(parseBounded(text, 'brief.md'))).toContain('markup-limit');
    },
    HANG_GUARD,
  );
});

describe('pathological input: markup characters', () => {
  for (const [name, unit] of [
    ['*', '*'],
    ['[', '['],
    ['_', '_'],
    ['*_[ mixed', '*_['],
    ['~a (strikethrough)', '~a'],
    ['[a] (link labels)', '[a]'],
  ] as const) {
    it(
      `50,000 ${name}`,
      () => expect(parseBounded(unit.repeat(Math.ceil(50_000 / unit.length)))).not.toBeNull(),
      HANG_GUARD,
    );
  }

  it('a block with too much markup keeps its text but not its spans, with a diagnostic', () => {
    const text = `Gemeenten vragen ${'*a* '.repeat(MAX_INLINE_MARKUP)}om geld.`;
    const letter = parseBounded(text);
    expect(rules(letter)).toContain('markup-limit');
    const block = letter?.themes.flatMap((t) => t.blocks).find((b) => b.text.includes('om geld'));
    expect(block?.spans).toEqual([]);
    // below the limit emphasis is read as usual
    const normal = parseBounded('Gemeenten vragen *nadrukkelijk* om geld.');
    expect(
      normal?.themes
        .flatMap((t) => t.blocks)
        .flatMap((b) => b.spans)
        .map((s) => s.type),
    ).toEqual(['emphasis']);
  });

  it('50,000 * and _ in Markdown', () => {
    expect(rules(parseBounded('*_'.repeat(25_000), 'brief.md'))).toContain('markup-limit');
  });

  it('a paragraph of 9,000 lines in Markdown is read as plain text, with a diagnostic', () => {
    const md = parseBounded('➔ Zorg voor middelen.\n'.repeat(9_000), 'brief.md');
    expect(md?.diagnostics.find((d) => d.ruleId === 'markup-limit')?.message).toMatch(/9000 lines/);
    expect(md?.source.format).toBe('text');
    expect(md?.asks).toHaveLength(9_000);
  });

  it('inline markup is left unread in a block of too many lines or markup characters', () => {
    const lines = 'zie www.example.org\n'.repeat(1_500);
    expect(inlineLimit(lines, 0, lines.length)).toMatch(/^1501 lines in one block/);
    expect(inlineLimit(lines, 0, 200)).toBeNull();
    const stars = '*'.repeat(MAX_INLINE_MARKUP + 1);
    expect(inlineLimit(stars, 0, stars.length)).toMatch(/^401 markup characters in one block/);
  });
});

describe('pathological input: Unicode', () => {
  it(
    '200,000 combining marks on one letter',
    () => expect(parseBounded(`e${'\u0301'.repeat(200_000)}`)).not.toBeNull(),
    HANG_GUARD,
  );

  it(
    'right-to-left text with direction overrides',
    () => {
      expect(
        parseBounded('\u202eשלום עולם مرحبا بالعالم\u202c Gemeenten vragen geld.\n'.repeat(10_000)),
      ).not.toBeNull();
    },
    HANG_GUARD,
  );

  it(
    'emoji: ZWJ families, flags, skin tones',
    () => {
      expect(parseBounded('👩‍👩‍👧‍👦🇳🇱👍🏽 Wij vragen u om middelen. '.repeat(20_000))).not.toBeNull();
    },
    HANG_GUARD,
  );

  it(
    'UTF-16 (LE and BE) with unpaired surrogates',
    () => {
      const text = 'Gemeenten vragen \ud800 om \udfff geld \ud83d. '.repeat(5000);
      const le = new Uint8Array(2 + text.length * 2);
      const be = new Uint8Array(2 + text.length * 2);
      le.set([0xff, 0xfe]);
      be.set([0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        le.set([c & 0xff, c >> 8], 2 + 2 * i);
        be.set([c >> 8, c & 0xff], 2 + 2 * i);
      }
      const fromLe = parseBounded(le);
      expect(fromLe?.source.encoding).toBe('utf-16le');
      expect(fromLe?.themes.flatMap((t) => t.blocks)[0]?.text).toContain('\ufffd');
      expect(parseBounded(be)?.source.encoding).toBe('utf-16be');
    },
    HANG_GUARD,
  );
});

describe('the limits themselves', () => {
  it('measure nesting by quote and list markers, and indentation in front of them', () => {
    expect(markdownDepth('tekst\n> citaat\n').depth).toBe(1);
    expect(markdownDepth('- a\n    - b\n').depth).toBe(3);
    expect(markdownDepth('> > - 1. x').depth).toBe(6); // four markers, three spaces between them
    expect(markdownDepth('        ingesprongen tekst, geen lijst').depth).toBe(0);
    expect(markdownDepth('2024. Een jaartal').depth).toBe(1);
    expect(markdownDepth('a\n\n> > >\n').offset).toBe(3);
  });
  it('find the block with the most markup characters, and the one with the most lines', () => {
    const text = 'een *b* c\n\n[x](y) **z** _w_\n\nrust\nen\nnog meer\n';
    const { busiest, longest } = blockStats(text);
    expect(busiest.count).toBe(8); // [ ] and four * and two _
    expect(text.slice(busiest.start, busiest.end)).toBe('[x](y) **z** _w_');
    expect(longest.lines).toBe(3);
    expect(text.slice(longest.start, longest.end)).toBe('rust\nen\nnog meer');
  });
});
