/**
 * Extra entries for the word lists (a config file's `words`, the `words` option of parseLetter): merged into the
 * built-in lists at run time, validated by each list's own schema, every problem placed in the extra entries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { findUnknownKeys } from '../src/core/find-unknown-keys.js';
import { compileWordLists, useWordLists, withWordLists, type WordLists } from '../src/core/load-lexicon.js';
import { mergeWordList, pathInExtra } from '../src/core/merge-word-list.js';
import { parseLetter, UserError } from '../src/index.js';

// a letter with an organisation, a law, an ask and a line to set aside that only the project's lists know
const LETTER = readFileSync('test/fixtures/config/letter.txt', 'utf8');
const WORDS = (
  parse(readFileSync('test/fixtures/config/project.vng-brief.yaml', 'utf8')) as { words: WordLists }
).words;

const found = (words?: WordLists) => {
  const letter = parseLetter(LETTER, { path: 'brief.txt', ...(words ? { words } : {}) });
  return {
    asks: letter.asks.map((a) => `${a.plain} (${a.firmness})`),
    references: letter.references.map((r) => `${r.kind} ${r.text} → ${r.name ?? ''} ${r.id ?? ''}`.trim()),
    setAside: letter.source.discarded.map((d) => d.reason),
  };
};

describe('extra word lists in parseLetter', () => {
  it('find an organisation, a law, an ask verb and a boilerplate line the built-in lists do not know', () => {
    expect(found()).toEqual({
      asks: [],
      references: [
        'committee vaste commissie voor Binnenlandse Zaken →',
        // the intranet banner is read as text without the project's lists: "gemeente Utrecht" is a public body
        'organisation gemeente Utrecht →',
        'organisation VNG → Vereniging van Nederlandse Gemeenten',
      ],
      setAside: [],
    });
    expect(found(WORDS)).toEqual({
      asks: ['Wij smeken de Kamer om extra geld voor de handhaving. (urge)'],
      references: [
        'committee vaste commissie voor Binnenlandse Zaken →',
        'organisation Woonrecht → Stichting Woonrecht',
        'law Wvh → Wet vaste huurcontracten 36306',
        'organisation VNG → Vereniging van Nederlandse Gemeenten',
      ],
      setAside: ['intranet: banner'],
    });
  });

  it('apply to the one call: the next parse without them uses the built-in lists', () => {
    found(WORDS);
    expect(found().asks).toEqual([]);
  });

  it('are refused with their path when a list does not take them', () => {
    const words = { laws: { laws: [{ name: 'Wet X', abbreviations: 'WX' }] } };
    expect(() => parseLetter(LETTER, { words })).toThrow(UserError);
    expect(() => parseLetter(LETTER, { words })).toThrow(
      'words.laws.laws.0.id: expected a string, got nothing (and 1 more)',
    );
  });
});

describe('compileWordLists', () => {
  it('places each problem in the extra entries, after the built-in items of a list', () => {
    const issues = compileWordLists({
      organisatons: {},
      asks: { requests: [{ lemma: 'smeken', forms: ['smeekt'], firmnes: 'urge', needs: ['addressee'] }] },
      boilerplate: { patterns: [{ id: 'x', reason: 'y', match: '^(open$' }], running: { 'min-repeats': 1 } },
    });
    expect(issues.map((i) => `${i.path.join('.')}${i.atKey ? ' (key)' : ''}: ${i.message}`)).toEqual([
      expect.stringMatching(/^organisatons \(key\): no word list of this name \(abbreviations, asks, .*\)$/),
      'asks.requests.0.firmnes (key): unknown key',
      'asks.requests.0.firmness: expected one of "suggest", "advise", "request", "urge", "demand", got nothing',
      'boilerplate.patterns.0.match: not a regular expression (in JavaScript syntax)',
      'boilerplate.running.min-repeats: too small: expected number to be >=2',
    ]);
  });

  it('accepts valid entries, and a set of entries once', () => {
    const words = { roles: WORDS.organisations };
    expect(compileWordLists(words)[0]?.message).toBe('unknown key');
    expect(compileWordLists(WORDS)).toEqual([]);
    expect(compileWordLists(WORDS)).toEqual([]);
  });

  it('is used by every lexicon from useWordLists on, until it is taken away', () => {
    try {
      useWordLists(WORDS);
      expect(found().asks).toHaveLength(1);
      // a call's own entries replace those in use, for that call
      expect(withWordLists({}, () => found().asks)).toEqual([]);
      expect(found().asks).toHaveLength(1);
    } finally {
      useWordLists(undefined);
    }
    expect(found().asks).toEqual([]);
  });
});

describe('merging a word list', () => {
  const builtin = { words: ['a', 'b'], modals: { moet: 'demand' }, running: { min: 2, max: 9 } };

  it('adds to lists, merges mappings and replaces single values', () => {
    expect(mergeWordList(builtin, { words: ['c'], modals: { mag: 'suggest' }, running: { min: 3 } })).toEqual(
      {
        words: ['a', 'b', 'c'],
        modals: { moet: 'demand', mag: 'suggest' },
        running: { min: 3, max: 9 },
      },
    );
    expect(builtin.words).toEqual(['a', 'b']);
  });

  it('takes a place in the merged list back to the extra entries, or to nothing when it is built in', () => {
    const extra = { words: ['c', 'd'], running: { min: 'x' } };
    expect(pathInExtra(['words', 3], builtin, extra)).toEqual(['words', 1]);
    expect(pathInExtra(['words', 1], builtin, extra)).toBeNull();
    expect(pathInExtra(['running', 'min'], builtin, extra)).toEqual(['running', 'min']);
    expect(pathInExtra(['running', 'max'], builtin, extra)).toBeNull();
    // a key an extra entry lacks is in that entry
    expect(pathInExtra(['items', 0, 'name'], {}, { items: [{}] })).toEqual(['items', 0, 'name']);
  });

  it('finds keys a schema does not know, through lists, mappings, defaults and optional values', () => {
    const schema = z.object({
      laws: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) })),
      modals: z.record(z.string(), z.object({ firmness: z.string() })),
      running: z.object({ min: z.number() }).optional(),
      labels: z.strictObject({ title: z.string() }),
    });
    const value = {
      laws: [{ name: 'Wet', alias: ['W'] }],
      modals: { moet: { firmnes: 'x' } },
      running: { mni: 1 },
      labels: { titel: 't' },
      lwas: [],
    };
    // the strict object's key is zod's to report
    expect(findUnknownKeys(schema, value)).toEqual([
      ['laws', 0, 'alias'],
      ['modals', 'moet', 'firmnes'],
      ['running', 'mni'],
      ['lwas'],
    ]);
  });
});
