import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';

const themes = (l: Letter) => l.themes.filter((t) => t.title).map((t) => [t.level, t.title]);
const parse = (text: string, path = 'brief.txt') => parseLetter(text, { path });
const BODY = 'Gemeenten voeren deze taak uit met steeds minder middelen en vragen om duidelijkheid.';

describe('structure of plain text', () => {
  it('a numbered heading is a heading, not an ordered list', () => {
    const l = parse(`Inleiding van de brief.\n\n2. Financiën\n\n${BODY}\n\n3 Wonen\n\n${BODY}`);
    expect(themes(l)).toEqual([
      [1, 'Financiën'],
      [1, 'Wonen'],
    ]);
    expect(l.themes.flatMap((t) => t.blocks).some((b) => b.type === 'list')).toBe(false);
  });

  it('a section letter or Roman numeral before a heading numbers it; initials before a name do not', () => {
    const l = parse(
      `Inleiding van de brief.\n\nA. INBRAAK IN CIJFERS\n\n${BODY}\n\nB. Het bouwbesluit\n\n${BODY}\n\nIV. Tot slot\n\n${BODY}\n\nMet vriendelijke groet,\n\nJ. Smits`,
    );
    expect(themes(l)).toEqual([
      [1, 'INBRAAK IN CIJFERS'],
      [1, 'Het bouwbesluit'],
      [1, 'Tot slot'],
    ]);
  });

  it('a line in bold, numbered or not, heads the paragraph on the line right below it', () => {
    const l = parse(
      `Geachte leden,\n\nInleiding van de brief.\n\n**1. Eerlijke tarieven**\n${BODY}\n\n**Wat betekent dit?**\n${BODY}\n\nMet vriendelijke groet,\n\nJ. Smits`,
    );
    expect(themes(l)).toEqual([
      [1, 'Eerlijke tarieven'],
      [1, 'Wat betekent dit?'],
    ]);
  });

  it('in Markdown too, a bold line heads the prose on the line right below it; a line that goes on with it does not', () => {
    const md = (text: string) => parse(text, 'brief.md');
    const l = md(
      `Geachte leden,\n\nInleiding van de brief.\n\n**Eerlijke tarieven**\n${BODY}\n\n__Wat betekent dit?__\n${BODY}\n\nMet vriendelijke groet,\n\nJ. Smits`,
    );
    expect(themes(l)).toEqual([
      [1, 'Eerlijke tarieven'],
      [1, 'Wat betekent dit?'],
    ]);
    expect(l.themes[1]!.blocks.map((b) => b.text)).toEqual([BODY]);
    // a title block whose second line is no sentence stays one paragraph
    const head = md(
      `**Rondetafelgesprek over het betalingsverkeer**\nVaste commissie voor Financiën – 12 maart 2025\n\n${BODY}`,
    );
    expect(head.themes[0]!.blocks[0]!.text).toContain('\nVaste commissie');
  });

  it('beside "##" headings, a bold line alone heads what follows one level down; a bold name above them or a bold question does not', () => {
    const l = parse(
      `**Bond van Clubs (BvC)**\n\n# Standpunt\n\n## Toegang\n\n${BODY}\n\n**Wat wij vragen van het kabinet**\n\n* Maak de keuring risicogericht.\n* Erken het diploma.\n\n**Is dat niet duur?**\n\n${BODY}\n`,
      'standpunt.md',
    );
    expect(themes(l)).toEqual([
      [1, 'Toegang'],
      [2, 'Wat wij vragen van het kabinet'],
    ]);
  });

  it('a pointing emoji marks an arrow line, in plain text and Markdown', () => {
    for (const path of ['brief.txt', 'brief.md']) {
      const l = parse(
        `Geachte leden,\n\nDit vragen wij van het kabinet:\n\n👉 **Zorg voor een vaste vergoeding.** Die moet in de wet.\n➡️ Schrap de korting op de stagefondsen.\n`,
        path,
      );
      expect(l.asks.map((a) => [a.marker, a.plain])).toEqual([
        ['arrow', 'Zorg voor een vaste vergoeding. Die moet in de wet.'],
        ['arrow', 'Schrap de korting op de stagefondsen.'],
      ]);
    }
  });

  it('a longer question that puts the reader to work is an ask, not a heading', () => {
    const l = parse(
      `Geachte leden,\n\n${BODY}\n\nWilt u de minister vragen welke termijn zij wil hanteren?\n\n${BODY}\n\nMet vriendelijke groet,\n\nJ. Smits`,
    );
    expect(themes(l)).toEqual([]);
    expect(l.asks.map((a) => a.plain)).toContain('Wilt u de minister vragen welke termijn zij wil hanteren?');
  });

  it('a heading right above a numbered list heads it, its first item included', () => {
    const l = parse(
      `Geachte leden,\n\n${BODY}\n\nWAT WIJ VRAGEN\n1. Wij verzoeken u de regels te bevestigen.\n2. Zie af van naheffingen over 2015.\n\nMet vriendelijke groet,\n\nJ. Smits`,
    );
    expect(themes(l)).toEqual([[1, 'WAT WIJ VRAGEN']]);
    expect(l.asks.filter((a) => a.marker === 'bullet').map((a) => a.plain)).toEqual([
      'Wij verzoeken u de regels te bevestigen.',
      'Zie af van naheffingen over 2015.',
    ]);
  });

  it('a line with a web address heads nothing and keeps its link', () => {
    const l = parse(
      `Reactie op de consultatie\n\nAan: de minister\nVia: www.internetconsultatie.nl/ontwerpbesluit\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([]);
    expect(l.references.filter((r) => r.kind === 'link').map((r) => r.text)).toEqual([
      'www.internetconsultatie.nl/ontwerpbesluit',
    ]);
  });

  it('a bare domain heads nothing either', () => {
    const l = parse(`Reactie op de consultatie\n\nAan: de minister\nIngediend via: overheid.nl\n\n${BODY}`);
    expect(themes(l)).toEqual([]);
  });

  it('lines stacked above prose in the body head it; in a page head, a comment or a table they do not', () => {
    const l = parse(
      `${BODY}\n\nOpmerkingen per artikel\nArtikel 4, tweede lid\nHet ontwerp eist een afstand van 3 kilometer. Wij stellen voor die te verlagen.\n\nArtikel 7\nDe procedure kost per locatie veel geld. Dat is onevenredig voor kleine clubs.`,
    );
    expect(themes(l).map((t) => t[1])).toEqual([
      'Opmerkingen per artikel',
      'Artikel 4, tweede lid',
      'Artikel 7',
    ]);
    const page = parse(
      `Kop van het bericht\nNieuws\nDe bond wil dat het Rijk betaalt. Dat zei de voorzitter.\n\n${BODY}\n\nReacties (2)\nPiet_vd_B · 2 dagen geleden\nGoed zo! Zet door.\n\nArtikel | Onderwerp | Commentaar\nArtikel 4 | Afstand | Te groot, verlaag die.\nArtikel 7 | Leges | Te hoog. Schaf die af.`,
    );
    expect(themes(page)).toEqual([]);
  });

  it('questions and answers: "Vraag N" labels and the short questions under them head nothing', () => {
    const qa = parse(
      `Geachte voorzitter,\n\nHierbij zend ik u de antwoorden.\n\nVraag 1\nKent u het bericht over de veren?\n\nAntwoord 1\nJa.\n\nVraag 2\n\nKunt u deze vragen voor het debat beantwoorden?\n\nAntwoord 2\n${BODY}`,
    );
    expect(themes(qa)).toEqual([]);
    expect(qa.source.discarded.map((d) => d.rule)).toEqual([
      'question-label',
      'answer-label',
      'question-label',
      'answer-label',
    ]);
    // a consultation form's questions, with or without "Antwoord" fields, head the reactions to them
    for (const answer of ['', 'Antwoord\n'])
      expect(
        themes(
          parse(
            `Hieronder reageren wij op de vragen.\n\nVraag 1\n\n${answer}${BODY}\n\nVraag 2\n\n${answer}${BODY}`,
          ),
        ),
      ).toEqual([
        [1, 'Vraag 1'],
        [1, 'Vraag 2'],
      ]);
    // a numbered question with its answer on the line right below it heads that answer
    expect(
      themes(
        parse(
          `Hieronder reageren wij op de vragen.\n\nVraag 1. Is de termijn voldoende?\n${BODY}\n\nVraag 2. Zijn de regels duidelijk?\nNee. ${BODY}`,
        ),
      ),
    ).toEqual([
      [1, 'Vraag 1. Is de termijn voldoende?'],
      [1, 'Vraag 2. Zijn de regels duidelijk?'],
    ]);
    // also a question longer than its answer, and one longer than a heading's hundred characters after its number
    const long =
      'Vraag 2. Heeft u opmerkingen over de kostenverdeling tussen de Rijksoverheid, de waterschappen en provincies?';
    expect(
      themes(
        parse(
          `Hieronder reageren wij op de vragen.\n\nVraag 1. Wat vindt u van de voorgestelde termijn voor de gemeenten?\nJa. De termijn volstaat.\n\n${long}\nNee. ${BODY}`,
        ),
      ),
    ).toEqual([
      [1, 'Vraag 1. Wat vindt u van de voorgestelde termijn voor de gemeenten?'],
      [1, long],
    ]);
  });

  it("a running head beside each page's number is set aside, and still names its sender", () => {
    const head = 'Bond van Imkers - Inbreng commissiedebat Natuur';
    const l = parse(
      `Geachte leden,\n\n${BODY}\n\n- 2 -\n${head}\n\n${BODY}\n\n- 3 -\n${head}\n\n${BODY}\n\nMet vriendelijke groet,\n`,
    );
    expect(themes(l)).toEqual([]);
    expect(l.source.discarded.filter((d) => d.text === head)).toHaveLength(2);
    expect(l.references.map((r) => r.text)).toContain('Bond van Imkers');
  });

  it("a line with the letter's own reference below the first text is a page's head; the addressee's reference is not", () => {
    const letterhead =
      'Gemeente Oostermeer\n\nOns kenmerk: 2024/ABC/0117\nUw kenmerk: 2024Z01234\nDatum: 3 maart 2024';
    const l = parse(
      `${letterhead}\n\nGeachte heer De Vries,\n\n${BODY}\n\nGemeente Oostermeer, ons kenmerk 2024/ABC/0117\n\n${BODY}\n\nVragen over de regeling (2024Z01234)\n\n${BODY}`,
    );
    expect(l.source.discarded.map((d) => [d.rule, d.text])).toContainEqual([
      'running-header',
      'Gemeente Oostermeer, ons kenmerk 2024/ABC/0117',
    ]);
    expect(themes(l)).toEqual([[1, 'Vragen over de regeling (2024Z01234)']]);
  });

  it('"2.1" headings sit below "2"', () => {
    const l = parse(`2 Financiën\n\n${BODY}\n\n2.1 Jeugdzorg\n\n${BODY}\n\n3 Wonen\n\n${BODY}`);
    expect(themes(l)).toEqual([
      [1, 'Financiën'],
      [2, 'Jeugdzorg'],
      [1, 'Wonen'],
    ]);
  });

  it('a subsection numbered "2.1" on the line under its section heads the short lines below it; "2.5 miljoen" does not', () => {
    const l = parse(
      `Inleiding van de brief.\n\n2. Opmerkingen per hoofdstuk\n2.1 Hoofdstuk 4 (de winkelstraat)\nVoorstel: schrap de vergunningplicht.\n${BODY}\n\n3. Tot slot\n${BODY}`,
    );
    expect(themes(l)).toEqual([
      [1, 'Opmerkingen per hoofdstuk'],
      [2, 'Hoofdstuk 4 (de winkelstraat)'],
      [1, 'Tot slot'],
    ]);
    const wrapped = parse(
      `Inleiding van de brief.\n\nHet Rijk trekt ruim\n2.5 miljoen euro uit.\nDat is te weinig.`,
    );
    expect(themes(wrapped)).toEqual([]);
  });

  it('a numbered heading right above a bullet list heads it; a numbered lead-in above one stays an item', () => {
    for (const gap of ['\n', '\n\n']) {
      const l = parse(
        `Inleiding van de brief.\n\n3. Wat vragen wij van u?${gap}- dat de regeling blijft;\n- dat de korting vervalt.\n`,
      );
      expect(themes(l)).toEqual([[1, 'Wat vragen wij van u?']]);
      expect(l.asks.map((a) => a.plain)).toEqual(['dat de regeling blijft;', 'dat de korting vervalt.']);
    }
    const leadIn = parse(
      `Inleiding van de brief.\n\n1. Wij vragen u:\n- de regeling te verlengen;\n- de korting te schrappen.\n`,
    );
    expect(themes(leadIn)).toEqual([]);
  });

  it('a dash in a row set in columns is an empty cell, not a bullet; a bullet with a wide gap stays one', () => {
    const lists = (text: string) =>
      parse(text)
        .themes.flatMap((t) => t.blocks)
        .filter((b) => b.type === 'list');
    expect(lists(`-        -          TLE/2025-0042      3 maart 2025\n\n${BODY}`)).toEqual([]);
    expect(
      lists(`De bond vraagt:\n-      een loket voor ondernemers;\n-      minder regels.\n\n${BODY}`),
    ).toHaveLength(1);
  });

  it("a Markdown table's text keeps its cells apart, and each cell is read as its own sentence", () => {
    const l = parse(
      '# Onze verzoeken\n\n| Onderwerp | Ons verzoek |\n|---|---|\n| Stallingen | Reserveer € 150 miljoen voor stallingen |\n',
      'brief.md',
    );
    const table = l.themes.flatMap((t) => t.blocks).find((b) => b.type === 'table');
    expect(table?.plain).toBe(
      'Onderwerp | Ons verzoek\nStallingen | Reserveer € 150 miljoen voor stallingen',
    );
    expect(table?.sentences.map((s) => s.plain)).toEqual([
      'Onderwerp',
      'Ons verzoek',
      'Stallingen',
      'Reserveer € 150 miljoen voor stallingen',
    ]);
    expect(l.asks.map((a) => a.plain)).toEqual(['Reserveer € 150 miljoen voor stallingen']);
  });

  it('lines typed as a table, three or more with as many " | " bars, are a table whose cells are read apart', () => {
    const blocks = (text: string) => parse(text).themes.flatMap((t) => t.blocks);
    const l = parse(
      'Onze verzoeken per onderwerp:\n\nOnderwerp | Verzoek\nRegistratie | Zorg dat het register aansluit.\nKosten | Stel € 2 miljoen beschikbaar voor een loket.\n',
    );
    const table = l.themes.flatMap((t) => t.blocks).find((b) => b.type === 'table');
    expect(table?.plain).toBe(
      'Onderwerp | Verzoek\nRegistratie | Zorg dat het register aansluit.\nKosten | Stel € 2 miljoen beschikbaar voor een loket.',
    );
    expect(l.asks.map((a) => a.plain)).toEqual([
      'Zorg dat het register aansluit.',
      'Stel € 2 miljoen beschikbaar voor een loket.',
    ]);
    // the bar between cells ends a name: no document "Registratie Zorg"
    expect(l.references.map((r) => r.text)).toEqual([]);
    // two lines with bars are a byline and a menu; a table with outer bars is Markdown's, read as text here
    expect(
      blocks('Geplaatst: 3 mei | Door: redactie\nNieuws | Over ons | Contact\n\n' + BODY).map((b) => b.type),
    ).not.toContain('table');
    expect(
      blocks('| Datum | 3 juni 2014 |\n| Kenmerk | 123 |\n| Onderwerp | Subsidie |\n').map((b) => b.type),
    ).not.toContain('table');
  });

  it('lines set in under a lead-in with a colon, each ending as an item does, are a list whose bullets were lost', () => {
    const items = (text: string) =>
      parse(text)
        .themes.flatMap((t) => t.blocks)
        .flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.plain) : []));
    expect(items(`De bond vraagt:\n een loket voor ondernemers;\n minder regels.\n\n${BODY}`)).toEqual([
      'een loket voor ondernemers;',
      'minder regels.',
    ]);
    // one such line, no lead-in, or the wrapped lines of marked items: no list of lost bullets
    expect(items(`De bond vraagt:\n een loket voor ondernemers.\n\n${BODY}`)).toEqual([]);
    expect(items(`De bond vraagt dit.\n een loket voor ondernemers;\n minder regels.\n\n${BODY}`)).toEqual(
      [],
    );
    expect(
      items(
        `De bond stelt:\n  • dat een loket komt voor\n    ondernemers;\n  • dat de regels minder\n    worden.\n\n${BODY}`,
      ),
    ).toEqual(['dat een loket komt voor ondernemers;', 'dat de regels minder worden.']);
    // items that wrap onto lines not set in, going on in lower case, under a lead-in at a paragraph's end
    expect(
      items(
        `Dat is te laat. Wij vragen u:\n\tde regeling niet in te korten voordat de raad daarover\nheeft geadviseerd;\n\tde gevolgen te laten evalueren.\n\n${BODY}`,
      ),
    ).toEqual([
      'de regeling niet in te korten voordat de raad daarover heeft geadviseerd;',
      'de gevolgen te laten evalueren.',
    ]);
  });

  it('">" lines that each end as an item does are an arrow list in plain text; quoted prose stays a quote', () => {
    const blocks = (text: string) => parse(text).themes.flatMap((t) => t.blocks);
    const l = parse(
      'Samenvatting van onze verzoeken\n> verdubbel de bijdrage voor walstroom;\n> voer de motie uit.\n\nDe havens investeren zelf ook.\n',
    );
    expect(l.asks.map((a) => [a.marker, a.plain])).toEqual([
      ['arrow', 'verdubbel de bijdrage voor walstroom;'],
      ['arrow', 'voer de motie uit.'],
    ]);
    expect(
      blocks(`> Op 3 maart schreef de griffier dat de\n> commissie het stuk bespreekt.\n\n${BODY}`)[0]?.type,
    ).toBe('quote');
  });

  it('after an item that ends in ";", a line set in as the items\' text is the next item, its bullet lost', () => {
    const items = (text: string) =>
      parse(text)
        .themes.flatMap((t) => t.blocks)
        .flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.plain) : []));
    expect(
      items(
        `Wij vragen u:\n•     een loket te openen;\n•     jaarlijks te rapporteren over het\n      aantal aanvragen;\n      het register eenvoudig te maken.\n\n${BODY}`,
      ),
    ).toEqual([
      'een loket te openen;',
      'jaarlijks te rapporteren over het aantal aanvragen;',
      'het register eenvoudig te maken.',
    ]);
    // a wrapped line after a line that ends otherwise stays in its item
    expect(
      items(
        `Wij vragen u:\n•     een loket te openen voor\n      ondernemers;\n•     minder regels.\n\n${BODY}`,
      ),
    ).toEqual(['een loket te openen voor ondernemers;', 'minder regels.']);
  });

  it('a line that addresses the letter ("Aan de Voorzitter van …") is no heading', () => {
    const l = parse(
      `${BODY}\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n${BODY}\n\nWonen\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Wonen']]);
  });

  it('a real numbered list stays a list', () => {
    const l = parse(
      `Onze voorwaarden zijn:\n1. Voldoende middelen voor gemeenten,\n2. Ruimte voor maatwerk,\n3. Een goede invoering.`,
    );
    const list = l.themes[0]!.blocks.find((b) => b.type === 'list');
    expect(list && list.type === 'list' && list.items.map((i) => i.bullet)).toEqual(['1.', '2.', '3.']);
  });

  it('items numbered "(i)", "ii)", "(b)" make a list; a copyright line "(c) 2001" does not', () => {
    const l = parse(
      `Onze voorwaarden zijn:\n(i) voldoende middelen voor gemeenten;\n(ii) ruimte voor maatwerk;\n(iii) een goede invoering.\n\nEn verder:\nii) de kosten;\niii) de termijn.\n\nTot slot:\n(a) het toezicht;\n(b) de handhaving.\n\n(c) 2001 Gemeente Lindewoude | Webmaster`,
    );
    const blocks = l.themes.flatMap((t) => t.blocks);
    const lists = blocks.filter((b) => b.type === 'list');
    expect(lists.map((b) => b.type === 'list' && b.items.map((i) => i.bullet))).toEqual([
      ['(i)', '(ii)', '(iii)'],
      ['ii)', 'iii)'],
      ['(a)', '(b)'],
    ]);
    expect(blocks[blocks.length - 1]!.type).toBe('paragraph');
  });

  it('a heading alone on its line right above two or more "- " items heads the list', () => {
    const l = parse(
      `${BODY}\n\nWat wij nu van u vragen\n- Zorg voor een loket\n  in elke gemeente.\n- Schrap de korting.\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Wat wij nu van u vragen']]);
    // a "- " that wraps a sentence stays in its paragraph
    const prose = parse(`${BODY}\n\nDe bond vindt dit slecht\n- zo blijkt uit de peiling.\n\n${BODY}`);
    expect(prose.themes.flatMap((t) => t.blocks).some((b) => b.type === 'list')).toBe(false);
  });

  it('a run of "o " lines is a list when its items wrap onto lines set in deeper', () => {
    const l = parse(
      `De bond vraagt:\n\n  o  een loket voor ondernemers\n     in elke gemeente;\n  o  minder regels.\n\n${BODY}`,
    );
    const list = l.themes[0]!.blocks.find((b) => b.type === 'list');
    expect(list && list.type === 'list' && list.items.map((i) => i.plain)).toEqual([
      'een loket voor ondernemers in elke gemeente;',
      'minder regels.',
    ]);
  });

  it('a run of "o " lines (a Word bullet in a text copy) is a list; one such line alone is prose', () => {
    const l = parse(`De bond vraagt:\no een loket voor ondernemers;\no minder regels.\n\n${BODY}`);
    const list = l.themes[0]!.blocks.find((b) => b.type === 'list');
    expect(list && list.type === 'list' && list.items.map((i) => [i.bullet, i.plain])).toEqual([
      ['o', 'een loket voor ondernemers;'],
      ['o', 'minder regels.'],
    ]);
    const alone = parse(`De bond vraagt\no zo veel.\n\n${BODY}`);
    expect(alone.themes[0]!.blocks.some((b) => b.type === 'list')).toBe(false);
  });

  it('a line of dashes or underscores is a rule, not a list item', () => {
    const l = parse(`${BODY}\n\n-----\n\n${BODY}\n\n_____\n\n${BODY}`);
    const types = l.themes[0]!.blocks.map((b) => b.type);
    expect(types).toEqual(['paragraph', 'rule', 'paragraph', 'rule', 'paragraph']);
  });

  it('the last line of a hard-wrapped paragraph is not a heading', () => {
    const l = parse(
      `Gemeenten hebben de afgelopen jaren veel taken gekregen van het Rijk, en zij voeren\ndie taken uit met steeds minder geld en met steeds minder\nPersoneel\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([]);
  });

  it('a heading inside hard-wrapped PDF text is found without blank lines', () => {
    const wrapped =
      'Gemeenten hebben de afgelopen jaren veel taken gekregen van het Rijk, en zij voeren die\ntaken uit met steeds minder geld. Dat knelt.';
    const l = parse(
      `${wrapped}\nKosten voor gemeenten\nDe kosten van de uitvoering stijgen elk jaar verder, terwijl de middelen van het Rijk\ngelijk blijven.`,
    );
    expect(themes(l)).toEqual([[1, 'Kosten voor gemeenten']]);
  });

  it('a heading line above a paragraph kept on one line is a heading', () => {
    const l = parse(
      `${BODY}\nVervoer in het landelijk gebied\nDe buurtbus rijdt in veel dorpen nog maar twee keer per dag, terwijl de vraag groeit.\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Vervoer in het landelijk gebied']]);
    // a name above an unfinished line (a letterhead) stays one paragraph
    const head = parse(
      `${BODY}\n\nStichting Dorpsbelangen\nVereniging van bewoners van de kleine kernen in het noorden\n\n${BODY}`,
    );
    expect(themes(head)).toEqual([]);
  });

  it('a heading line above the one line that leads in to a list is a heading', () => {
    const l = parse(
      `Geachte staatssecretaris,\n\n${BODY}\n\nOnze verzoeken\nWij verzoeken u:\n• de wet uit te breiden;\n• een campagne te starten.\n`,
    );
    expect(themes(l)).toEqual([[1, 'Onze verzoeken']]);
    // two lines of one sentence wrapped before its colon stay one paragraph
    const wrapped = parse(
      `Geachte staatssecretaris,\n\n${BODY}\n\nDaarom vragen wij\nhet volgende:\n• een campagne.\n`,
    );
    expect(themes(wrapped)).toEqual([]);
  });

  it('a short label ending in a colon heads the prose on the line below it, not a list, nor across a blank line', () => {
    const l = parse(
      `Geachte staatssecretaris,\n\n${BODY}\n\nDe aanleiding:\nPer 1 oktober is het tarief verhoogd. Dat raakt de fietsenmakers.\n\nOns verzoek:\nWij verzoeken u het lage tarief te houden.\n\nToezicht (artikel 4, tweede lid, onder c):\nDe toezichthouder is in het ontwerp niet genoemd. Dat moet anders, want gemeenten weten nu niet wie handhaaft.\n`,
    );
    // a citation in brackets adds no words to the label
    expect(themes(l)).toEqual([
      [1, 'De aanleiding:'],
      [1, 'Ons verzoek:'],
      [1, 'Toezicht (artikel 4, tweede lid, onder c):'],
    ]);
    const notHeadings = parse(
      `Geachte staatssecretaris,\n\n${BODY}\n\nWij vragen u:\nHet tarief moet omlaag.\n\nOnze punten:\n• het tarief;\n• de regels.\n\nDe oproep van de bonden:\n\nVerlaag het tarief. Schrap de regels.\n\nBetreft:\nHet tarief voor reparaties.\n`,
    );
    expect(themes(notHeadings)).toEqual([]);
  });

  it('the heading check does not depend on English words', () => {
    const l = parse(`Introduction\n\n${BODY}\n\nConclusion\n\n${BODY}`);
    // the first is the headline (no body above it); the second a theme; neither is recognised by its word
    expect(l.meta.title).toBe('Introduction');
    expect(themes(l)).toEqual([[1, 'Conclusion']]);
  });

  it('an image caption in lower case is not a heading', () => {
    const l = parse(`${BODY}\n\nde wethouder in gesprek met bewoners\n\n${BODY}`);
    expect(themes(l)).toEqual([]);
  });

  it('bullets, arrows with and without list markers, bold and links are kept', () => {
    const l = parse(
      `${BODY}\n\n  • Eerste punt\n  • Tweede punt\n\n▪ Derde punt\n\n- ➔ Zorg voor middelen\n→ Geef ruimte\n-> Betrek gemeenten\n► Regel het\n▶ Doe het\n\nZie **de nota** en [de brief](#) en [de site](https://example.org).`,
    );
    const blocks = l.themes[0]!.blocks;
    const items = blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items.map((i) => [i.bullet, i.arrow, i.text])).toEqual([
      ['•', null, 'Eerste punt'],
      ['•', null, 'Tweede punt'],
      ['▪', null, 'Derde punt'],
      ['-', '➔', 'Zorg voor middelen'],
      [null, '→', 'Geef ruimte'],
      [null, '->', 'Betrek gemeenten'],
      [null, '►', 'Regel het'],
      [null, '▶', 'Doe het'],
    ]);
    const spans = blocks[blocks.length - 1]!.spans.map((s) => [s.type, s.text, s.href]);
    expect(spans).toEqual([
      ['strong', 'de nota', null],
      ['link', 'de brief', '#'],
      ['link', 'de site', 'https://example.org'],
    ]);
  });

  it('label/value lines are metadata, not themes', () => {
    const l = parse(
      `Datum\n\n5 maart 2025\n\nOnderwerp\n\nInbreng debat jeugd\n\nGeachte leden,\n\n${BODY}\n\nJeugd\n\n${BODY}`,
    );
    expect(l.meta.fields.map((f) => [f.name, f.label, f.value])).toEqual([
      ['date', 'Datum', '5 maart 2025'],
      ['subject', 'Onderwerp', 'Inbreng debat jeugd'],
    ]);
    expect(themes(l)).toEqual([[1, 'Jeugd']]);
  });

  it('a label and its value on one line without a colon, as government letterheads print them', () => {
    const l = parse(
      `Datum 3 juni 2024\nBetreft Uitvoering van de Omgevingswet\nOns kenmerk 2024-0000318\n\nGeachte voorzitter,\n\n${BODY}\n\nBetreft ook de jeugd\n\n${BODY}`,
    );
    expect(l.meta.fields.map((f) => [f.name, f.label, f.value])).toEqual([
      ['date', 'Datum', '3 juni 2024'],
      ['subject', 'Betreft', 'Uitvoering van de Omgevingswet'],
      ['reference', 'Ons kenmerk', '2024-0000318'],
    ]);
    expect(l.meta.title).toBe('Uitvoering van de Omgevingswet');
  });

  it('a running header that repeats the subject line is set aside, not a theme', () => {
    const l = parse(
      `Onderwerp: Toekomst van de streekbus\n\nGeachte leden,\n\n${BODY}\n\nDorpenraad – Toekomst van de streekbus – 2 mei 2025\n\nKosten\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Kosten']]);
    expect(l.source.discarded.map((d) => d.rule)).toContain('running-header');
    // set apart by bullets or a hyphen between spaces too
    for (const head of [
      'Dorpenraad  •  Toekomst van de streekbus  •  2 mei 2025',
      'Dorpenraad - Toekomst van de streekbus',
    ]) {
      const bulleted = parse(
        `Onderwerp: Toekomst van de streekbus\n\nGeachte leden,\n\n${BODY}\n\n${head}\n\nKosten\n\n${BODY}`,
      );
      expect(themes(bulleted)).toEqual([[1, 'Kosten']]);
    }
  });

  it("a running header that repeats the letter's date after the first page is set aside; a dated title on top stays", () => {
    const head = 'Gemeente Oosterveld – brief aan de vaste commissie, 3 maart 2021';
    const l = parse(
      `Datum: 3 maart 2021\nBetreft: Jeugdzorg\n\nGeachte leden,\n\n${BODY}\n\nPagina 2 van 3\n\n${head}\n\nFinanciën\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Financiën']]);
    // dated, and beside the page's number across the blank line
    expect(l.source.discarded.map((d) => d.rule)).toEqual(['page-label', 'running-header-footer']);
    // another date, or no separator: a heading
    const other = parse(
      `Datum: 3 maart 2021\n\nGeachte leden,\n\n${BODY}\n\nOverleg – 9 april 2021\n\n${BODY}`,
    );
    expect(themes(other)).toEqual([[1, 'Overleg – 9 april 2021']]);
  });

  it("a page's footer (a name, a wide gap, the page of the total) is set aside, so the heading below it is found", () => {
    const l = parse(
      `Geachte leden,\n\n${BODY}\n${BODY}\nGemeente Oosterveld                                      2/3\nOns verzoek\n${BODY} ${BODY}\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Ons verzoek']]);
    expect(l.source.discarded.map((d) => [d.rule, d.text])).toEqual([
      ['page-footer', 'Gemeente Oosterveld                                      2/3'],
    ]);
  });

  it("the sender's name above a memo's Aan/Van block is letterhead; a heading above prose stays", () => {
    const l = parse(
      `Bond van Kleine Vervoerders\n\nAan: de commissie\nVan: het bestuur\nBetreft: Heffing\n\nInleiding\n\n${BODY}`,
    );
    expect(themes(l)).toEqual([[1, 'Inleiding']]);
    expect(l.source.discarded.map((d) => [d.rule, d.text])).toEqual([
      ['sender-name', 'Bond van Kleine Vervoerders'],
    ]);
    expect(l.references.some((r) => r.text === 'Bond van Kleine Vervoerders')).toBe(true);
  });

  it('a numbered question on its own line heads the text below it; a numbered list of questions stays a list', () => {
    const l = parse(
      `Inleiding van de brief.\n\n1. Wat regelt het wetsvoorstel?\n${BODY}\n\n2. Gevolgen\n${BODY}`,
    );
    expect(themes(l)).toEqual([
      [1, 'Wat regelt het wetsvoorstel?'],
      [1, 'Gevolgen'],
    ]);
    const list = parse(`Wij vragen de minister:\n1. Wanneer komt het geld?\n2. Hoeveel is het?\n\n${BODY}`);
    expect(themes(list)).toEqual([]);
  });

  it('a quoted return address above a government letterhead without salutation keeps the letterhead', () => {
    const l = parse(
      `> Retouradres Postbus 1 2500 AA Den Haag\n\nDe Voorzitter van de Tweede Kamer\nPostbus 2\n\nDatum 7 mei 2021\nBetreft Stand van zaken archieven\n\n${BODY}\n\nArchieven\n\n${BODY}`,
    );
    expect(l.meta.date).toBe('2021-05-07');
    expect(l.meta.title).toBe('Stand van zaken archieven');
  });

  it('interleaved PDF letterhead labels and values are paired', () => {
    const l = parse(
      `Gemeente\nbetreft\nkenmerk\ndatum\nReactie op de\nAB/2024/17\n3 april 2024\nJeugdwet\nGeachte leden van de commissie,\n${BODY}`,
    );
    expect(l.meta.fields.map((f) => [f.name, f.value])).toEqual([
      ['subject', 'Reactie op de'],
      ['reference', 'AB/2024/17'],
      ['date', '3 april 2024'],
      ['subject', 'Jeugdwet'],
    ]);
    expect(l.meta.title).toBe('Reactie op de Jeugdwet');
  });

  it('joins a paragraph split by a page break, with a warning', () => {
    const l = parse(
      `${BODY}\n\nDe onduidelijkheid hindert gemeenten in hun beleid en kan leiden tot\n\n2/4\n\nvertraging bij de uitvoering van de wet.\n\nEen nieuwe alinea.`,
    );
    const blocks = l.themes[0]!.blocks;
    expect(blocks).toHaveLength(3);
    expect(blocks[1]!.plain).toBe(
      'De onduidelijkheid hindert gemeenten in hun beleid en kan leiden tot vertraging bij de uitvoering van de wet.',
    );
    expect(l.diagnostics.map((d) => d.ruleId)).toContain('page-break-joined');
    expect(l.source.discarded.map((d) => d.text)).toEqual(['2/4']);
  });

  it('joins the last list item split by a page break, a word hyphenated across it made whole', () => {
    const l = parse(
      `${BODY}\n\nWij verzoeken u:\n-de regeling te verlengen;\n-de sector en de scholen te vragen de kwalificatie-\n\nBrief aan de minister, 2 mei 2006          pagina 1 van 2\n\nstructuur te behouden.\n\nEen nieuwe alinea.`,
    );
    expect(l.asks.filter((a) => a.marker === 'bullet').map((a) => a.plain)).toEqual([
      'de regeling te verlengen;',
      'de sector en de scholen te vragen de kwalificatiestructuur te behouden.',
    ]);
    expect(l.diagnostics.map((d) => d.ruleId)).toContain('page-break-joined');
  });

  it('reads glued dashes as a list when an item wraps onto a line that is not set in', () => {
    const l = parse(
      `${BODY}\n\nWij verzoeken u daarom:\n-de regeling te verlengen tot 2030 in de zin van de Wet\nmilieubeheer (Wm);\n-een bijdrage van € 5.000 per jaar beschikbaar te stellen;\n-de sector te betrekken bij de uitwerking.`,
    );
    expect(l.asks.slice(1).map((a) => [a.marker, a.plain])).toEqual([
      ['bullet', 'de regeling te verlengen tot 2030 in de zin van de Wet milieubeheer (Wm);'],
      ['bullet', 'een bijdrage van € 5.000 per jaar beschikbaar te stellen;'],
      ['bullet', 'de sector te betrekken bij de uitwerking.'],
    ]);
  });

  it('plain text and Markdown versions give the same themes', () => {
    const text = `Geachte leden,\n\n${BODY}\n\nWonen\n\n${BODY}\n\nHuurbeleid\n\n${BODY}\n\nJeugd\n\n${BODY}`;
    const md = `Geachte leden,\n\n${BODY}\n\n# Wonen\n\n${BODY}\n\n## Huurbeleid\n\n${BODY}\n\n# Jeugd\n\n${BODY}`;
    expect(themes(parse(md, 'brief.md'))).toEqual([
      [1, 'Wonen'],
      [2, 'Huurbeleid'],
      [1, 'Jeugd'],
    ]);
    // without markup the nesting of "Huurbeleid" cannot be seen, but the titles are the same
    expect(themes(parse(text)).map((t) => t[1])).toEqual(['Wonen', 'Huurbeleid', 'Jeugd']);
  });

  it('ids are stable: a paragraph added in one theme does not renumber another theme', () => {
    const a = parse(`${BODY}\n\nWonen\n\n${BODY}\n\nJeugd\n\n${BODY}\n\n- ➔ Zorg voor geld`);
    const b = parse(`${BODY}\n\nWonen\n\n${BODY}\n\n${BODY}\n\nJeugd\n\n${BODY}\n\n- ➔ Zorg voor geld`);
    const jeugd = (l: Letter) => l.themes.find((t) => t.title === 'Jeugd')!.blocks.map((x) => x.id);
    expect(jeugd(b)).toEqual(jeugd(a));
    expect(parse(`${BODY}`).themes[0]!.id).toBe('opening');
  });
});
