#!/usr/bin/env node
// Where the warm pipeline spends its time, by source file and by function (self and inclusive), from a CPU
// profile of parseLetter over the benchmark corpus. Usage: node scripts/bench-profile.mjs [letters] [top]
// Run `npm run bench` (or node scripts/build.mjs) first: it profiles dist/index.js, which esbuild leaves
// unminified with a `// src/…` comment where each module starts, so lines map back to our files.
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './bench-corpus.mjs';

const COUNT = Number(process.argv[2] ?? 400);
const TOP = Number(process.argv[3] ?? 30);
const bundle = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const { parseLetter } = await import(bundle);

// line (0-based) → the source file esbuild put there
const moduleAt = [];
let current = 'dist/index.js';
for (const line of readFileSync(bundle, 'utf8').split('\n')) {
  const m = /^\/\/ (src\/\S+|node_modules\/\S+)$/.exec(line);
  if (m) current = m[1];
  moduleAt.push(current);
}
const where = (frame) => {
  if (frame.url.endsWith('/dist/index.js')) return moduleAt[frame.lineNumber] ?? 'dist/index.js';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (nm) return `node_modules/${nm[1]}`;
  if (frame.url === '' && frame.functionName.startsWith('RegExp:')) return '(regex)';
  return frame.url ? frame.url.replace(/^.*\/(lib|internal)\//, 'node:') : `(${frame.functionName || 'vm'})`;
};

const { files } = buildCorpus();
const buffers = files.slice(0, COUNT).map((f) => readFileSync(f));
for (let i = 0; i < Math.min(100, buffers.length); i++) parseLetter(buffers[i], { path: files[i] });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t = performance.now();
buffers.forEach((b, i) => parseLetter(b, { path: files[i] }));
const ms = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const byFile = new Map();
const selfFn = new Map();
const inclFn = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  total += us;
  const frame = nodes.get(id).callFrame;
  const file = where(frame);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  const key = `${frame.functionName || '(anonymous)'} (${file})`;
  selfFn.set(key, (selfFn.get(key) ?? 0) + us);
  // inclusive: every distinct function of ours on the stack gets the sample once
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = nodes.get(n).callFrame;
    const file2 = where(f);
    if (!file2.startsWith('src/')) continue;
    const k = `${f.functionName || '(anonymous)'} (${file2})`;
    if (!seen.has(k)) inclFn.set(k, (inclFn.get(k) ?? 0) + us);
    seen.add(k);
  }
}
const pct = (us) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${pct(us)}  ${(us / 1000 / buffers.length).toFixed(2).padStart(6)} ms/letter  ${k}`);
};
console.log(
  `${buffers.length} letters, ${(ms / buffers.length).toFixed(2)} ms per letter under the profiler`,
);
show('Self time by file', byFile);
show('Self time by function', selfFn);
show('Inclusive time by function of ours', inclFn);
