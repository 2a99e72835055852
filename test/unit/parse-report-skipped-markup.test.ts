import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createLetterFile } from '../../src/core/letter-file.js';
import { reportSkippedMarkup } from '../../src/parse/markup-limits.js';

const at = (start: number, end: number) => ({
  start: { line: 1, column: start + 1, offset: start },
  end: { line: 1, column: end + 1, offset: end },
});

describe('reportSkippedMarkup', () => {
  it('warns once for each text left unread, however deep, in document order', () => {
    const text = 'Wij vragen *veel* en **meer** van het kabinet, en nog meer.';
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'list',
          children: [
            {
              type: 'listItem',
              children: [
                {
                  type: 'paragraph',
                  children: [
                    { type: 'text', value: 'Wij', position: at(0, 3) },
                    { type: 'text', value: 'vragen', data: { markupSkipped: 'diep' }, position: at(4, 10) },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            { type: 'emphasis', children: [{ type: 'text', value: 'veel', position: at(12, 16) }] },
            { type: 'text', value: 'kabinet', data: { markupSkipped: 'lang' }, position: at(38, 45) },
          ],
        },
        // a mark without a position has no place to show
        { type: 'paragraph', children: [{ type: 'text', value: 'meer', data: { markupSkipped: 'los' } }] },
      ],
    };
    const file = createLetterFile('brief.md', text);
    reportSkippedMarkup(tree, file);
    expect(file.messages.map((m) => [m.ruleId, m.message, m.position?.start.offset])).toEqual([
      ['markup-limit', 'diep', 4],
      ['markup-limit', 'lang', 38],
    ]);
  });

  it('says nothing about a tree without marks', () => {
    const file = createLetterFile('brief.txt', 'Geachte leden,');
    reportSkippedMarkup(
      {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Geachte leden,' }] }],
      },
      file,
    );
    expect(file.messages).toEqual([]);
  });
});
