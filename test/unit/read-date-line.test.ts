import { describe, expect, it } from 'vitest';
import { readDateLine, readDateParts, readScraperHeader } from '../../src/text/read-date-line.js';

const value = (line: string) => {
  const d = readDateLine(line);
  return d && { label: d.label?.text ?? null, role: d.role, value: line.slice(d.value.start, d.value.end) };
};

describe('readDateLine: a line that is a date and little else', () => {
  it.each([
    ['12 april 2021', null, 'published', '12 april 2021'],
    ['Den Haag, 4 oktober 2024', null, 'published', 'Den Haag, 4 oktober 2024'],
    ['Wageningen / Geldermalsen, 8 mei 2013', null, 'published', 'Wageningen / Geldermalsen, 8 mei 2013'],
    ['Gepubliceerd op 3 maart 2023', 'Gepubliceerd op', 'published', '3 maart 2023'],
    ['Gepubliceerd: 24 mei 2022', 'Gepubliceerd', 'published', '24 mei 2022'],
    ['Geplaatst op dinsdag 6 juni 2023', 'Geplaatst op', 'published', 'dinsdag 6 juni 2023'],
    ['Laatst gewijzigd: 12-05-2022', 'Laatst gewijzigd', 'modified', '12-05-2022'],
    ['Bijgewerkt op 2 feb. 2021 om 14.10 uur', 'Bijgewerkt op', 'modified', '2 feb. 2021 om 14.10 uur'],
    ['Bijeenkomst: 9 oktober 2024', 'Bijeenkomst', 'event', '9 oktober 2024'],
    // a consultation website's column of details
    ['Datum ingediend      31-3-2023 16:42', 'Datum ingediend', 'published', '31-3-2023 16:42'],
    ['21 maart 2023 om 09:15', null, 'published', '21 maart 2023 om 09:15'],
    ['21-03-2023 | 09:15', null, 'published', '21-03-2023 | 09:15'],
    ['wo 4 sep 2019', null, 'published', 'wo 4 sep 2019'],
    ['Nieuwsbericht | 07-11-2019 | 16:05', null, 'published', 'Nieuwsbericht | 07-11-2019 | 16:05'],
    ['IPO 8 mei 2023', null, 'published', 'IPO 8 mei 2023'],
    ['6 juni 2023 · 4 min leestijd', null, 'published', '6 juni 2023 · 4 min leestijd'],
    // the source after the date, as news sites name it
    [
      'do 4 mei 2006 - 09:30 | Bron: Bond van Bakkers',
      null,
      'published',
      'do 4 mei 2006 - 09:30 | Bron: Bond van Bakkers',
    ],
    // a label and a reading time in capitals, a reading time with its label first
    ['LAATST   GEWIJZIGD: 12-05-2022', 'LAATST   GEWIJZIGD', 'modified', '12-05-2022'],
    ['6 juni 2023 | LEESTIJD: 4 MINUTEN', null, 'published', '6 juni 2023 | LEESTIJD: 4 MINUTEN'],
    [
      '6 juni 2023, 10:02 Aangepast 6 juni 2023, 11:40',
      null,
      'published',
      '6 juni 2023, 10:02 Aangepast 6 juni 2023, 11:40',
    ],
    ['oktober 2018', null, 'published', 'oktober 2018'],
    ['Gepubliceerd: maart 2019', 'Gepubliceerd', 'published', 'maart 2019'],
    // Markdown emphasis around the whole line
    [
      '*Geplaatst op 8 mei 2023 · 2 min leestijd*',
      'Geplaatst op',
      'published',
      '8 mei 2023 · 2 min leestijd',
    ],
    ['_14 maart 2023_', null, 'published', '14 maart 2023'],
    // the writer after a dash, with a role and body after a comma
    [
      '3 november 2009 - Jan de Vries, voorzitter BZN',
      null,
      'published',
      '3 november 2009 - Jan de Vries, voorzitter BZN',
    ],
    // a section label before, an author in lower case after
    ['Actueel | Persbericht | 17-11-2021', null, 'published', 'Actueel | Persbericht | 17-11-2021'],
    ['Pers · 3 april 2020', null, 'published', 'Pers · 3 april 2020'],
    // a page's section in one word, set apart from its date
    ['Economie - 14/10/2003', null, 'published', 'Economie - 14/10/2003'],
    ['Binnenland | 3 maart 2019', null, 'published', 'Binnenland | 3 maart 2019'],
    // a meeting's date, not the letter's
    ['Commissiedebat Erfgoed, 30 juni 2021', 'Commissiedebat Erfgoed', 'event', '30 juni 2021'],
    ['Algemeen overleg Water, 3 maart 2019', 'Algemeen overleg Water', 'event', '3 maart 2019'],
    // a news archive's weekday after the date
    ['15 juni 2002 zaterdag', null, 'published', '15 juni 2002 zaterdag'],
    [
      'Geplaatst op 4 oktober 2022 door redactie',
      'Geplaatst op',
      'published',
      '4 oktober 2022 door redactie',
    ],
  ])('%s', (line, label, role, v) => {
    expect(value(line)).toEqual({ label, role, value: v });
  });

  it.each([
    'Wetgevingsoverleg Water 22 november 2021',
    'Commissiedebat Zorg 5 maart',
    'Op 12 maart 2023 stuurde de koepel een brief aan de Kamer.',
    'donderdag 24 februari',
    '12 april',
    '2023',
    'Voorjaarsnota 2024',
    'Gepubliceerd door de redactie',
    'Gemeenten en provincies 4 april 2023',
    '14 maart 2023 en verder',
    'Actueel beleid 17-11-2021',
    // a section without its separator, or two words before one: a title
    'Economie 14/10/2003',
    'Overleg – 9 april 2021',
    // the second line of a heading in capitals
    'VAN 12 SEPTEMBER 2012',
    'TOT 1 JANUARI 2026',
    'Nieuwe regels - 1 januari 2026',
    'Geplaatst op 4 oktober 2022 door de gemeente vastgesteld',
    // after the date a sentence, not a name with its role
    '1 januari 2026 - De regeling gaat in, zegt de minister',
    '',
  ])('not %s', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});

describe('readScraperHeader', () => {
  it('reads the header and where the headline starts', () => {
    const line = 'date 2023-03 Koepel: kabinet moet wet aanpassen';
    const h = readScraperHeader(line);
    expect(h).toEqual({ end: 12, value: '2023-03' });
    expect(readScraperHeader('date: 2025-10-02T08:30:00Z Vandaag debatteert de Kamer')?.value).toBe(
      '2025-10-02',
    );
    expect(readScraperHeader('date 2024-06-11')?.value).toBe('2024-06-11');
  });

  it('is a header only at the start, with a date after it', () => {
    expect(readScraperHeader('De date 2023-03 staat vast')).toBeNull();
    expect(readScraperHeader('date night 2023')).toBeNull();
    expect(readScraperHeader('date 20230312')).toBeNull();
  });
});

describe('readDateParts', () => {
  it('reads whole and partial dates, written out or as ISO', () => {
    expect(readDateParts('3 maart 2023')).toEqual({ year: 2023, month: 3, day: 3 });
    expect(readDateParts('Den Haag, 4 oktober 2024')).toEqual({ year: 2024, month: 10, day: 4 });
    expect(readDateParts('juli 2016')).toEqual({ year: 2016, month: 7, day: null });
    expect(readDateParts('2023-03')).toEqual({ year: 2023, month: 3, day: null });
    expect(readDateParts('2025-10-02')).toEqual({ year: 2025, month: 10, day: 2 });
  });

  it('gives nothing without a year, or for a day that does not exist', () => {
    expect(readDateParts('24 februari')).toBeNull();
    expect(readDateParts('2023-02-30')).toBeNull();
    expect(readDateParts('2023-13')).toBeNull();
  });
});

describe('readDateLine: authors and labels beside the date', () => {
  it.each([
    '14 maart 2023 - Nieuws',
    '14 maart 2023 · Redactie',
    '14 maart 2023 om 09:15 uur | Jan de Vries',
    'Door Redactie op 14 maart 2023',
    'Door Jan Jansen | 14 maart 2023',
    // the author's role and body after a comma, a weekday and month in short
    'Door Anna de Wit, voorzitter VZB — di 5 nov 2013 — 6 minuten leestijd',
    'Tekst: Piet Smit, beleidsadviseur wonen | 5 november 2013',
    'Laatste update: 14 maart 2023, 10:03',
    'Kamerstuk: Kamerbrief | 23-02-2018',
    'Geplaatst: dinsdag 12 april 2005 | Categorie: Belangenbehartiging',
    'Gepubliceerd op 3 mei 2011 | Rubriek: Wonen | 12 reacties',
    'vrijdag 12 november 2010 - 11:24 | 3 reacties',
    '22 mei 2018 · Door Femke de Graaf · 3 min leestijd',
    '4 juni 2019 • Jan Jansen • Leestijd: 2 minuten',
    'Geplaatst op 3 mei 2011 in Nieuws',
    '12 mrt 2023 | 2 min',
    'Geplaatst door Jan de Vries op 12 maart 2023',
    'Gepubliceerd door Redactie op 12 maart 2023 om 10:02',
    'Geplaatst op 3 mei 2011 in [Nieuws](https://bond.example/nieuws)',
    'Geplaatst op 19 juni 2008 door het bureau',
    'geplaatst: 14-06-2005 door webmaster',
    'Gepubliceerd op 2 maart 2019 door redactie',
    'Geplaatst op 17/11/2017 door Ineke de Vries-Bakker  |  Categorie: Opinie  |  3 reacties',
    'Campagnepagina · bijgewerkt 9 maart 2026',
    'Stichting Dijk · Nieuws · gepubliceerd op 4 april 2023',
  ])('%s', (line) => {
    expect(readDateLine(line)).not.toBeNull();
  });

  it.each([
    'Commissiedebat 22 november 2021',
    'Jan Jansen 14 maart 2023',
    '14 maart 2023 gemeenten boos over de wet',
    '14 maart 2023 | Categorie: Wonen, zorg en werk: wat de Kamer moet doen',
    '14 maart 2023 | 3 reacties op het plan van de minister',
    '14 maart 2023 | Gemeenten willen meer geld',
    '14 maart 2023 in de Tweede Kamer besproken',
    '14 maart 2023 in Den Haag: gemeenten boos',
    '14 maart 2023 | 2 miljoen',
    'Geplaatst door de gemeenten op 12 maart 2023',
    'Geplaatst op 12 maart 2023 door het bestuur besproken',
    '14 maart 2023 door gemeenten afgewezen',
    'Gemeenten en provincies · bijgewerkt 4 april 2023',
    'Wetgevingsoverleg Dijken bijgewerkt 22 november 2021',
    'Gepubliceerd: Den Haag, 12 maart 2023 gemeenten boos',
    // after "door" a comma and a sentence, not a role
    'Door Anna de Wit, die de gemeenten steunt en het kabinet bekritiseert, 5 november 2013',
  ])('not %s', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});
