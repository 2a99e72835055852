/**
 * The one loader of the word lists in src/data. A lexicon module names its YAML file, the maker of its zod schema
 * and the step that compiles the validated data; the data is validated and compiled on first use and kept, so a
 * command compiles only the lists it needs. A schema is made when first asked for: in a bundle the build has
 * validated the lists, and building every list's schema cost each cold start ~20 M instructions. `npm run build` validates every list ahead of time
 * (scripts/check-lexicons.mjs, with line and column); at run time a list that fails anyway (a copy edited
 * after the build) still names its file and key.
 *
 * A project may add entries to the lists without a rebuild (`words` in its config file, or the `words` option
 * of parseLetter): each list is then compiled once more, merged with them (src/core/merge-word-list.ts) and
 * validated by the same schema. Without extra entries a getter costs one test more than a plain cache.
 */
import { z } from 'zod';
import { describeIssues, formatPath, type LexiconIssue } from './describe-lexicon-issues.js';
import { problemsError } from './errors.js';
import { findUnknownKeys } from './find-unknown-keys.js';
import { mergeWordList, pathInExtra } from './merge-word-list.js';

/** What `import x from '…/data/name.yaml'` gives (scripts/yaml-plugin.mjs): the file and its data. */
export interface LexiconSource {
  /** relative to the package root: "src/data/structure.yaml" */
  readonly file: string;
  readonly data: unknown;
  /** data is already the output of the list's schema: the build validated it (scripts/yaml-plugin.mjs) */
  readonly checked?: boolean;
}

export interface LexiconDefinition {
  readonly source: LexiconSource;
  readonly schema: z.ZodType;
}

/**
 * Extra entries for the word lists, by the name of the list's file ("organisations" for
 * src/data/organisations.yaml), each shaped like that file: `{ organisations: { organisations: [{ name: … }] } }`.
 */
export type WordLists = Readonly<Record<string, unknown>>;

interface Lexicon extends LexiconDefinition {
  /** the file's name without folder and extension: "organisations", "labels.nl" */
  readonly name: string;
  readonly compile: (data: unknown) => unknown;
}

/** The lexicon of `source`, its schema made by `makeSchema` when first read. */
function lexiconOf(
  source: LexiconSource,
  makeSchema: () => z.ZodType,
  compile: (data: unknown) => unknown,
): Lexicon {
  let schema: z.ZodType | undefined;
  return {
    source,
    get schema() {
      return (schema ??= makeSchema());
    },
    name: source.file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
    compile,
  };
}

const defined: Lexicon[] = [];

/** The lexicons of every module loaded so far: the build's check loads them all and validates each file. */
export const definedLexicons = (): readonly LexiconDefinition[] => defined;

/** The extra entries in use (useWordLists, withWordLists). */
let inUse: WordLists | undefined;

/** Per set of extra entries: each list it adds to, validated (merged) and, once used, compiled. */
interface Extended {
  readonly parsed: Map<Lexicon, unknown>;
  readonly compiled: Map<Lexicon, unknown>;
}
const extendedBy = new WeakMap<WordLists, Extended>();

function compiledWith(lexicon: Lexicon, words: WordLists): unknown {
  const extended = extendedBy.get(words)!;
  if (!extended.compiled.has(lexicon))
    extended.compiled.set(lexicon, lexicon.compile(extended.parsed.get(lexicon)));
  return extended.compiled.get(lexicon);
}

/** A getter of the compiled lexicon: validated with the schema `schema` makes and compiled once, on its first call. */
export function defineLexicon<S extends z.ZodType, T>(
  source: LexiconSource,
  schema: () => S,
  compile: (data: z.output<S>) => T,
): () => T {
  const lexicon = lexiconOf(source, schema, compile as (data: unknown) => unknown);
  defined.push(lexicon);
  let compiled: { value: T } | undefined;
  return () => {
    if (inUse !== undefined && Object.hasOwn(inUse, lexicon.name)) return compiledWith(lexicon, inUse) as T;
    if (compiled) return compiled.value;
    // in a bundle: validated by the build; its first safeParse would cost a cold start ~10 ms
    if (source.checked) return (compiled = { value: compile(source.data as z.output<S>) }).value;
    const parsed = lexicon.schema.safeParse(source.data);
    if (!parsed.success)
      throw new Error(
        describeIssues(parsed.error, source.data)
          .map((issue) => `${source.file}: ${formatPath(issue.path)}: ${issue.message}`)
          .join('\n'),
      );
    compiled = { value: compile(parsed.data as z.output<S>) };
    return compiled.value;
  };
}

/**
 * A value made from lexicons (a pattern of all their words), made once for the built-in lists and once per set
 * of extra entries in use: the lexicons' own caches do not reach what is made from them.
 */
export function deriveFromLexicons<T>(make: () => T): () => T {
  let builtin: { value: T } | undefined;
  const extended = new WeakMap<WordLists, { value: T }>();
  return () => {
    if (inUse === undefined) return (builtin ??= { value: make() }).value;
    let made = extended.get(inUse);
    if (!made) extended.set(inUse, (made = { value: make() }));
    return made.value;
  };
}

/** A lexicon that is one list of words under `key`, compiled to a set in lower case. */
export const defineWordSet = (source: LexiconSource, key: string): (() => ReadonlySet<string>) =>
  defineLexicon(
    source,
    () => z.object({ [key]: z.array(z.string().min(1)).min(1) }),
    (data): ReadonlySet<string> => new Set(data[key]!.map((w) => w.toLowerCase())),
  );

/**
 * Validates every list `words` adds to, merged with its built-in entries, and compiles it (kept for
 * useWordLists and withWordLists). The problems, with their paths in `words` ("organisations",
 * "organisations", 3, "name"); none when all lists are valid. The lists known are those of the modules loaded:
 * all of them once the library (src/index.ts) or the CLI is.
 */
export function compileWordLists(words: WordLists): LexiconIssue[] {
  if (extendedBy.has(words)) return [];
  const parsed = new Map<Lexicon, unknown>();
  const issues: LexiconIssue[] = [];
  for (const [name, extra] of Object.entries(words)) {
    const lexicon = defined.find((l) => l.name === name);
    if (!lexicon) {
      const names = defined.map((l) => l.name).sort();
      issues.push({ path: [name], atKey: true, message: `no word list of this name (${names.join(', ')})` });
      continue;
    }
    const builtin = lexicon.source.data;
    const merged = mergeWordList(builtin, extra);
    const result = lexicon.schema.safeParse(merged);
    const unknown = findUnknownKeys(lexicon.schema, extra);
    for (const path of unknown) issues.push({ path: [name, ...path], atKey: true, message: 'unknown key' });
    if (!result.success)
      for (const issue of describeIssues(result.error, merged))
        issues.push({ ...issue, path: [name, ...(pathInExtra(issue.path, builtin, extra) ?? [])] });
    if (!result.success || unknown.length) continue;
    parsed.set(lexicon, result.data);
  }
  if (issues.length) return issues;
  extendedBy.set(words, { parsed, compiled: new Map() });
  // compiled now, with `words` in use (a list may read another while it compiles), so that what the schema
  // cannot tell, such as a pattern that is no regular expression, is a problem of the config, not of a letter
  const before = inUse;
  inUse = words;
  for (const lexicon of parsed.keys()) {
    try {
      compiledWith(lexicon, words);
    } catch (err) {
      issues.push({ path: [lexicon.name], atKey: true, message: (err as Error).message.split('\n')[0]! });
    }
  }
  inUse = before;
  if (issues.length) extendedBy.delete(words);
  return issues;
}

/**
 * Makes every lexicon use the built-in lists with `words` added, from now on (undefined: the built-in lists
 * alone). Throws a UserError when the extra entries are not valid.
 */
export function useWordLists(words: WordLists | undefined): void {
  if (words) {
    const issues = compileWordLists(words);
    if (issues.length) throw problemsError(issues.map((i) => `words.${formatPath(i.path)}: ${i.message}`));
  }
  // no entries is the built-in lists: the patterns made from them need not be made again
  inUse = words && Object.keys(words).length ? words : undefined;
}

/** Runs `work` (synchronous) with `words` added to the built-in lists instead of the extra entries in use. */
export function withWordLists<T>(words: WordLists, work: () => T): T {
  const before = inUse;
  useWordLists(words);
  try {
    return work();
  } finally {
    inUse = before;
  }
}
