/**
 * Every regular expression in src/**\/*.ts and src/data/*.yaml against adversarial strings: long runs of the
 * characters and words it repeats, each with a mismatch at the end, where catastrophic backtracking shows.
 * Regexes are collected three ways: literals and `new RegExp("…")` with a constant pattern, read from the
 * source with the TypeScript parser; every RegExp the code builds at run time (constructed while all modules
 * load and the example letters parse, with those made on first use made at once); and the `match:` patterns of
 * the YAML lexicons. A regex fails when a 400-character input takes over 250 ms (exponential), or when four times
 * the input takes over ten times as long (quadratic; its three slowest inputs at 400 characters are tried again
 * at 1,600 and 6,400).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// patterns made on first use (src/text/on-first-use.ts) are made at once here, so every one is built and checked
vi.mock('../src/text/on-first-use.js', () => ({
  onFirstUse: <T>(make: () => T): (() => T) => {
    const value = make();
    return () => value;
  },
}));

/**
 * Superlinear regexes known and accepted for now, keyed by source/flags, with the reason: input that is
 * bounded, or reported to the file's owner with a linear replacement. Better still, make the pattern linear.
 */
const KNOWN: Record<string, string> = {
  '[\\s,;:.–-]+$/u': 'src/render/fit-one-page.ts shorten(): runs on text already cut to `max` (a brief line)',
  '[\\d][\\w.:]*$/u': 'src/extract/find-articles.ts: runs on the RANGE group, at most ~25 characters',
};

interface Found {
  re: RegExp;
  where: string;
}

const SRC = 'src';
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Regex literals and RegExp constructions with constant patterns, with file:line. */
function staticRegexes(): Found[] {
  const out: Found[] = [];
  for (const file of files(SRC, /\.ts$/)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const add = (pattern: string, flags: string, n: ts.Node) => {
      try {
        out.push({ re: new RegExp(pattern, flags), where: at(n) });
      } catch (err) {
        throw new Error(`${at(n)}: invalid regular expression: ${(err as Error).message}`);
      }
    };
    const constant = (n: ts.Node | undefined): string | null => {
      if (!n) return null;
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
      if (
        ts.isTaggedTemplateExpression(n) &&
        n.tag.getText() === 'String.raw' &&
        ts.isNoSubstitutionTemplateLiteral(n.template)
      ) {
        return n.template.rawText ?? null;
      }
      return null;
    };
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const cut = text.lastIndexOf('/');
        add(text.slice(1, cut), text.slice(cut + 1), n);
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText() === 'RegExp') {
        const pattern = constant(n.arguments?.[0]);
        if (pattern !== null) add(pattern, constant(n.arguments?.[1]) ?? '', n);
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return out;
}

/** `match:` patterns of the YAML lexicons, compiled as their loaders do (case-insensitive, Unicode). */
function yamlRegexes(): Found[] {
  const out: Found[] = [];
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'match' || k === 'regex') && typeof x === 'string')
          out.push({ re: new RegExp(x, 'iu'), where: `${where}.${k}` });
        else walk(x, `${where}.${k}`);
      }
    }
  };
  for (const file of files(join(SRC, 'data'), /\.ya?ml$/)) walk(parseYaml(readFileSync(file, 'utf8')), file);
  return out;
}

/** Every RegExp our code builds with `new RegExp` while all modules load and the example letters parse. */
async function runtimeRegexes(): Promise<Found[]> {
  const built: RegExp[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      // ours when the nearest caller outside this file is in src/ (dependencies build their own)
      const caller = new Error().stack
        ?.split('\n')
        .find((l) => /\/(?:src|node_modules)\//.test(l) && !l.includes('regex-backtracking'));
      if (caller?.includes('/src/')) built.push(re);
      return re;
    },
  });
  try {
    // cached-entry.ts runs the built CLI when imported; it builds no patterns of its own
    for (const file of files(SRC, /\.ts$/).filter(
      (f) => !f.endsWith('.d.ts') && !f.endsWith('cached-entry.ts'),
    )) {
      await import(/* @vite-ignore */ `../${file}`);
    }
    const { parseLetter } = await import('../src/index.js');
    for (const dir of ['letters', 'test/fixtures/letters']) {
      for (const f of readdirSync(dir)) parseLetter(readFileSync(join(dir, f)), { path: f });
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return built.map((re) => ({ re, where: 'built at run time' }));
}

/** Characters a pattern's parts can match: its literal characters and one or two for each class or escape. */
function alphabet(source: string): string[] {
  const chars = new Set<string>(['a', 'A', ' ', '.', '1', '\n']);
  const escapes: Record<string, string[]> = {
    s: [' ', '\t', '\n'],
    d: ['1'],
    w: ['a', '_'],
    S: ['a'],
    D: ['a'],
    W: [' '],
    b: [],
  };
  for (const m of source.matchAll(/\\p\{(\w+)\}|\\([a-zA-Z])|\[([^\]]{1,200})\]|([^\\[\](){}|*+?^$])/gu)) {
    if (m[1]) chars.add(m[1].startsWith('N') ? '7' : m[1] === 'Lu' ? 'É' : 'é');
    else if (m[2]) for (const c of escapes[m[2]] ?? []) chars.add(c);
    else if (m[3]) for (const c of m[3].replace(/\\./g, '').slice(0, 6)) chars.add(c);
    else if (m[4]) chars.add(m[4]);
  }
  return [...chars].filter((c) => c !== '-' || chars.size < 3);
}

/** Runs of single characters, of the pattern's words, and of "Word " pairs; each ends with a mismatch. */
function attacks(re: RegExp, size: number): string[] {
  const letters = alphabet(re.source);
  const words = [...new Set(re.source.replace(/\\[pP]\{\w+\}|\\./g, ' ').match(/\p{L}{2,}/gu) ?? [])].slice(
    0,
    12,
  );
  const units = [
    ...letters,
    ...words.flatMap((w) => [`${w} `, `${w.charAt(0).toUpperCase()}${w.slice(1)} `]),
    'Aa ',
    'a.',
    'A. ',
    '1.',
    '1 ',
  ];
  const end = ['\u0000', '!'];
  return units.flatMap((u) => end.map((e) => u.repeat(Math.ceil(size / u.length)).slice(0, size) + e));
}

/** Milliseconds to find every match (or the first, for a non-global regex). */
function timeAll(re: RegExp, input: string): number {
  const copy = new RegExp(re.source, re.flags);
  const t = performance.now();
  if (copy.global || copy.sticky) {
    copy.lastIndex = 0;
    for (let m = copy.exec(input); m; m = copy.exec(input)) if (m[0] === '') copy.lastIndex++;
  } else copy.exec(input);
  return performance.now() - t;
}

describe('regular expressions stay linear on adversarial input', () => {
  let all: Found[] = [];
  beforeAll(async () => {
    const found = [...staticRegexes(), ...yamlRegexes(), ...(await runtimeRegexes())];
    const seen = new Set<string>();
    all = found.filter(
      ({ re }) => !seen.has(`${re.source}/${re.flags}`) && seen.add(`${re.source}/${re.flags}`),
    );
  }, 60_000);

  it('finds the regexes of the code and the lexicons', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((f) => f.where.includes('boilerplate.yaml'))).toBe(true);
    expect(all.some((f) => f.where === 'built at run time')).toBe(true);
  });

  it('no regex takes long on short adversarial inputs, or grows faster than linear', () => {
    const problems: string[] = [];
    const superlinear = new Set<string>();
    const label = (f: Found, input: string) =>
      `${f.where} /${f.re.source.slice(0, 120)}/${f.re.flags} on ${JSON.stringify(input.slice(0, 12))}…`;
    // the best of three runs: a pause of the collector or of a loaded machine is not the pattern's
    const best = (re: RegExp, input: string) =>
      Math.min(timeAll(re, input), timeAll(re, input), timeAll(re, input));
    const grown = (input: string, k: number) => input.slice(0, -1).repeat(k) + input.slice(-1);
    for (const f of all) {
      for (const input of attacks(f.re, 24)) timeAll(f.re, input); // exponential blow-ups show already here
      const timed = attacks(f.re, 400).map((input) => ({ input, ms: timeAll(f.re, input) }));
      for (const { input, ms } of timed)
        if (ms > 250) problems.push(`${label(f, input)}: ${ms.toFixed(0)} ms at 400 characters`);
      // its three slowest inputs at 4 and 16 times the length: linear grows 4×, quadratic 16×
      for (const { input } of timed.sort((a, b) => b.ms - a.ms).slice(0, 3)) {
        const small = best(f.re, grown(input, 4));
        if (small < 0.5) continue;
        const big = best(f.re, grown(input, 16));
        if (big < 5 || big < 10 * small) continue;
        superlinear.add(`${f.re.source}/${f.re.flags}`);
        if (!KNOWN[`${f.re.source}/${f.re.flags}`])
          problems.push(`${label(f, input)}: ${small.toFixed(1)} ms → ${big.toFixed(1)} ms at 4× the input`);
        break;
      }
    }
    expect(problems).toEqual([]);
    for (const [key, why] of Object.entries(KNOWN))
      if (!superlinear.has(key))
        console.warn(`regex-backtracking: /${key} now looks linear; drop it from KNOWN (${why})`);
  }, 120_000);
});
