/**
 * The package's runtime `dependencies` are exactly what the built code loads from node_modules: the library
 * (dist/index.js) leaves its imports there, and the CLI bundle (dist/cli.cjs) holds everything but what
 * scripts/build.mjs leaves out of it (PDF.js, mammoth, jszip and docx), which the library imports too. A package only the CLI uses
 * (commander, cli-progress) is bundled, so it is a dev dependency. test/global-setup.ts builds dist/ first.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

/** The packages a built file loads: static and dynamic imports and createRequire calls, by package name. */
function packagesLoadedBy(code: string): string[] {
  const name = String.raw`"((?:node:|@[\w.-]+\/)?[\w.-]+(?:\/[\w.-]+)*|\.{1,2}\/[^"]*)"`;
  const loads = new RegExp(
    String.raw`\b(?:from|import)\s*${name}|\bimport\(\s*${name}\s*\)|\brequire\(${name}\)|createRequire\w*\)?\([^)]*\)\(${name}\)`,
    'g',
  );
  const specs = [...code.matchAll(loads)].map((m) => m.slice(1).find(Boolean)!);
  const names = specs
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return [...new Set(names)].sort();
}

describe('package dependencies', () => {
  const library = packagesLoadedBy(readFileSync('dist/index.js', 'utf8'));

  it('are the packages the library imports, no more and no fewer', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(library);
  });

  it('include every package the CLI bundle leaves to node_modules', () => {
    const cli = packagesLoadedBy(readFileSync('dist/cli.cjs', 'utf8'));
    expect(cli).toEqual(['docx', 'jszip', 'mammoth', 'unpdf']);
    expect(library).toEqual(expect.arrayContaining(cli));
  });

  it('are found in code the way the bundles write imports', () => {
    const code = [
      'import { z } from "zod";',
      'const m = await import("yaml"); import "side-effect";',
      'import x from "@scope/pkg/sub";',
      'import "./local.js"; import "node:fs"; import "fs"; const p = require("picomatch");',
      'const text = "a word from", words: [];',
      '(0,r.createRequire)(__import_meta_url)("unpdf")',
      'const d = createRequire2(import.meta.url)("docx");',
    ].join('\n');
    expect(packagesLoadedBy(code)).toEqual([
      '@scope/pkg',
      'docx',
      'picomatch',
      'side-effect',
      'unpdf',
      'yaml',
      'zod',
    ]);
  });
});
