/**
 * One YAML word list checked against its schema, each problem on one line with its place in the file:
 * "src/data/structure.yaml:12:5: labels.3: expected a string, got a number". The build runs it on every list
 * (scripts/check-lexicons.mjs); the CLI never does, as its bundle holds the lists as parsed data.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { describeIssues, formatPath, type LexiconIssue } from './describe-lexicon-issues.js';

interface Ranged {
  range?: [number, number, number] | null;
}

const startOf = (node: unknown, fallback: number): number => (node as Ranged | null)?.range?.[0] ?? fallback;

/** The offset of the node an issue is about, or of the nearest node above it that exists (a missing key). */
function offsetOf(doc: Document, issue: LexiconIssue): number {
  let node: unknown = doc.contents;
  let offset = startOf(node, 0);
  for (const [i, key] of issue.path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      if (!pair) return offset;
      const keyStart = startOf(pair.key, offset);
      if (issue.atKey && i === issue.path.length - 1) return keyStart;
      node = pair.value;
      offset = startOf(node, keyStart);
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      offset = startOf(node, offset);
    } else return offset;
  }
  return offset;
}

/** The problems of one list, as "file:line:column: key.path: problem"; empty when it is valid. */
export function checkLexicon(file: string, text: string, schema: z.ZodType): string[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length) return doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`);
  const data: unknown = doc.toJS();
  const parsed = schema.safeParse(data);
  if (parsed.success) return [];
  return describeIssues(parsed.error, data).map(
    (issue) => `${at(offsetOf(doc, issue))}: ${formatPath(issue.path)}: ${issue.message}`,
  );
}
