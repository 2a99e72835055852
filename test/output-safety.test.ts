/**
 * No control sequence from a letter or a file name reaches a terminal (or a text file), in any command or
 * format: the parse summary, brief in every text format, the diff reports, diagnostics and error messages.
 * JSON and YAML are data and stay exact. With colour forced on, the only escape sequences are the tool's own
 * colours: taking them out gives exactly the output without colour.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { runCli, type CliResult } from './helpers/run-cli.js';

const ESC = '\u001b';
const CLEAR = `${ESC}[2J${ESC}[H`;
const OSC8 = `${ESC}]8;;https://kwaad.example/\u0007klik hier${ESC}]8;;\u0007`;
const WINDOW_TITLE = `${ESC}]0;gekaapt${ESC}\\`;
const C0 = '\u0001\u0008\u000b\u000c\u001f\u007f';
const C1 = '\u0085\u008d\u0090\u009b2J\u009d0;x\u009c';
const BIDI = '\u202egnimoc\u202c \u2066x\u2069 \u200f';

/** Controls in the subject, a heading, asks, a link without a target (which a diagnostic quotes) and a figure. */
const HOSTILE = `Onderwerp: Inbreng ${CLEAR}commissiedebat Jeugd ${WINDOW_TITLE}${BIDI}

Geachte leden,

Gemeenten vragen aandacht voor de jeugdzorg\u0007 en ${OSC8} vandaag.${C0}

Veiligheid ${ESC}[31mvan${ESC}[0m systemen ${BIDI}

De beveiliging kost 5 miljoen euro${C1} per jaar. Lees [klik\u0007 hier ${ESC}c\u202e](#) op de site.

- ➔ Zorg voor geld voor ${CLEAR}jeugdzorg ${C1} en ${BIDI} ${OSC8}.

Met vriendelijke groet,

VNG
`;

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-safety-'));
/** A file name with an escape sequence, a line break and a bell in it. */
const NAME = `kwaad${CLEAR}\nnaam\u0007`;
const letter = join(dir, `${NAME}.txt`);
writeFileSync(letter, HOSTILE);
const clean = 'test/fixtures/diff/wonen-2025.txt';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/gu;

/** Output without colour: no control character but line feed and tab. */
function expectInert(what: string, output: string): void {
  const found = CONTROL.exec(output);
  expect(
    found,
    `${what}: ${JSON.stringify(found && output.slice(Math.max(0, found.index - 20), found.index + 20))}`,
  ).toBe(null);
}

/** Runs the command without colour and with colour forced on, and checks both outputs. */
async function expectSafe(args: string[]): Promise<CliResult> {
  const plain = await runCli(args);
  const coloured = await runCli(args, { FORCE_COLOR: '1' });
  for (const [stream, exempt] of [
    ['stdout', args.some((a) => ['--json', '--yaml', '--jsonl'].includes(a)) || args.includes('json')],
    ['stderr', false],
  ] as const) {
    if (exempt) continue;
    const what = `${args.join(' ')} (${stream})`;
    expectInert(what, plain[stream]);
    // colour adds only the tool's SGR codes: take them out and the plain output is left
    expect(coloured[stream].replace(SGR, ''), what).toBe(plain[stream]);
  }
  return plain;
}

describe('letter text never reaches the terminal as control sequences', () => {
  it('the letter and its name really carry them (the model keeps the text exact)', async () => {
    const r = await runCli(['parse', letter, '--json']);
    const model = JSON.parse(r.stdout) as { source: { path: string }; meta: { title: string } };
    expect(model.source.path).toBe(letter);
    expect(model.meta.title).toContain(CLEAR);
    expect(r.stdout).toContain('\\u001b[2J');
  });

  it('parse: the summary, and the warning that quotes a link’s text, one line each', async () => {
    const r = await expectSafe(['parse', letter]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Inbreng commissiedebat Jeugd');
    expect(r.stdout).toContain('klik hier');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^.*kwaad\\x1b\[2J\\x1b\[H\\nnaam\\x07\.txt:\d+:\d+: warning: link "klik hier c" .*\[link-without-target\]$/u,
      ),
    ]);
  });

  it('parse --json and --yaml: stdout is data, stderr is safe', async () => {
    for (const flag of ['--json', '--yaml']) expect((await expectSafe(['parse', letter, flag])).code).toBe(0);
  });

  it('parse -o: a text file gets the safe summary too', async () => {
    const out = join(dir, 'summary.txt');
    await expectSafe(['parse', letter, '-o', out]);
    // and without FORCE_COLOR (which never colours a file: see test/usage-and-colour.test.ts)
    expect((await runCli(['parse', letter, '-o', out])).code).toBe(0);
    expectInert('parse -o', readFileSync(out, 'utf8'));
  });

  it.each([['md'], ['html'], ['text']])('brief --format %s', async (format) => {
    const r = await expectSafe(['brief', letter, '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Zorg voor geld voor');
  });

  it('brief --out: every brief file and the lines on stderr', async () => {
    const out = join(dir, 'briefs');
    await expectSafe(['brief', letter, clean, '--out', out, '--format', 'text']);
    expect((await runCli(['brief', letter, clean, '--out', out, '--format', 'text'])).code).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      letters: { path: string; output: string }[];
    };
    expect(index.letters[0]!.path).toBe(letter); // data: exact
    expectInert('brief --out', readFileSync(index.letters[0]!.output, 'utf8'));
  });

  it.each([['text'], ['md'], ['github'], ['json']])('diff --format %s, both ways', async (format) => {
    for (const [a, b] of [
      [clean, letter],
      [letter, clean],
    ] as const) {
      const r = await expectSafe(['diff', a, b, '--format', format]);
      expect(r.code).toBe(0);
      if (format !== 'json') expect(r.stdout).toContain('Zorg voor geld voor');
    }
  });

  it('diff -o: the report file is safe', async () => {
    const out = join(dir, 'diff.txt');
    await expectSafe(['diff', clean, letter, '--format', 'text', '-o', out]);
    expect((await runCli(['diff', clean, letter, '--format', 'text', '-o', out])).code).toBe(0);
    expectInert('diff -o', readFileSync(out, 'utf8'));
  });
});

describe('errors that name a file or quote the command line are one safe line', () => {
  const folder = join(dir, `map${CLEAR}\nx`);
  mkdirSync(folder);
  const broken = join(dir, `kapot${CLEAR}\n.txt`);
  writeFileSync(broken, Uint8Array.from([0x8a, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));

  // each name keeps to one line with its control characters as escapes: "weg<ESC>[2J<ESC>[H<LF>.txt" is shown as
  // "weg\x1b[2J\x1b[H\n.txt" (a usage error from commander drops them)
  it.each([
    [
      'a missing file',
      ['parse', join(dir, `weg${CLEAR}\n.txt`)],
      'weg\\x1b[2J\\x1b[H\\n.txt: no such file',
      2,
    ],
    ['a folder where a letter is expected', ['brief', folder], 'map\\x1b[2J\\x1b[H\\nx: is a folder', 2],
    [
      'a missing template',
      ['brief', clean, '--template', join(dir, `sjabloon${CLEAR}\n.md.liquid`)],
      'sjabloon\\x1b[2J\\x1b[H\\n.md.liquid: template not found',
      2,
    ],
    ['an unknown option', ['parse', clean, `--${CLEAR}\nx`], "unknown option '-- x'", 2],
    [
      'a bad letter in a batch',
      ['parse', broken, clean, '--out', join(dir, 'modellen'), '-q'],
      'kapot\\x1b[2J\\x1b[H\\n.txt: binary file',
      1,
    ],
    [
      'a missing saved model in diff',
      ['diff', join(dir, `oud${CLEAR}\n.json`), clean],
      'oud\\x1b[2J\\x1b[H\\n.json: no such file',
      2,
    ],
  ])('%s', async (_, args, shown, code) => {
    const r = await expectSafe(args);
    expect(r.code).toBe(code);
    expect(r.stderr.split('\n').filter((line) => line.includes(shown))).toEqual([
      expect.stringMatching(/^(vng-brief: |error: )/u),
    ]);
  });
});

describe('the progress bar on a terminal', () => {
  it('shows file names without their control characters', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vng-brief-safety-bar-'));
    for (let i = 0; i < 8; i++) writeFileSync(join(folder, `${NAME}${i}.txt`), HOSTILE);
    let stderr = '';
    const code = await main(['node', 'vng-brief', 'parse', folder, '--out', join(folder, 'uit')], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => ((stderr += s), true), isTTY: true, columns: 200 } as never,
      env: {},
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/█/u);
    // the bar moves the cursor with its own sequences; none of the names' may get through
    expect(stderr).not.toContain(CLEAR);
    expect(stderr).not.toContain('\u0007');
  });
});
