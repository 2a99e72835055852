import { describe, expect, it } from 'vitest';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

describe('vng-brief brief --since', () => {
  it('adds what changed since the earlier letter, from the position diff', async () => {
    const r = await runCli(['brief', LETTER_2024, '--since', LETTER_2022, '--format', 'md']);
    expect(r.code).toBe(0);
    const block = r.stdout.split('## Wat is veranderd sinds 18 februari 2022\n')[1]?.split('\n## ')[0] ?? '';
    expect(block).toMatch(/^- Nieuw: .*Versterk de capaciteit van AVIM/m);
    expect(block).toMatch(/^- Vervallen: .*commissie-Roemer/m);
    expect(block).toMatch(/^- Gewijzigd: Gemeenten hebben behoefte aan duidelijkheid/m);
    expect(block).toMatch(/^- Verwijzingen: .*\+AVIM/m);
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
