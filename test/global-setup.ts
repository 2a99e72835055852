/**
 * Runs once before the tests: rebuilds dist/ when a source of it is newer than the build, so the test of the
 * built binary (cli-binary.test.ts) runs the code in src/, never a stale bundle. A failed build stops the run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src',
  'scripts/build.mjs',
  'scripts/yaml-plugin.mjs',
  'scripts/verb-stems.mjs',
  'scripts/letter-classes.mjs',
  'package.json',
  'package-lock.json',
];
const BUILT = 'dist/cli.cjs';

/** The latest modification under `path` (a folder's own time changes when a file is added or removed). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = (): number => {
  try {
    return statSync(BUILT).mtimeMs;
  } catch {
    return 0;
  }
};

export default function buildWhenStale(): void {
  if (builtAt() > Math.max(...SOURCES.map(newest))) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
