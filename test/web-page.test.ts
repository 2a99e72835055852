/**
 * Web pages as scraped: the furniture around the text (date lines, labels, menus, bylines, calls to read on) is
 * metadata or set aside with its reason, never a theme; the headline is the title. Every text here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';
import { readText } from '../src/read/read-text.js';
import { coverageProblems } from './helpers/coverage.js';

const LEAD =
  'De koepel van waterbeheerders is kritisch over de plannen van het kabinet voor de dijkversterking. Volgens de koepel ontbreekt geld.';
const BODY =
  'Waterbeheerders voeren de versterking uit en willen zekerheid over de bijdrage van het Rijk. Zonder die bijdrage loopt de planning vertraging op.';

/** Parses and checks that nothing is lost. */
function parse(text: string): Letter {
  const letter = parseLetter(text, { path: 'pagina.txt' });
  expect(coverageProblems(letter, readText(new TextEncoder().encode(text)).text)).toEqual([]);
  return letter;
}
const titles = (l: Letter) => l.themes.filter((t) => t.title).map((t) => t.title);
const field = (l: Letter, name: string) => l.meta.fields.find((f) => f.name === name);

describe('date lines give the date and are no themes', () => {
  it('a scraper header in front of the headline: a field, and the rest of the line is the title', () => {
    const l = parse(` date 2023-03 Koepel: kabinet moet dijkenplan aanpassen\n\n${LEAD}\n\n${BODY}`);
    expect(field(l, 'date')).toMatchObject({ label: 'date', value: '2023-03' });
    expect(l.meta.date).toBeNull();
    expect(l.meta.title).toBe('Koepel: kabinet moet dijkenplan aanpassen');
  });

  it('a scraper header on a line of its own below a headline in capitals: a field; the headline is the title', () => {
    const l = parse(
      `Waterwereld Online\nHome   Nieuws   Contact\n\nSTANDPUNT: GELD VOOR DE DIJKEN\n date 2023-05\n\n${LEAD}\n\n${BODY}`,
    );
    expect(field(l, 'date')).toMatchObject({ label: 'date', value: '2023-05' });
    expect(l.meta.title).toBe('STANDPUNT: GELD VOOR DE DIJKEN');
    // in the body, "date" is a word of the text
    const body = parse(`Kop van het bericht\n\n${LEAD}\n\nDe date 2023-05 staat in de tabel.`);
    expect(body.meta.fields.filter((f) => f.name === 'date')).toEqual([]);
  });

  it('a sentence about the page that says when it was last changed dates it, when nothing else does', () => {
    const page = (end: string) => parse(`Kop van het bericht\n\n${LEAD}\n\n${BODY}\n\n${end}`);
    expect(page('Deze pagina is voor het laatst bijgewerkt op 8 mei 2023.').meta.date).toBe('2023-05-08');
    expect(page('Dit artikel is gepubliceerd op 3 maart 2021').meta.date).toBe('2021-03-03');
    // a sentence about something else, or without a date label, is text
    expect(page('Deze regeling is voor het laatst gewijzigd op 8 mei 2023.').meta.date).toBeNull();
    expect(page('Deze pagina is op 8 mei 2023 door de redactie nagekeken.').meta.date).toBeNull();
  });

  it('a full scraper date in front of the first paragraph is the document date', () => {
    const l = parse(` date 2025-10-02 ${LEAD}\n\n${BODY}`);
    expect(l.meta.date).toBe('2025-10-02');
    expect(l.meta.title).toBeNull();
    expect(l.themes[0]!.blocks[0]!.plain).toBe(LEAD);
  });

  it('a news dateline opening the first paragraph dates the page', () => {
    const l = parse(`Koepel: kabinet moet dijkenplan aanpassen\n\nZWOLLE, 4 juni 2009 - ${LEAD}\n\n${BODY}`);
    expect(l.meta.date).toBe('2009-06-04');
    const nodate = parse(
      `Koepel: kabinet moet dijkenplan aanpassen\n\nZwolle, 4 juni 2009. ${LEAD}\n\n${BODY}`,
    );
    expect(nodate.meta.date).toBeNull();
  });

  it('a date line below the lead, with a sender in front of it', () => {
    const l = parse(`Kritiek op dijkenplan van het kabinet\n\n${LEAD}\n\nUVW 8 mei 2023\n\n${BODY}`);
    expect(l.meta.date).toBe('2023-05-08');
    expect(titles(l)).toEqual([]);
  });

  it("a byline with the author's role and body dates the page and still names the author", () => {
    const l = parse(
      `Kritiek op dijkenplan van het kabinet\n\n*Door Anna Drijver, voorzitter UVW — di 5 nov 2013 — 6 minuten leestijd*\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.date).toBe('2013-11-05');
    expect(titles(l)).toEqual([]);
    expect(l.references.filter((r) => r.kind === 'person').map((r) => r.text)).toContain('Anna Drijver');
  });

  it('a byline or dateline with a month and no day gives no date (the model never holds a partial one)', () => {
    for (const text of [
      `LEDENBLAD van de bond\nNummer 4 | april 2021\n\nKritiek op dijkenplan\n\n${LEAD}`,
      `Kritiek op dijkenplan\n\nZWOLLE, juni 2009 - ${LEAD}\n\n${BODY}`,
    ])
      expect(parse(text).meta.date).toBeNull();
    // … but the byline's month dates what is written without a year
    const debate = parse(
      `LEDENBLAD van de bond\nNummer 4 | april 2021\n\nKritiek op dijkenplan\n\n${LEAD}\n\nOp 21 april debatteert de Tweede Kamer over de dijken.`,
    );
    expect(debate.meta.debate?.date).toBe('2021-04-21');
  });

  it('labelled date lines: published is the date, an event date is not, a change only when alone', () => {
    const l = parse(
      `Commissiedebat Dijken\n\nLaatst gewijzigd: 30-06-2022\nGepubliceerd: 24 mei 2022\nBijeenkomst: 9 juni 2022\n\n${BODY}`,
    );
    expect(l.meta.date).toBe('2022-05-24');
    expect(l.meta.title).toBe('Commissiedebat Dijken');
    expect(l.meta.fields.filter((f) => f.name !== 'headline').map((f) => [f.name, f.label, f.value])).toEqual(
      [
        ['modified', 'Laatst gewijzigd', '30-06-2022'],
        ['date', 'Gepubliceerd', '24 mei 2022'],
        ['event', 'Bijeenkomst', '9 juni 2022'],
      ],
    );
    expect(parse(`Kop van de pagina\n\n${LEAD}\n\nLaatst gewijzigd: 30-06-2022`).meta.date).toBe(
      '2022-06-30',
    );
    expect(parse(`Kop van de pagina\n\nBijeenkomst: 9 juni 2022\n\n${LEAD}`).meta.date).toBeNull();
  });

  it('date-time lines in the forms news sites use', () => {
    for (const [line, date] of [
      ['21 maart 2023 om 09:15', '2023-03-21'],
      ['Nieuwsbericht | 07-11-2019 | 16:05', '2019-11-07'],
      ['wo 4 sep 2019', '2019-09-04'],
      ['Geplaatst op 6 juni 2023 · 4 min leestijd', '2023-06-06'],
    ] as const) {
      const l = parse(`Kritiek op dijkenplan van het kabinet\n\n${line}\n\n${LEAD}\n\n${BODY}`);
      expect([line, l.meta.date, l.meta.title, titles(l)]).toEqual([
        line,
        date,
        'Kritiek op dijkenplan van het kabinet',
        [],
      ]);
    }
  });

  it('a month and year alone is no date, but dates the debate', () => {
    const l = parse(
      `oktober 2018\n\nOproep aan de vaste commissie voor Infrastructuur\n\nOp 7 november debatteert u over de begroting van het ministerie. ${BODY}`,
    );
    expect(l.meta.date).toBeNull();
    expect(l.meta.title).toBe('Oproep aan de vaste commissie voor Infrastructuur');
    expect(l.meta.debate?.date).toBe('2018-11-07');
  });

  it('a date line the reader cannot date is still no numbered heading', () => {
    const l = parse(
      `Kritiek op dijkenplan van het kabinet\n\n${LEAD}\n\n14 maart '23\n\n${BODY}\n\nGeld voor dijken\n\n${BODY}`,
    );
    expect(titles(l)).toEqual(['Geld voor dijken']);
  });

  it('a title that ends in a date stays the title', () => {
    const l = parse(`Wetgevingsoverleg Dijken 22 november 2021\n\n31 januari 2022\n\n${LEAD}`);
    expect(l.meta.title).toBe('Wetgevingsoverleg Dijken 22 november 2021');
    expect(l.meta.date).toBe('2022-01-31');
  });
});

const discarded = (l: Letter) => l.source.discarded.map((d) => [d.rule, d.text]);

describe('the headline is the title, the furniture around it is set aside', () => {
  it('menu and section lines above the headline', () => {
    const l = parse(
      `Menu\nZoeken\n\nWaterwereld Online\nActueel\n\nDijkversterking loopt jaren vertraging op\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Dijkversterking loopt jaren vertraging op');
    expect(discarded(l)).toEqual([
      ['menu', 'Menu'],
      ['menu-button', 'Zoeken'],
      ['above-headline', 'Waterwereld Online\nActueel'],
    ]);
    expect(titles(l)).toEqual([]);
  });

  it('a category label and a byline right below the headline', () => {
    const l = parse(
      `Dijkversterking loopt jaren vertraging op\n\nWater en klimaat\n\n14 maart 2023\n\nUVW, IPO en VNG\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Dijkversterking loopt jaren vertraging op');
    expect(l.meta.date).toBe('2023-03-14');
    expect(discarded(l)).toEqual([
      ['category-label', 'Water en klimaat'],
      ['byline', 'UVW, IPO en VNG'],
    ]);
  });

  it('a page head stacked above the first paragraph without blank lines', () => {
    const l = parse(
      `Water en klimaat\nKoepel aan kabinet: betaal mee aan de dijken\n2 april 2025 om 14:30\nDoor Redactie\nStuur door naar een collega\n${LEAD}\n\nKosten\n${BODY}`,
    );
    expect(l.meta.title).toBe('Koepel aan kabinet: betaal mee aan de dijken');
    expect(l.meta.date).toBe('2025-04-02');
    // the stacked lines are head lines, never section headings, nor halves of a paragraph split by a page break
    expect(titles(l)).toEqual(['Kosten']);
    const weekday = parse(`Koepel aan kabinet: betaal mee aan de dijken\nwoensdag 2 april 2025\n${LEAD}`);
    expect(weekday.meta.date).toBe('2025-04-02');
    expect(weekday.diagnostics.map((d) => d.ruleId)).not.toContain('page-break-joined');
  });

  it('a page head of short lines ending in its date line, above a blank line: each line stands alone', () => {
    const head = (date: string) =>
      `Waterwereld Online\nMenu\nActueel\nDijken\nKlimaat\nLid worden\nActueel > Dijken\nDijken\nKoepel aan kabinet: betaal mee aan de dijken\n${date}\n\n${LEAD}\n\n${BODY}`;
    for (const [date, iso] of [
      ['Gepubliceerd: 3 juni 2020, 14:02', '2020-06-03'],
      ['vrijdag 12 november 2010 - 11:24 | 3 reacties', '2010-11-12'],
      ['Geplaatst: dinsdag 12 april 2005 | Categorie: Water', '2005-04-12'],
    ]) {
      const l = parse(head(date!));
      expect(l.meta.title).toBe('Koepel aan kabinet: betaal mee aan de dijken');
      expect(l.meta.date).toBe(iso);
      expect(titles(l)).toEqual([]);
    }
    // a letter's sender block with its date line holds names only: no headline in it
    const sender = parse(
      `Gemeente Utrecht\nAfdeling Wonen en Zorg\nDen Haag, 12 maart 2023\n\nGeachte leden,\n\n${BODY}`,
    );
    expect(sender.meta.title).toBeNull();
    expect(sender.meta.date).toBe('2023-03-12');
    // an address and a letter's head hold no date line of a page: they stay one block
    const address = parse(
      `Unie van Waterbeheerders\nPostbus 93218\n2509 AE Den Haag\n\nReactie op het dijkenplan\n\n${BODY}`,
    );
    expect(address.meta.title).toBe('Reactie op het dijkenplan');
  });

  it('a menu as a list of short items above the headline is set aside; a list in the body stays', () => {
    for (const menu of [
      '- [Home](https://w.example/)\n- [Nieuws](https://w.example/nieuws)\n- [Over ons](https://w.example/over)',
      '* Home\n* Nieuws\n* Lid worden',
    ]) {
      const l = parse(`${menu}\n\nKoepel: dijken moeten hoger\n\n3 mei 2011\n\n${LEAD}\n\n${BODY}`);
      expect(l.meta.title).toBe('Koepel: dijken moeten hoger');
      expect(discarded(l)).toContainEqual(['menu-list', menu]);
    }
    const asks = parse(
      `Koepel: dijken moeten hoger\n\nWij vragen:\n\n- Meer geld\n- Minder regels\n\nGeld\n\n${BODY}`,
    );
    expect(asks.source.discarded).toEqual([]);
    const opening = parse(`- Meer geld\n- Minder regels\n\n${LEAD}\n\n${BODY}`);
    expect(opening.source.discarded).toEqual([]);
  });

  it("the page's title above the page, the headline with the site's name, is set aside", () => {
    for (const title of [
      'Koepel: dijken moeten hoger | Waterbond',
      'Koepel: dijken moeten hoger - Bond van Waterbeheerders',
      'Waterbond – Koepel: dijken moeten hoger',
    ]) {
      const l = parse(`${title}\n\nMenu\n\nKoepel: dijken moeten hoger\n\n3 mei 2011\n\n${LEAD}\n\n${BODY}`);
      expect(l.meta.title, title).toBe('Koepel: dijken moeten hoger');
      expect(discarded(l), title).toContainEqual(['page-title', title]);
    }
    // a headline with a dash is no page title of a shorter line that is not the headline
    const l = parse(`Dijken – een zaak van iedereen\n\n3 mei 2011\n\n${LEAD}\n\n${BODY}`);
    expect(l.meta.title).toBe('Dijken – een zaak van iedereen');
  });

  it("a site's name above the headline, of any length, is set aside and no theme", () => {
    const l = parse(
      `Bond van Waterbeheerders en Dijkgraven\n\nWater en klimaat\nKoepel: dijken moeten hoger\n3 mei 2011\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Koepel: dijken moeten hoger');
    expect(discarded(l)).toContainEqual(['site-name', 'Bond van Waterbeheerders en Dijkgraven']);
    expect(titles(l)).toEqual([]);
    // … and still names the organisation whose page it is
    expect(l.references.filter((r) => r.kind === 'organisation').map((r) => r.text)).toContain(
      'Bond van Waterbeheerders en Dijkgraven',
    );
  });

  it('a heading above a one-line paragraph cut off at its end is still a heading', () => {
    const l = parse(
      `Koepel: dijken moeten hoger\n\n${LEAD}\n\nDebat\n${BODY} Gemeenten en waterschappen willen dat`,
    );
    expect(titles(l)).toEqual(['Debat']);
  });

  it("a site's name with its acronym above the headline is no headline", () => {
    const l = parse(
      `UVW - Unie van Waterbeheerders\n\nGeplaatst: 3 mei 2011\n\nKoepel: dijken moeten hoger\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Koepel: dijken moeten hoger');
    expect(l.meta.date).toBe('2011-05-03');
  });

  it('a head stacked above prose wrapped at the page width: the wrapped lines stay one paragraph', () => {
    const wrapped = [
      'Brief van de staatssecretaris over de dijken',
      'Aan de Voorzitter van de Tweede Kamer',
      'In de vorige brief heb ik uw Kamer geïnformeerd over de voortgang van',
      'de versterking van de dijken langs de grote rivieren en het geld dat daarvoor nodig is in de komende jaren,',
      `en over de afspraken met de waterschappen. ${LEAD} ${BODY}`,
    ].join('\n');
    const l = parse(wrapped);
    const paragraphs = l.themes.flatMap((t) => t.blocks).map((b) => b.text);
    expect(paragraphs.find((p) => p.startsWith('In de vorige brief'))).toMatch(
      /voortgang van\nde versterking/u,
    );
  });

  it('a headline followed at once by a section heading keeps the heading as a theme', () => {
    const l = parse(
      `Nieuws\n\nBoodschap aan het nieuwe kabinet: investeer in dijken\n\nVeilige dijken\n\n${BODY}\n\nGeld voor de uitvoering\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Boodschap aan het nieuwe kabinet: investeer in dijken');
    expect(titles(l)).toEqual(['Veilige dijken', 'Geld voor de uitvoering']);
    // a text without sections: the short line below the headline is its label
    const label = parse(
      `Boodschap aan het nieuwe kabinet: investeer in dijken\n\nEconomie\n\n${LEAD}\n\n${BODY}`,
    );
    expect(discarded(label)).toEqual([['category-label', 'Economie']]);
  });

  it('a masthead with the issue month on the first line is set aside; the line below is the headline', () => {
    const l = parse(
      `Nieuwsbrief Waterkoepel, juni 2011\n\nKoepel: kabinet moet dijkenplan aanpassen\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Koepel: kabinet moet dijkenplan aanpassen');
    expect(titles(l)).toEqual([]);
  });

  it('a short title directly above the date lines is the headline', () => {
    const l = parse(`Wetgevingsoverleg Dijken\n\nGepubliceerd: 2 maart 2021\n\n${LEAD}`);
    expect(l.meta.title).toBe('Wetgevingsoverleg Dijken');
  });

  it('a title line above a letter without a subject line', () => {
    const l = parse(
      `Reactie op het wetsvoorstel dijkversterking, brief aan de vaste commissie voor Infrastructuur\n\n18-08-2020\n\nGeachte dames en heren,\n\n${BODY}`,
    );
    expect(l.meta.title).toBe(
      'Reactie op het wetsvoorstel dijkversterking, brief aan de vaste commissie voor Infrastructuur',
    );
    expect(l.meta.date).toBe('2020-08-18');
  });

  it('labels shown twice, and a label below a date line, are no themes; a heading before prose is', () => {
    const l = parse(
      `Kritiek op dijkenplan\n\n${LEAD}\n\nUVW 8 mei 2023\n\nPersbericht-nieuws\n\nPersbericht-nieuws\n\n${BODY}\n\nGeld voor dijken\n\n${BODY}`,
    );
    expect(titles(l)).toEqual(['Geld voor dijken']);
    expect(discarded(l)).toEqual([
      ['repeated-label', 'Persbericht-nieuws'],
      ['repeated-label', 'Persbericht-nieuws'],
    ]);
    const heading = parse(`Kritiek op dijkenplan\n\n${LEAD}\n\n8 mei 2023\n\nKlimaatadaptatie\n\n${BODY}`);
    expect(titles(heading)).toEqual(['Klimaatadaptatie']);
    const label = parse(`Kritiek op dijkenplan\n\n${LEAD}\n\n8 mei 2023\n\nWater\n\nVeiligheid\n\n${BODY}`);
    expect(discarded(label)).toEqual([['date-line-label', 'Water']]);
  });

  it('no headline: a letter that opens with its addressee, a date or prose; an address stays', () => {
    expect(
      parse(`Aan de leden van de vaste commissie voor Infrastructuur\n\nGeachte leden,\n\n${BODY}`).meta
        .title,
    ).toBeNull();
    expect(parse(`12 maart 2023\n\nGeachte leden,\n\n${BODY}`).meta.title).toBeNull();
    const prose = parse(`${LEAD}\n\nGeld voor dijken\n\n${BODY}`);
    expect(prose.meta.title).toBeNull();
    expect(titles(prose)).toEqual(['Geld voor dijken']);
    const address = parse(`Postbus 93218\n2509 AE Den Haag\n\nReactie op het dijkenplan\n\n${BODY}`);
    expect(address.meta.title).toBe('Reactie op het dijkenplan');
    expect(address.source.discarded).toEqual([]);
  });
});

describe('furniture in the body of a page', () => {
  it('a byline wherever it stands; a heading that opens with "Door" is no byline', () => {
    const l = parse(
      `Kritiek op dijkenplan\n\nDoor Redactie\n\n${LEAD}\n\n${BODY}\n\nTekst: Jan de Vries / Waterwereld`,
    );
    expect(discarded(l)).toEqual([
      ['byline', 'Door Redactie'],
      ['byline', 'Tekst: Jan de Vries / Waterwereld'],
    ]);
    const heading = parse(
      `${LEAD}\n\nDoor samenwerking sneller klaar\n\n${BODY}\n\nDoor Corona later klaar\n\n${BODY}`,
    );
    expect(titles(heading)).toEqual(['Door samenwerking sneller klaar', 'Door Corona later klaar']);
  });

  it('a byline with page details after it (comment count, reading time, category)', () => {
    for (const line of [
      'Auteur: Jan de Vries | 4 reacties',
      'Door Redactie · 3 min leestijd',
      'Tekst: Jan de Vries | Categorie: Water',
    ]) {
      const l = parse(`Kritiek op dijkenplan\n\n${LEAD}\n\n${line}\n\n${BODY}`);
      expect(discarded(l), line).toEqual([['byline', line]]);
    }
    const heading = parse(`${LEAD}\n\nDoor Corona | Later klaar\n\n${BODY}`);
    expect(titles(heading)).toEqual(['Door Corona | Later klaar']);
  });

  it('the headlines listed under "Meer nieuws" are no themes', () => {
    const l = parse(
      `Kritiek op dijkenplan\n\n${LEAD}\n\n${BODY}\n\nMeer nieuws\n\nNieuwe voorzitter voor de koepel\n\nKabinet trekt geld uit voor dijken\n\nProvincies willen meer ruimte`,
    );
    expect(titles(l)).toEqual([]);
    expect(discarded(l).map(([rule]) => rule)).toEqual([
      'related-items',
      'related-item',
      'related-item',
      'related-item',
    ]);
  });

  it('the headlines listed, numbered or quoted, under "Meest gelezen" or "Lees ook" are no asks', () => {
    for (const list of [
      '1. Veerboot vaart met aangepaste dienstregeling\n2. Stop met de bouw van de loods\n3. Kerstmarkt verhuist',
      '> Brief aan de woordvoerders (januari 2026)\n> Geef de bij de ruimte',
    ]) {
      const l = parse(`Kritiek op dijkenplan\n\n${LEAD}\n\n${BODY}\n\nLees ook:\n${list}`);
      expect(discarded(l).map(([rule]) => rule)).toEqual(['related-items', 'related-item']);
      expect(l.asks.filter((a) => /loods|de bij de ruimte/u.test(a.plain))).toEqual([]);
    }
  });

  it('"Lees ook" right under a contact line, above headlines marked with arrows, is set aside with them', () => {
    const l = parse(
      `Kritiek op dijkenplan\n\n${LEAD}\n\n${BODY}\n\nMeer informatie\nBond van Dijkwerkers, telefoon 030-123 45 67\nLees ook\n→ Kabinet trekt geld uit voor dijken\n→ Stop met de bouw van de loods`,
    );
    expect(discarded(l).map(([rule]) => rule)).toContain('related-items');
    expect(l.asks.filter((a) => /loods/u.test(a.plain))).toEqual([]);
  });

  it('a read-on line with its own headline leaves the next section heading alone', () => {
    const l = parse(
      `Kritiek op dijkenplan\n\n${LEAD}\n\nLees ook: Kabinet trekt geld uit voor dijken\n\nGeld voor dijken\n\n${BODY}`,
    );
    expect(titles(l)).toEqual(['Geld voor dijken']);
  });
});

describe("readers' comments and the boxes around the text", () => {
  const ARTICLE = `Kritiek op dijkenplan\n\n${LEAD}\n\nGeld voor dijken\n\n${BODY}`;

  it('under a comment count, each comment (its header: a name, a separator, a date) is set aside, not a theme', () => {
    const l = parse(
      `${ARTICLE}\n\n2 reacties\nJanneke de Wit - 3 maart 2021 om 10:12\nHelemaal eens met de koepel. Het Rijk moet betalen.\nReageren\n\nPieter | 4 mrt 2021\nMooi stuk.\n\nVan wie is de dijk eigenlijk? Dat blijft de vraag.`,
    );
    expect(titles(l)).toEqual(['Geld voor dijken']);
    expect(
      discarded(l)
        .filter(([rule]) => rule === 'reader-comment')
        .map(([, t]) => (t ?? '').split('\n')[0]),
    ).toEqual([
      'Janneke de Wit - 3 maart 2021 om 10:12',
      'Pieter | 4 mrt 2021',
      'Van wie is de dijk eigenlijk? Dat blijft de vraag.',
    ]);
    expect(l.themes.flatMap((t) => t.blocks).some((b) => b.plain.includes('Het Rijk moet betalen'))).toBe(
      false,
    );
  });

  it('a name and a date without a comment count above them stay where they are', () => {
    const l = parse(`${ARTICLE}\n\nCommissiedebat Water - 7 juni 2022\n\n${BODY}`);
    expect(titles(l)).toEqual(['Geld voor dijken', 'Commissiedebat Water - 7 juni 2022']);
  });

  it('the label of the author box and of a live-update block are no themes; the updates stay text', () => {
    const l = parse(
      `${ARTICLE}\n\nLIVE\nUpdate 14:05: Het debat is begonnen.\nUpdate 13:30: De koepel is op de tribune.\nEINDE LIVE\n\nOver de auteur\nJanneke de Wit is directeur van de koepel. Zij schrijft over water.`,
    );
    expect(titles(l)).toEqual(['Geld voor dijken']);
    expect(discarded(l).map(([rule]) => rule)).toEqual(['live-label', 'live-label', 'author-box']);
    expect(
      l.themes
        .at(-1)!
        .blocks.map((b) => b.plain)
        .join(' '),
    ).toContain('Update 14:05');
  });
});

describe('calls to read on', () => {
  it('stay in the text (the references read them as links) and are never headings', () => {
    const call = 'Bekijk de reactie van de koepel (pdf) »';
    const l = parse(`Kritiek op dijkenplan\n\n${LEAD}\n\n${call}\n\n${BODY}\n\nGeld voor dijken\n\n${BODY}`);
    expect(titles(l)).toEqual(['Geld voor dijken']);
    expect(l.themes[0]!.blocks.map((b) => b.plain)).toContain(call);
    expect(l.source.discarded).toEqual([]);
    // at the top, too: no headline
    expect(parse(`Lees de volledige brief van de koepel\n\n${LEAD}`).meta.title).toBeNull();
  });
});

describe('a page that reports a letter, without a date of its own', () => {
  it('takes the date of "deze brief van …"', () => {
    const l = parse(
      `De koepel heeft de informateur een open brief gestuurd. In deze brief van 12 maart 2024 vraagt de koepel om meer geld. ${BODY}`,
    );
    expect(l.meta.date).toBe('2024-03-12');
  });

  it('takes the date in the link to the letter when it agrees with the month of the page', () => {
    const link = `Bekijk de brief van de koepel aan de minister: Verdeling dijkenfonds 15 juli 2016`;
    expect(
      parse(`juli 2016\n\nBrief aan de minister over het dijkenfonds\n\n${LEAD}\n\n${link}`).meta.date,
    ).toBe('2016-07-15');
    expect(
      parse(`maart 2017\n\nBrief aan de minister over het dijkenfonds\n\n${LEAD}\n\n${link}`).meta.date,
    ).toBeNull();
  });

  it("never replaces a date the text gives, nor takes an earlier letter's date", () => {
    expect(
      parse(`3 april 2024\n\nGeachte leden,\n\nIn deze brief van 12 maart 2024 vroegen wij om geld. ${BODY}`)
        .meta.date,
    ).toBe('2024-04-03');
    expect(
      parse(`In een eerdere brief van 12 maart 2024 vroeg de koepel om geld. ${BODY}`).meta.date,
    ).toBeNull();
  });
});

describe('letterheads', () => {
  it('"Brief regering : …" is the subject of a government letter; the date line below it stays the date', () => {
    const l = parse(
      `Brief regering : Voortgang van de dijkversterking\n36 123 Dijkversterking\nNr. 4 BRIEF VAN DE MINISTER\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 2 oktober 2024\nHierbij informeer ik uw Kamer over de voortgang. ${BODY}`,
    );
    expect(l.meta.title).toBe('Voortgang van de dijkversterking');
    expect(l.meta.date).toBe('2024-10-02');
  });

  it('a row of labels takes its values from the line below: the date first, the reference last, the subject between', () => {
    const head = `Bond van Dijkwachters\nPostbus 12\n3500 AB Utrecht\nT 030 123 45 67\n`;
    const l = parse(
      `${head}Datum Onderwerp Ons kenmerk\n12 maart 2024 Inbreng commissiedebat Water BvD/24/012\nGeachte leden,\n${BODY}`,
    );
    expect(l.meta.title).toBe('Inbreng commissiedebat Water');
    expect(l.meta.date).toBe('2024-03-12');
    expect(l.meta.fields.find((f) => f.name === 'reference')?.value).toBe('BvD/24/012');
    // contact details cannot be split by their shape: the line stays whole; an address line is no title
    const contact = parse(
      `${head}Contactpersoon Doorkiesnummer\nJ. de Wit 030 123 45 68\nGeachte leden,\n${BODY}`,
    );
    expect(contact.meta.title).toBeNull();
    expect(contact.meta.fields.find((f) => f.name === 'contact')?.value).toBe('J. de Wit 030 123 45 68');
  });

  it("a row of labels in columns takes values cut at the labels' columns when one space parts two cells", () => {
    const head = `Bond van Dijkwachters\nPostbus 12\n3500 AB Utrecht\n\n`;
    const l = parse(
      // "12 maart 2004 -": the empty reference cell one space after the date, in its label's column
      `${head}Datum         Uw kenmerk    Ons kenmerk   Onderwerp\n${'12 maart 2004 -'.padEnd(28)}${'BvD/04/012'.padEnd(14)}Belastingplan 2005;\n${' '.repeat(42)}heffing op dijken\n\nGeachte leden,\n\n${BODY}`,
    );
    expect(l.meta.date).toBe('2004-03-12');
    // the empty cell stays its label's value
    expect(l.meta.fields.filter((f) => f.name === 'reference').map((f) => [f.label, f.value])).toEqual([
      ['Uw kenmerk', '-'],
      ['Ons kenmerk', 'BvD/04/012'],
    ]);
    expect(l.meta.title).toBe('Belastingplan 2005; heffing op dijken');
  });
});

describe('headlines of other shapes', () => {
  it('a short question is a headline', () => {
    const l = parse(`Wat vragen de waterschappen van het nieuwe kabinet?\n\n12 juni 2024\n\n${LEAD}`);
    expect(l.meta.title).toBe('Wat vragen de waterschappen van het nieuwe kabinet?');
  });

  it("a sender's name above the addressee is no headline", () => {
    const l = parse(
      `Unie van Waterschappen\n\nAan de leden van de vaste commissie voor Infrastructuur\n\nDen Haag, 3 maart 2023\n\nGeachte leden,\n\n${BODY}`,
    );
    expect(l.meta.title).toBeNull();
    expect(l.meta.date).toBe('2023-03-03');
  });

  it("a sender's name right above the title line, without a blank line: the title is the headline", () => {
    const l = parse(`Stichting Dorpsbussen\nReactie op de concessie Noord 2026\n\nGeachte leden,\n\n${BODY}`);
    expect(l.meta.title).toBe('Reactie op de concessie Noord 2026');
    // an address is no title
    const address = parse(`Stichting Dorpsbussen\nPostbus 12\n\nGeachte leden,\n\n${BODY}`);
    expect(address.meta.title).toBeNull();
  });

  it('a headline right above its byline or source line, without a blank line: the headline, with the date above', () => {
    for (const byline of ['Bron: Vereniging Dorpsbussen (VDB)', 'Door Jan de Wit']) {
      const l = parse(`Binnenland - 14/10/2003\n\nDorpen willen hun bus terug\n${byline}\n\n${LEAD}`);
      expect(l.meta.title).toBe('Dorpen willen hun bus terug');
      expect(l.meta.date).toBe('2003-10-14');
    }
  });
});

describe("the site's furniture above the headline", () => {
  it("the first line above a menu bar is the site's name, however it reads", () => {
    const l = parse(
      `DijkNieuws.nl - dagelijks nieuws over water en dijken\nHome | Dijken | Water | Agenda | Contact\n\nKoepel: kabinet moet dijkenplan aanpassen\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Koepel: kabinet moet dijkenplan aanpassen');
    expect(l.source.discarded.map((d) => d.rule)).toContain('site-name');
    const caps = parse(
      `WATERKRANT - Nieuws uit Zeeland en Brabant\n[ Voorpagina ] [ Regio ] [ Archief ]\n\nKoepel: kabinet moet dijkenplan aanpassen\n\n${LEAD}`,
    );
    expect(caps.meta.title).toBe('Koepel: kabinet moet dijkenplan aanpassen');
  });

  it('a first line above a menu, with no other title-like line below, stays the headline', () => {
    const l = parse(`Koepel: kabinet moet dijkenplan aanpassen\nHome | Dijken | Water | Contact\n\n${LEAD}`);
    expect(l.meta.title).toBe('Koepel: kabinet moet dijkenplan aanpassen');
  });

  it('a breadcrumb trail with arrows is set aside, and the name above it too', () => {
    const l = parse(
      `Stichting Dorpsbussen\nDossiers > Vervoer > Achtergrond\n\nDe laatste bus van Oosterdorp\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('De laatste bus van Oosterdorp');
    expect(l.source.discarded.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['breadcrumb', 'site-name']),
    );
  });

  it("a section's name with the issue's number above the headline is no headline", () => {
    const l = parse(`Gemeentenieuws week 23\n\nWethouder: 'Rijk moet dijk betalen'\n\n${LEAD}\n\n${BODY}`);
    expect(l.meta.title).toBe("Wethouder: 'Rijk moet dijk betalen'");
    expect(l.source.discarded.map((d) => d.rule)).toContain('issue-line');
    // alone, such a line is the headline all the same
    const alone = parse(`Waterschap Oost week 23\n\n${LEAD}`);
    expect(alone.meta.title).toBe('Waterschap Oost week 23');
  });
});

describe('a headline with its byline right below it', () => {
  it('a headline of two short sentences above a long byline with a d/m/y date and details', () => {
    const l = parse(
      `Dijken zijn geen luxe. Een brief aan de nieuwe minister\nGeplaatst op 17/11/2017 door Ineke de Vries-Bakker  |  Categorie: Opinie  |  3 reacties\n\n${LEAD}\n\n${BODY}`,
    );
    expect(l.meta.title).toBe('Dijken zijn geen luxe. Een brief aan de nieuwe minister');
    expect(l.meta.date).toBe('2017-11-17');
    // running text ends its last sentence: two sentences with a full stop are no headline
    const prose = parse(`Dijken zijn geen luxe. Dat weet de minister ook.\n\n${LEAD}`);
    expect(prose.meta.title).toBeNull();
  });

  it('a body named by its role after "door" in a byline', () => {
    const l = parse(`Reactie op de brief over dijken\nGeplaatst op 19 juni 2008 door het bureau\n\n${LEAD}`);
    expect(l.meta.title).toBe('Reactie op de brief over dijken');
    expect(l.meta.date).toBe('2008-06-19');
    // a clause after the date is no byline
    const clause = parse(`Geplaatst op 19 juni 2008 door het bestuur besproken\n\n${LEAD}`);
    expect(clause.meta.date).toBeNull();
  });
});

describe('the date in a byline of parts', () => {
  it('a part that is a date alone, English month names read too', () => {
    const md = (meta: string) =>
      parseLetter(`# Dijken zijn geen luxe\n\n*${meta}*\n\n${LEAD}\n\n## Wat wij vragen\n\n${BODY}`, {
        path: 'pagina.md',
      });
    expect(md('Stichting Dijk · Position paper · 8 March 2021').meta.date).toBe('2021-03-08');
    // a date inside a part of other words is no byline's date
    expect(md('Stichting Dijk · Reactie op de brief van 8 maart 2021').meta.date).toBeNull();
  });
});

describe('the sender of a page', () => {
  it("the site's name with an acronym before it names the sender, though another body speaks first", () => {
    const l = parse(
      `DWB - Dijkwachtersbond\nHome | Nieuws | Standpunten | Contact\n\nReactie op de brief over dijken\n\nDe Unie van Waterschappen vraagt de minister om meer geld voor dijken. De Dijkwachtersbond sluit zich daarbij aan.\n\n${BODY}`,
    );
    expect(l.meta.sender).toBe('Dijkwachtersbond');
  });

  it("the site's name as the first link of its Markdown menu, or in bold above the headline, names the sender", () => {
    const spoken = `De Unie van Waterschappen vraagt de minister om meer geld voor dijken. De Dijkwachtersbond sluit zich daarbij aan.\n\n${BODY}`;
    const menu = parseLetter(
      `[Dijkwachtersbond](https://dwb.example) | [Campagnes](https://dwb.example/c) | [Over ons](https://dwb.example/o)\n\n# Dijken zijn geen luxe\n\n${spoken}`,
      { path: 'pagina.md' },
    );
    expect(menu.meta.sender).toBe('Dijkwachtersbond');
    const bold = parseLetter(`**Dijkwachtersbond**\n\n# Dijken zijn geen luxe\n\n${spoken}`, {
      path: 'pagina.md',
    });
    expect(bold.meta.sender).toBe('Dijkwachtersbond');
    // a menu without the name leaves the body to tell
    const other = parseLetter(
      `[Home](https://dwb.example) | [Campagnes](https://dwb.example/c) | [Over ons](https://dwb.example/o)\n\n# Dijken zijn geen luxe\n\n${spoken}`,
      { path: 'pagina.md' },
    );
    expect(other.meta.sender).toBe('Unie van Waterschappen');
  });
});

describe('Markdown', () => {
  it('the one level-1 heading is the headline, however it reads, not a meta line below it', () => {
    const l = parseLetter(
      `[Stichting Dijk](https://dijk.example) | [Campagnes](https://dijk.example/c) | [Over ons](https://dijk.example/o)\n\n# Dijk = veiligheid. Betaal hem dan ook!\n\n*Campagnepagina · bijgewerkt 9 maart 2026*\n\n${LEAD}\n\n## Wat moet er gebeuren?\n\n${BODY}`,
      { path: 'pagina.md' },
    );
    expect(l.meta.title).toBe('Dijk = veiligheid. Betaal hem dan ook!');
    // the meta line below it dates the page: a change is its only date
    expect(l.meta.date).toBe('2026-03-09');
  });

  it('a heading marked up as one is never set aside as a label', () => {
    const l = parseLetter(`# Gemeenten willen meer geld voor dijken\n\n## Geld\n\n${BODY}`, {
      path: 'pagina.md',
    });
    expect(l.meta.title).toBe('Gemeenten willen meer geld voor dijken');
    expect(titles(l)).toEqual(['Geld']);
  });
});
