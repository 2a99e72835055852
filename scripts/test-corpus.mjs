#!/usr/bin/env node
// Scores the parser on the development corpus in ../shared (third-party texts, not in this repository)
// and fails when a figure drops below the floor in test/corpus-floor.json: a regression gate. Without the
// corpus it fails too, so a gate that did not run never reads as passed; `--if-present` skips it instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const score = '../shared/tools/score';
if (!existsSync(score)) {
  if (process.argv.includes('--if-present')) {
    console.log('test:corpus: ../shared/tools/score not found; skipped (--if-present)');
    process.exit(0);
  }
  console.error('test:corpus: ../shared/tools/score not found (add --if-present to skip without the corpus)');
  process.exit(1);
}
const out = execFileSync(score, ['--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
const result = JSON.parse(out);
const floor = JSON.parse(readFileSync('test/corpus-floor.json', 'utf8'));
const actual = {
  asks: result.fields.asks.f1,
  themes: result.fields.themes.f1,
  references: result.fields.references.f1,
  figures: result.fields.figures.f1,
  date: result.accuracy.date,
  title: result.accuracy.title,
  debateDate: result.accuracy.debateDate,
};
console.log(execFileSync(score, [], { encoding: 'utf8', maxBuffer: 1 << 24 }).trimEnd());
const failed = Object.entries(floor).filter(([k, min]) => !(actual[k] >= min));
for (const [k, min] of failed)
  console.error(`test:corpus: ${k} ${actual[k]?.toFixed(3)} is below the floor ${min}`);
if (result.failures.length) console.error(`test:corpus: ${result.failures.length} letters failed to parse`);
const ok = failed.length === 0 && result.failures.length === 0;
console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
