// Writes the benchmark's Markdown between the markers in BENCHMARKS.md, keeping the hand-written notes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export function recordResults(file, markdown) {
  const block = `${START}\n_Recorded ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- --record\`._\n\n${markdown}\n${END}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const i = old.indexOf(START);
  const j = old.indexOf(END);
  const next =
    i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + END.length) : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  process.stderr.write(`bench: results written to ${file}\n`);
}
