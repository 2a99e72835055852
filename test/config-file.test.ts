/**
 * loadConfig: a project's config file, found upwards from a folder as lilconfig finds it (or named), validated
 * as a whole, each problem one line placed by file:line:column.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, UserError } from '../src/index.js';

const PROJECT = 'test/fixtures/config/project.vng-brief.yaml';

/** A fresh project folder with `files` (name → text), and a folder two levels down to search from. */
function project(files: Record<string, string>): { root: string; deep: string } {
  const root = mkdtempSync(join(tmpdir(), 'vng-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const deep = join(root, 'brieven', '2025');
  mkdirSync(deep, { recursive: true });
  return { root, deep };
}

/** The one-line message loadConfig refuses a config file with. */
async function problemOf(text: string, name = '.vng-brief.yaml'): Promise<string> {
  const { root } = project({ [name]: text });
  const err = await loadConfig({ cwd: root }).then(
    () => new Error('accepted'),
    (e: unknown) => e as Error,
  );
  expect(err).toBeInstanceOf(UserError);
  return err.message;
}

describe('finding the config file', () => {
  it('searches upwards from the folder, and takes relative paths from the config file’s folder', async () => {
    const { root, deep } = project({ '.vng-brief.yaml': 'lang: en\ntemplates: sjablonen\n' });
    mkdirSync(join(root, 'sjablonen'));
    const config = await loadConfig({ cwd: deep });
    expect(config).toMatchObject({
      file: join(root, '.vng-brief.yaml'),
      lang: 'en',
      templates: join(root, 'sjablonen'),
      format: {},
    });
    expect(config?.locate(['templates'])).toBe(`${join(root, '.vng-brief.yaml')}:2:12`);
  });

  it('finds nothing where there is no config file, and passes over a package.json without its key', async () => {
    const { root, deep } = project({ 'package.json': '{ "name": "brieven" }' });
    expect(await loadConfig({ cwd: deep })).toBeNull();
    expect(await loadConfig({ cwd: root })).toBeNull();
  });

  it('reads the "vng-brief" key of a package.json, placing its problems inside it', async () => {
    const { root } = project({
      'package.json': '{\n  "name": "brieven",\n  "vng-brief": { "lang": "en" }\n}\n',
    });
    expect(await loadConfig({ cwd: root })).toMatchObject({ file: join(root, 'package.json'), lang: 'en' });
    const problem = await problemOf('{\n  "vng-brief": {\n    "lnag": "en"\n  }\n}\n', 'package.json');
    expect(problem).toBe('package.json:3:5: lnag: unknown key');
  });

  it('takes the first file of a folder in the documented order, and the nearest folder first', async () => {
    const { root, deep } = project({
      'package.json': '{ "vng-brief": { "lang": "nl" } }',
      'vng-brief.config.yaml': 'lang: en\n',
    });
    expect((await loadConfig({ cwd: root }))?.file).toBe(join(root, 'vng-brief.config.yaml'));
    writeFileSync(join(deep, '.vng-brief.yml'), 'lang: nl\n');
    expect((await loadConfig({ cwd: deep }))?.file).toBe(join(deep, '.vng-brief.yml'));
  });

  it('reads a file named for it, relative to the folder, and says so when it is not there', async () => {
    const { root } = project({});
    copyFileSync(PROJECT, join(root, 'mijn-config.yaml'));
    const config = await loadConfig({ cwd: root, file: 'mijn-config.yaml' });
    expect(Object.keys(config?.words ?? {})).toEqual(['organisations', 'laws', 'asks', 'boilerplate']);
    await expect(loadConfig({ cwd: root, file: 'geen.yaml' })).rejects.toThrow('geen.yaml: no such file');
  });
});

describe('a config file with a mistake', () => {
  it.each([
    ['a misspelt setting', 'lnag: en\n', '.vng-brief.yaml:1:1: lnag: unknown key'],
    [
      'a list for a single value',
      'lang: [en, nl]\n',
      '.vng-brief.yaml:1:7: lang: expected a string, got a list',
    ],
    [
      'YAML that does not parse',
      'format:\n  brief: [md\n',
      '.vng-brief.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'a missing templates folder',
      'templates: ./geen\n',
      /^\.vng-brief\.yaml:1:12: templates: no such folder \(/,
    ],
    [
      'a word list that does not exist',
      'words:\n  organisaties: {}\n',
      /^\.vng-brief\.yaml:2:3: words\.organisaties: no word list of this name \(abbreviations, asks, /,
    ],
    [
      'a misspelt key in a word list entry',
      'words:\n  laws:\n    laws:\n      - { name: Wet X, id: null, abbreviation: [WX] }\n',
      '.vng-brief.yaml:4:34: words.laws.laws.0.abbreviation: unknown key',
    ],
    [
      'a value of the wrong kind, and a second problem',
      'words:\n  organisations:\n    organisations:\n      - { name: X, aliases: X }\n      - { aliases: [Y] }\n',
      '.vng-brief.yaml:4:29: words.organisations.organisations.0.aliases: expected a list, got a string (and 1 more)',
    ],
    [
      'a pattern that is no regular expression',
      "words:\n  boilerplate:\n    patterns:\n      - { id: x, reason: y, match: '^(open$' }\n",
      '.vng-brief.yaml:4:36: words.boilerplate.patterns.0.match: not a regular expression (in JavaScript syntax)',
    ],
  ])('%s is one line placed by file:line:column', async (_, text, message) => {
    expect(await problemOf(text)).toMatch(message);
  });
});
