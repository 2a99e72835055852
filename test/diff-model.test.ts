/** diffLetters on small hand-made Letter models: alignment, statuses, evidence, figures, references. */
import { describe, expect, it } from 'vitest';
import { assignPairs, relatedTo } from '../src/diff/align.js';
import { differs } from '../src/diff/count-changes.js';
import { summaryLine } from '../src/render/phrase-diff-summary.js';
import { diffLetters } from '../src/diff/diff-letters.js';
import { findMentions } from '../src/diff/find-mentions.js';
import { groupReferences } from '../src/diff/group-references.js';
import { similarity, wordBag } from '../src/diff/weigh-words.js';
import { LetterDiffSchema, LetterSchema, type Letter, type Reference } from '../src/index.js';
import { identified } from './helpers/identify.js';

interface ThemeSpec {
  title: string | null;
  text: string;
  asks?: string[];
  refs?: (Partial<Reference> & Pick<Reference, 'kind' | 'text'>)[];
  figures?: { text: string; value: number; unit?: string; kind?: 'money' | 'percentage' | 'count' }[];
}

/** A valid Letter from a few themes; each theme sits on its own block of lines. */
function letter(themes: ThemeSpec[], path = 'brief.txt', meta: Partial<Letter['meta']> = {}): Letter {
  let line = 1;
  const pos = (l: number) => ({
    start: { line: l, column: 1, offset: l * 100 },
    end: { line: l, column: 60, offset: l * 100 + 59 },
  });
  const refs: Omit<Letter['references'][number], 'keys' | 'hasTarget'>[] = [];
  const model: Letter = {
    schemaVersion: 1,
    source: {
      path,
      format: 'text',
      origin: null,
      pages: null,
      encoding: 'utf-8',
      bytes: 1000,
      repairs: [],
      discarded: [],
    },
    meta: {
      title: 'Brief',
      date: '2024-01-01',
      kind: 'letter',
      fromGovernment: false,
      sender: null,
      addressees: [],
      debate: null,
      fields: [],
      ...meta,
    },
    themes: [],
    asks: [],
    references: [],
    figures: [],
    diagnostics: [],
  };
  themes.forEach((spec, ti) => {
    const id = spec.title ? spec.title.toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'opening';
    const titleLine = line++;
    const textLine = line++;
    const block = {
      type: 'paragraph' as const,
      id: `${id}/p1`,
      text: spec.text,
      plain: spec.text,
      position: pos(textLine),
      spans: [],
      sentences: [{ plain: spec.text, position: pos(textLine) }],
    };
    model.themes.push({
      id,
      title: spec.title,
      level: spec.title ? 1 : 0,
      parentId: null,
      inferred: true,
      position: pos(titleLine),
      titlePosition: spec.title ? pos(titleLine) : null,
      blocks: [block],
    });
    (spec.asks ?? []).forEach((text, k) => {
      const l = line++;
      model.asks.push({
        id: `${id}/ask-${k + 1}`,
        text,
        plain: text,
        marker: 'arrow',
        themeId: id,
        position: pos(l),
        phrase: null,
        restates: null,
        addressee: null,
        requester: null,
        firmness: 'request',
        repeated: false,
      });
      model.themes[ti]!.blocks.push({ ...block, id: `${id}/a${k}`, text, plain: text, position: pos(l) });
    });
    (spec.refs ?? []).forEach((r, k) =>
      refs.push({
        ref: `${id}/ref-${k + 1}`,
        id: null,
        name: null,
        href: null,
        role: null,
        links: [],
        themeId: id,
        position: pos(textLine),
        ...r,
      }),
    );
    (spec.figures ?? []).forEach((f, k) =>
      model.figures.push({
        id: `${id}/fig-${k + 1}`,
        kind: f.kind ?? 'money',
        text: f.text,
        value: f.value,
        unit: f.unit ?? 'EUR',
        approximate: false,
        qualifiers: [],
        themeId: id,
        position: pos(textLine),
      }),
    );
  });
  model.references = identified(refs);
  return LetterSchema.parse(model);
}

const OPVANG: ThemeSpec = {
  title: 'Opvang van dak- en thuislozen',
  text: 'De opvang van dak- en thuislozen zit vol. Gemeenten missen circa 1 miljoen euro per jaar voor de nachtopvang.',
  asks: ['Zorg voor structurele financiering van de nachtopvang'],
  figures: [{ text: 'circa 1 miljoen euro', value: 1_000_000 }],
};
const OMGEVINGSWET: ThemeSpec = {
  title: 'Invoering Omgevingswet',
  text: 'De invoering van de Omgevingswet kost gemeenten meer dan verwacht. De digitale voorzieningen werken nog niet goed.',
  asks: ['Compenseer gemeenten voor de invoeringskosten van de Omgevingswet'],
  refs: [{ kind: 'law', text: 'Omgevingswet', id: 'BWBR0037885', name: 'Omgevingswet' }],
};
const JEUGD: ThemeSpec = {
  title: 'Jeugdzorg',
  text: 'De kosten van de jeugdzorg stijgen al jaren. De Jeugdwet geeft gemeenten te weinig sturing op de toegang.',
  asks: ['Pas de Jeugdwet aan zodat gemeenten de toegang beter kunnen sturen'],
  refs: [{ kind: 'law', text: 'Jeugdwet', id: 'BWBR0034925', name: 'Jeugdwet' }],
};

describe('alignment building blocks', () => {
  it('assigns greedily by score, one-to-one, above the threshold', () => {
    const c = (o: number, n: number, score: number) => ({ old: o, new: n, score, evidence: [] });
    const a = assignPairs([c(0, 0, 0.9), c(0, 1, 0.8), c(1, 1, 0.5), c(1, 0, 0.95), c(2, 2, 0.1)], 3, 3, 0.3);
    expect(a.pairs.map((p) => [p.old, p.new])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(a.oldOnly).toEqual([2]);
    expect(a.newOnly).toEqual([2]);
  });
  it('lists the runners-up of a pair as related (splits and merges)', () => {
    const c = (o: number, n: number, score: number) => ({ old: o, new: n, score, evidence: [] });
    const rel = relatedTo([c(0, 0, 0.9), c(0, 1, 0.5), c(1, 1, 0.2)], { old: 0, new: 0 }, 0.3);
    expect(rel.map((r) => r.new)).toEqual([1]);
  });
  it('compares Dutch words by stem and reports them as written', () => {
    const a = wordBag('Zorg voor aanvullende financiering van de opvang.');
    const b = wordBag('De financiering van opvangplekken en de opvang');
    const sim = similarity(a, b, () => 1);
    expect(sim.shared).toEqual(expect.arrayContaining(['financiering', 'opvang']));
    expect(sim.score).toBeGreaterThan(0.3);
    expect(similarity(a, a, () => 1).score).toBeCloseTo(1);
    expect(similarity(a, wordBag(''), () => 1).score).toBe(0);
  });
  it('finds mentions as whole words, abbreviations case-sensitively', () => {
    const old = letter([
      {
        title: 'A',
        text: 'x',
        refs: [
          { kind: 'organisation', text: 'AVIM' },
          { kind: 'law', text: 'Jeugdwet' },
        ],
      },
    ]);
    const entities = groupReferences(old, letter([]));
    expect(findMentions('De avim en de jeugdwet.', entities).size).toBe(1);
    expect(findMentions('De AVIMS.', entities).size).toBe(0);
    expect(findMentions('De AVIM, en de Jeugdwet', entities).size).toBe(2);
  });
  it('groups a law, its bill and its dossier number across both letters', () => {
    const a = letter([
      {
        title: 'A',
        text: 'x',
        refs: [
          { kind: 'law', text: 'Wet regulering sekswerk', id: '35715', name: 'Wet regulering sekswerk' },
        ],
      },
    ]);
    const b = letter([
      {
        title: 'B',
        text: 'y',
        refs: [
          { kind: 'bill', text: 'wetsvoorstel regulering sekswerk', id: '35715' },
          { kind: 'kamerstuk', text: '35715', id: '35715' },
        ],
      },
    ]);
    const entities = groupReferences(a, b);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.label).toBe('Wet regulering sekswerk (35715)');
  });
});

describe('diffLetters on hand-made letters', () => {
  it('a letter against itself: all kept, nothing differs', () => {
    const l = letter([OPVANG, OMGEVINGSWET, JEUGD]);
    const d = diffLetters(l, l);
    expect(LetterDiffSchema.parse(d)).toBeTruthy();
    expect(d.themes.map((t) => t.status)).toEqual(['kept', 'kept', 'kept']);
    expect(d.asks.every((a) => a.status === 'kept' && a.score === 1)).toBe(true);
    expect(d.figures.map((f) => f.status)).toEqual(['kept']);
    expect(d.references).toMatchObject({ added: [], removed: [] });
    expect(differs(d)).toBe(false);
    expect(summaryLine(d, 'en')).toBe('3 kept, 0 changed, 0 new, 0 dropped asks; +0 −0 references');
  });

  it('pairs a retitled theme by the law both cite and says so', () => {
    const old = letter([{ ...OMGEVINGSWET }]);
    const renamed = {
      ...OMGEVINGSWET,
      title: 'Kosten van het nieuwe stelsel',
      text: 'Het stelsel van de Omgevingswet kost gemeenten veel.',
    };
    const d = diffLetters(old, letter([renamed]));
    expect(d.themes).toHaveLength(1);
    expect(d.themes[0]).toMatchObject({
      status: 'changed',
      old: { title: 'Invoering Omgevingswet' },
      new: { title: 'Kosten van het nieuwe stelsel' },
    });
    expect(d.themes[0]!.evidence).toContainEqual({
      code: 'both-cite',
      cited: ['Omgevingswet (BWBR0037885)'],
    });
    expect(d.themes[0]!.changes[0]).toEqual({ code: 'title-changed' });
  });

  it('reports a changed ask with a word diff, and the theme as changed because of it', () => {
    const changed = {
      ...OPVANG,
      asks: ['Zorg voor structurele en toereikende financiering van de nachtopvang'],
    };
    const d = diffLetters(letter([OPVANG, JEUGD]), letter([changed, JEUGD]));
    const ask = d.asks.find((a) => a.status === 'changed')!;
    expect(ask.words).toContainEqual({ op: 'added', text: 'en toereikende ' });
    expect(ask.evidence).toContainEqual({
      code: 'shared-words',
      words: expect.arrayContaining(['nachtopvang']),
    });
    expect(d.themes.map((t) => t.status)).toEqual(['changed', 'kept']);
    expect(d.summary.asks).toEqual({ kept: 1, changed: 1, new: 0, dropped: 0 });
  });

  it('new and dropped themes, asks and references', () => {
    const d = diffLetters(letter([OPVANG, OMGEVINGSWET]), letter([OPVANG, JEUGD]));
    expect(d.themes.map((t) => [t.status, (t.new ?? t.old)?.title])).toEqual([
      ['kept', 'Opvang van dak- en thuislozen'],
      ['new', 'Jeugdzorg'],
      ['dropped', 'Invoering Omgevingswet'],
    ]);
    expect(d.asks.map((a) => a.status)).toEqual(['kept', 'new', 'dropped']);
    expect(d.references.added.map((r) => r.text)).toEqual(['Jeugdwet']);
    expect(d.references.removed.map((r) => r.text)).toEqual(['Omgevingswet']);
    expect(d.references.added[0]!.id).toBe('BWBR0034925');
    expect(differs(d)).toBe(true);
    expect(differs(d, ['changed'])).toBe(false);
    expect(differs(d, ['dropped'])).toBe(true);
  });

  it('reports a changed amount on a paired theme', () => {
    const more = {
      ...OPVANG,
      text: OPVANG.text.replace('1 miljoen', '2 miljoen'),
      figures: [{ text: 'circa 2 miljoen euro', value: 2_000_000 }],
    };
    const d = diffLetters(letter([OPVANG]), letter([more]));
    expect(d.figures).toEqual([
      expect.objectContaining({
        status: 'changed',
        old: expect.objectContaining({ text: 'circa 1 miljoen euro' }),
        new: expect.objectContaining({ text: 'circa 2 miljoen euro' }),
      }),
    ]);
    expect(d.themes[0]!.changes).toContainEqual({
      code: 'figure-changed',
      old: 'circa 1 miljoen euro',
      new: 'circa 2 miljoen euro',
    });
    expect(d.asks[0]!.status).toBe('kept');
  });

  it('does not pair asks that cite different laws on the strength of shared words', () => {
    const a = letter([
      { title: 'Wetgeving', text: 'x', asks: ['Behandel de Jeugdwet snel in uw Kamer'], refs: JEUGD.refs },
    ]);
    const b = letter([
      {
        title: 'Wetgeving',
        text: 'x',
        asks: ['Behandel de Omgevingswet snel in uw Kamer'],
        refs: OMGEVINGSWET.refs,
      },
    ]);
    const d = diffLetters(a, b);
    expect(d.asks.map((x) => x.status).sort()).toEqual(['dropped', 'new']);
    expect(d.asks.find((x) => x.status === 'new')!.evidence).toEqual([
      expect.objectContaining({
        code: 'closest',
        side: 'old',
        text: 'Behandel de Jeugdwet snel in uw Kamer',
      }),
    ]);
  });

  it('the sender of the letters is no evidence that two themes match', () => {
    const vng = [
      { kind: 'organisation' as const, text: 'VNG', name: 'Vereniging van Nederlandse Gemeenten' },
    ];
    const a = letter([{ title: 'Afval', text: 'De VNG wil minder zwerfafval.', refs: vng }], 'a.txt', {
      sender: 'VNG',
    });
    const b = letter([{ title: 'Sport', text: 'De VNG steunt de sportclubs.', refs: vng }], 'b.txt', {
      sender: 'VNG',
    });
    const d = diffLetters(a, b);
    expect(d.themes.map((t) => t.status)).toEqual(['new', 'dropped']);
  });

  it('an ask restating a paired ask of its own letter follows that pair', () => {
    const intro = {
      title: null,
      text: 'Wij vragen aandacht voor de nachtopvang.',
      asks: ['Een structurele financiering van de nachtopvang.'],
    };
    const d = diffLetters(letter([intro, OPVANG]), letter([OPVANG]));
    expect(d.asks.map((a) => a.status)).toEqual(['kept', 'changed']);
    expect(d.asks[1]!.evidence).toContainEqual({
      code: 'restates',
      side: 'old',
      id: 'opvang-van-dak-en-thuislozen/ask-1',
      text: 'Zorg voor structurele financiering van de nachtopvang',
    });
  });

  it('letters without asks or references: an empty but valid diff', () => {
    const d = diffLetters(letter([]), letter([]));
    expect(LetterDiffSchema.parse(d).themes).toEqual([]);
    expect(summaryLine(d, 'en')).toBe('0 kept, 0 changed, 0 new, 0 dropped asks; +0 −0 references');
  });
});
