// Small helpers for the benchmark: repeated timing, medians with their range, and formatting.
import { spawnSync } from 'node:child_process';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** { median, min, max } of a list of numbers. */
export const stats = (xs) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs.length,
});

/** "123.4 ms (118.0–140.2)" */
export const fmt = (s, unit = 'ms', digits = 1) =>
  `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

/** Wall-clock milliseconds of one child process; throws when it fails. */
export function timeProcess(cmd, args, options = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && !options.allowFailure)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stderr: r.stderr ?? '', status: r.status };
}

/** Milliseconds of fn() (synchronous). */
export function timeSync(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** A Markdown table from a header row and rows. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
