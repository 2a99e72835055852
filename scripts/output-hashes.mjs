#!/usr/bin/env node
// A hash of the JSON model of every letter the project reads (dev corpus, held-out sets, letters/, the
// fixture letters and the benchmark corpus), for checking that a speed change leaves every output the same.
// Usage: node scripts/output-hashes.mjs > before.txt; (change, build) node scripts/output-hashes.mjs | diff before.txt -
// It reads dist/index.js: run `node scripts/build.mjs` first.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './bench-corpus.mjs';

const { parseLetter } = await import(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
// every held-out set, so a new one is never left out
const HELD_OUT = readdirSync('test/fixtures')
  .filter((d) => /^held-out(?:-\d+)?$/.test(d))
  .sort((a, b) => Number(a.slice(9) || 1) - Number(b.slice(9) || 1))
  .map((d) => join('test/fixtures', d));
const DIRS = ['../shared/corpus/dev', ...HELD_OUT, 'letters', 'test/fixtures/letters'];
const files = DIRS.filter(existsSync).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
);
files.push(...buildCorpus().files);
for (const file of files) {
  let out;
  try {
    out = JSON.stringify(parseLetter(readFileSync(file), { path: file }));
  } catch (error) {
    out = `error: ${error.message}`;
  }
  console.log(`${createHash('sha256').update(out).digest('hex').slice(0, 16)} ${file}`);
}
