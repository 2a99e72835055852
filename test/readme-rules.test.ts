/** The README's table of diagnostic rules is the registry of src/core/rules.ts, row for row. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules.js';

const HEADER = '| rule | severity | what it means |';

/** The table's rows after its header and separator, up to the first line that is not a row. */
function readmeRows(readme: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(HEADER);
  if (start < 0) return [];
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

/** How a rule is written in the table: its doc with Markdown's inline syntax escaped, so it reads as written. */
const row = (id: string, rule: { severity: string; doc: string }) =>
  `| \`${id}\` | ${rule.severity} | ${rule.doc.replace(/[\\`*_[\]|<>]/g, '\\$&')} |`;

describe('README: diagnostic rules', () => {
  it('lists every rule of RULES, in its order, with its severity and doc, and no other', () => {
    const expected = Object.entries(RULES).map(([id, rule]) => row(id, rule));
    expect(readmeRows(readFileSync('README.md', 'utf8'))).toEqual(expected);
  });
});
