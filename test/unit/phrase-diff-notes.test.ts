/** The diff's codes worded from the labels, in English and Dutch; what the text and Markdown reports print. */
import { describe, expect, it } from 'vitest';
import type {
  AskDiff,
  AskSide,
  Evidence,
  LetterDiff,
  ThemeChange,
  ThemeDiff,
} from '../../src/model/diff-schema.js';
import { fillLabel } from '../../src/render/fill-label.js';
import { loadLabels } from '../../src/render/load-labels.js';
import {
  evidenceLine,
  phraseAskChanges,
  phraseChange,
  phraseEvidence,
  swappedDates,
} from '../../src/render/phrase-diff-notes.js';

const at = { line: 1, column: 1, offset: 0 };
const side = (title: string | null) => ({ id: 'x', title, level: 1, position: { start: at, end: at } });
const theme = (oldTitle: string | null, newTitle: string | null): ThemeDiff => ({
  status: 'changed',
  old: side(oldTitle),
  new: side(newTitle),
  score: 0.5,
  evidence: [],
  changes: [],
  edited: false,
  related: [],
});
const en = loadLabels('en');
const nl = loadLabels('nl');
const LONG_ASK = 'Maak afspraken met woningcorporaties over voorrang voor jongeren uit de jeugdzorg';

describe('phraseChange', () => {
  it('names the titles of the theme, the opening when it has none', () => {
    const t = theme(null, 'Wonen');
    expect(phraseChange({ code: 'title-changed' }, t, en)).toBe('title the opening → “Wonen”');
    expect(phraseChange({ code: 'title-changed' }, t, nl)).toBe('titel de opening → “Wonen”');
  });

  it('quotes an ask, cut at 60 characters', () => {
    const change = { code: 'ask-dropped', id: 'jeugd/ask-1', text: LONG_ASK } as const;
    expect(phraseChange(change, theme('a', 'a'), en)).toBe(
      'ask dropped: “Maak afspraken met woningcorporaties over voorrang voor jon…”',
    );
    expect(phraseChange(change, theme('a', 'a'), nl)).toMatch(/^vraag vervallen: “Maak afspraken/);
  });

  it('lists added citations before removed ones', () => {
    const change: ThemeChange = {
      code: 'citations-changed',
      added: ['Jeugdwet'],
      removed: ['Wmo 2015', 'VNG'],
    };
    expect(phraseChange(change, theme('a', 'a'), en)).toBe('cites +Jeugdwet, −Wmo 2015, −VNG');
    expect(phraseChange({ code: 'figure-changed', old: '5%', new: '6%' }, theme('a', 'a'), nl)).toBe(
      'cijfer 5% → 6%',
    );
  });
});

describe('phraseEvidence', () => {
  it('words the closest candidate by side and kind, without its score (that is in the JSON)', () => {
    const opening = { code: 'closest', side: 'old', id: 'opening', text: null, score: 0.25 } as const;
    expect(phraseEvidence(opening, 'theme', en)).toBe('closest: old theme the opening');
    expect(phraseEvidence(opening, 'theme', nl)).toBe('dichtstbij: oud thema de opening');
    const ask = { code: 'closest', side: 'new', id: 'a/ask-1', text: LONG_ASK, score: 0.1 } as const;
    expect(phraseEvidence(ask, 'ask', nl)).toBe(
      'dichtstbij: nieuwe vraag “Maak afspraken met woningcorporaties over voorrang voor jon…”',
    );
  });

  it('joins the pieces of a pair with semicolons', () => {
    const evidence: Evidence[] = [
      { code: 'both-cite', cited: ['Wet regulering sekswerk (35715)'] },
      { code: 'shared-words', words: ['regulering', 'sekswerk'] },
      { code: 'in-paired-themes' },
    ];
    expect(evidenceLine(evidence, 'ask', en)).toBe(
      'both cite Wet regulering sekswerk (35715); shared words regulering, sekswerk; in paired themes',
    );
    expect(evidenceLine(evidence, 'ask', nl)).toBe(
      "beide noemen Wet regulering sekswerk (35715); gedeelde woorden regulering, sekswerk; in gekoppelde thema's",
    );
  });
});

describe('phraseAskChanges', () => {
  const ask = (firmness: AskSide['firmness'], addressee: string | null): AskSide => ({
    id: 'a/ask-1',
    text: 'Versnel de bouw.',
    position: { start: at, end: at },
    themeId: 'a',
    marker: 'arrow',
    addressee,
    firmness,
  });
  const pair = (was: AskSide, now: AskSide): AskDiff => ({
    status: 'changed',
    old: was,
    new: now,
    score: 0.9,
    evidence: [],
    words: [{ op: 'same', text: 'Versnel de bouw.' }],
  });

  it('words an ask asked more or less firmly, with both firmnesses', () => {
    expect(phraseAskChanges(pair(ask('request', null), ask('urge', null)), nl)).toEqual([
      'dringender gevraagd: gevraagd → dringend verzocht',
    ]);
    expect(phraseAskChanges(pair(ask('demand', null), ask('suggest', null)), en)).toEqual([
      'asked less firmly: demanded → suggested',
    ]);
  });
  it('and one asked of someone else', () => {
    expect(phraseAskChanges(pair(ask('request', 'kamer'), ask('request', 'kabinet')), nl)).toEqual([
      'gevraagd aan de Kamer → aan het kabinet',
    ]);
  });
  it('says nothing when both are asked alike', () => {
    expect(phraseAskChanges(pair(ask('request', 'kamer'), ask('request', null)), en)).toEqual([]);
  });
});

describe('swappedDates', () => {
  const side = (date: string | null) => ({ path: 'a.txt', input: 'a.txt', title: null, date });
  const diff = (was: string | null, now: string | null) => ({ old: side(was), new: side(now) }) as LetterDiff;

  it('warns when the old letter is dated after the new one', () => {
    expect(swappedDates(diff('2024-09-05', '2022-02-18'), nl)).toBe(
      'de oude brief (5 september 2024) is van na de nieuwe (18 februari 2022): staan ze in de goede volgorde?',
    );
  });
  it('not when they are in order, of one day, or a date is missing', () => {
    expect(swappedDates(diff('2022-02-18', '2024-09-05'), en)).toBeNull();
    expect(swappedDates(diff('2024-09-05', '2024-09-05'), en)).toBeNull();
    expect(swappedDates(diff('2024-09-05', null), en)).toBeNull();
  });
});

describe('fillLabel', () => {
  it('fills the placeholders it has values for and leaves others as written', () => {
    expect(fillLabel('{day} {month} {year}', { day: '5', month: 'mei' })).toBe('5 mei {year}');
  });
});
