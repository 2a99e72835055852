import { describe, expect, it } from 'vitest';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

describe('vng-brief brief --since', () => {
  it('adds a short box: the earlier letter, the counts, the new and dropped asks by their request', async () => {
    const r = await runCli(['brief', LETTER_2024, '--since', LETTER_2022, '--format', 'md']);
    expect(r.code).toBe(0);
    const block = r.stdout.split('## Wat is veranderd sinds 18 februari 2022\n')[1]?.split('\n## ')[0] ?? '';
    expect(block.trim().split('\n')).toEqual([
      '- Vorige brief: VNG: Meer zicht nodig op mensenhandel, 18 februari 2022',
      '- Vragen: 7 nieuw, 2 vervallen, 2 gewijzigd, 0 ongewijzigd',
      expect.stringMatching(
        /^- Nieuw: .*; Zorg voor aanvullende en structurele financiering voor de opvang van slachtoffers van… en 4 meer$/,
      ),
      expect.stringMatching(
        /^- Vervallen: .*; De VNG vraagt de aanbevelingen van de commissie-Roemer vooral uit te voeren$/,
      ),
    ]);
    // each item is clipped at a word, never mid-word
    for (const item of block.split(/; |: /)) expect(item).not.toMatch(/\p{L}…\p{L}/u);
  });

  it('speaks English with --lang en, and is absent without --since', async () => {
    const en = await runCli([
      'brief',
      LETTER_2024,
      '--since',
      LETTER_2022,
      '--format',
      'text',
      '--lang',
      'en',
    ]);
    expect(en.stdout).toContain('WHAT HAS CHANGED SINCE 18 FEBRUARY 2022');
    const plain = await runCli(['brief', LETTER_2024, '--format', 'md']);
    expect(plain.stdout).not.toContain('Wat is veranderd');
  });

  it('names an unreadable earlier letter in one line', async () => {
    const r = await runCli(['brief', LETTER_2024, '--since', 'letters/nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vng-brief: letters/nope.txt: no such file\n');
  });
});
