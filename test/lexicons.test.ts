/**
 * The word lists of src/data and their one loader: every list satisfies its schema (the check `npm run build`
 * runs first), and a broken list is reported with its file, line:column, key path and problem, at build time
 * and, without the place, at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkLexicon } from '../src/core/check-lexicon.js';
import { defineLexicon, definedLexicons } from '../src/core/load-lexicon.js';
import { loadLabels } from '../src/render/load-labels.js';
import { structureWords } from '../src/text/structure-words.js';
import '../src/read/load-boilerplate.js'; // registers its lexicon, for schemaOf
// @ts-expect-error plain JS build helper without types
import { checkLexicons } from '../scripts/check-lexicons.mjs';

const schemaOf = (file: string) => {
  const found = definedLexicons().find((l) => l.source.file === file);
  if (!found) throw new Error(`no lexicon reads ${file}`);
  return found.schema;
};

describe('word lists', () => {
  it('every list in src/data is loaded by a module and satisfies its schema', async () => {
    expect(await checkLexicons()).toEqual([]);
  });

  it('goes into the bundle as its schema gives it, so the bundle need not validate it again', async () => {
    const outputs = new Map<string, unknown>();
    await checkLexicons(outputs);
    const lists = readdirSync('src/data').filter((f) => /(?<!\.specs)\.yaml$/.test(f));
    expect([...outputs.keys()].sort()).toEqual(lists.map((f) => `src/data/${f}`).sort());
    // the lists this test has loaded, whose data is the YAML itself here
    for (const { source, schema } of definedLexicons())
      expect(outputs.get(source.file), source.file).toEqual(schema.parse(source.data));
  });

  it('compiles a list once and hands out the same lexicon', () => {
    expect(structureWords()).toBe(structureWords());
    expect(loadLabels('nl')).not.toBe(loadLabels('en'));
  });
});

describe('checkLexicon', () => {
  const structure = 'src/data/structure.yaml';

  it('names the file, line:column, key path and problem of each mistake in a broken copy', () => {
    const broken = [
      'labels:',
      '  - { name: date, words: [datum] }',
      '  - { name: subject, words: [onderwerp, 12] }',
      'salutations: [geachte]',
      'closing: [hoogachtend]',
      'lineEndWords: [van, de]',
    ].join('\n');
    expect(checkLexicon(structure, broken, schemaOf(structure))).toEqual([
      'src/data/structure.yaml:3:41: labels.1.words.1: expected a string, got a number',
      'src/data/structure.yaml:1:1: closings: expected a list, got nothing',
      // zod leaves out a key it does not know; the check reports it
      'src/data/structure.yaml:5:1: closing: unknown key',
    ]);
  });

  it('points at an unknown key itself, and quotes the allowed values of an enum', () => {
    const labels = 'src/data/labels.en.yaml';
    const text = `${'lang: en\n'}breif: Debate brief\n`;
    expect(checkLexicon(labels, text, schemaOf(labels))).toContain(
      'src/data/labels.en.yaml:2:1: breif: unknown key',
    );
    const boilerplate = 'src/data/boilerplate.yaml';
    const patterns = [
      'patterns:',
      '  - { id: login, reason: web noise, match: "^login$", where: somewhere }',
      '  - { id: more, reason: web noise, match: "meer informatie" }',
      'running: { reason: r, min-length: 1, min-words: 1, max-length: 9, min-repeats: 2 }',
    ].join('\n');
    expect(checkLexicon(boilerplate, patterns, schemaOf(boilerplate))).toEqual([
      'src/data/boilerplate.yaml:2:62: patterns.0.where: expected one of "anywhere", "alone", "between-blank-lines", "page-sequence", got "somewhere"',
      'src/data/boilerplate.yaml:3:43: patterns.1.match: a boilerplate pattern must be anchored: ^…$',
    ]);
  });

  it('rejects a misspelt placeholder in a label phrase', () => {
    const labels = 'src/data/labels.en.yaml';
    const text = readFileSync(labels, 'utf8').replace(
      "ask-new: 'new ask: {text}'",
      "ask-new: 'new ask: {txet}'",
    );
    expect(checkLexicon(labels, text, schemaOf(labels))).toEqual([
      expect.stringMatching(/^src\/data\/labels\.en\.yaml:\d+:\d+: diff\.ask-new: may use only \{text\}$/),
    ]);
  });

  it('reports text YAML cannot read at the place the parser stopped', () => {
    expect(checkLexicon(structure, 'labels: [\nsalutations: x\n', schemaOf(structure))).toEqual([
      expect.stringMatching(/^src\/data\/structure\.yaml:\d+:\d+: \S/),
    ]);
  });

  it('is empty for a valid list', () => {
    const text = 'labels: []\nsalutations: [geachte]\nclosings: []\nlineEndWords: []\n';
    expect(checkLexicon(structure, text, schemaOf(structure))).toEqual([]);
  });
});

describe('defineLexicon', () => {
  it('throws on first use with the file and key path when a list fails its schema at run time', () => {
    const schema = () => z.object({ words: z.array(z.string()) });
    const broken = defineLexicon({ file: 'src/data/x.yaml', data: { words: ['a', 1] } }, schema, (d) => d);
    expect(broken).toThrow('src/data/x.yaml: words.1: expected a string, got a number');
  });

  it('compiles only on first use', () => {
    let compiled = 0;
    const words = defineLexicon(
      { file: 'src/data/y.yaml', data: { words: ['a'] } },
      () => z.object({ words: z.array(z.string()) }),
      (d) => {
        compiled++;
        return new Set(d.words);
      },
    );
    expect(compiled).toBe(0);
    expect(words().has('a')).toBe(true);
    words();
    expect(compiled).toBe(1);
  });
});
