import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';

const parse = (text: string) => parseLetter(text, { path: 'brief.txt' });
const asks = (l: Letter) => l.asks.map((a) => [a.marker, a.plain]);
const INTRO = 'Geachte leden van de vaste commissie voor Binnenlandse Zaken,\n\n';

describe('extraction on the whole pipeline: the tricky cases', () => {
  it('keeps abbreviations inside a sentence ask whole', () => {
    const l = parse(
      `${INTRO}Wij vragen u o.a. de motie d.d. 3 maart 2025 (nr. 12) en art. 5 Gemeentewet uit te voeren. Dat is nodig.`,
    );
    expect(asks(l)).toEqual([
      [
        'sentence',
        'Wij vragen u o.a. de motie d.d. 3 maart 2025 (nr. 12) en art. 5 Gemeentewet uit te voeren.',
      ],
    ]);
  });

  it('in a text addressed to no one, a command that speaks to "u" or "je" calls on its readers', () => {
    const page = parse(
      '# Onze inzet\n\nInvesteer in de vrijwillige brandweer.\n\nVraag de kandidaten in uw regio wat zij hiervan vinden. Deel dit bericht met je collega.\n',
    );
    expect(asks(page)).toEqual([['sentence', 'Investeer in de vrijwillige brandweer.']]);
    const letter = parse(`${INTRO}Zorg dat u de regeling dit jaar nog verlengt.`);
    expect(asks(letter)).toEqual([['sentence', 'Zorg dat u de regeling dit jaar nog verlengt.']]);
  });

  it('after a question of what the reader can do, up to the next heading, commands call on readers', () => {
    const page = parse(
      [
        '# Onze inzet',
        '',
        'De regering moet de btw op verse bloemen verlagen.',
        '',
        '## Wat kunt u als lid zelf doen?',
        '',
        'Teken de oproep en hang de poster op in uw winkel. Wij vragen u het formulier op onze website in te vullen.',
        '',
        '## Tot slot',
        '',
        'Verlaag de btw op bloemen.',
        '',
      ].join('\n'),
    );
    expect(asks(page)).toEqual([
      ['sentence', 'De regering moet de btw op verse bloemen verlagen.'],
      ['sentence', 'Verlaag de btw op bloemen.'],
    ]);
    // in a paragraph, the question reaches to the next heading; a body of government named keeps its ask
    const news = parse(
      'Wat kan ik zelf doen? Meld elke weigering bij ons meldpunt. Wij rekenen erop dat de minister ingrijpt.\n',
    );
    expect(asks(news)).toEqual([['sentence', 'Wij rekenen erop dat de minister ingrijpt.']]);
    // in a letter "u" stays its addressee, and "Wat kunt u doen?" asks it
    const letter = parse(`${INTRO}Wat kunnen wij zelf doen? Wij vragen u de regeling te verlengen.`);
    expect(asks(letter)).toEqual([['sentence', 'Wij vragen u de regeling te verlengen.']]);
    const asking = parse(
      `${INTRO}Wat kunt u doen?\n\nVraag de minister om een harde einddatum.\n\nMet vriendelijke groet,`,
    );
    expect(asks(asking)).toEqual([['sentence', 'Vraag de minister om een harde einddatum.']]);
  });

  it('takes each cell under a table column headed by a request noun as an ask, whatever its grammar', () => {
    const l = parseLetter(
      `${INTRO}Onze verzoeken op een rij:\n\n| Onderwerp | Ons verzoek |\n|---|---|\n| Bussen | Een vaste bijdrage per buslijn |\n| Haltes | Maak elke halte toegankelijk |\n`,
      { path: 'brief.md' },
    );
    expect(asks(l)).toEqual([
      ['bullet', 'Een vaste bijdrage per buslijn'],
      ['bullet', 'Maak elke halte toegankelijk'],
    ]);
  });

  it('reads a quotation that goes on after its speaker is named as the speaker’s', () => {
    const news = (speaker: string) =>
      parse(
        `Bond van Buschauffeurs: personeel moet mee bij aanbesteding\n\nDe Bond van Buschauffeurs vraagt de Kamer om het personeel te beschermen. "Een chauffeur mag niet de dupe worden", zei ${speaker}. "De minister moet garanderen dat het personeel meegaat."\n`,
      );
    // a party's spokesman: not the sender's ask
    expect(asks(news('PvdA-woordvoerder Annelies Stoop')).map(([, text]) => text)).toEqual([
      'De Bond van Buschauffeurs vraagt de Kamer om het personeel te beschermen.',
    ]);
    // the sender's own chair: still the sender's, both quotations
    expect(asks(news('voorzitter Jan de Vries van de bond')).map(([, text]) => text)).toEqual([
      'De Bond van Buschauffeurs vraagt de Kamer om het personeel te beschermen.',
      '"Een chauffeur mag niet de dupe worden", zei voorzitter Jan de Vries van de bond.',
      '"De minister moet garanderen dat het personeel meegaat."',
    ]);
  });

  it('takes the committee of a recipient line, and nothing else of it, as a reference', () => {
    const l = parse(
      'Aan: de minister van Financiën en de vaste commissie voor Financiën\nDatum: 3 maart 2025\n\nGeachte leden,\n\nWij vragen u de korting te schrappen.\n',
    );
    expect(l.references.map((r) => [r.kind, r.text])).toEqual([
      ['committee', 'vaste commissie voor Financiën'],
    ]);
  });

  it('finds an arrow line without a list marker, and restates links the sentence to the arrow', () => {
    const l = parse(
      `${INTRO}Jeugdzorg\n\nDe tekorten lopen op. Wij pleiten daarom voor structurele financiering van de jeugdzorg.\n\n→ Zorg voor structurele financiering van de jeugdzorg`,
    );
    expect(asks(l)).toEqual([
      ['sentence', 'Wij pleiten daarom voor structurele financiering van de jeugdzorg.'],
      ['arrow', 'Zorg voor structurele financiering van de jeugdzorg'],
    ]);
    expect(l.asks[0]!.restates).toBe(l.asks[1]!.id);
  });

  it('a bullet list that is not a list of asks gives no asks; one introduced as a request does', () => {
    const concerns = parse(
      `${INTRO}De zorgen van gemeenten betreffen:\n\n  • de uitvoerbaarheid\n  • de kosten`,
    );
    expect(concerns.asks).toEqual([]);
    const requests = parse(
      `${INTRO}Wij vragen de Kamerleden aandacht voor:\n\n  • de uitvoerbaarheid\n  • de kosten`,
    );
    expect(asks(requests)).toEqual([
      ['bullet', 'de uitvoerbaarheid'],
      ['bullet', 'de kosten'],
    ]);
  });

  it('a polite question ending in a colon introduces the items after it as asks', () => {
    const l = parse(
      `${INTRO}Wij steunen het plan. Wilt u de minister daarnaast vragen:\n- de termijn te verlengen;\n- de Kamer jaarlijks te informeren.`,
    );
    expect(asks(l)).toEqual([
      ['bullet', 'de termijn te verlengen;'],
      ['bullet', 'de Kamer jaarlijks te informeren.'],
    ]);
  });

  it('a command in a list asks whom its lead-in asks; a command with a phrase after its infinitive is one', () => {
    const l = parse(
      `${INTRO}Wij vragen de minister:\n\n  • Laat jeugdleden onder begeleiding vliegen zonder eigen registratie.\n  • Maak de stresstest verplicht bij elk bouwplan.`,
    );
    expect(l.asks.map((a) => [a.text, a.addressee])).toEqual([
      ['Laat jeugdleden onder begeleiding vliegen zonder eigen registratie.', 'minister'],
      ['Maak de stresstest verplicht bij elk bouwplan.', 'minister'],
    ]);
  });

  it('description is not an ask', () => {
    const l = parse(
      `${INTRO}Wij zien uit naar de uitwerking. Wij wachten op duidelijkheid van het kabinet. Wij spreken onze waardering uit.`,
    );
    expect(l.asks).toEqual([]);
  });

  it('takes a debate date without a year from the letter date', () => {
    const l = parse(
      `Datum\n\n2 december 2024\n\nOnderwerp\n\nInbreng CD Jeugd 11 dec\n\n${INTRO}Op woensdag 11 december debatteert u over de jeugdzorg.`,
    );
    expect(l.meta.date).toBe('2024-12-02');
    expect(l.meta.debate).toMatchObject({ name: 'commissiedebat Jeugd', date: '2024-12-11' });
    expect(l.diagnostics.filter((d) => d.ruleId === 'debate-weekday-mismatch')).toEqual([]);
  });

  it('warns when the weekday contradicts the date', () => {
    const l = parse(
      `Datum\n\n2 december 2024\n\n${INTRO}Op dinsdag 12 december 2024 debatteert u over de jeugdzorg.`,
    );
    expect(l.meta.debate?.date).toBe('2024-12-12');
    expect(l.diagnostics.map((d) => d.ruleId)).toContain('debate-weekday-mismatch');
  });

  it('leaves the date empty when no year can be known', () => {
    const l = parse(`${INTRO}Op woensdag 11 december debatteert u over de jeugdzorg.`);
    expect(l.meta.date).toBeNull();
    expect(l.meta.debate?.date ?? null).toBeNull();
  });

  it('links an abbreviation the letter expands to its expansion', () => {
    const l = parse(
      `${INTRO}Het Wetsvoorstel betaalbare huur (Wbh) raakt gemeenten. De Wbh vraagt veel van de uitvoering.`,
    );
    const bill = l.references.filter((r) => r.kind === 'bill' || r.kind === 'law');
    expect(bill.map((r) => r.text)).toEqual(expect.arrayContaining(['Wetsvoorstel betaalbare huur', 'Wbh']));
    const full = bill.find((r) => r.text === 'Wetsvoorstel betaalbare huur')!;
    const short = bill.find((r) => r.text === 'Wbh')!;
    expect(full.links).toContain(short.ref);
    expect(short.links).toContain(full.ref);
  });

  it('finds Kamerstukken, articles and money with their normalised values', () => {
    const l = parse(
      `${INTRO}Zie Kamerstuk 28 638, nr. 190 en artikel 273f. Het tekort is circa 1 miljoen euro per jaar.`,
    );
    const ids = l.references.map((r) => [r.kind, r.id]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['kamerstuk', '28638-190'],
        ['article', '273f Sr'],
      ]),
    );
    expect(l.figures.map((f) => [f.kind, f.value, f.unit, f.approximate])).toEqual([
      ['money', 1_000_000, 'EUR', true],
    ]);
  });

  it('a text without asks gives an empty list and no error', () => {
    const l = parse(
      'Gemeenten werken samen.\n\nResultaten\n\nHet gaat goed met de samenwerking in de regio.',
    );
    expect(l.asks).toEqual([]);
    expect(l.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('warns about a link without a target', () => {
    const l = parse(`${INTRO}Lees [onze reactie](#) en [de brief](https://example.org).`);
    const warned = l.diagnostics.filter((d) => d.ruleId === 'link-without-target');
    expect(warned.map((d) => d.message)).toEqual(['link "onze reactie" has no target (href "#")']);
    expect(l.references.filter((r) => r.kind === 'link').map((r) => [r.text, r.href])).toEqual([
      ['onze reactie', '#'],
      ['de brief', 'https://example.org'],
    ]);
  });

  it("names an e-mail's sender from its Van: line, a body or a person", () => {
    const refs = (from: string) =>
      parse(
        `Van: ${from}\nAan: Kamerlid T. Bulut\nOnderwerp: Ladders\n\nGeachte heer Bulut,\n\nWij vragen u om steun.\n`,
      )
        .references.filter((r) => r.kind === 'organisation' || r.kind === 'person')
        .map((r) => r.text);
    expect(refs('Ondernemersvereniging Glazenwassers (OVG) [mailto:info@ovg.example.nl]')).toContain(
      'Ondernemersvereniging Glazenwassers',
    );
    expect(refs('Sanne de Vries <s.devries@ovg.example.nl>')).toContain('Sanne de Vries');
  });

  it("names a byline's author and the author's body after the date, not a page label before it", () => {
    const refs = (dateLine: string) =>
      parse(
        `Kop van de column\n${dateLine}\n\nDe sportscholen zijn dicht. Wij vragen het kabinet om steun.\n`,
      )
        .references.filter((r) => r.kind === 'organisation' || r.kind === 'person')
        .map((r) => r.text);
    expect(refs('19 januari 2021 - Ellen Schouten, voorzitter Vereniging Sportscholen Nederland')).toEqual([
      'Ellen Schouten',
      'Vereniging Sportscholen Nederland',
    ]);
    expect(refs('VNG 4 april 2023')).toEqual([]);
  });

  it('takes no contact address for a reference, bare or as a mail link', () => {
    const l = parseLetter(
      `${INTRO}Lees [de brief](https://example.org). Vragen? Mail info@bond.example.nl of [onze woordvoerder](mailto:pers@bond.example.nl).\n`,
      { path: 'brief.md' },
    );
    expect(l.references.filter((r) => r.kind === 'link').map((r) => r.text)).toEqual(['de brief']);
  });

  it('lists a letterhead name that drops its first word once, in full', () => {
    const l = parse(
      `Landelijk Platform Dorpshuizen\n\n${INTRO}Het Landelijk Platform Dorpshuizen (LPD) vraagt u om steun. Het LPD is kritisch.`,
    );
    const orgs = l.references.filter((r) => r.kind === 'organisation').map((r) => r.text);
    expect(orgs).toEqual(['Landelijk Platform Dorpshuizen', 'LPD']);
  });

  it('reads a figure across a word hyphenated at a line end, the word joined, its position as written', () => {
    const text = `${INTRO}De leden maken samen circa 4,2 mil-\njoen liter per jaar en verkopen 30 pro-\ncent daarvan in het buitenland. De kosten stijgen.`;
    const l = parse(text);
    expect(l.figures.map((f) => [f.text, f.value])).toEqual([
      ['circa 4,2 miljoen liter per jaar', 4_200_000],
      ['30 procent', 30],
    ]);
    const first = l.figures[0]!.position;
    expect(text.slice(first.start.offset, first.end.offset)).toBe('circa 4,2 mil-\njoen liter per jaar');
  });
});

describe('numbered paragraphs', () => {
  it("an ask in a paragraph numbered '4.3' is found, without its number", () => {
    const l = parse(
      `${INTRO}4.3 Ons verzoek is om de 70-procentsnorm ongewijzigd te laten. Die norm werkt goed.\n\n5.2 Wij vragen u de behandelduur aan de orde te stellen.\n`,
    );
    expect(asks(l)).toEqual([
      ['sentence', 'Ons verzoek is om de 70-procentsnorm ongewijzigd te laten.'],
      ['sentence', 'Wij vragen u de behandelduur aan de orde te stellen.'],
    ]);
  });
});
