#!/usr/bin/env node
// Scores the parser on the development corpus in ../shared (third-party texts, not in this repository) and on
// the held-out sets in test/fixtures/held-out* (our own invented texts, annotated before the parser was run on
// them), and fails when a figure drops below its floor in test/corpus-floor.json (the dev floors at the top, the
// held-out ones under "heldOut", "heldOut2", …): a regression gate. All need ../shared/tools/score;
// without it this fails too, so a gate that did not run never reads as passed; `--if-present` skips it instead.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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
// each held-out set: its key in the floors file and its folder under test/fixtures
const HELD_OUT = [
  ['heldOut', 'held-out'],
  ['heldOut2', 'held-out-2'],
  ['heldOut3', 'held-out-3'],
  ['heldOut4', 'held-out-4'],
  ['heldOut5', 'held-out-5'],
  ['heldOut6', 'held-out-6'],
  ['heldOut7', 'held-out-7'],
  ['heldOut8', 'held-out-8'],
  ['heldOut9', 'held-out-9'],
  ['heldOut10', 'held-out-10'],
  ['heldOut11', 'held-out-11'],
  ['heldOut12', 'held-out-12'],
  ['heldOut13', 'held-out-13'],
  ['heldOut14', 'held-out-14'],
  ['heldOut15', 'held-out-15'],
  ['heldOut16', 'held-out-16'],
  ['heldOut17', 'held-out-17'],
  ['heldOut18', 'held-out-18'],
  ['heldOut19', 'held-out-19'],
  ['heldOut20', 'held-out-20'],
  ['heldOut21', 'held-out-21'],
  ['heldOut22', 'held-out-22'],
  ['heldOut23', 'held-out-23'],
  ['heldOut24', 'held-out-24'],
  ['heldOut25', 'held-out-25'],
  ['heldOut26', 'held-out-26'],
  ['heldOut27', 'held-out-27'],
  ['heldOut28', 'held-out-28'],
  ['heldOut29', 'held-out-29'],
  ['heldOut30', 'held-out-30'],
  ['heldOut31', 'held-out-31'],
  ['heldOut32', 'held-out-32'],
  ['heldOut33', 'held-out-33'],
  ['heldOut34', 'held-out-34'],
  ['heldOut35', 'held-out-35'],
  ['heldOut36', 'held-out-36'],
  ['heldOut37', 'held-out-37'],
  ['heldOut38', 'held-out-38'],
  ['heldOut39', 'held-out-39'],
  ['heldOut40', 'held-out-40'],
];
const floors = JSON.parse(readFileSync('test/corpus-floor.json', 'utf8'));
const devFloor = Object.fromEntries(
  Object.entries(floors).filter(([k]) => !HELD_OUT.some(([key]) => key === k)),
);
const sets = [
  { name: 'dev corpus', args: [], floor: devFloor },
  ...HELD_OUT.filter(([key, dir]) => floors[key] || existsSync(`test/fixtures/${dir}/gold.json`)).map(
    ([key, dir]) => ({
      name: dir,
      args: ['--gold', `test/fixtures/${dir}/gold.json`],
      floor: floors[key] ?? {},
    }),
  ),
];

// each set scored once, as JSON, two at a time (the scorer runs the CLI once a letter; the machine has two cores)
const run = promisify(execFile);
const score1 = async ({ name, args, floor }) => {
  const { stdout } = await run(score, [...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return { name, floor, result: JSON.parse(stdout) };
};
const results = [];
for (let i = 0; i < sets.length; i += 2)
  results.push(...(await Promise.all(sets.slice(i, i + 2).map(score1))));

/** The scorer's own summary line, from its JSON. */
const pct = (x) => `${(100 * (x ?? 0)).toFixed(1).padStart(5)}%`;
const summary = ({ letters, failures, fields, accuracy }) =>
  `overall: ${letters} letters, ${failures.length} failed; F1 asks ${pct(fields.asks.f1)} themes ${pct(fields.themes.f1)} ` +
  `references ${pct(fields.references.f1)} figures ${pct(fields.figures.f1)}; date ${pct(accuracy.date)}`;

let ok = true;
for (const { name, floor, result } of results) {
  const actual = {
    asks: result.fields.asks.f1,
    themes: result.fields.themes.f1,
    references: result.fields.references.f1,
    figures: result.fields.figures.f1,
    date: result.accuracy.date,
    title: result.accuracy.title,
    debateDate: result.accuracy.debateDate,
  };
  console.log(`${name}: ${summary(result)}`);
  const failed = Object.entries(floor).filter(([k, min]) => !(actual[k] >= min));
  for (const [k, min] of failed)
    console.error(`test:corpus: ${name}: ${k} ${actual[k]?.toFixed(3)} is below the floor ${min}`);
  if (result.failures.length)
    console.error(`test:corpus: ${name}: ${result.failures.length} letters failed to parse`);
  if (failed.length || result.failures.length) ok = false;
}
console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
