/**
 * One YAML word list checked against its schema, each problem on one line with its place in the file:
 * "src/data/structure.yaml:12:5: labels.3: expected a string, got a number". The build runs it on every list
 * (scripts/check-lexicons.mjs); the CLI never does, as its bundle holds the lists as parsed data.
 */
import type { z } from 'zod';
import { describeIssues, formatPath, type LexiconIssue } from './describe-lexicon-issues.js';
import { findUnknownKeys } from './find-unknown-keys.js';
import { readLocatedYaml } from './read-located-yaml.js';

/** The problems of one list, as "file:line:column: key.path: problem"; empty when it is valid. */
export function checkLexicon(file: string, text: string, schema: z.ZodType): string[] {
  const yaml = readLocatedYaml(file, text);
  if (yaml.errors.length) return [...yaml.errors];
  const parsed = schema.safeParse(yaml.data);
  const issues: LexiconIssue[] = [
    ...(parsed.success ? [] : describeIssues(parsed.error, yaml.data)),
    ...findUnknownKeys(schema, yaml.data).map((path) => ({ path, atKey: true, message: 'unknown key' })),
  ];
  return issues.map(
    (issue) => `${yaml.locate(issue.path, issue.atKey)}: ${formatPath(issue.path)}: ${issue.message}`,
  );
}
