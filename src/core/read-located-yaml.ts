/**
 * A YAML text read with the place of every value in it, so that a problem found in the data can be reported
 * as "file:line:column": the word lists (src/core/check-lexicon.ts) and a project's config file
 * (src/load/load-config.ts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface LocatedYaml {
  /** the data, or undefined when the text is not YAML */
  readonly data: unknown;
  /** the text's syntax errors, as "file:line:column: problem" */
  readonly errors: readonly string[];
  /**
   * "file:line:column" of the value at `path` (of the key itself with `atKey`), or of the nearest value above
   * it that exists (a missing key)
   */
  locate(path: readonly PropertyKey[], atKey?: boolean): string;
}

interface Ranged {
  range?: [number, number, number] | null;
}

const startOf = (node: unknown, fallback: number): number => (node as Ranged | null)?.range?.[0] ?? fallback;

/** The offset of the node at `path`, or of the nearest node above it that exists. */
function offsetOf(doc: Document, path: readonly PropertyKey[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = startOf(node, 0);
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      if (!pair) return offset;
      const keyStart = startOf(pair.key, offset);
      if (atKey && i === path.length - 1) return keyStart;
      node = pair.value;
      offset = startOf(node, keyStart);
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      offset = startOf(node, offset);
    } else return offset;
  }
  return offset;
}

export function readLocatedYaml(file: string, text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  return {
    data: doc.errors.length ? undefined : (doc.toJS() as unknown),
    errors: doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`),
    locate: (path, atKey = false) => at(offsetOf(doc, path, atKey)),
  };
}
