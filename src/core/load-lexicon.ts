/**
 * The one loader of the word lists in src/data. A lexicon module names its YAML file, its zod schema and the
 * step that compiles the validated data; the data is validated and compiled on first use and kept, so a
 * command compiles only the lists it needs. `npm run build` validates every list ahead of time
 * (scripts/check-lexicons.mjs, with line and column); at run time a list that fails anyway (a copy edited
 * after the build) still names its file and key.
 */
import { z } from 'zod';
import { describeIssues, formatPath } from './describe-lexicon-issues.js';

/** What `import x from '…/data/name.yaml'` gives (scripts/yaml-plugin.mjs): the file and its data. */
export interface LexiconSource {
  /** relative to the package root: "src/data/structure.yaml" */
  readonly file: string;
  readonly data: unknown;
}

export interface LexiconDefinition {
  readonly source: LexiconSource;
  readonly schema: z.ZodType;
}

const defined: LexiconDefinition[] = [];

/** The lexicons of every module loaded so far: the build's check loads them all and validates each file. */
export const definedLexicons = (): readonly LexiconDefinition[] => defined;

/** A getter of the compiled lexicon: validated with `schema` and compiled once, on its first call. */
export function defineLexicon<S extends z.ZodType, T>(
  source: LexiconSource,
  schema: S,
  compile: (data: z.output<S>) => T,
): () => T {
  defined.push({ source, schema });
  let compiled: { value: T } | undefined;
  return () => {
    if (compiled) return compiled.value;
    const parsed = schema.safeParse(source.data);
    if (!parsed.success)
      throw new Error(
        describeIssues(parsed.error, source.data)
          .map((issue) => `${source.file}: ${formatPath(issue.path)}: ${issue.message}`)
          .join('\n'),
      );
    compiled = { value: compile(parsed.data) };
    return compiled.value;
  };
}

/** A lexicon that is one list of words under `key`, compiled to a set in lower case. */
export const defineWordSet = (source: LexiconSource, key: string): (() => ReadonlySet<string>) =>
  defineLexicon(
    source,
    z.object({ [key]: z.array(z.string().min(1)).min(1) }),
    (data): ReadonlySet<string> => new Set(data[key]!.map((w) => w.toLowerCase())),
  );
