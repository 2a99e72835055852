/**
 * Saved models (parse --json, parse --yaml) wherever a letter is read — brief, diff, --since, parse itself — told
 * apart by content and validated; and standard input read when it is piped and no letter is given, as pandoc and
 * jq do (through the built binary, whose standard input the test can pipe).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-models-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** Saves the model of a letter with `parse`, as JSON or YAML. */
async function save(letter: string, name: string, format: '--json' | '--yaml'): Promise<string> {
  const out = join(dir, name);
  const r = await runCli(['parse', letter, format, '-o', out, '-q']);
  expect(r.code).toBe(0);
  return out;
}

const briefOf = async (input: string, ...more: string[]) => {
  const r = await runCli(['brief', input, '--format', 'md', '-q', ...more]);
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('saved models', () => {
  it('brief makes the same brief of a saved model, JSON or YAML, as of the letter', async () => {
    const fromLetter = await briefOf(LETTER_2024);
    expect(await briefOf(await save(LETTER_2024, 'm.json', '--json'))).toBe(fromLetter);
    expect(await briefOf(await save(LETTER_2024, 'm.yaml', '--yaml'))).toBe(fromLetter);
  });

  it('are told by content, whatever their name', async () => {
    const json = readFileSync(await save(LETTER_2024, 'm2.json', '--json'));
    const yaml = readFileSync(await save(LETTER_2024, 'm2.yaml', '--yaml'));
    const fromLetter = await briefOf(LETTER_2024);
    expect(await briefOf(file('model-json.txt', json))).toBe(fromLetter);
    expect(await briefOf(file('model-yaml.txt', yaml))).toBe(fromLetter);
  });

  it('diff and --since take a YAML model as they take a JSON one', async () => {
    const old = await save(LETTER_2022, 'old.yaml', '--yaml');
    const fromText = JSON.parse(
      (await runCli(['diff', LETTER_2022, LETTER_2024, '--format', 'json', '-q'])).stdout,
    );
    const fromModel = JSON.parse((await runCli(['diff', old, LETTER_2024, '--format', 'json', '-q'])).stdout);
    expect(fromModel.asks).toEqual(fromText.asks);
    expect(await briefOf(LETTER_2024, '--since', old)).toBe(
      await briefOf(LETTER_2024, '--since', LETTER_2022),
    );
  });

  it('parse reads a saved model back (JSON to YAML and back gives the same model)', async () => {
    const yaml = await save(LETTER_2024, 'm3.yaml', '--yaml');
    const again = await runCli(['parse', yaml, '--json', '-q']);
    const direct = await runCli(['parse', LETTER_2024, '--json', '-q']);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('a model saved before source.origin and source.pages existed still reads', async () => {
    const model = JSON.parse(readFileSync(await save(LETTER_2024, 'm4.json', '--json'), 'utf8'));
    delete model.source.origin;
    delete model.source.pages;
    const r = await runCli(['parse', file('oud.json', JSON.stringify(model)), '--json', '-q']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ origin: null, pages: null });
  });

  it('broken YAML, and YAML that is no model, are one-line errors', async () => {
    const broken = file('kapot.yaml', 'schemaVersion: 1\nsource: [path\n');
    const r1 = await runCli(['brief', broken]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(new RegExp(`^vng-brief: ${broken}: not valid YAML \\(.+\\)\\n$`));
    const other = file('anders.yaml', 'schemaVersion: 1\nthemes: []\n');
    const r2 = await runCli(['diff', LETTER_2022, other, '-q']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(new RegExp(`^vng-brief: ${other}: not a vng-brief letter model \\(.+\\)\\n$`));
  });

  it('a saved diff where a letter is expected says what it is', async () => {
    const saved = join(dir, 'verschil.json');
    expect((await runCli(['diff', LETTER_2022, LETTER_2024, '-o', saved, '-q'])).code).toBe(0);
    const r = await runCli(['brief', saved]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `vng-brief: ${saved}: a saved diff (vng-brief diff --format json), not a letter model: give the letter, or its parse --json model\n`,
    ]);
  });

  it('--input-format text reads a .json file as the letter it is', async () => {
    const p = file('brief.json', '{ Geachte leden, wij vragen u om structurele middelen voor de opvang. }');
    expect((await runCli(['parse', p])).code).toBe(2);
    const r = await runCli(['parse', p, '--input-format', 'text', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).asks).toHaveLength(1);
  });
});

/** Runs the built binary with `input` piped to its standard input. */
function runPiped(
  args: string[],
  input: Uint8Array | string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/vng-brief.js', ...args], {
      // briefs fitted by the line estimate, as the in-process runs they are compared with
      env: { ...process.env, NO_COLOR: '1', VNG_BRIEF_FIT: 'estimate' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('standard input when piped and no letter is given', () => {
  it('parse reads it, whatever the letter is: text, or a PDF', async () => {
    const text = await runPiped(['parse', '--json', '-q'], readFileSync(LETTER_2024));
    expect(text.code).toBe(0);
    expect(JSON.parse(text.stdout).source).toMatchObject({ path: '-', format: 'text', origin: null });
    const pdf = await runPiped(
      ['parse', '--json', '-q'],
      readFileSync('test/fixtures/inputs/inbreng-mensenhandel-2024.pdf'),
    );
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout).source).toMatchObject({ path: '-', origin: 'pdf' });
  });

  it('brief reads a model piped from parse', async () => {
    const model = (await runCli(['parse', LETTER_2024, '--json', '-q'])).stdout;
    const r = await runPiped(['brief', '--format', 'md', '-q'], model);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await briefOf(LETTER_2024));
  });

  it('diff with one letter reads the new one from it', async () => {
    const r = await runPiped(['diff', LETTER_2022, '--format', 'json', '-q'], readFileSync(LETTER_2024));
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    expect(diff.new.input).toBe('-');
    expect(diff.asks).toEqual(
      JSON.parse((await runCli(['diff', LETTER_2022, LETTER_2024, '--format', 'json', '-q'])).stdout).asks,
    );
  });

  it('the parse summary names standard input as the brief does', async () => {
    const nl = await runPiped(['parse', '-q'], readFileSync(LETTER_2024));
    expect(nl.stdout.split('\n')[2]).toBe('standaardinvoer · text · utf-8');
    const en = await runPiped(['parse', '-q', '--lang', 'en'], readFileSync(LETTER_2024));
    expect(en.stdout.split('\n')[2]).toBe('standard input · text · utf-8');
  });

  it('names standard input in its errors, and says what to do when nothing was piped', async () => {
    for (const args of [['parse'], ['brief', '-'], ['diff', LETTER_2022]]) {
      const r = await runPiped([...args, '-q'], '');
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        'vng-brief: standard input: empty (name a letter file, or pipe a letter in)\n',
      ]);
    }
    const binary = await runPiped(['parse'], Uint8Array.from([0x41, 0, 0x42, 0]));
    expect([binary.code, binary.stderr]).toEqual([2, 'vng-brief: standard input: binary file (NUL bytes)\n']);
    const large = await runPiped(['parse', '--max-size', '1KB'], 'a'.repeat(4096));
    expect(large.stderr).toBe('vng-brief: standard input: more than 1 KB (raise --max-size)\n');
    const model = await runPiped(['brief'], '{ "schemaVersion": 1 }');
    expect(model.stderr).toMatch(/^vng-brief: standard input: not a vng-brief letter model \(/u);
  });

  it('on a terminal, a missing letter stays a usage error', async () => {
    for (const [args, name] of [
      [['parse'], 'inputs'],
      [['brief'], 'letters'],
      [['diff', LETTER_2022], 'new'],
    ] as const) {
      const r = await runCli([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`error: missing required argument '${name}'`);
    }
  });
});
