/**
 * The package as another repository gets it: `npm pack`, installed into an empty folder (offline, from the
 * cache `npm ci` filled), its CLI run from there, and a TypeScript consumer compiled with tsc against its
 * declarations. test/global-setup.ts builds dist/ first when it is stale; packing skips the `prepare` build.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { LETTER_2024 } from '../helpers/letters.js';
import { offlineLockfile } from '../helpers/offline-lockfile.js';

const run = promisify(execFile);
const npm = (args: string[], cwd: string) =>
  run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 1 << 26 });

interface Packed {
  filename: string;
  integrity: string;
  files: { path: string }[];
}

const root = mkdtempSync(join(tmpdir(), 'vng-brief-pack-'));
const app = join(root, 'app');
let packed: Packed;

beforeAll(async () => {
  const { stdout } = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', root], '.');
  packed = (JSON.parse(stdout) as Packed[])[0]!;
  const spec = `file:../${packed.filename}`;
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'vng-brief': spec } }),
  );
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(offlineLockfile(packed.integrity, spec)));
  await npm(['ci', '--offline'], app);
}, 180_000);

const installed = (...path: string[]) => join(app, 'node_modules', 'vng-brief', ...path);
const bin = (args: string[]) =>
  run(join(app, 'node_modules', '.bin', 'vng-brief'), args, {
    cwd: app,
    env: { ...process.env, NO_COLOR: '1', VNG_BRIEF_FIT: 'estimate' },
  });

describe('the packed package', () => {
  it('ships the build, the declarations, the word lists and the licence; no source maps or code caches', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'bin/vng-brief.js',
        'dist/cli.cjs',
        'dist/index.js',
        'dist/types/index.d.ts',
        'src/data/asks.yaml',
        'src/data/organisations.yaml',
        'templates/debate-one-pager.md.liquid',
      ]),
    );
    expect(files.filter((f) => /\.map$|\.cache$|\.specs\.yaml$|^test\/|\.ts$(?<!\.d\.ts)/.test(f))).toEqual(
      [],
    );
  });

  it('runs `vng-brief parse` and `vng-brief brief` where it is installed', async () => {
    const letter = resolve(LETTER_2024);
    const model = JSON.parse((await bin(['parse', letter, '--json', '-q'])).stdout) as {
      asks: unknown[];
      meta: { title: string };
    };
    expect(model.asks.length).toBeGreaterThan(3);
    const brief = (await bin(['brief', letter, '--format', 'md', '-q'])).stdout;
    expect(brief).toContain(model.meta.title);
    expect(brief).toContain('Wat VNG vraagt');
    // the code cache is left out of the package and made by the first run, for this Node
    expect(readdirSync(installed('dist')).filter((f) => f.endsWith('.cache'))).toHaveLength(1);
  });

  it('reads PDF (PDF.js from node_modules), Word and web pages where it is installed', async () => {
    const asksOf = async (file: string) =>
      (JSON.parse((await bin(['parse', resolve(file), '--json', '-q'])).stdout) as { asks: unknown[] }).asks
        .length;
    const expected = await asksOf(LETTER_2024);
    for (const ext of ['pdf', 'docx', 'html'])
      expect(await asksOf(`test/fixtures/inputs/inbreng-mensenhandel-2024.${ext}`)).toBe(expected);
  });

  it('reads a project config file from the folder it runs in, whose word lists change what it finds', async () => {
    const folder = join(app, 'brieven');
    mkdirSync(folder);
    copyFileSync('test/fixtures/config/project.vng-brief.yaml', join(folder, '.vng-brief.yaml'));
    const asks = async (...flags: string[]) =>
      (
        JSON.parse(
          (
            await run(
              installed('bin', 'vng-brief.js'),
              ['parse', resolve('test/fixtures/config/letter.txt'), '--json', ...flags],
              {
                cwd: folder,
              },
            )
          ).stdout,
        ) as { asks: unknown[] }
      ).asks.length;
    expect(await asks()).toBe(1);
    expect(await asks('--no-config')).toBe(0);
  });

  it('is a library whose imports resolve in the installed dependencies', async () => {
    const code = `import { parseLetter, VERSION } from 'vng-brief';
      const letter = parseLetter('Geachte leden,\\n\\nWij vragen de Kamer het budget te verhogen.\\n');
      console.log(VERSION, letter.asks.length);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: app });
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(stdout).toBe(`${version} 1\n`);
  });

  it('compiles a TypeScript consumer against its declarations with tsc', async () => {
    expect(existsSync(installed('dist', 'types', 'index.d.ts'))).toBe(true);
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { parseLetter, diffLetters, loadConfig, type Letter } from 'vng-brief';

const config = await loadConfig({ cwd: '.' });
const older: Letter = parseLetter('Geachte leden,\\n\\nWij vragen u het budget te verhogen.\\n', {
  words: config?.words,
});
const newer: Letter = parseLetter('Geachte leden,\\n\\nWij vragen u het budget te verdubbelen.\\n');
const changes: number = diffLetters(older, newer).asks.length;
const title: string | null = newer.meta.title;
// @ts-expect-error a title is text or null: tsc must know the model's types, not take them as any
const wrong: number = newer.meta.title;
export { changes, title, wrong };
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          // a Node project has @types/node; this repository's copy stands in for it
          typeRoots: [resolve('node_modules/@types')],
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = resolve('node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app }).catch(
      (err: { stdout: string }) => ({ stdout: err.stdout }),
    );
    expect(result.stdout).toBe('');
  });
});
