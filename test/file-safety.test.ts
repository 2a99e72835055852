/**
 * vng-brief never harms the user's files: an output onto a device or FIFO is written into it, never replaced;
 * an output that is one of the inputs is refused; --out writes only regular files of its own and follows no
 * link; a batch reads no file through a link out of its folder and each real file once.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexFile } from '../src/cli/run-batch.js';
import { runCli } from './helpers/run-cli.js';

const LETTER = 'test/fixtures/diff/wonen-2025.txt';
const OLD = 'test/fixtures/diff/wonen-2023.txt';
const TEXT = readFileSync(LETTER, 'utf8');

const fresh = (name: string): string => mkdtempSync(join(tmpdir(), `vng-brief-${name}-`));

/**
 * A character device like /dev/<name>, made in a temporary folder where the system allows it (as root, which is
 * where a replaced device does harm), else the real one, which an ordinary user cannot replace.
 */
function device(name: string, major: number, minor: number): string {
  const path = join(fresh('dev'), name);
  try {
    execFileSync('mknod', ['-m', '666', path, 'c', String(major), String(minor)], { stdio: 'ignore' });
    return path;
  } catch {
    return `/dev/${name}`;
  }
}

describe('outputs onto devices and FIFOs are written into them, never replaced', () => {
  it('a null device takes the output and stays a device', async () => {
    const dev = device('null', 1, 3);
    for (const args of [
      ['parse', LETTER, '--json', '-o', dev],
      ['brief', LETTER, '--format', 'md', '-o', dev],
      ['diff', OLD, LETTER, '-o', dev],
      ['schema', '-o', dev],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    }
  });

  it('a full device is an error of one line, and stays a device', async () => {
    const dev = device('full', 1, 7);
    const r = await runCli(['parse', LETTER, '--json', '-o', dev]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `vng-brief: ${dev}: cannot write output (ENOSPC)\n` });
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('a FIFO passes the output to its reader and stays a FIFO', async () => {
    const dir = fresh('fifo');
    const fifo = join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const got = new Promise<string>((done) => {
      let text = '';
      reader.stdout.on('data', (d: Buffer) => (text += d.toString('utf8')));
      reader.on('close', () => done(text));
    });
    try {
      const r = await runCli(['parse', LETTER, '--json', '-o', fifo]);
      expect(r.code).toBe(0);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(JSON.parse(await got)).toMatchObject({ source: { path: LETTER } });
    } finally {
      reader.kill(); // a reader left waiting on a FIFO that was replaced
    }
  });

  it('/dev/stdout is standard output', async () => {
    const r = await runCli(['parse', LETTER, '--json', '-o', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { path: LETTER } });
  });

  it('a folder is refused in one line', async () => {
    const dir = fresh('folder-out');
    const r = await runCli(['parse', LETTER, '--json', '-o', dir]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${dir}: is a directory; not an output file\n`,
    });
  });
});

describe('an output that is one of the inputs is refused, and the input kept', () => {
  const dir = fresh('same');
  const copy = (name: string): string => {
    const path = join(dir, name);
    writeFileSync(path, TEXT);
    return path;
  };

  it.each([
    ['parse a.txt -o a.txt', (a: string) => ['parse', a, '-o', a]],
    ['brief b.txt -o b.txt', (b: string) => ['brief', b, '-o', b]],
    ['diff d.txt c.txt -o c.txt', (c: string) => ['diff', LETTER, c, '-o', c]],
    ['diff c.txt d.txt -o c.txt', (c: string) => ['diff', c, LETTER, '-o', c]],
    ['brief --since s.txt -o s.txt', (s: string) => ['brief', LETTER, '--since', s, '-o', s]],
  ])('%s', async (name, args) => {
    const input = copy(`${name.split(' ')[0]}-${name.length}.txt`);
    const r = await runCli(args(input));
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${input}: is an input of this command; not writing over it (choose another -o)\n`,
    });
    expect(readFileSync(input, 'utf8')).toBe(TEXT);
  });

  it('the same file by another name: a link, or a template', async () => {
    const input = copy('origineel.txt');
    const link = join(dir, 'verwijzing.txt');
    symlinkSync(input, link);
    const r = await runCli(['parse', input, '-o', link]);
    expect(r.stderr).toBe(
      `vng-brief: ${link}: is the same file as ${input}, an input of this command; not writing over it (choose another -o)\n`,
    );
    expect(readFileSync(input, 'utf8')).toBe(TEXT);
    const template = join(dir, 'mijn.md.liquid');
    writeFileSync(template, '{{ title }}\n');
    const t = await runCli(['brief', LETTER, '--template', template, '-o', template]);
    expect(t.code).toBe(2);
    expect(readFileSync(template, 'utf8')).toBe('{{ title }}\n');
  });

  it('a batch whose output would be one of its letters', async () => {
    const batch = fresh('batch-same');
    const letter = join(batch, 'x.txt');
    writeFileSync(letter, TEXT);
    const r = await runCli(['brief', letter, '--out', batch, '--format', 'text']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${letter}: is an input and would be replaced; write the outputs to another folder\n`,
    });
    expect(readFileSync(letter, 'utf8')).toBe(TEXT);
  });
});

describe('--out writes only regular files of its own', () => {
  it('a link to a file elsewhere, in place of a letter’s output, is refused and not followed', async () => {
    const victim = join(fresh('victim'), 'geheim.json');
    writeFileSync(victim, 'van iemand anders\n');
    const out = fresh('out-link');
    symlinkSync(victim, join(out, 'wonen-2025.json'));
    const r = await runCli(['parse', LETTER, OLD, '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `vng-brief: ${LETTER}: ${join(out, 'wonen-2025.json')}: is a symbolic link; --out writes only regular files (remove the link)\n`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('van iemand anders\n');
    expect(readlinkSync(join(out, 'wonen-2025.json'))).toBe(victim);
    // the other letter is written
    expect(JSON.parse(readFileSync(join(out, 'wonen-2023.json'), 'utf8'))).toMatchObject({
      source: { path: OLD },
    });
  });

  it('a link in place of index.json stops the run before any work', async () => {
    const victim = join(fresh('victim'), 'index.json');
    writeFileSync(victim, 'van iemand anders\n');
    const out = fresh('out-index');
    symlinkSync(victim, join(out, 'index.json'));
    const r = await runCli(['parse', LETTER, '--out', out, '-q']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${join(out, 'index.json')}: is a symbolic link; --out writes only regular files (remove the link)\n`,
    });
    expect(readFileSync(victim, 'utf8')).toBe('van iemand anders\n');
  });

  it('an output folder that cannot be made is one line, not an endless loop (/proc)', async () => {
    const r = await runCli(['parse', LETTER, '--out', '/proc/vng-brief-map/uit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^vng-brief: \/proc\/vng-brief-map\/uit: cannot create the output folder \(E[A-Z]+\)\n$/u,
    );
  });
});

describe('a batch reads no file through a link out of its folder, and each real file once', () => {
  const outside = fresh('outside');
  writeFileSync(join(outside, 'geheim.txt'), TEXT.replace('Wonen', 'Geheim'));
  mkdirSync(join(outside, 'map'));
  writeFileSync(join(outside, 'map', 'ver.txt'), TEXT);
  const letters = fresh('letters');
  writeFileSync(join(letters, 'a.txt'), TEXT);
  mkdirSync(join(letters, 'sub'));
  writeFileSync(join(letters, 'sub', 'b.txt'), TEXT);
  symlinkSync(join(outside, 'geheim.txt'), join(letters, 'geheim.txt'));
  symlinkSync(join(outside, 'map'), join(letters, 'gelinkt'));
  symlinkSync('..', join(letters, 'sub', 'lus'));
  symlinkSync('zelf.txt', join(letters, 'zelf.txt'));
  symlinkSync(join(letters, 'a.txt'), join(letters, 'ook-a.txt'));

  const run = async (...extra: string[]) => {
    const out = fresh('out');
    const r = await runCli(['parse', letters, '--out', out, ...extra]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexFile;
    return { ...r, read: index.letters.map((l) => l.path), skipped: index.skipped };
  };

  it('links out of the folder, linked folders and loops are reported, not read', async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.read).toEqual([join(letters, 'a.txt'), join(letters, 'sub', 'b.txt')]);
    const reasons = {
      [join(letters, 'geheim.txt')]:
        `symbolic link to a file outside ${letters}, not followed (--follow-symlinks follows it)`,
      [join(letters, 'gelinkt')]: 'symbolic link to a folder, not followed (--follow-symlinks follows it)',
      [join(letters, 'sub', 'lus')]: 'symbolic link to a folder, not followed (--follow-symlinks follows it)',
      [join(letters, 'zelf.txt')]: 'symbolic link loop',
      [join(letters, 'ook-a.txt')]: `the same file as ${join(letters, 'a.txt')}`,
    };
    expect(Object.fromEntries(r.skipped.map((s) => [s.path, s.reason]))).toEqual(reasons);
    for (const [path, reason] of Object.entries(reasons))
      expect(r.stderr).toContain(`vng-brief: ${path}: skipped, ${reason}\n`);
  });

  it('--follow-symlinks follows them, and still reads each real file once', async () => {
    const r = await run('--follow-symlinks', '-q');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.read.sort()).toEqual(
      [
        join(letters, 'a.txt'),
        join(letters, 'geheim.txt'),
        join(letters, 'gelinkt', 'ver.txt'),
        join(letters, 'sub', 'b.txt'),
      ].sort(),
    );
    expect(r.skipped.map((s) => s.reason).sort()).toEqual([
      'symbolic link loop',
      'symbolic link to a folder already walked (a loop)',
      `the same file as ${join(letters, 'a.txt')}`,
    ]);
  });
});
