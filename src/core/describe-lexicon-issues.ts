/** zod's issues on a word list, in words for the policy staff who edit it: "expected a string, got a number". */
import type { z } from 'zod';

export interface LexiconIssue {
  /** the keys and indexes leading to the problem ("labels", 3, "words") */
  readonly path: readonly PropertyKey[];
  /** the problem is the key itself (an unknown key), not its value */
  readonly atKey: boolean;
  readonly message: string;
}

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  null: 'null',
};

/** What a YAML value is, in the same words. */
function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return NOUNS[typeof value] ?? typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function describeOne(issue: z.ZodError['issues'][number], data: unknown): LexiconIssue[] {
  const { path } = issue;
  const got = () => kindOf(valueAt(data, path));
  switch (issue.code) {
    case 'invalid_type':
      return [
        { path, atKey: false, message: `expected ${NOUNS[issue.expected] ?? issue.expected}, got ${got()}` },
      ];
    case 'invalid_value':
      return [
        {
          path,
          atKey: false,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(valueAt(data, path)) ?? 'nothing'}`,
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], atKey: true, message: 'unknown key' }));
    default:
      return [{ path, atKey: false, message: lowerFirst(issue.message) }];
  }
}

/** One issue per problem; an unknown key is reported on the key. */
export const describeIssues = (error: z.ZodError, data: unknown): LexiconIssue[] =>
  error.issues.flatMap((issue) => describeOne(issue, data));

/** "labels.3.words", or "(top)" for the whole file. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.length ? path.map(String).join('.') : '(top)';
