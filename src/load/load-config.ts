/**
 * A project's config file: `.vng-brief.yaml` (or `.yml`, `vng-brief.config.yaml`, `.yml`, or a `vng-brief` key
 * in package.json), found as lilconfig finds it (in the working directory, then each folder above it up to the
 * home folder; the first there is wins), or named with --config. It holds defaults for the command line (lang,
 * templates, format per command) and entries to add to the word lists (`words`), and is validated as a whole
 * when it is read: every problem is placed by file:line:column.
 *
 * lilconfig does the search: the lookup users of eslint, prettier or postcss configs know (cosmiconfig's), in
 * one small file without dependencies. The file is read with the `yaml` parser that keeps places, and only
 * when there is one: without a config file, starting costs a few failed `access` calls.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { lilconfig } from 'lilconfig';
import { z } from 'zod';
import { describeIssues, formatPath, type LexiconIssue } from '../core/describe-lexicon-issues.js';
import { problemsError, UserError } from '../core/errors.js';
import { compileWordLists, type WordLists } from '../core/load-lexicon.js';
import { readBounded } from './read-input.js';

/** Where the search looks in each folder, in this order. */
export const CONFIG_FILES = [
  '.vng-brief.yaml',
  '.vng-brief.yml',
  'vng-brief.config.yaml',
  'vng-brief.config.yml',
  'package.json',
] as const;

/** The key that holds the config in package.json. */
const PACKAGE_KEY = 'vng-brief';
const MAX_CONFIG_BYTES = 1024 * 1024;

const ConfigSchema = z.strictObject({
  // the values are checked against the options they set (src/cli/apply-config.ts)
  lang: z.string().min(1).optional(),
  templates: z.string().min(1).optional(),
  format: z.record(z.string(), z.string().min(1)).optional(),
  words: z.record(z.string(), z.unknown()).optional(),
});

export interface Config {
  /** the file it was read from (absolute) */
  readonly file: string;
  /** the default --lang */
  readonly lang?: string;
  /** a folder of the user's templates (absolute; relative paths are taken from the config file's folder) */
  readonly templates?: string;
  /** the default --format by command: { brief: "html", diff: "md" } */
  readonly format: Readonly<Record<string, string>>;
  /** entries to add to the word lists, by list (validated: see useWordLists, ParseOptions.words) */
  readonly words?: WordLists;
  /** "file:line:column" of a setting's value (or, with `atKey`, its key), by its path: ["format", "brief"] */
  locate(path: readonly PropertyKey[], atKey?: boolean): string;
}

export interface ConfigOptions {
  /** where the search starts (default: the working directory); relative files are taken from here too */
  cwd?: string;
  /** the config file to read, instead of searching */
  file?: string;
  /** loads the modules of word lists the caller loads only on use, before `words` is checked against all lists */
  beforeWords?: () => Promise<unknown>;
}

/** The file as messages show it: relative to the working directory when inside it. */
function shown(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a config file',
  EACCES: 'permission denied',
  EFBIG: `config file larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`,
};

/** The config file for `cwd` (or the one named), validated; null when the search finds none. */
export async function loadConfig(options: ConfigOptions = {}): Promise<Config | null> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const file = options.file ? resolve(cwd, options.file) : await searchConfig(cwd);
  if (!file) return null;
  // named as given, or as found: relative to the working directory when inside it
  const name = options.file ?? shown(file, cwd);
  let text: string;
  try {
    text = new TextDecoder().decode(await readBounded(file, MAX_CONFIG_BYTES));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new UserError(`${name}: ${READ_ERRORS[code] ?? `cannot read config file (${code})`}`);
  }
  // loaded with the first config file: a run without one never loads the YAML parser that keeps places
  const { readLocatedYaml } = await import('../core/read-located-yaml.js');
  const yaml = readLocatedYaml(name, text);
  if (yaml.errors.length) throw problemsError(yaml.errors);
  // in package.json, the config is the value of its key, and places are found under it
  const inPackage = file.endsWith('package.json');
  const root: PropertyKey[] = inPackage ? [PACKAGE_KEY] : [];
  const data = inPackage ? (yaml.data as Record<string, unknown> | null)?.[PACKAGE_KEY] : (yaml.data ?? {});
  const locate = (path: readonly PropertyKey[], atKey = false) => yaml.locate([...root, ...path], atKey);
  const line = (issue: LexiconIssue) =>
    `${locate(issue.path, issue.atKey)}: ${formatPath(issue.path)}: ${issue.message}`;

  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) throw problemsError(describeIssues(parsed.error, data).map(line));
  const config = parsed.data;
  const templates = config.templates && resolve(dirname(file), config.templates);
  if (templates && !statSync(templates, { throwIfNoEntry: false })?.isDirectory())
    throw new UserError(`${locate(['templates'])}: templates: no such folder (${templates})`);
  if (config.words) {
    await options.beforeWords?.();
    const issues = compileWordLists(config.words);
    if (issues.length) throw problemsError(issues.map((i) => line({ ...i, path: ['words', ...i.path] })));
  }
  return {
    file,
    ...(config.lang ? { lang: config.lang } : {}),
    ...(templates ? { templates } : {}),
    format: config.format ?? {},
    ...(config.words ? { words: config.words } : {}),
    locate,
  };
}

/** The nearest config file from `cwd` upwards, or null. */
async function searchConfig(cwd: string): Promise<string | null> {
  const found = await lilconfig(PACKAGE_KEY, {
    searchPlaces: [...CONFIG_FILES],
    // the file is read again with its places once found; here only whether it is there (and not empty)
    loaders: { '.yaml': () => true, '.yml': () => true, '.json': readPackage },
    cache: false,
  }).search(cwd);
  return found?.filepath ?? null;
}

/** A package.json on the way up, for the search to see whether it has a `vng-brief` key. */
function readPackage(file: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new UserError(`${file}: not valid JSON (looking for a "${PACKAGE_KEY}" key)`);
  }
}
