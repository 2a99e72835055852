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
const DIRS = [
  '../shared/corpus/dev',
  'test/fixtures/held-out',
  'test/fixtures/held-out-2',
  'test/fixtures/held-out-3',
  'test/fixtures/held-out-4',
  'test/fixtures/held-out-5',
  'test/fixtures/held-out-6',
  'test/fixtures/held-out-7',
  'letters',
  'test/fixtures/letters',
];
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
