/**
 * The pipeline's stages import only downwards: model ← core ← text ← read ← parse ← extract ← pipeline ←
 * load ← diff ← render ← cli. A stage that reaches up (parse importing extract, render running the pipeline)
 * fails here with the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importViolations, STAGES } from './helpers/stage-rules.js';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const files = sourceFiles(SRC).map((f) => ({
  path: relative(SRC, f),
  text: readFileSync(f, 'utf8'),
}));

describe('stage boundaries', () => {
  it('every source file belongs to a stage', () => {
    const unknown = files
      .map((f) => f.path)
      .filter((p) => !p.endsWith('.d.ts') && p !== 'index.ts' && !STAGES.includes(p.split('/')[0]!));
    expect(unknown).toEqual([]);
  });

  it('no stage imports a stage above it', () => {
    expect(files.flatMap((f) => importViolations(f.path, f.text))).toEqual([]);
  });

  it('the check sees a backward import', () => {
    expect(importViolations('parse/x.ts', "import { a } from '../extract/asks/extract-asks.js';")).toEqual([
      'parse/x.ts imports extract/asks/extract-asks.js (extract is above parse)',
    ]);
    expect(importViolations('render/x.ts', "const m = await import('../cli/io.js');")).toHaveLength(1);
    expect(
      importViolations('extract/asks/x.ts', "import { s } from '../../text/split-sentences.js';"),
    ).toEqual([]);
  });
});
