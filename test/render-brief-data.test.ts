/** buildBriefData on small hand-made letters: key message, asks, context, references and the page budget. */
import { describe, expect, it } from 'vitest';
import {
  LetterSchema,
  parseLetter,
  type Ask,
  type Figure,
  type Letter,
  type Meta,
  type Reference,
} from '../src/index.js';
import { buildBriefData } from '../src/render/brief-data.js';
import { bisectSteps, estimateLines, shorten } from '../src/render/fit-one-page.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { identified } from './helpers/identify.js';

interface ThemeSpec {
  id: string;
  title: string | null;
  parentId?: string;
  /** a string is a paragraph, an array a list of items */
  blocks: (string | string[])[];
}
type AskSpec = Pick<Ask, 'text' | 'marker'> & { id?: string; restates?: string };
type RefSpec = Pick<Reference, 'kind' | 'text'> &
  Partial<Pick<Reference, 'id' | 'name' | 'href' | 'links' | 'ref'>>;
type FigSpec = Pick<Figure, 'kind' | 'text'> & { qualifiers?: string[] };

const at = (start: number, end: number) => ({
  start: { line: 1, column: start + 1, offset: start },
  end: { line: 1, column: end + 1, offset: end },
});

/** The sentences of a paragraph at `position`, as the parse stage splits them. */
const split = (s: string, position: ReturnType<typeof at>) =>
  splitSentences(s).map((x) => ({
    plain: x.text,
    position: at(position.start.offset + x.start, position.start.offset + x.end),
  }));

/** A valid Letter whose offsets point into one concatenated text, so asks and references sit in their blocks. */
function makeLetter(
  themes: ThemeSpec[],
  extra: { asks?: AskSpec[]; references?: RefSpec[]; figures?: FigSpec[]; meta?: Partial<Meta> } = {},
): Letter {
  let text = '';
  const put = (s: string) => {
    const start = text.length;
    text += `${s}\n\n`;
    return at(start, start + s.length);
  };
  const built = themes.map((t, ti) => {
    const titlePosition = t.title ? put(t.title) : null;
    const blocks = t.blocks.map((b, bi) => {
      const id = `${t.id}/b${bi}`;
      if (typeof b === 'string') {
        const position = put(b);
        return {
          type: 'paragraph' as const,
          id,
          text: b,
          plain: b,
          position,
          spans: [],
          sentences: split(b, position),
        };
      }
      const items = b.map((item, k) => ({
        id: `${id}/i${k}`,
        text: item,
        plain: item,
        position: put(item),
        spans: [],
        sentences: [],
        bullet: '-',
        arrow: null,
      }));
      const position = { start: items[0]!.position.start, end: items[items.length - 1]!.position.end };
      return {
        type: 'list' as const,
        id,
        text: b.join('\n'),
        plain: b.join(' '),
        position,
        spans: [],
        sentences: [],
        ordered: false,
        items,
      };
    });
    return {
      id: t.id,
      title: t.title,
      level: t.title ? (t.parentId ? 2 : 1) : 0,
      parentId: t.parentId ?? null,
      inferred: false,
      position: at(ti, ti),
      titlePosition,
      blocks,
    };
  });
  const starts = built.map((t) => t.titlePosition?.start.offset ?? t.blocks[0]?.position.start.offset ?? 0);
  const themeAt = (offset: number) => built[starts.filter((s) => s <= offset).length - 1]?.id ?? built[0]!.id;
  const find = (s: string) => Math.max(0, text.indexOf(s));
  const asks = (extra.asks ?? []).map((a, i) => {
    const o = find(a.text);
    return {
      id: a.id ?? `ask-${i + 1}`,
      text: a.text,
      plain: a.text,
      marker: a.marker,
      themeId: themeAt(o),
      position: at(o, o + a.text.length),
      phrase: null,
      restates: a.restates ?? null,
      addressee: null,
      requester: null,
      firmness: 'request' as const,
      repeated: false,
    };
  });
  const references = identified(
    (extra.references ?? []).map((r, i) => {
      const o = find(r.text);
      return {
        ref: r.ref ?? `ref-${i + 1}`,
        kind: r.kind,
        text: r.text,
        id: r.id ?? null,
        name: r.name ?? null,
        href: r.href ?? null,
        role: null,
        links: r.links ?? [],
        themeId: themeAt(o),
        position: at(o, o + r.text.length),
      };
    }),
  );
  const figures = (extra.figures ?? []).map((f, i) => {
    const o = find(f.text);
    return {
      id: `fig-${i + 1}`,
      kind: f.kind,
      text: f.text,
      value: null,
      unit: null,
      approximate: false,
      qualifiers: f.qualifiers ?? [],
      themeId: themeAt(o),
      position: at(o, o + f.text.length),
    };
  });
  return LetterSchema.parse({
    schemaVersion: 1,
    source: {
      path: 'brief.txt',
      format: 'text',
      encoding: 'utf-8',
      bytes: text.length,
      repairs: [],
      discarded: [],
    },
    meta: {
      title: 'Inbreng commissiedebat Jeugdzorg',
      date: '2025-03-03',
      kind: 'letter',
      fromGovernment: false,
      sender: 'VNG',
      addressees: ['leden van de vaste commissie'],
      debate: null,
      fields: [],
      ...extra.meta,
    },
    themes: built,
    asks,
    references,
    figures,
    diagnostics: [],
  });
}

const OPENING = {
  id: 'opening',
  title: null,
  blocks: ['Geachte leden, op donderdag bespreekt u de jeugdzorg met de staatssecretaris.'],
};
const YOUTH: ThemeSpec = {
  id: 'jeugd',
  title: 'Tekorten in de jeugdzorg',
  blocks: [
    'Gemeenten betalen elk jaar meer voor de jeugdzorg dan zij vanuit het Rijk ontvangen. Het tekort liep vorig jaar op tot circa 2 miljoen euro per gemeente. Zonder extra geld moeten gemeenten bezuinigen op preventie en wijkteams. Wat betekent dit voor kinderen?',
    ['Verhoog het budget voor de jeugdzorg structureel'],
  ],
};
const HOUSING: ThemeSpec = {
  id: 'wonen',
  title: 'Wet versterking regie volkshuisvesting',
  blocks: [
    'Het wetsvoorstel geeft gemeenten nieuwe taken bij de woningbouw. Die taken vragen om mensen en middelen die er nu niet zijn. Wij vragen daarom om een volledige compensatie van de uitvoeringskosten.',
    ['Compenseer gemeenten voor de nieuwe taken uit de Wet versterking regie volkshuisvesting'],
  ],
};

const base = () =>
  makeLetter([OPENING, YOUTH, HOUSING], {
    asks: [
      { text: 'Verhoog het budget voor de jeugdzorg structureel', marker: 'bullet', id: 'jeugd/ask-1' },
      {
        text: 'Wij vragen daarom om een volledige compensatie van de uitvoeringskosten.',
        marker: 'sentence',
        id: 'wonen/ask-1',
        restates: 'wonen/ask-2',
      },
      {
        text: 'Compenseer gemeenten voor de nieuwe taken uit de Wet versterking regie volkshuisvesting',
        marker: 'arrow',
        id: 'wonen/ask-2',
      },
    ],
    figures: [{ kind: 'money', text: 'circa 2 miljoen euro', qualifiers: ['circa', 'per gemeente'] }],
    references: [
      { kind: 'law', text: 'Wet versterking regie volkshuisvesting', id: null },
      { kind: 'kamerstuk', text: '36512', id: '36512', ref: 'ks' },
    ],
    meta: {
      debate: { name: 'commissiedebat Jeugdzorg', date: '2025-03-13', text: 'CD Jeugdzorg', position: null },
    },
  });

describe('buildBriefData: header', () => {
  it('writes the debate date out with its weekday, in Dutch and English', () => {
    const nl = buildBriefData(base());
    expect(nl.debate).toEqual({
      name: 'commissiedebat Jeugdzorg',
      date: {
        iso: '2025-03-13',
        text: '13 maart 2025',
        weekday: 'donderdag',
        long: 'donderdag 13 maart 2025',
      },
    });
    expect(nl.date?.text).toBe('3 maart 2025');
    const en = buildBriefData(base(), { lang: 'en' });
    expect(en.debate?.date?.long).toBe('Thursday 13 March 2025');
    expect(en.labels.asks).toBe('Requests to Parliament');
    expect([nl.asksLabel, en.asksLabel]).toEqual(['Wat VNG vraagt', 'What VNG asks']);
  });

  it('is plain, repeatable data', () => {
    const a = buildBriefData(base());
    expect(buildBriefData(base())).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.tool.name).toBe('vng-brief');
  });
});

describe('buildBriefData: key message', () => {
  it('takes statements by what they say, word for word, in letter order, with their place in the letter', () => {
    const letter = base();
    const d = buildBriefData(letter);
    expect(d.keyMessage.rule).toBe('position');
    expect(d.keyMessage.sentences).toEqual([
      'Het tekort liep vorig jaar op tot circa 2 miljoen euro per gemeente.',
      'Zonder extra geld moeten gemeenten bezuinigen op preventie en wijkteams.',
      'Het wetsvoorstel geeft gemeenten nieuwe taken bij de woningbouw.',
    ]);
    // each position points at its sentence in the letter's blocks
    const text = letter.themes.flatMap((t) => t.blocks.map((b) => ({ b, at: b.position.start.offset })));
    d.keyMessage.positions.forEach((p, i) => {
      const block = text.find(
        ({ b }) => b.position.start.offset <= p.start.offset && p.end.offset <= b.position.end.offset,
      )!;
      expect(block.b.text.slice(p.start.offset - block.at, p.end.offset - block.at)).toBe(
        d.keyMessage.sentences[i],
      );
    });
  });

  it('never takes the salutation or an addressee line, a procedural opener, a closing or a sentence leaning on the one before', () => {
    const d = buildBriefData(
      makeLetter([
        {
          id: 'opening',
          title: null,
          blocks: [
            'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
            'Geachte woordvoerders wonen van de vaste commissie voor Binnenlandse Zaken, U heeft op 29 september het commissiedebat wonen.',
            'Op 22 november staat het wetgevingsoverleg Water gepland. Graag geeft de VNG u haar standpunt hierop mee.',
            'Dat is 800 miljoen euro van 2022 tot en met 2025. De VNG is ingenomen met de plannen van het kabinet voor het wonen.',
            'Met vriendelijke groet, namens het bestuur van de vereniging.',
          ],
        },
      ]),
    );
    expect(d.keyMessage.sentences[0]).toBe(
      'De VNG is ingenomen met de plannen van het kabinet voor het wonen.',
    );
    expect(d.keyMessage.sentences.join(' ')).not.toMatch(
      /Aan de Voorzitter|Geachte|gepland|Graag geeft|groet/,
    );
  });

  it('skips questions, colon introductions and asks', () => {
    const d = buildBriefData(
      makeLetter(
        [
          {
            id: 'a',
            title: 'Toezicht',
            blocks: [
              'Het toezicht op kinderopvang schiet tekort in kleine gemeenten. Wij vragen u het volgende:',
              ['Geef gemeenten meer toezichthouders'],
            ],
          },
        ],
        {
          asks: [{ text: 'Geef gemeenten meer toezichthouders', marker: 'bullet' }],
        },
      ),
    );
    expect(d.keyMessage.sentences).toEqual([
      'Het toezicht op kinderopvang schiet tekort in kleine gemeenten.',
    ]);
  });

  it('skips fragments without a verb: letterhead names, a phrase cut from the sentence before', () => {
    const d = buildBriefData(
      makeLetter([
        {
          id: 'opening',
          title: null,
          blocks: [
            'Stichting Betere Bruggen Vereniging van Dijkgraven Platform Waterveiligheid',
            'Met als uitgangspunt de door het ministerie opgestelde Nota Waterveiligheid (NWV). De provincie slaat alarm over de staat van de bruggen.',
          ],
        },
      ]),
    );
    expect(d.keyMessage.sentences).toEqual(['De provincie slaat alarm over de staat van de bruggen.']);
  });

  it('puts the lead of a news item first', () => {
    const d = buildBriefData({ ...base(), meta: { ...base().meta, kind: 'news' } });
    expect(d.keyMessage.rule).toBe('news-lead');
    expect(d.keyMessage.sentences[0]).toBe(
      'Gemeenten betalen elk jaar meer voor de jeugdzorg dan zij vanuit het Rijk ontvangen.',
    );
    expect(d.keyMessage.sentences.length).toBeLessThanOrEqual(3);
  });
});

describe('buildBriefData: asks', () => {
  it('numbers the asks and shows a prose ask that restates an arrow ask once', () => {
    const d = buildBriefData(base());
    expect(d.asks.map((a) => [a.number, a.text])).toEqual([
      [1, 'Verhoog het budget voor de jeugdzorg structureel'],
      [2, 'Compenseer gemeenten voor de nieuwe taken uit de Wet versterking regie volkshuisvesting'],
    ]);
  });

  it("adds the theme, the theme's key figure with its qualifiers, and the law with its dossier", () => {
    const letter = base();
    letter.references[0]!.links = ['ks'];
    const [youth, housing] = buildBriefData(letter).asks;
    expect(youth).toMatchObject({
      theme: { id: 'jeugd', title: 'Tekorten in de jeugdzorg' },
      figure: 'circa 2 miljoen euro per gemeente',
      law: null,
    });
    expect(housing).toMatchObject({ figure: null, law: 'Wet versterking regie volkshuisvesting (36512)' });
  });

  it('leaves out a law that only repeats the theme title', () => {
    expect(buildBriefData(base()).asks[1]!.law).toBeNull();
  });

  it('keeps a prose ask that restates nothing, and names the opening theme', () => {
    const d = buildBriefData(
      makeLetter(
        [
          {
            id: 'opening',
            title: null,
            blocks: ['Wij vragen de Kamer om de motie over wijkteams uit te voeren.'],
          },
        ],
        {
          asks: [
            { text: 'Wij vragen de Kamer om de motie over wijkteams uit te voeren.', marker: 'sentence' },
          ],
        },
      ),
    );
    expect(d.asks).toHaveLength(1);
    expect(d.asks[0]!.theme.title).toBe('Inleiding');
  });
  it('merges the same request asked twice in other words, and shows who must act', () => {
    const letter = makeLetter(
      [
        { id: 'opening', title: null, blocks: [['Een snelle behandeling van de Wet regulering sekswerk.']] },
        {
          id: 'wrs',
          title: 'Wet regulering sekswerk',
          blocks: ['We roepen daarom de Kamer op de Wet regulering sekswerk snel te behandelen.'],
        },
      ],
      {
        asks: [
          { text: 'Een snelle behandeling van de Wet regulering sekswerk.', marker: 'bullet' },
          {
            text: 'We roepen daarom de Kamer op de Wet regulering sekswerk snel te behandelen.',
            marker: 'sentence',
          },
        ],
      },
    );
    letter.asks[1]!.addressee = 'kamer';
    letter.asks[1]!.firmness = 'urge';
    const d = buildBriefData(letter);
    expect(d.asks.map((a) => [a.number, a.text, a.to, a.firmness, a.merged])).toEqual([
      [1, 'Een snelle behandeling van de Wet regulering sekswerk.', 'aan de Kamer', 'urge', ['ask-2']],
    ]);
  });

  it('names no one who asks when it is the sender, by its long name either', () => {
    const letter = parseLetter(
      [
        'Huurders: stem niet in met de huurwet',
        '',
        'De Landelijke Huurdersbond (LHB) ‘doet een dringend beroep op de Tweede Kamer’ om donderdag niet in te stemmen met de huurwet. Volgens de LHB leidt de wet tot hogere woonlasten.',
      ].join('\n'),
      { path: 'bericht.txt' },
    );
    const data = buildBriefData(letter);
    expect(letter.meta.sender).toBe('LHB');
    expect(letter.asks.map((a) => a.requester)).toEqual(['De Landelijke Huurdersbond']);
    expect(data.asks.map((a) => a.by)).toEqual([null]);
  });

  it('lists a long item by its request, the rest as detail', () => {
    const item =
      'Gemeenten hebben te weinig geld voor de opvang van slachtoffers van mensenhandel in hun regio. Zorg daarom voor structurele financiering van de opvang. Het tekort loopt vanaf 2026 verder op.';
    const letter = makeLetter([{ id: 'opvang', title: 'Opvang', blocks: [[item]] }], {
      asks: [{ text: item, marker: 'bullet' }],
    });
    letter.asks[0]!.phrase = 'Zorg';
    const [ask] = buildBriefData(letter).asks;
    expect([ask!.text, ask!.detail]).toEqual([
      'Zorg daarom voor structurele financiering van de opvang.',
      'Gemeenten hebben te weinig geld voor de opvang van slachtoffers van mensenhandel in hun regio. Het tekort loopt vanaf 2026 verder op.',
    ]);
  });
});

describe('buildBriefData: context per theme', () => {
  it('gives each theme its statements the key message and the asks do not show, best first when cut', () => {
    const d = buildBriefData(base());
    expect(d.themes.map((t) => [t.id, t.context, t.asks])).toEqual([
      ['jeugd', 'Gemeenten betalen elk jaar meer voor de jeugdzorg dan zij vanuit het Rijk ontvangen.', [1]],
      ['wonen', 'Die taken vragen om mensen en middelen die er nu niet zijn.', [2]],
    ]);
  });

  it('names the opening when the letter has nothing else', () => {
    const d = buildBriefData(
      makeLetter([
        {
          id: 'opening',
          title: null,
          blocks: [
            'De VNG is ingenomen met de plannen van het kabinet voor het wonen. Gemeenten zijn al volop bezig met bouwplannen en kunnen daarbij steun gebruiken. Er gebeurt weer wat en dat is ook hard nodig.',
            'Nu komt het aan op de uitvoering van de plannen in de regio. De bouw van woningen gaat in veel gemeenten te traag.',
          ],
        },
      ]),
    );
    expect(d.keyMessage.sentences).toHaveLength(3);
    expect(d.themes.map((t) => t.title)).toEqual(['Inleiding']);
    expect(d.themes[0]!.context).toMatch(/^(Nu komt|De bouw|Er gebeurt)/);
  });
});

describe('buildBriefData: references', () => {
  const refs = () =>
    buildBriefData(
      makeLetter(
        [
          {
            id: 'a',
            title: 'Toezicht',
            blocks: [
              'De Wet kinderopvang (Wko) en de GGD en het rapport Toezicht in beeld; lees [de brief](#), [de reactie](javascript:alert(1)) en [de site](https://voorbeeld.nl/a b).',
            ],
          },
        ],
        {
          references: [
            { kind: 'law', text: 'Wet kinderopvang', ref: 'wko', links: ['wko2'] },
            { kind: 'law', text: 'Wko', ref: 'wko2', name: 'Wet kinderopvang', links: ['wko'] },
            { kind: 'organisation', text: 'GGD', name: 'Gemeentelijke Gezondheidsdienst' },
            { kind: 'organisation', text: 'GGD', name: 'Gemeentelijke Gezondheidsdienst' },
            { kind: 'document', text: 'rapport Toezicht in beeld' },
            { kind: 'link', text: 'de brief', href: '#' },
            { kind: 'link', text: 'de reactie', href: 'javascript:alert(1)' },
            { kind: 'link', text: 'de site', href: 'https://voorbeeld.nl/a b' },
          ],
        },
      ),
    ).references;

  it('groups by kind, each thing once, abbreviations with their full name', () => {
    const groups = refs();
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['legislation', 'Wetgeving en Kamerstukken'],
      ['organisations', 'Organisaties en personen'],
      ['documents', 'Documenten'],
      ['links', 'Links'],
    ]);
    expect(groups[0]!.items.map((r) => [r.text, r.also])).toEqual([['Wet kinderopvang', ['Wko']]]);
    expect(groups[1]!.items.map((r) => [r.text, r.also])).toEqual([
      ['Gemeentelijke Gezondheidsdienst', ['GGD']],
    ]);
  });

  it('leaves out links without a target, and never passes on a non-http(s) target', () => {
    const links = refs()[3]!.items;
    expect(links.map((r) => [r.text, r.link, r.href])).toEqual([
      ['de site', 'ok', 'https://voorbeeld.nl/a%20b'],
    ]);
  });

  it('shows a bill and its law once when they share an identity key, with a short form beside the name', () => {
    const groups = buildBriefData(
      makeLetter(
        [
          {
            id: 'a',
            title: 'Arbeidsmigratie',
            blocks: [
              'Het Wetsvoorstel toelating terbeschikkingstelling arbeidskrachten en de Wet toelating terbeschikkingstelling arbeidskrachten (36446) en de commissie-Roemer.',
            ],
          },
        ],
        {
          references: [
            {
              kind: 'bill',
              text: 'Wetsvoorstel toelating terbeschikkingstelling arbeidskrachten',
              id: '36446',
            },
            {
              kind: 'law',
              text: 'Wet toelating terbeschikkingstelling arbeidskrachten (36446)',
              id: '36446',
            },
            {
              kind: 'organisation',
              text: 'commissie-Roemer',
              name: 'Aanjaagteam Bescherming Arbeidsmigranten',
            },
          ],
        },
      ),
    ).references;
    expect(groups.map((g) => g.items.map((r) => [r.text, r.also]))).toEqual([
      [['Wetsvoorstel toelating terbeschikkingstelling arbeidskrachten (36446)', []]],
      [['Aanjaagteam Bescherming Arbeidsmigranten', ['commissie-Roemer']]],
    ]);
  });
});

describe('the one-page budget', () => {
  const long = `Dit is een lange zin over de uitvoering van de jeugdzorg in de regio, ${'met wijkteams, preventie en ketenpartners, '.repeat(5)}die veel ruimte op de pagina vraagt en daarom wordt ingekort.`;
  const many = (n: number, contextual = true) =>
    makeLetter(
      Array.from({ length: n }, (_, i) => ({
        id: `t${i}`,
        title: `Onderwerp ${i + 1} over wijkteams en preventie`,
        blocks: [
          `${contextual ? long : 'Korte inleiding over dit onderwerp.'} Gemeenten hebben hier geld voor nodig in jaar ${i + 1}.`,
          [`Zorg voor voldoende middelen voor onderwerp ${i + 1} in de begroting`],
        ],
      })),
      {
        asks: Array.from({ length: n }, (_, i) => ({
          text: `Zorg voor voldoende middelen voor onderwerp ${i + 1} in de begroting`,
          marker: 'arrow' as const,
        })),
      },
    );

  it('leaves a short letter whole', () => {
    const d = buildBriefData(base());
    expect(d.budget).toMatchObject({ method: 'estimate', fits: true, shortened: [] });
    expect(d.budget.used).toBeLessThan(1);
    expect(d.themes.every((t) => !t.context.endsWith('…'))).toBe(true);
  });

  it('cuts context before anything else, keeps every ask, and fills the page', () => {
    const d = buildBriefData(many(10));
    expect(d.budget.fits).toBe(true);
    expect(d.budget.shortened[0]).toMatch(/^context/);
    expect(d.budget.used).toBeGreaterThan(0.9);
    expect(d.budget.used).toBeLessThanOrEqual(1);
    expect(d.asks).toHaveLength(10);
    expect(d.asksMore).toBeNull();
  });

  it('keeps to one page by leaving asks out as a last resort, and says how many', () => {
    const d = buildBriefData(many(60));
    expect(d.budget.fits).toBe(true);
    expect(d.budget.used).toBeLessThanOrEqual(1);
    expect(d.themes).toHaveLength(0);
    expect(d.keyMessage.sentences.length).toBeLessThanOrEqual(1);
    expect(d.asks.length).toBeLessThan(60);
    expect(d.asks.map((a) => a.number)).toEqual(d.asks.map((_, i) => i + 1));
    expect(d.asksMore).toBe(`+${60 - d.asks.length} vragen meer in de brief`);
  });

  it('cuts each step a little: the fewest steps that fit, found by bisection', () => {
    const counts: number[] = [];
    const search = bisectSteps(100);
    let next = search.next();
    while (!next.done) {
      counts.push(next.value);
      next = search.next(next.value >= 37);
    }
    expect(next.value).toEqual({ steps: 37, fits: true });
    expect(counts.length).toBeLessThan(12);
  });

  it('estimates more lines for more text', () => {
    const page = {
      header: ['Debat'],
      keyMessage: 'Een zin.',
      since: [],
      asks: [{ text: 'Vraag', meta: '', detail: '' }],
      contexts: [],
      refs: [],
    };
    expect(estimateLines({ ...page, asks: [...page.asks, ...page.asks] })).toBeGreaterThan(
      estimateLines(page),
    );
  });

  it('shortens at a word boundary and marks the cut', () => {
    const cut = shorten(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long.charAt(cut.length - 1)).toBe(' ');
    expect(shorten('Kort genoeg.', 60)).toBe('Kort genoeg.');
    expect(shorten(long, null)).toBe(long);
  });
});
