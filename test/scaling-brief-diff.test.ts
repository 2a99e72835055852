/**
 * Brief and diff on a big letter, built here from the example and fixture letters: each must finish within
 * vitest's default timeout, the hang guard (no durations are asserted; timing belongs to `npm run bench`).
 * Both were quadratic once — an ask searched all sentences, every pair of asks and themes was scored, the
 * page budget re-measured the page per theme — and took minutes on a letter this size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  diffLetters,
  LetterDiffSchema,
  LetterSchema,
  makeBrief,
  parseLetter,
  type Letter,
} from '../src/index.js';
import { renderSummary } from '../src/render/render-summary.js';

const SOURCES = ['letters', 'test/fixtures/letters'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f)),
);
const SUBJECTS = ['jeugdzorg', 'woningbouw', 'energiearmoede', 'afvalinzameling', 'veiligheid', 'onderwijs'];

/** The body of a letter: between the salutation and the closing, when it has them. */
function body(text: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('Geachte'));
  const to = lines.findIndex((l) => l.startsWith('Met vriendelijke groet'));
  return lines.slice(from + 1, to === -1 ? undefined : to).join('\n');
}

const looksLikeHeading = (line: string): boolean =>
  /^\p{Lu}[^.:;,?!]{2,60}$/u.test(line.trim()) && line.trim().split(' ').length < 9;

/**
 * About `bytes` of letter: the bodies of the example letters again and again, with every number and heading
 * made different per copy, and after each copy a section of arrow asks of its own.
 */
function bigLetter(bytes: number): string {
  const bodies = SOURCES.map((p) => body(readFileSync(p, 'utf8')));
  const parts = [
    'Datum\n\n5 september 2024\n\nOnderwerp\n\nInbreng commissiedebat Gemeenten 11 september\n\n',
    'Geachte leden van de vaste commissie,\n\nOp woensdag 11 september debatteert u over vele onderwerpen.\n\n',
  ];
  let size = parts.join('').length;
  for (let k = 1; size < bytes; k++) {
    const subject = SUBJECTS[k % SUBJECTS.length];
    // prose in two sections of three, asks in all
    const copy = (k % 3 ? (bodies[k % bodies.length] ?? '') : '')
      .replace(/\d+/g, (d) => String(Number(d) + k))
      .split('\n')
      .map((l) => (looksLikeHeading(l) ? `${l.trim()} deel ${k}` : l))
      .join('\n');
    // a place name of its own per copy: asks that differed only in numbers would be alike to the diff
    const place = `Oost${String(k).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? '')}`;
    const asks = [
      `Punten over ${subject} in ${place}`,
      '',
      `De uitvoering van ${subject} in ${place} vraagt om duidelijke afspraken met het Rijk.`,
      '',
      `➔ Zorg voor structurele middelen voor ${subject} in ${place}`,
      `➔ Betrek gemeenten bij plan ${k * 7} voor ${subject} in ${place}`,
      `➔ Versterk de uitvoering van maatregel ${k * 3} in ${place}`,
      `➔ Geef gemeenten in ${place} ruimte voor wijk ${k + 11}`,
      `➔ Maak afspraken over budget ${k * 5} met provincie ${place}`,
      `➔ Verleng de regeling ${k * 13} voor ${place} tot ${2020 + (k % 30)}`,
      `➔ Voorkom tekorten bij de dienst ${subject} van ${place}`,
      `➔ Regel toezicht op de sector ${subject} in ${place}`,
      `➔ Financier de opvang in ${place} voor ${k + 2} jaar`,
      `➔ Ondersteun inwoners van ${place} bij ${subject}`,
      `➔ Investeer in de ${subject} van ${place}`,
      `➔ Schrap de regeldruk voor ${subject} in ${place}`,
      `➔ Herzie de verdeling van middelen voor ${place}`,
      '',
    ].join('\n');
    parts.push(`\n${copy}\n\n${asks}\n`);
    size += copy.length + asks.length + 3;
  }
  parts.push('Met vriendelijke groet,\n\nVereniging van Nederlandse Gemeenten\n');
  return parts.join('');
}

describe('scaling: brief and diff of a big letter', () => {
  let letter: Letter;
  beforeAll(() => {
    letter = parseLetter(bigLetter(320_000), { path: 'big.txt' });
  });

  it('is big: hundreds of themes, thousands of asks', () => {
    expect(letter.asks.length).toBeGreaterThan(2_000);
    expect(letter.themes.length).toBeGreaterThan(300);
  });

  it('briefs it on one page: the asks that fit, numbered in order, and how many more the letter has', async () => {
    const brief = await makeBrief(letter, { fit: 'estimate', format: 'md' });
    const { asks } = brief.data;
    expect(asks.length).toBeGreaterThan(5);
    expect(asks.map((a) => a.number)).toEqual(asks.map((_, i) => i + 1));
    const content = brief.content as string;
    const last = asks[asks.length - 1]!;
    expect(content).toContain(`\n${last.number}. **`);
    expect(content).toContain('\n1. **');
    expect(brief.data.budget).toMatchObject({ fits: true, shortened: expect.arrayContaining(['asks']) });
    const more = Number(/^\+(\d+) vragen meer in de brief$/.exec(brief.data.asksMore ?? '')?.[1]);
    // every ask of the letter is listed or counted (restatements and repeats merged into one)
    expect(asks.length + more).toBeGreaterThan(1_500);
    expect(asks.length + more).toBeLessThanOrEqual(letter.asks.length);
    expect(content).toContain(`_${brief.data.asksMore}_`);
  });

  it('diffs it against itself: everything kept', () => {
    const diff = diffLetters(letter, letter);
    expect(LetterDiffSchema.safeParse(diff).success).toBe(true);
    const own = letter.asks.filter((a) => a.restates === null).length;
    expect(diff.summary.asks).toEqual({ kept: own, changed: 0, new: 0, dropped: 0 });
    expect(diff.summary.themes).toEqual({ kept: letter.themes.length, changed: 0, new: 0, dropped: 0 });
    expect(diff.summary.references).toMatchObject({ added: 0, removed: 0 });
    expect(diff.asks.every((a) => a.old?.id === a.new?.id)).toBe(true);
  });

  it('diffs an edited copy: the edited asks changed, none lost', () => {
    // every tenth "Zorg voor structurele middelen" ask reworded, in a copy of the model
    const edited = structuredClone(letter);
    let seen = 0;
    let reworded = 0;
    for (const ask of edited.asks) {
      if (!ask.plain.startsWith('Zorg voor structurele middelen') || seen++ % 10) continue;
      ask.plain = ask.plain.replace('structurele', 'blijvende en toereikende');
      ask.text = ask.plain;
      reworded++;
    }
    const diff = diffLetters(letter, edited);
    expect(reworded).toBeGreaterThan(10);
    expect(diff.summary.asks).toMatchObject({ changed: reworded, new: 0, dropped: 0 });
    const changed = diff.asks.filter((a) => a.status === 'changed');
    expect(changed.every((a) => a.old?.id === a.new?.id)).toBe(true);
    expect(changed.every((a) => a.new?.text.includes('blijvende en toereikende'))).toBe(true);
  });

  it('summarises a theme of any level the schema allows without a line of that width', () => {
    const deep = structuredClone(letter);
    deep.themes[1]!.level = Number.MAX_SAFE_INTEGER;
    expect(LetterSchema.safeParse(deep).success).toBe(true);
    const summary = renderSummary(deep, new Chalk({ level: 0 }));
    const title = deep.themes[1]!.title ?? '';
    const line = summary.split('\n').find((l) => l.trimStart().startsWith(title));
    expect(line?.length).toBeLessThan(title.length + 60);
  });
});
