/**
 * The CLI with a project's config file: its word lists change what `parse` finds, its settings are the
 * defaults of --lang, --templates and each command's --format (the command line wins), and a mistake in it is
 * one line placed by file:line:column, exit 2. One test runs the built binary from a folder below the config
 * file, as a user does; the others run main() in-process with --config.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { definedLexicons } from '../src/core/load-lexicon.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const FIXTURE = 'test/fixtures/config';

/** A project folder with the fixture letter and `config` as its .vng-brief.yaml. */
function project(config: string): { root: string; config: string; letter: string } {
  const root = mkdtempSync(join(tmpdir(), 'vng-cli-config-'));
  copyFileSync(join(FIXTURE, 'letter.txt'), join(root, 'letter.txt'));
  writeFileSync(join(root, '.vng-brief.yaml'), config);
  return { root, config: join(root, '.vng-brief.yaml'), letter: join(root, 'letter.txt') };
}

const withWords = () => project(readFileSync(join(FIXTURE, 'project.vng-brief.yaml'), 'utf8'));

interface Found {
  asks: { plain: string }[];
  references: { text: string }[];
  source: { discarded: { reason: string }[] };
}

const summary = (stdout: string) => {
  const letter = JSON.parse(stdout) as Found;
  return {
    asks: letter.asks.map((a) => a.plain),
    references: letter.references.map((r) => r.text),
    setAside: letter.source.discarded.map((d) => d.reason),
  };
};

describe('a config file with word lists', () => {
  it('is found from a folder below it by the built binary, and adds to what `parse` finds', async () => {
    const { root } = withWords();
    const deep = join(root, 'brieven');
    mkdirSync(deep);
    const bin = resolve('bin/vng-brief.js');
    const parse = async (...flags: string[]) =>
      summary(
        (
          await promisify(execFile)(process.execPath, [bin, 'parse', '../letter.txt', '--json', ...flags], {
            cwd: deep,
          })
        ).stdout,
      );
    expect(await parse()).toEqual({
      asks: ['Wij smeken de Kamer om extra geld voor de handhaving.'],
      references: ['vaste commissie voor Binnenlandse Zaken', 'Woonrecht', 'Wvh', 'VNG'],
      setAside: ['intranet: banner'],
    });
    expect(await parse('--no-config')).toEqual({
      asks: [],
      // the intranet banner is read as text then: "gemeente Utrecht" is a public body
      references: ['vaste commissie voor Binnenlandse Zaken', 'gemeente Utrecht', 'VNG'],
      setAside: [],
    });
  });

  it('is read from --config; a run without it uses the built-in lists again', async () => {
    const { config, letter } = withWords();
    const withConfig = await runCli(['parse', letter, '--json', '--config', config]);
    expect(summary(withConfig.stdout).asks).toHaveLength(1);
    expect(summary((await runCli(['parse', letter, '--json'])).stdout).asks).toEqual([]);
  });

  it('may extend the lists of code `parse` loads only on use (the brief’s), in the built binary', async () => {
    const { config, letter } = project('words:\n  stance:\n    position: [meent]\n  labels.en:\n    {}\n');
    const bin = resolve('bin/vng-brief.js');
    const run = await promisify(execFile)(process.execPath, [
      bin,
      'parse',
      letter,
      '--json',
      '-q',
      '--config',
      config,
    ]);
    expect(JSON.parse(run.stdout)).toHaveProperty('asks');
  });

  it('can extend every word list: the CLI knows them all', () => {
    const lists = readdirSync('src/data')
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('.specs.yaml'))
      .map((f) => `src/data/${f}`)
      .sort();
    expect(
      definedLexicons()
        .map((l) => l.source.file)
        .sort(),
    ).toEqual(lists);
  });

  it('with a typo is one line with file:line:column, exit 2, and nothing done', async () => {
    const yaml = readFileSync(join(FIXTURE, 'project.vng-brief.yaml'), 'utf8').replace(
      'firmness: urge',
      'firmnes: urge',
    );
    const { config, letter } = project(yaml);
    const r = await runCli(['parse', letter, '--json', '--config', config]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${config}:14:9: words.asks.requests.0.firmnes: unknown key (and 1 more)\n`,
    });
  });
});

describe('a config file with defaults for the command line', () => {
  it('sets --lang and the format of each command; the command line and -o win', async () => {
    const { config } = project('lang: en\nformat:\n  brief: html\n  diff: md\n');
    const brief = await runCli(['brief', LETTER_2024, '--config', config, '-q']);
    expect(brief.stdout).toMatch(/^<!doctype html>/i);
    expect(brief.stdout).toContain('What VNG asks');
    const dutch = await runCli([
      'brief',
      LETTER_2024,
      '--config',
      config,
      '--lang',
      'nl',
      '--format',
      'md',
      '-q',
    ]);
    expect(dutch.stdout).toContain('## Wat VNG vraagt');
    const out = join(mkdtempSync(join(tmpdir(), 'vng-cli-config-out-')), 'brief.md');
    await runCli(['brief', LETTER_2024, '--config', config, '-o', out, '-q']);
    expect(readFileSync(out, 'utf8')).toContain('## What VNG asks');
    const diff = await runCli(['diff', LETTER_2022, LETTER_2024, '--config', config, '-q']);
    expect(diff.stdout).toMatch(/^#/);
  });

  it('points --templates at a folder whose templates replace the built-in ones of the same name', async () => {
    const { root, config } = project('templates: eigen\n');
    cpSync(join(FIXTURE, 'templates'), join(root, 'eigen'), { recursive: true });
    const brief = await runCli([
      'brief',
      join(root, 'letter.txt'),
      '--config',
      config,
      '--format',
      'md',
      '-q',
    ]);
    expect(brief.stdout).toMatch(/^# Eigen sjabloon: /);
    const listed = await runCli(['templates', '--config', config]);
    expect(listed.stdout).toContain(join(root, 'eigen', 'debate-one-pager.md.liquid'));
    expect(listed.stdout).toContain(resolve('templates', 'debate-one-pager.md.liquid'));
  });

  it.each([
    ['lang: fr\n', ':1:7: lang: expected one of nl, en, got fr'],
    ['format:\n  brief: csv\n', ':2:10: format.brief: expected one of text, md, html, pdf, docx, got csv'],
    ['templates: 3\n', ':1:12: templates: expected a string, got a number'],
    ['format:\n  templates: md\n', ':2:3: format.templates: no command takes --format'],
    ['format:\n  breif: md\n', ':2:3: format.breif: no command of this name (parse, brief, schema, diff)'],
  ])('refuses %j with its place, whichever command runs', async (yaml, place) => {
    const { config } = project(yaml);
    const r = await runCli(['schema', '--config', config]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `vng-brief: ${config}${place}\n` });
  });

  it('named with --config must be there', async () => {
    const r = await runCli(['parse', LETTER_2024, '--config', 'geen-config.yaml']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'vng-brief: geen-config.yaml: no such file\n' });
  });
});
