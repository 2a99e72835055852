#!/usr/bin/env node
// `npm run bench`: builds dist/ and a 2,000-letter corpus, then measures cold start (against `node -e 0` and
// pandoc's whole run), warm throughput against bare remark, markdown-it, pandoc and plain reading, the share of
// each pipeline stage, peak memory of a batch run, and how time grows on pathological input. Prints Markdown;
// `--record` also writes it into BENCHMARKS.md. Pandoc is a peer when it is installed (`pandoc` on the PATH).
// Knobs: BENCH_RUNS (runs per figure, default 3; cold start 5× as many), BENCH_SAMPLE (letters per warm run).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './bench-corpus.mjs';
import { LARGE, PATHOLOGICAL } from './bench-inputs.mjs';
import { fmt, median, stats, table, timeProcess, timeSync } from './bench-stats.mjs';
import { recordResults } from './bench-record.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COLD_RUNS = Math.max(RUNS * 5, 11);
const COLD_LETTER = 'letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt';
const log = (s = '') => process.stderr.write(`${s}\n`);
const out = [];
const say = (s = '') => {
  out.push(s);
  console.log(s);
};

log('bench: building dist/ …');
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const corpus = buildCorpus();
const { parseLetter } = await import('../dist/index.js');
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
const { default: MarkdownIt } = await import('markdown-it');
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const pandocVersion = pandoc.status === 0 ? pandoc.stdout.split('\n')[0] : null;

const cpu = cpus()[0]?.model ?? 'unknown';
say(
  `Machine: ${cpus().length} CPUs (nproc), ${cpu}, Node ${process.version}, ${process.platform}-${process.arch}`,
);
say(
  `Corpus: ${corpus.files.length} letters, ${(corpus.bytes / 1e6).toFixed(1)} MB (bench-corpus/, generated)`,
);
say(`Peers: remark-parse, markdown-it, ${pandocVersion ?? 'no pandoc (not installed)'}`);
say(`- Runs: medians of ${RUNS} runs (cold start: ${COLD_RUNS}), min–max in brackets`);
say();

// 1. cold start: the whole process, interleaved with `node -e 0` (and pandoc) so all see the same machine load
log('bench: cold start …');
const bare = [];
const cli = [];
const pandocCold = [];
const PANDOC = ['-f', 'markdown', '-t', 'json'];
for (let i = 0; i < COLD_RUNS; i++) {
  bare.push(timeProcess(process.execPath, ['-e', '0']).ms);
  cli.push(timeProcess(process.execPath, ['bin/vng-brief.js', 'parse', COLD_LETTER, '--json', '-q']).ms);
  if (pandocVersion) pandocCold.push(timeProcess('pandoc', [...PANDOC, COLD_LETTER]).ms);
}
const coldRatio = median(cli) / median(bare);
const coldPandocRatio = pandocVersion ? median(cli) / median(pandocCold) : NaN;
say('### Cold start');
say(
  table(
    ['command', 'wall time'],
    [
      ['`node -e 0`', fmt(stats(bare))],
      [`\`node bin/vng-brief.js parse <letter> --json\``, fmt(stats(cli))],
      ['ratio to `node -e 0` (medians)', `**${coldRatio.toFixed(2)}×** (target ≤ 1.6×)`],
      ...(pandocVersion
        ? [
            ['`pandoc -f markdown -t json <letter>`', fmt(stats(pandocCold))],
            ['ratio to pandoc (medians)', `${coldPandocRatio.toFixed(2)}×`],
          ]
        : []),
    ],
  ),
);
say();

// 2. warm throughput, and 3. stage shares, over the same letters
log('bench: warm throughput …');
const sample = corpus.files.slice(0, Number(process.env.BENCH_SAMPLE ?? corpus.files.length));
const buffers = sample.map((f) => readFileSync(f));
const texts = buffers.map((b) => b.toString('utf8'));
const mb = buffers.reduce((n, b) => n + b.length, 0) / 1e6;
const remark = unified().use(remarkParse);
const markdownIt = new MarkdownIt();
for (let i = 0; i < Math.min(200, sample.length); i++) {
  remark.parse(texts[i]);
  markdownIt.parse(texts[i], {});
  parseLetter(buffers[i], { path: sample[i] });
}
const timesRead = [];
const timesRemark = [];
const timesMarkdownIt = [];
const timesPandoc = [];
const timesOurs = [];
const stages = [];
let failures = 0;
for (let r = 0; r < RUNS; r++) {
  timesRead.push(timeSync(() => sample.forEach((f) => readFileSync(f))));
  timesRemark.push(timeSync(() => texts.forEach((t) => remark.parse(t))));
  timesMarkdownIt.push(timeSync(() => texts.forEach((t) => markdownIt.parse(t, {}))));
  // one process over the same files: pandoc reads several inputs as one text, joined by blank lines
  if (pandocVersion) timesPandoc.push(timeProcess('pandoc', [...PANDOC, '-o', '/dev/null', ...sample]).ms);
  const timings = {};
  timesOurs.push(
    timeSync(() =>
      buffers.forEach((b, i) => {
        try {
          parseLetter(b, { path: sample[i], timings });
        } catch {
          failures++;
        }
      }),
    ),
  );
  stages.push(timings);
}
const rate = (ms, letters = sample.length, megabytes = mb) =>
  `${((letters / ms) * 1000).toFixed(0)} letters/s, ${((megabytes / ms) * 1000).toFixed(2)} MB/s`;
const warmRatio = median(timesOurs) / median(timesRemark);
const markdownItRatio = median(timesOurs) / median(timesMarkdownIt);
// above 1: faster than pandoc
const pandocSpeedup = pandocVersion ? median(timesPandoc) / median(timesOurs) : NaN;
say('### Warm throughput');
say(`${sample.length} letters (${mb.toFixed(1)} MB) per run, in one process after a warm-up of 200 letters;`);
say('remark and markdown-it get the decoded text, parseLetter the bytes. Pandoc runs once per run over the');
say('same files (read as one text, joined by blank lines): its time includes one start of the process.');
say();
say(
  table(
    ['what', 'time per run', 'throughput'],
    [
      ['read the files only (`readFileSync`)', fmt(stats(timesRead)), rate(median(timesRead))],
      ['bare `unified().use(remarkParse).parse()`', fmt(stats(timesRemark)), rate(median(timesRemark))],
      ['`new MarkdownIt().parse()`', fmt(stats(timesMarkdownIt)), rate(median(timesMarkdownIt))],
      ...(pandocVersion
        ? [['`pandoc -f markdown -t json` (one process)', fmt(stats(timesPandoc)), rate(median(timesPandoc))]]
        : []),
      ['`parseLetter` (whole pipeline)', fmt(stats(timesOurs)), rate(median(timesOurs))],
      ['time of pipeline / remark (medians)', '', `**${warmRatio.toFixed(2)}×** (target ≤ 1.0×)`],
      ['time of pipeline / markdown-it (medians)', '', `${markdownItRatio.toFixed(1)}×`],
      ...(pandocVersion
        ? [
            [
              'throughput of pipeline / pandoc (medians)',
              '',
              `**${pandocSpeedup.toFixed(2)}×** (target ≥ 1.5×)`,
            ],
          ]
        : []),
    ],
  ),
);
if (failures) say(`(${failures / RUNS} letters per run threw: see the batch run below)`);
say();
const stageNames = ['read', 'parse', 'extract', 'validate'];
const stageMedian = Object.fromEntries(stageNames.map((s) => [s, median(stages.map((t) => t[s] ?? 0))]));
const ioMs = median(timesRead);
const whole = ioMs + stageNames.reduce((n, s) => n + stageMedian[s], 0);
say('### Time per stage');
say("File reading is timed apart (as above); the rest comes from parseLetter's `timings` hook.");
say();
say(
  table(
    ['stage', 'what it does', 'ms per run', 'share'],
    [
      ['io', 'read the file', ioMs.toFixed(0), `${((ioMs / whole) * 100).toFixed(1)} %`],
      ...[
        ['read', 'decode, repair mojibake, normalise, set boilerplate aside'],
        ['parse', 'text → mdast tree, letterhead, headings'],
        ['extract', 'tree → themes, asks, references, figures, meta'],
        ['validate', 'zod LetterSchema.parse'],
      ].map(([s, what]) => [
        s,
        what,
        stageMedian[s].toFixed(0),
        `${((stageMedian[s] / whole) * 100).toFixed(1)} %`,
      ]),
    ],
  ),
);
say();

// 4. peak memory of a batch run over the whole corpus
log('bench: batch run …');
const rssRuns = [];
const batchMs = [];
const memRuns = Math.min(RUNS, 3);
const probe =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))";
for (let r = 0; r < memRuns; r++) {
  const dir = mkdtempSync(join(tmpdir(), 'vng-bench-'));
  const run = timeProcess(
    process.execPath,
    ['--import', probe, 'bin/vng-brief.js', 'parse', corpus.dir, '--jsonl', '-q'],
    {
      allowFailure: true,
    },
  );
  rmSync(dir, { recursive: true, force: true });
  batchMs.push(run.ms);
  rssRuns.push(Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024);
  if (run.status !== 0)
    log(`bench: the batch run exited ${run.status}: ${run.stderr.split('\n').slice(-3).join(' | ')}`);
}
say('### Batch run');
say(
  table(
    ['`vng-brief parse bench-corpus --jsonl -q` (output discarded)', 'result'],
    [
      [
        'wall time',
        `${fmt(stats(batchMs.map((ms) => ms / 1000)), 's', 2)} → ${rate(median(batchMs), corpus.files.length, corpus.bytes / 1e6)}`,
      ],
      ['peak memory (max RSS)', `**${fmt(stats(rssRuns), 'MiB', 0)}** (target ≤ 150 MiB)`],
    ],
  ),
);
say();

// 5. scaling on pathological input: time at 1×, 10× and 100× (about 1 KB, 10 KB, 100 KB)
log('bench: scaling …');
const scaleRows = [];
let worst = 0;
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const t = [1, 10, 100].map((n) => {
    const text = new TextEncoder().encode(make(n));
    parseLetter(text, { path: 'x.txt' }); // warm
    // more runs than elsewhere: these are short, and one garbage collection would tip a ratio
    return median(
      Array.from({ length: 2 * RUNS + 3 }, () => timeSync(() => parseLetter(text, { path: 'x.txt' }))),
    );
  });
  const r10 = t[1] / t[0];
  const r100 = t[2] / t[1];
  worst = Math.max(worst, r100);
  scaleRows.push([
    name,
    ...t.map((ms) => ms.toFixed(1)),
    r10.toFixed(1),
    `${r100 > 12 ? '**' : ''}${r100.toFixed(1)}${r100 > 12 ? '**' : ''}`,
  ]);
}
say('### Scaling on pathological input');
say('Median ms per parse at 1× (~1 KB), 10× and 100× the size; ratios of successive sizes (target ≤ 12).');
say();
say(table(['input', '1×', '10×', '100×', '10×/1×', '100×/10×'], scaleRows));
say();

// 6. the same at 1 MB for the shapes that once crashed or were quadratic there
log('bench: 1 MB …');
const largeRows = [];
let worstLarge = 0;
for (const [name, make] of Object.entries(LARGE)) {
  const t = [100, 1000].map((kb) => {
    const text = new TextEncoder().encode(make(kb));
    parseLetter(text, { path: 'x.txt' }); // warm
    return median(Array.from({ length: RUNS }, () => timeSync(() => parseLetter(text, { path: 'x.txt' }))));
  });
  const ratio = t[1] / t[0];
  worstLarge = Math.max(worstLarge, ratio);
  largeRows.push([
    name,
    ...t.map((ms) => ms.toFixed(0)),
    ratio > 12 ? `**${ratio.toFixed(1)}**` : ratio.toFixed(1),
  ]);
}
say('### Linearity at 1 MB');
say('Median ms per parse at 100 KB and 1 MB; the ratio is 10 for linear time (target ≤ 12).');
say();
say(table(['input', '100 KB', '1 MB', '1 MB / 100 KB'], largeRows));
say();

say('### Targets');
say(
  table(
    ['target', 'measured', 'met'],
    [
      ['cold `parse --json` ≤ 1.6× `node -e 0`', `${coldRatio.toFixed(2)}×`, coldRatio <= 1.6 ? 'yes' : 'no'],
      ['batch time ≤ 1.0× bare remark', `${warmRatio.toFixed(2)}×`, warmRatio <= 1.0 ? 'yes' : 'no'],
      ...(pandocVersion
        ? [
            [
              'batch throughput ≥ 1.5× pandoc',
              `${pandocSpeedup.toFixed(2)}×`,
              pandocSpeedup >= 1.5 ? 'yes' : 'no',
            ],
          ]
        : []),
      [
        '2,000-letter batch peak RSS ≤ 150 MiB',
        `${median(rssRuns).toFixed(0)} MiB`,
        median(rssRuns) <= 150 ? 'yes' : 'no',
      ],
      ['10× input ≤ 12× time (worst 100×/10×)', `${worst.toFixed(1)}×`, worst <= 12 ? 'yes' : 'no'],
      ['1 MB ≤ 12× the time of 100 KB (worst)', `${worstLarge.toFixed(1)}×`, worstLarge <= 12 ? 'yes' : 'no'],
    ],
  ),
);
if (process.argv.includes('--record')) recordResults('BENCHMARKS.md', out.join('\n'));
