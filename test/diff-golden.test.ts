/**
 * The 2022 → 2024 example letters: what the issue asks of the diff, and golden JSON and Markdown.
 * Regenerate the golden files with UPDATE=1 after a reviewed change (extraction changes move them too).
 */
import { describe, expect, it } from 'vitest';
import { LetterDiffSchema, type LetterDiff } from '../src/index.js';
import { expectGolden } from './helpers/golden.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const GOLDEN = 'test/golden/diff/2022-to-2024';

describe('diff 2022 → 2024', async () => {
  const json = await runCli(['diff', LETTER_2022, LETTER_2024, '--format', 'json']);
  const diff: LetterDiff = LetterDiffSchema.parse(JSON.parse(json.stdout));
  const ask = (status: string, words: RegExp) =>
    diff.asks.find((a) => a.status === status && words.test((a.new ?? a.old)!.text));

  it('pairs “Wet regulering sekswerk snel behandelen” with “Wet regulering sekswerk” as changed', () => {
    const t = diff.themes.find((x) => x.old?.title === 'Wet regulering sekswerk snel behandelen');
    expect(t).toMatchObject({ status: 'changed', new: { title: 'Wet regulering sekswerk' } });
    expect(t!.evidence).toContainEqual({
      code: 'both-cite',
      cited: expect.arrayContaining(['Wet regulering sekswerk (35715)']),
    });
  });
  it('shows the AVIM, OMM shelter, article 273f and Wgts asks as new', () => {
    expect(ask('new', /capaciteit van AVIM/)).toBeDefined();
    expect(ask('new', /opvang van slachtoffers .*multiproblematiek/)).toBeDefined();
    expect(ask('new', /artikel 273f/)).toBeDefined();
    expect(ask('new', /Wgts/)).toBeDefined();
  });
  it('shows the commissie-Roemer ask as dropped', () =>
    expect(ask('dropped', /commissie-Roemer/)).toBeDefined());
  it('reports +AVIM, +Wgts, +artikel 273f and −commissie-Roemer', () => {
    const added = diff.references.added.map((r) => `${r.text} ${r.name ?? ''}`).join(' | ');
    expect(added).toMatch(/AVIM/);
    expect(added).toMatch(/Wet gemeentelijk toezicht op seksbedrijven|Wgts/);
    expect(added).toMatch(/artikel 273f/);
    expect(diff.references.removed.map((r) => r.text)).toContain('commissie-Roemer');
  });
  it('reports neither opening nor the container headings “Mensenhandel” and “Sekswerk” as themes', () => {
    const titles = diff.themes.map((t) => (t.new ?? t.old)!.title);
    expect(titles).not.toContain(null);
    expect(titles).not.toContain('Mensenhandel');
    expect(titles).not.toContain('Sekswerk');
    // their sub-themes are
    expect(titles).toContain('Capaciteitstekort AVIM belemmert effectieve aanpak');
    expect(titles).toContain('Wet gemeentelijk toezicht op seksbedrijven');
    expect(diff.themes.flatMap((t) => t.related.map((r) => r.title))).not.toContain(null);
  });
  it('does not report the 2022 addressee, the Tweede Kamer, as a removed reference', () => {
    expect(diff.references.removed.map((r) => r.text)).not.toContain('Tweede Kamer');
    expect(diff.references.removed.map((r) => r.text)).toContain('VenJ');
  });
  it("prints the summary on stderr, after the letters' warnings", () =>
    expect(json.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ ongewijzigd, \d+ gewijzigd, \d+ nieuw, \d+ vervallen vragen; /u,
    ));

  it('matches the golden JSON', () => expectGolden(`${GOLDEN}.json`, json.stdout));
  it('matches the golden Markdown', async () => {
    const md = await runCli(['diff', LETTER_2022, LETTER_2024, '--format', 'md']);
    expectGolden(`${GOLDEN}.md`, md.stdout);
  });
});
