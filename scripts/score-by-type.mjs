#!/usr/bin/env node
// Scores the dev corpus (../shared) per document type and for the letters added in the second round (files
// 1xx and 2xx), with ../shared/tools/score on temporary gold files beside links to the letters.
// Usage: node scripts/score-by-type.mjs [--verbose]
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const corpus = resolve('../shared/corpus/dev');
const score = resolve('../shared/tools/score');
if (!existsSync(score)) {
  console.error('score-by-type: ../shared/tools/score not found');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(join(corpus, 'gold.json'), 'utf8'));
const subsets = {
  all: () => true,
  'round 2 (1xx, 2xx)': (l) => /^[12]\d\d-/.test(l.file),
  ...Object.fromEntries(
    [...new Set(gold.letters.map((l) => l.doc_type))].map((t) => [t, (l) => l.doc_type === t]),
  ),
};
const extra = process.argv.includes('--verbose') ? ['--verbose'] : [];
for (const [name, keep] of Object.entries(subsets)) {
  const dir = mkdtempSync(join(tmpdir(), 'score-'));
  try {
    for (const f of readdirSync(corpus)) if (f.endsWith('.txt')) symlinkSync(join(corpus, f), join(dir, f));
    const letters = gold.letters.filter(keep);
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ ...gold, letters }));
    const out = execFileSync(score, ['--gold', join(dir, 'gold.json'), ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    console.log(`== ${name}: ${letters.length} letters`);
    console.log(
      out
        .trimEnd()
        .split('\n')
        .slice(extra.length ? 0 : -11, -1)
        .join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
