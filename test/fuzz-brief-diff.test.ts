/**
 * Fuzzing and properties of brief and diff: on any model parseLetter gives (and on valid models edited within
 * the schema, as a saved `parse --json` model may be), makeBrief in md, html and text, in Dutch and English,
 * with and without `since`, and diffLetters with every diff renderer never throw, every brief has text and no
 * line ending in blanks, and the diff passes its schema. Bounded (numRuns, input sizes) so the file runs in a
 * few seconds; vitest's timeout is the hang guard. The letter-like arbitraries follow fuzz-parse-letter.test.ts.
 */
import { InputError } from '../src/core/errors.js';
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LetterDiffSchema,
  LetterSchema,
  diffLetters,
  makeBrief,
  parseLetter,
  renderDiffGithub,
  renderDiffMarkdown,
  renderDiffText,
  summariseChanges,
  summaryLine,
  type BriefFormat,
  type Letter,
} from '../src/index.js';
import { allLetters } from './helpers/letters.js';
import { words } from './helpers/arbitraries.js';

/** Text a template or renderer could mistake for its own syntax, and text that is awkward to escape. */
const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '{{ letter.title }}',
  '{% raw %}',
  '{% endraw %}',
  '{%- include "x" -%}',
  '{{',
  '}}',
  '|',
  '| a | b |',
  '*',
  '**vet**',
  '_',
  '[',
  ']',
  '[link](javascript:alert(1))',
  '<https://example.org>',
  '`',
  '```',
  '~~',
  '#',
  '# ',
  '---',
  '===',
  '1. ',
  '- ',
  '> ',
  '&amp;',
  '&#x41;',
  '%0A',
  '::warning::',
  '\\',
  '$',
  '$&',
);
const noise = fc.oneof(
  markup,
  fc.constantFrom(
    '\n',
    '\n\n',
    '\r\n',
    '\t',
    '   ',
    '\u00a0',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '\u202e',
    '\u001b[31m',
    '\u0007',
    '\ue001',
    'e\u0301',
    '😀',
    'שלום',
    '\ud800',
    'Ã©',
    '➔ ',
    '→',
    '->',
    '•',
    '€ 1,5 miljoen',
    '€ 0',
    '12%',
    '1 januari 2024',
    '31 februari 2023',
    '2023',
    'Kamerstuk 31 839, nr. 1',
    'artikel 2.3',
    'motie-Van der Staaij',
    'https://example.org/a_b?c=d&e=f',
  ),
);
const sentence = fc.oneof(
  words(3, 12).map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`),
  words(2, 8).map((w) => `Wij vragen u om de ${w} structureel te regelen.`),
  words(2, 8).map((w) => `Gemeenten roepen het kabinet op ${w} te versterken.`),
  words(1, 4).map((w) => `Het kabinet trekt circa € 50 miljoen per jaar uit voor ${w}.`),
);
const heading = fc.oneof(
  fc.constantFrom('Financiën', 'Jeugdzorg', 'Wonen en opvang', 'Toezicht', 'Uitvoerbaarheid'),
  words(1, 3).map((w) => `## ${w}`),
  markup.map((m) => `# ${m}`),
);
/** A sentence with noise spliced in, so markup sits inside asks, headings and figures. */
const noisySentence = fc
  .tuple(sentence, noise, fc.nat())
  .map(([s, n, at]) => `${s.slice(0, at % (s.length + 1))}${n}${s.slice(at % (s.length + 1))}`);
const block = fc.oneof(
  fc.array(fc.oneof(sentence, noisySentence), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
  heading,
  fc
    .array(fc.oneof(sentence, noisySentence), { minLength: 1, maxLength: 3 })
    .chain((s) => fc.constantFrom('•', '-', '*', '1.', '➔').map((b) => s.map((x) => `${b} ${x}`).join('\n'))),
  fc.oneof(sentence, noisySentence).map((s) => `➔ ${s}`),
  fc.constantFrom(
    'Datum: 1 januari 2024',
    'Onderwerp: {{ onderwerp }} <b>',
    'Aan de leden van de vaste commissie voor Binnenlandse Zaken',
    'Betreft: commissiedebat Wonen op 12 maart 2025',
    'Kenmerk: | * [ ] {% %}',
    'Met vriendelijke groet,\n\nVereniging van Nederlandse Gemeenten',
  ),
  noise,
);
const letterText = fc.array(block, { minLength: 1, maxLength: 12 }).map((b) => b.join('\n\n'));
const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(sentence, noise), { maxLength: 40 }).map((p) => p.join(' ')) },
  { weight: 4, arbitrary: letterText },
);

/** A model, or null for a clean InputError (nothing to brief or diff). */
function parseOrNull(text: string, path: string): Letter | null {
  try {
    return parseLetter(text, { path });
  } catch (err) {
    if (err instanceof InputError) return null;
    throw err;
  }
}
const model = fc
  .tuple(anyText, fc.constantFrom('brief.txt', 'brief.md'))
  .map(([text, path]) => parseOrNull(text, path))
  .filter((m): m is Letter => m !== null);

const FORMATS: Exclude<BriefFormat, 'pdf'>[] = ['md', 'html', 'text'];
const LANGS = ['nl', 'en'] as const;

/** A brief that needs no browser: text with something in it, no line ending in blanks (renderBrief trims). */
function expectBriefText(content: string | Buffer): void {
  expect(content).toMatch(/\S/);
  expect(content).not.toMatch(/[ \t]$/m);
}

/** Every brief of the letter that needs no browser, and the change lines its `since` brief shows. */
async function expectBriefs(letter: Letter, since: Letter): Promise<void> {
  for (const format of FORMATS) {
    for (const lang of LANGS)
      expectBriefText((await makeBrief(letter, { fit: 'estimate', format, lang })).content);
    const colors = format === 'text' ? new Chalk({ level: 3 }) : undefined;
    const { content } = await makeBrief(letter, {
      fit: 'estimate',
      format,
      lang: format === 'md' ? 'en' : 'nl',
      since: diffLetters(since, letter),
      colors,
    });
    expectBriefText(content);
  }
  for (const lang of LANGS) summariseChanges(diffLetters(since, letter), lang);
}

/** The diff and its renderings (none may throw); the diff passes its schema, also after a JSON round trip. */
function expectDiff(oldLetter: Letter, newLetter: Letter): void {
  const diff = diffLetters(oldLetter, newLetter);
  expect(LetterDiffSchema.safeParse(diff).error?.issues ?? []).toEqual([]);
  // as `diff --format json` writes it; JSON has no -0, so compare with the parsed JSON, not with `diff`
  const json = JSON.parse(JSON.stringify(diff)) as unknown;
  expect(LetterDiffSchema.parse(json)).toEqual(json);
  renderDiffText(diff, new Chalk({ level: 0 }));
  renderDiffText(diff, new Chalk({ level: 3 }));
  renderDiffMarkdown(diff);
  renderDiffGithub(diff);
  summaryLine(diff);
}

const ODD_HREFS = [
  'javascript:alert(1)',
  '',
  ' # ',
  'http://[::1',
  'https://exa mple.org/(a)"b\'<c>',
  'mailto:',
  '\ud800',
  '//example.org',
  `https://example.org/${'a'.repeat(5000)}`,
];

/** Edits within the schema, as a hand-edited saved model may have: each keeps LetterSchema satisfied. */
const LONG = `${'Gemeenten vragen structureel meer middelen voor de uitvoering '.repeat(120)}<script>|{{x}}`;
const EDITS: Record<string, (l: Letter) => void> = {
  'no title': (l) => (l.meta.title = null),
  'empty title': (l) => (l.meta.title = ''),
  'markup title': (l) => (l.meta.title = '{{ brief.title }} {% raw %} <script>x</script> | * [a](b)'),
  'no date': (l) => (l.meta.date = null),
  'odd date': (l) => (l.meta.date = '2024-02-29'),
  'no sender or debate': (l) => {
    l.meta.sender = null;
    l.meta.debate = null;
    l.meta.addressees = [];
    l.meta.fields = [];
  },
  'empty debate': (l) => (l.meta.debate = { name: '', date: null, text: '', position: null }),
  'no themes': (l) => (l.themes = []),
  'no asks': (l) => (l.asks = []),
  'no references or figures': (l) => {
    l.references = [];
    l.figures = [];
  },
  'themes without titles or blocks': (l) => {
    for (const t of l.themes) {
      t.title = null;
      t.titlePosition = null;
      t.blocks = [];
    }
  },
  'asks in an unknown theme': (l) => {
    for (const a of l.asks) a.themeId = 'no-such-theme';
    for (const r of l.references) r.themeId = 'no-such-theme';
    for (const f of l.figures) f.themeId = 'no-such-theme';
  },
  'empty texts': (l) => {
    for (const a of l.asks) a.text = a.plain = '';
    for (const t of l.themes) for (const b of t.blocks) b.text = b.plain = '';
    for (const r of l.references) r.text = '';
    for (const f of l.figures) f.text = '';
  },
  'very long texts': (l) => {
    l.meta.title = LONG;
    for (const a of l.asks) a.text = a.plain = LONG;
    for (const t of l.themes) {
      if (t.title !== null) t.title = LONG;
      for (const b of t.blocks) b.text = b.plain = LONG;
    }
    for (const r of l.references) r.text = LONG;
  },
  'odd figures': (l) => {
    for (const f of l.figures) {
      f.value = null;
      f.unit = null;
    }
  },
  'restates unknown ask': (l) => {
    for (const a of l.asks) a.restates = 'no-such-ask';
  },
  'odd positions': (l) => {
    const far = { line: 2 ** 31, column: 2 ** 31, offset: 2 ** 40 };
    const first = { line: 1, column: 1, offset: 0 };
    for (const x of [...l.asks, ...l.references, ...l.figures, ...l.themes.flatMap((t) => t.blocks)])
      x.position = { start: far, end: first };
    for (const t of l.themes) t.titlePosition = t.position = { start: far, end: far };
  },
  'deep and cyclic theme tree': (l) => {
    l.themes.forEach((t, i) => {
      t.level = i % 2 ? 2 ** 30 : 0;
      t.parentId = i % 3 ? t.id : (l.themes[(i + 1) % l.themes.length]?.id ?? null);
    });
  },
  'extreme figure values': (l) => {
    const values = [Number.MAX_VALUE, -Number.MAX_VALUE, -0, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 1e21];
    l.figures.forEach((f, i) => (f.value = values[i % values.length]!));
  },
  'free-text debate date and odd meta': (l) => {
    l.meta.debate = { name: '{{ x }}', date: 'morgen <b>', text: '', position: null };
    l.meta.kind = 'other';
    l.meta.addressees = ['', '|', '<script>'];
  },
  'odd references': (l) => {
    l.references.forEach((r, i) => {
      r.links = [r.ref, 'no-such-ref', ...l.references.slice(0, 3).map((x) => x.ref)];
      r.href = ODD_HREFS[i % ODD_HREFS.length]!;
      r.id = i % 3 ? '' : null;
      r.name = i % 2 ? '' : null;
    });
  },
  'asks restating each other': (l) => {
    l.asks.forEach((a, i) => (a.restates = l.asks[(i + 1) % l.asks.length]!.id));
  },
  'duplicate ids': (l) => {
    for (const a of l.asks) a.id = 'a1';
    for (const t of l.themes) t.id = 'dup';
  },
};

let realLetters: Letter[] | undefined;
/** The example and fixture letters, parsed once. */
const real = (i: number): Letter => {
  realLetters ??= allLetters().map((path) => parseLetter(readFileSync(path), { path }));
  return realLetters[i % realLetters.length]!;
};

describe('brief and diff never throw on a parsed model', () => {
  it('makeBrief in every format and language, with and without since', async () => {
    await fc.assert(
      fc.asyncProperty(model, model, async (letter, other) => {
        await expectBriefs(letter, other);
      }),
      { numRuns: 20 },
    );
  });

  it('a real letter briefed since a generated one, and the other way round', async () => {
    await fc.assert(
      fc.asyncProperty(model, fc.nat(), async (letter, i) => {
        const { content } = await makeBrief(real(i), {
          fit: 'estimate',
          format: 'md',
          since: diffLetters(letter, real(i)),
        });
        expectBriefText(content);
        const back = await makeBrief(letter, {
          fit: 'estimate',
          format: 'text',
          lang: 'en',
          since: diffLetters(real(i), letter),
        });
        expectBriefText(back.content);
      }),
      { numRuns: 10 },
    );
  });

  it('diffLetters and every diff renderer, generated against generated, real and itself', () => {
    fc.assert(
      fc.property(model, model, fc.nat(), (a, b, i) => {
        expectDiff(a, b);
        expectDiff(a, a);
        expectDiff(real(i), a);
        expectDiff(a, real(i));
      }),
      { numRuns: 40 },
    );
  });

  /** Hand-picked hostile letters, run every time whatever fast-check's seed. */
  const HOSTILE: Record<string, string> = {
    'template syntax everywhere':
      '# {{ letter.title }}\n\nDatum: {% raw %}1 januari 2024{% endraw %}\n\n## {%- include "x" -%}\n\n➔ Wij vragen u {{ asks | size }} keer om {% for a in asks %}x{% endfor %}.\n\n- {{\n- }}\n- {%\n- %}',
    'raw HTML and Markdown markup':
      '<script>alert(1)</script>\n\n## <b>Financiën</b> | * [ ]\n\n➔ Wij vragen u om [de wet](javascript:alert(1)) en **€ 5 miljoen** te ~~schrappen~~.\n\n| a | b |\n|---|---|\n| € 1 | 12% |',
    'a heading and nothing else': '## Financiën',
    'markers without text': '➔\n\n•\n\n-\n\n1.\n\n→ ->',
    'only a date and an amount': '1 januari 2024 € 1,5 miljoen',
    'controls, bidi and private use':
      '\u001b[31mRood\u001b[0m \u202eomgekeerd\u202c \ue001gemarkeerd\ue002\n\n➔ Wij vragen u om \u0007 de zorg \u200b te regelen.',
    'trailing blanks and punctuation runs': `Financiën${' \t'.repeat(500)}\n\n➔ Wij vragen u om de zorg te regelen${'.;:'.repeat(500)}\n\n[leeg](${' '.repeat(500)}#${' '.repeat(500)})`,
  };

  it.each(Object.entries(HOSTILE))('%s', async (_, text) => {
    for (const path of ['brief.txt', 'brief.md']) {
      const letter = parseOrNull(text, path);
      if (!letter) continue;
      await expectBriefs(letter, real(0));
      expectDiff(letter, real(0));
      expectDiff(real(1), letter);
      expectDiff(letter, letter);
    }
  });
});

describe('brief and diff never throw on a valid model edited within the schema', () => {
  const edits = fc.subarray(Object.keys(EDITS), { minLength: 1, maxLength: 3 });

  it('every edit keeps the model valid, and brief and diff take it', async () => {
    await fc.assert(
      fc.asyncProperty(edits, fc.nat(), fc.option(model, { nil: undefined }), async (names, i, generated) => {
        const base = generated ?? real(i);
        const edited = structuredClone(base);
        for (const name of names) EDITS[name]!(edited);
        expect(LetterSchema.safeParse(edited).error?.issues ?? []).toEqual([]);
        for (const format of FORMATS) {
          const { content } = await makeBrief(edited, {
            fit: 'estimate',
            format,
            lang: i % 2 ? 'en' : 'nl',
            since: diffLetters(base, edited),
          });
          expectBriefText(content);
        }
        await makeBrief(base, { fit: 'estimate', format: 'md', since: diffLetters(edited, base) });
        expectDiff(base, edited);
        expectDiff(edited, base);
        expectDiff(edited, edited);
      }),
      { numRuns: 30 },
    );
  });
});
