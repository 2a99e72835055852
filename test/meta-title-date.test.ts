import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { salutationAt } from '../src/text/structure-words.js';

const parse = (text: string, path = 'brief.txt') => parseLetter(text, { path });

describe('titles from subject lines', () => {
  it('a long "Onderwerp:" line is the subject, not the addressee line above it', () => {
    const subject =
      'commissiedebat wetsvoorstel Wijziging van de Drinkwaterwet en de Waterwet (zuivering van oppervlaktewater bij grote steden), 4 maart 2031';
    const l = parse(
      `Stichting Schoon Water\n\nAan de vaste commissie voor Infrastructuur en Waterstaat van de Tweede Kamer\nUtrecht, 1 maart 2031\n\nOnderwerp: ${subject}\n\nGeachte leden van de commissie,\n\nWij vragen u het wetsvoorstel te steunen.\n\nMet vriendelijke groet,\n\nStichting Schoon Water`,
    );
    expect(l.meta.title).toBe(subject);
    // the bill is named only in the subject line
    expect(l.references.map((r) => r.text)).toContain(
      'wetsvoorstel Wijziging van de Drinkwaterwet en de Waterwet',
    );
  });

  it('an address wrapped after a comma ("Aan de leden …, " / "Natuur en …") is no salutation: the fields below it count', () => {
    const l = parse(
      'BOND\n\nAan de leden van de vaste commissie voor Landbouw,\nNatuur en Voedselkwaliteit van de Tweede Kamer\nPostbus 20018\n\nDatum            Ons kenmerk          Onderwerp\n12 juni 2006     B/06-117             Bijensterfte\n\nGeachte leden van de commissie,\n\nWij vragen u om steun voor de imkers.\n',
    );
    expect([l.meta.title, l.meta.date, l.meta.addressees]).toEqual([
      'Bijensterfte',
      '2006-06-12',
      ['leden van de commissie'],
    ]);
    // "Aan …," alone, or before the body's first sentence, still opens the body; "Geachte …," always does
    const at = (...lines: string[]) => salutationAt(lines, 0);
    expect(at('Aan de leden van de vaste commissie voor Landbouw,', 'Natuur en Voedselkwaliteit')).toBe(
      false,
    );
    expect(at('Aan de leden van de vaste commissie,')).toBe(true);
    expect(at('Aan de leden van de commissie,', 'Hierbij sturen wij u onze reactie op het voorstel.')).toBe(
      true,
    );
    expect(at('Geachte leden,', 'Natuur')).toBe(true);
  });

  it('a title wrapped once before an aside in brackets is the headline, not the field line below it', () => {
    const l = parse(
      'Reactie internetconsultatie wetsvoorstel Wijziging van de Wet op de kansspelen\n(goede doelenloterijen)\n\nIngediend door: Stichting Loterijen\nDatum: 23 oktober 2009\n\nAlgemeen\nDe stichting behartigt de belangen van 14 loterijen. Wij vragen u de wet aan te passen.\n',
    );
    expect(l.meta.title).toBe(
      'Reactie internetconsultatie wetsvoorstel Wijziging van de Wet op de kansspelen (goede doelenloterijen)',
    );
  });

  it('a headline names references past its first word, and a law from it; not the text itself', () => {
    const refs = (headline: string) =>
      parse(
        `# ${headline}\n\nDe bond wil dat het Rijk de tekorten dekt en vraagt de minister om geld.\n`,
        'p.md',
      ).references.map((r) => `${r.kind}:${r.text}`);
    expect(refs('Reactie van de bond op de Wet betaalbare huur')).toContain('law:Wet betaalbare huur');
    expect(refs('Wet betaalbare huur: wat verandert er?')).toContain('law:Wet betaalbare huur');
    expect(refs('Kamerbrief over de kwaliteit van verpleeghuizen')).toEqual([]);
  });

  it('a numbered section right under the fields is no headline: the long title line above them is', () => {
    const title =
      "Reactie op de internetconsultatie 'Wijziging van de Wet op de lijkbezorging in verband met nieuwe vormen van lijkbezorging'";
    const l = parse(
      `${title}\n\nIngediend door: Vereniging X, Utrecht\nDatum: 2 september 2019\n\n1. Inleiding\nDe vereniging telt 412 leden. Wij vragen u de wet te steunen.\n`,
    );
    expect(l.meta.title).toBe(title);
    expect(l.themes.map((t) => t.title)).toContain('Inleiding');
  });

  it('a subject label whose value the letterhead lost gives no title rather than an empty one', () => {
    const l = parse(
      `Stichting Schoon Water\n\nDatum\n                                   Onderwerp\n3 maart 2031                       Zuivering van oppervlaktewater\n\nGeachte minister,\n\nWij vragen u het wetsvoorstel te steunen.\n\nMet vriendelijke groet,\n\nStichting Schoon Water`,
    );
    expect(l.meta.title).not.toBe('');
  });

  it('a PDF letterhead without salutation goes on in short lines to its subject label', () => {
    const head = [
      'Aan de Voorzitter van de Tweede Kamer',
      'der Staten-Generaal',
      'Postbus 20018',
      '2500 EA DEN HAAG',
      'Directie Wonen',
      'Korte Voorhout 7',
      '2511 CW Den Haag',
      'Ons kenmerk',
      '2031-118',
      'Datum 9 april 2031',
      'Betreft Voortgang aanpak dakloosheid',
    ].join('\n');
    const l = parse(
      `${head}\nIn het commissiedebat van 2 maart heb ik uw Kamer toegezegd u te informeren over de voortgang.\nDat doe ik met deze brief.`,
    );
    expect(l.meta.title).toBe('Voortgang aanpak dakloosheid');
    expect(l.meta.date).toBe('2031-04-09');
  });

  it('labels stacked above their values: a value wrapped in lower case is one value, a value after a number is not', () => {
    const wrapped = parse(
      'BOND VAN ZWEMBADEN\nAan\nDatum\nOns kenmerk\nOnderwerp\nDe Vaste Commissie voor Sport\nder Tweede Kamer der Staten-Generaal\n14 mei 2002\nBVZ/02-017\nOpenstelling van de baden\n\nGeachte leden van de commissie,\n\nDe bond vraagt uw aandacht voor de baden.\n',
    );
    expect(wrapped.meta.title).toBe('Openstelling van de baden');
    expect(wrapped.meta.fields.find((f) => f.name === 'reference')?.value).toBe('BVZ/02-017');
    // the addressee field names the chamber, apart from the committee
    expect(wrapped.references.map((r) => `${r.kind} ${r.text}`)).toContain(
      'organisation Tweede Kamer der Staten-Generaal',
    );
    // the subject wrapped across a phone number set in the column beside it
    const columns = parse(
      'Betreft                        Doorkiesnummer\nVerlenging van de\n070 - 309 41 17\nsubsidie voor zwembaden\n\nGeachte leden,\n\nDe bond vraagt uw aandacht voor de baden.\n',
    );
    expect(columns.meta.title).toBe('Verlenging van de subsidie voor zwembaden');
  });

  it('a subject wrapped onto a line in lower case goes on there, its word hyphenated at the line end made whole', () => {
    const letter = (head: string) =>
      parse(
        `BOND VAN KAASMAKERS\n\nUtrecht, 3 april 1997\n${head}\n\nGeachte leden,\n\nDe bond vraagt uw aandacht.\n`,
      );
    // a label and its value on one line
    expect(letter('Onderwerp: Wetsvoorstel melk-\nquotering en afzet').meta.title).toBe(
      'Wetsvoorstel melkquotering en afzet',
    );
    expect(letter('Betreft: Reactie op de\nwijziging van de Warenwet').meta.title).toBe(
      'Reactie op de wijziging van de Warenwet',
    );
    // a value below its label
    expect(letter('Onderwerp\nHeffing op zuivel-\nproducten; Belastingplan 1998').meta.title).toBe(
      'Heffing op zuivelproducten; Belastingplan 1998',
    );
    // a line that opens with a capital, or after a blank line, is no part of it
    expect(letter('Onderwerp: Heffing op zuivel\nOns kenmerk: BK/97-12').meta.title).toBe(
      'Heffing op zuivel',
    );
  });

  it('a government letterhead under a long ministry name and a quoted return address: its fields, the name no theme', () => {
    const l = parse(
      [
        'Ministerie van Sociale Zaken, Werkgelegenheid en Vrije Tijd',
        '> Retouradres Postbus 90801 2509 LV Den Haag',
        '',
        'De Voorzitter van de Tweede Kamer',
        'der Staten-Generaal',
        'Postbus 20018',
        '2500 EA Den Haag',
        '',
        'Datum 3 maart 2031',
        'Betreft Antwoorden op Kamervragen over de kinderopvang',
        '',
        'Hierbij zend ik u de antwoorden op de vragen van het lid Jansen over de kinderopvang.',
      ].join('\n'),
    );
    expect(l.meta.title).toBe('Antwoorden op Kamervragen over de kinderopvang');
    expect(l.meta.date).toBe('2031-03-03');
    expect(l.themes.map((t) => t.title).filter(Boolean)).toEqual([]);
  });

  it('fields in a column beside the address: the one on the address line counts, in the column of those below', () => {
    const head = (gap: string) =>
      parse(
        `Bond X\nPostbus 1\n2500 AA  DEN HAAG${gap}Datum        3 mei 2031\n                                Ons kenmerk  AB/12\n\nGeachte leden,\n\nWij vragen u de regeling te verlengen.\n`,
      ).meta;
    expect(head(' '.repeat(15)).date).toBe('2031-05-03');
    expect(head(' '.repeat(15)).fields.map((f) => f.name)).toEqual(['date', 'reference']);
    // out of that column it is no field of it
    expect(head(' '.repeat(9)).date).toBeNull();
  });

  it('a labelled line below the first prose of a text without salutation is no letterhead', () => {
    const l = parse(
      [
        'Nieuws',
        'Gemeenten willen meer ruimte voor woningbouw',
        'De vereniging van gemeenten heeft vandaag in een brief aan het kabinet gevraagd om meer ruimte voor woningbouw in het buitengebied.',
        'Wonen',
        'Bouw',
        'Regio',
        'Kort',
        'Betreft Woningbouw in het buitengebied',
      ].join('\n'),
    );
    expect(l.meta.title).not.toBe('Woningbouw in het buitengebied');
  });
});

describe('the date of a byline', () => {
  it('a byline part that is a place and a date dates the text', () => {
    const l = parse(
      '# Vijf voorstellen voor de thuiszorg\n\n*Vereniging Thuiszorg Nederland (VTN) · inbreng voor het commissiedebat Langdurige zorg van dinsdag 10 juni 2031 · Zwolle, 2 juni 2031*\n\nDe thuiszorg staat onder druk. De VTN vraagt de minister om meer geld.\n',
      'paper.md',
    );
    expect(l.meta.date).toBe('2031-06-02');
  });

  it('a byline part that is a page date label and a date dates the text, italic or not; an event date does not', () => {
    const byline = (part: string, italic = true) =>
      parse(
        `# Volkstuinen verdienen bescherming\n\n${italic ? '*' : ''}Standpunt van de Bond (LFV) · ${part}${italic ? '*' : ''}\n\nNederland telt 240.000 volkstuinders. Wij vragen het Rijk om bescherming.\n`,
        'paper.md',
      );
    expect(byline('Laatst bijgewerkt: 3 oktober 2017').meta.date).toBe('2017-10-03');
    const plain = byline('Geplaatst: 3 oktober 2017', false);
    expect([plain.meta.date, plain.themes.map((t) => t.title)]).toEqual(['2017-10-03', [null]]);
    expect(byline('Bijeenkomst: 3 oktober 2017').meta.date).toBeNull();
  });

  it('a date inside a longer byline part, or a place and date without parts, does not', () => {
    const inPart = parse(
      '# Vijf voorstellen voor de thuiszorg\n\n*VTN · inbreng voor het commissiedebat Langdurige zorg van dinsdag 10 juni 2031 · opgesteld in Zwolle, 2 juni 2031 en later*\n\nDe thuiszorg staat onder druk.\n',
      'paper.md',
    );
    expect(inPart.meta.date).toBeNull();
    const sentence = parse(
      '# Vijf voorstellen voor de thuiszorg\n\nWij spraken met de minister in Zwolle, 2 juni 2031 over de thuiszorg.\n',
      'paper.md',
    );
    expect(sentence.meta.date).toBeNull();
  });

  it('a dateline without its place dates a news item: a date first in a paragraph, then a dash', () => {
    const news = (line: string) =>
      parse(
        `Hotelscholen vrezen tekort\n\n${line}\n\nDe vereniging wil dat het Rijk betaalt. Dat zei de voorzitter.\n`,
      ).meta.date;
    expect(news('di 10 okt 2031 - Door onze redactie')).toBe('2031-10-10');
    expect(news('10 oktober 2031 - De vereniging van hotelscholen is boos.')).toBe('2031-10-10');
    // no dash after it: a sentence that opens with a date
    expect(news('10 oktober 2031 was de vereniging nog hoopvol.')).toBeNull();
  });

  it('a date in brackets after a date label in the head dates answers to Kamervragen; a submitted question does not', () => {
    const answers = (head: string) =>
      parse(
        `${head}\n\nVragen van het lid Jansen (SP) aan de minister over de veren (ingezonden 3 mei 2031).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n`,
      ).meta.date;
    expect(
      answers(
        'Aanhangsel Handelingen II 2030/31, nr. 12\n\nAntwoord van minister Smit (Infrastructuur) (ontvangen 24 mei 2031)',
      ),
    ).toBe('2031-05-24');
    expect(
      answers('Antwoord van minister Smit, mede namens de staatssecretaris (ontvangen 24 mei 2031)'),
    ).toBe('2031-05-24');
    expect(answers('Aanhangsel Handelingen II 2030/31, nr. 12')).toBeNull();
  });
});

describe('a document’s title above what it is for', () => {
  it('is the title, and the occasion below it the debate', () => {
    const l = parse(
      'Inbreng Stichting Veilig Vaarwater (SVV)\nCommissiedebat Water, 12 maart 2031\n\nGeachte Kamerleden,\n\nWij vragen u de regeling te verlengen.\n\nSamenvatting\n\nDe regeling werkt.\n',
    );
    expect(l.meta.title).toBe('Inbreng Stichting Veilig Vaarwater (SVV)');
    expect(l.meta.debate?.date).toBe('2031-03-12');
  });

  it('a name alone above a headline is still the site’s name', () => {
    const l = parse(
      'Stichting Veilig Vaarwater\nGemeenten vragen meer geld voor sluizen\n\nDe stichting wil dat het Rijk de kosten draagt.\n',
    );
    expect(l.meta.title).toBe('Gemeenten vragen meer geld voor sluizen');
  });
});

describe('a web page head with its site, rubric and byline', () => {
  it('takes the headline below the site and rubric, and the byline with a role is no theme', () => {
    const l = parse(
      'Bond van Speeltuinen - Blog van de directeur\n\nWie betaalt de keuring?\n\nDoor Anna de Wit, directeur Bond van Speeltuinen (BvS)\n\nElke week staan vrijwilligers klaar. Wij vragen de minister de keuring te betalen.\n\nWat gaat er mis?\n\nDe kosten stijgen.\n',
    );
    expect(l.meta.title).toBe('Wie betaalt de keuring?');
    expect(l.themes.map((t) => t.title)).toEqual([null, 'Wat gaat er mis?']);
  });
});
