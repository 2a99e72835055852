import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/extract/references/find-references.js';

const orgs = (text: string): string[] =>
  findReferences(text)
    .filter((r) => r.kind === 'organisation')
    .map((r) => r.text);

describe('bodies under a generic head defined with a short form', () => {
  it('takes the long form when the short form skips words of it', () => {
    expect(orgs('De Dienst uitvoering en toezicht Markten (DTM) houdt toezicht.')).toEqual([
      'Dienst uitvoering en toezicht Markten',
    ]);
    expect(orgs('Het Bureau beheer landbouwgronden (BBL) kocht grond.')).toEqual([
      'Bureau beheer landbouwgronden',
    ]);
  });

  it('takes no short form of a phrase without a head whose initials differ', () => {
    expect(orgs('De opvang van kwetsbare mensen (OKM) schiet tekort.')).toEqual([]);
    expect(orgs('Het Snelle plan voor wonen (SPX) is nieuw.')).toEqual([]);
  });
});

describe('a footnote mark after a name', () => {
  it('ends the name before the mark', () => {
    expect(orgs('De Commissie Integraal Waterbeheer² raamt de opgave op 2 miljard.')).toEqual([
      'Commissie Integraal Waterbeheer',
    ]);
    expect(orgs('Ook de Stichting Gezonde Bodem¹ en de Stichting G40 deden onderzoek.')).toEqual([
      'Stichting Gezonde Bodem',
      'Stichting G40',
    ]);
  });
});

describe('a date after a name', () => {
  it("ends the name before its day; a month written with a capital is the name's", () => {
    expect(orgs('Het overleg over de Landbouwraad 9 maart 1994 gaat door.')).toEqual(['Landbouwraad']);
    expect(orgs('Het Algemeen Overleg Water 8 juni 2006 vindt plaats.')).toEqual(['Algemeen Overleg Water']);
    expect(orgs('De Stichting 11 November werkt mee.')).toEqual(['Stichting 11 November']);
  });
});

describe('a legal form after a name', () => {
  it('ends the name before its letters with their stops', () => {
    expect(orgs('Copyright 2002 Stichting De Vaart B.V. Alle rechten voorbehouden.')).toEqual([
      'Stichting De Vaart',
    ]);
    expect(orgs('Volgens Adviesbureau Jansen N.V. klopt dat.')).toEqual(['Adviesbureau Jansen']);
  });
});

describe('statutory trade bodies', () => {
  it('take their field after "voor", in either spelling; the head alone names none', () => {
    expect(orgs('Het Produktschap voor Zuivel en Kaas stelt de heffing vast.')).toEqual([
      'Produktschap voor Zuivel en Kaas',
    ]);
    expect(orgs('Het Productschap Tuinbouw en het Bedrijfschap Horeca overleggen.')).toEqual([
      'Productschap Tuinbouw',
      'Bedrijfschap Horeca',
    ]);
    expect(orgs('Het Productschap stelt de heffing vast.')).toEqual([]);
  });
});

describe('newspapers by their name', () => {
  it('takes a name before "Dagblad" or "Courant"; the word alone names none', () => {
    expect(orgs('Dat meldden het Reformatorisch Dagblad en de Leeuwarder Courant.')).toEqual([
      'Reformatorisch Dagblad',
      'Leeuwarder Courant',
    ]);
    expect(orgs('Het Dagblad meldde het. Wij lazen het in de courant.')).toEqual([]);
  });
});

describe('public bodies by kind and area', () => {
  it('takes a public body head with one or two capitalised words', () => {
    expect(orgs('Wij schreven de gemeente Den Haag en het Waterschap Vallei.')).toEqual([
      'gemeente Den Haag',
      'Waterschap Vallei',
    ]);
    expect(orgs('De Veiligheidsregio Utrecht en het Productschap Zuivel doen mee.')).toEqual([
      'Veiligheidsregio Utrecht',
      'Productschap Zuivel',
    ]);
  });

  it('takes no place, month or lower-case word for a body', () => {
    expect(orgs('In de provincie Groningen en uit de gemeente Emmen kwamen klachten.')).toEqual([]);
    expect(orgs('De gemeente moet in Maart beslissen; de provincie heeft geld.')).toEqual([]);
  });
});

describe('organisations with a generic head', () => {
  it('takes a capitalised head with the name after it', () => {
    expect(orgs('Wij werken samen met Stichting De Vaart en het Platform Wijkaanpak.')).toEqual([
      'Stichting De Vaart',
      'Platform Wijkaanpak',
    ]);
    expect(orgs('Dat adviseert het Centrum voor Recht en Bestuur aan de provincies.')).toEqual([
      'Centrum voor Recht en Bestuur',
    ]);
  });

  it('takes a compound head and capitalised words before the head', () => {
    expect(orgs('Volgens het Adviescollege Grondbeleid is dat te weinig.')).toEqual([
      'Adviescollege Grondbeleid',
    ]);
    expect(orgs('Ook de Landelijke Huisartsen Vereniging tekende.')).toEqual([
      'Landelijke Huisartsen Vereniging',
    ]);
  });

  it('takes "van"/"voor" and lower-case words only in mid-sentence', () => {
    expect(orgs('Dat schreef de Raad voor de lokale lasten in zijn advies.')).toEqual([
      'Raad voor de lokale lasten',
    ]);
    expect(orgs('Overleg met de minister is nodig. Overleg van de partners volgt.')).toEqual([]);
  });

  it('takes a capitalised compound alone in mid-sentence, and an acronym after a lower-case head', () => {
    expect(orgs('De gegevens komen van de Belastingdienst en van bureau XYZ.')).toEqual([
      'Belastingdienst',
      'bureau XYZ',
    ]);
  });

  it('reports only the name after a describing compound head', () => {
    expect(orgs('Brancheorganisatie ZorgSamen stelt dat het geld op is.')).toEqual(['ZorgSamen']);
  });

  it('leaves a bare head, a lower-case head and a fund alone', () => {
    expect(
      orgs(
        'De Raad heeft gesproken. Een stichting opgericht door de raad. Het Gemeentefonds groeit, ook het ' +
          'Fonds Lokale Lasten en de Meicirculaire Gemeentefonds.',
      ),
    ).toEqual([]);
  });
});

describe('organisations by the form of their name', () => {
  it('takes "<Word> Nederland" and hyphenated forms', () => {
    expect(orgs('Dat zeggen Techniek Nederland en Zorgaanbieders-Nederland vandaag.')).toEqual([
      'Techniek Nederland',
      'Zorgaanbieders-Nederland',
    ]);
  });

  it('does not take a place for an organisation', () => {
    expect(orgs('In Nederland, heel Nederland en Noord-Nederland wonen mensen.')).toEqual([]);
  });

  it('takes acronyms joined by a hyphen', () => {
    expect(orgs('Een brief van ABC-DEF aan de Kamer.')).toEqual(['ABC-DEF']);
  });

  it('knows the political parties in their usual spellings', () => {
    expect(orgs('Moties van VVD, GroenLinks-PvdA, JA21 en de Partij voor de Dieren.')).toEqual([
      'VVD',
      'GroenLinks-PvdA',
      'JA21',
      'Partij voor de Dieren',
    ]);
  });
});

describe('organisations by the way the text treats them', () => {
  it('takes an acronym or brand name that speaks or asks', () => {
    expect(orgs('ZorgSamen stelt dat de bekostiging tekortschiet.')).toEqual(['ZorgSamen']);
    expect(orgs('KZBV en WijkNL vragen het kabinet om geld.')).toEqual(['KZBV', 'WijkNL']);
    expect(orgs('De NXZ, de NFQ en ZKW eisen meer ruimte.')).toEqual(['NXZ', 'NFQ', 'ZKW']);
    expect(orgs('“Het moet nu,” aldus ZorgSamen. Dat zegt de KZBV.')).toEqual(['ZorgSamen', 'KZBV']);
  });

  it('takes a single capitalised word after "van het" as the author of a document', () => {
    expect(orgs('Het eerste onderzoek van het Kennispunt laat dat zien.')).toEqual(['Kennispunt']);
    expect(orgs('In een rapport van het Woonlab staat het anders.')).toEqual(['Woonlab']);
    expect(orgs('Een brief van het Kabinet en het advies van het Rijk.')).toEqual([]);
    expect(orgs('Het gebruik van het Engels in het onderwijs neemt toe.')).toEqual([]);
  });

  it('reads the document before "van" across spaces and tabs, none after "van van", a digit or a glued "van"', () => {
    expect(orgs('Uit het onderzoek  van de KZBV en de brief\tvan het Woonlab blijkt dat.')).toEqual([
      'KZBV',
      'Woonlab',
    ]);
    expect(orgs('Dat staat in het advies van van WijkNL en het rapport van van het Woonlab.')).toEqual([]);
    expect(orgs('Zie de 3brief van de KZBV en het x-onderzoek van WijkNL.')).toEqual(['WijkNL']);
    expect(orgs('Het onderzoek\nvan KZBV en het onderzoekvan WijkNL.')).toEqual([]);
  });

  it('leaves such tokens alone when nothing makes them actors', () => {
    expect(orgs('De regeling GHJ loopt af en het systeem WijkNL wordt vervangen.')).toEqual([]);
  });

  it('takes every item of a list after a collective noun or an opener', () => {
    expect(
      orgs(
        'Namens de natuurorganisaties (Groene Vaart, Natuur & Landschap, het Water Fonds en BosNL) schrijven wij.',
      ),
    ).toEqual(['Groene Vaart', 'Natuur & Landschap', 'Water Fonds', 'BosNL']);
    expect(orgs('Het plan is opgesteld door: Koepel Zorg, Wijkwerk en Buurtkracht.')).toEqual([
      'Koepel Zorg',
      'Wijkwerk',
      'Buurtkracht',
    ]);
  });

  it('takes no list of persons, roles or a single name', () => {
    expect(orgs('Namens Anna de Wit en Jan Bakker groeten wij u.')).toEqual([]);
    expect(orgs('Mede namens de Staatssecretaris van Cultuur, Sport en Spel stuur ik u dit.')).toEqual([]);
    expect(orgs('Dat zeggen de organisaties Wijkwerk.')).toEqual([]);
  });
});

describe('organisations after a noun of their kind', () => {
  it.each([
    ['Ook bouwbedrijf Heijmans steunt het plan.', ['Heijmans']],
    ['De natuurorganisatie Kiemkracht vraagt om meer geld.', ['Kiemkracht']],
    ['Uit cijfers van onderzoeksbureau Stelvio Onderzoek blijkt dat.', ['Stelvio Onderzoek']],
    [
      'Volgens zorgverzekeraar Zilveren Linde en woningcorporatie Ymere is dat te weinig.',
      ['Zilveren Linde', 'Ymere'],
    ],
    ['Regionale omroep Zuidkust meldde het als eerste.', ['Zuidkust']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    'Het bedrijf Dat wij kennen bestaat niet meer.',
    'De instelling kreeg in Utrecht een boete.',
    'Het fonds Leefbaarheid krijgt geld.',
    'Dit bedrijf. Daarom vragen wij meer.',
    'Voor de aanbieder Wethouder Jansen tekende.',
  ])('%s names none', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});
