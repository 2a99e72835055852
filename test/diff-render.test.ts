/** Renderers and the brief's change lines, on a small fixed diff. */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { diffLetters } from '../src/diff/diff-letters.js';
import { escapeMd } from '../src/render/render-diff-md.js';
import { parseLetter, renderDiffMarkdown, renderDiffText, summariseChanges } from '../src/index.js';
import { readFileSync } from 'node:fs';

const OLD = 'test/fixtures/diff/wonen-2023.txt';
const NEW = 'test/fixtures/diff/wonen-2025.txt';
const load = (p: string) => parseLetter(readFileSync(p), { path: p });
const diff = diffLetters(load(OLD), load(NEW));

describe('summariseChanges', () => {
  it('gives the short box of the brief: the earlier letter, the counts, the new and dropped asks', () => {
    expect(summariseChanges(diff, 'nl')).toEqual([
      'Vorige brief: Inbreng commissiedebat Wonen en statushouders 21 maart, 14 maart 2023',
      'Vragen: 1 nieuw, 3 vervallen, 1 gewijzigd, 2 ongewijzigd',
      'Nieuw: Maak de middelen voor de aanpak van energiearmoede structureel',
      'Vervallen: Wij vragen u de procedures voor woningbouw te versnellen; Versnel de bezwaarprocedures voor woningbouwprojecten onder de Omgevingswet; Maak afspraken met woningcorporaties over voorrang voor jongeren uit de jeugdzorg',
    ]);
  });
  it('and English ones', () => {
    expect(summariseChanges(diff, 'en').map((l) => l.split(':')[0])).toEqual([
      'Previous letter',
      'Requests',
      'New',
      'Dropped',
    ]);
  });
  it('and only the counts when nothing changed', () => {
    const same = diffLetters(load(OLD), load(OLD));
    expect(summariseChanges(same, 'nl').slice(1)).toEqual([
      'Vragen: 0 nieuw, 0 vervallen, 0 gewijzigd, 6 ongewijzigd',
    ]);
  });
});

describe('renderers', () => {
  it('text groups by status, each item by its line, and shows a changed ask new and old without markup', () => {
    const text = renderDiffText(diff, new Chalk({ level: 0 }), { lang: 'en', width: 200 });
    expect(text).toContain('    line 17: Zorg voor structurele en toereikende financiering');
    expect(text).toContain('      was: Zorg voor structurele financiering');
    const asks = text.slice(text.indexOf('\nRequests\n'));
    const at = ['changed (1)', 'new (1)', 'dropped (3)', 'kept (2)'].map((s) => asks.indexOf(`\n  ${s}\n`));
    expect(at.every((x, i) => x > 0 && (i === 0 || x > (at[i - 1] as number)))).toBe(true);
    expect(text).toContain('  − line 21 (old): Omgevingswet [BWBR0037885] · law');
    expect(text).toContain(
      '  changed line 15: circa 50 miljoen euro per jaar → circa 80 miljoen euro per jaar',
    );
  });
  it('text colours the words that differ instead', () => {
    const text = renderDiffText(diff, new Chalk({ level: 1 }), { width: 200 });
    expect(text).toContain(`structurele ${new Chalk({ level: 1 }).green('en toereikende')} financiering`);
  });
  it('Markdown escapes letter text', () => {
    expect(escapeMd('a *b* [c](d) <e> | f_g')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\| f\\_g');
    const md = renderDiffMarkdown(diff, { lang: 'en' });
    expect(md).toContain('| − | law | Omgevingswet \\[BWBR0037885\\] | line 21 (old) |');
    expect(md).toContain(
      '- changed: circa 50 miljoen euro per jaar → **circa 80 miljoen euro per jaar** (line 15)',
    );
  });
});
