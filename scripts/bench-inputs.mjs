// Pathological inputs for the scaling benchmark, each made of `n` repeats of a unit of about 1 KB, so that
// 1×, 10× and 100× sizes can be compared. The same shapes are tested for hangs in test/pathological-*.test.ts.

const SENTENCE = 'Gemeenten vragen het kabinet om structurele middelen voor de uitvoering van de wet. ';

/** name → (n) => text of about n KB */
export const PATHOLOGICAL = {
  'prose, one line': (n) => SENTENCE.repeat(12 * n),
  'short lines': (n) => 'Zorg.\n'.repeat(170 * n),
  'nested emphasis': (n) => '*a **b _c __d '.repeat(73 * n),
  'open brackets': (n) => '[a '.repeat(340 * n),
  'stars and underscores': (n) => '*_'.repeat(512 * n),
  arrows: (n) => '➔ '.repeat(512 * n),
  'arrow lines': (n) => '➔ Zorg voor middelen.\n'.repeat(47 * n),
  'nested quotes': (n) => `${'> '.repeat(500 * n)}tekst`,
  'nested list': (n) => `${'- '.repeat(500 * n)}tekst`,
  'indented list': (n) =>
    Array.from({ length: 20 * n }, (_, i) => `${' '.repeat(2 * (i % 40))}- punt ${i}`).join('\n'),
  'combining marks': (n) => `e${'\u0301'.repeat(1024 * n)}`,
  'numbered list, nested': (n) => `${'1. '.repeat(340 * n)}tekst`,
  'run of spaces': (n) => `Wij vragen${' '.repeat(1024 * n)}x.`,
  'run of dots in a number': (n) => `In het jaar 1${'.'.repeat(1024 * n)}5 kost het veel.`,
};

const BODY = 'De gemeente zorgt voor betaalbare huizen.';

/**
 * The shapes that once broke at 1 MB (a stack overflow on one paragraph of 125,000 short lines, quadratic scans
 * over numbered and heading-like lines), as (kb) => text of about kb KB; timed at 100 KB and 1 MB.
 */
export const LARGE = {
  'short lines, one paragraph': (kb) => 'woord x\n'.repeat(128 * kb),
  'numbered headings': (kb) =>
    Array.from({ length: 17 * kb }, (_, i) => `${(i % 9) + 1}. Kop\n\n${BODY}\n\n`).join(''),
  'heading-like lines': (kb) =>
    `Geachte leden,\n\n${Array.from({ length: 20 * kb }, (_, i) => `Thema ${i}\n\n${BODY}\n\n`).join('')}Met vriendelijke groet,\n`,
};
