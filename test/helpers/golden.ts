/** Golden files: compare with the stored expectation; only UPDATE=1 (after a reviewed change) writes them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(`golden file missing: ${path} (write it with UPDATE=1 and review it)`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
