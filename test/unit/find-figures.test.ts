import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, type FoundFigure } from '../../src/extract/figures/find-figures.js';
import { parseNumberWord } from '../../src/extract/figures/parse-number-words.js';

const texts = (input: string): string[] => findFigures(input).map((f) => f.text);
const only = (input: string): FoundFigure => {
  const found = findFigures(input);
  expect(found).toHaveLength(1);
  return found[0] as FoundFigure;
};

describe('findFigures: money', () => {
  it.each([
    [
      'Het tekort bedraagt circa 3 miljoen euro, zo blijkt uit onderzoek.',
      'circa 3 miljoen euro',
      3_000_000,
      true,
    ],
    ['Er is € 750.000 beschikbaar.', '€ 750.000', 750_000, false],
    ['De bijdrage is €250.000,- voor dit jaar.', '€250.000,-', 250_000, false],
    ['De regeling kost € 1,4 miljard.', '€ 1,4 miljard', 1_400_000_000, false],
    ['Het fonds krijgt 3.5 miljard euro.', '3.5 miljard euro', 3_500_000_000, false],
    ['Het rijk trekt 92 miljard euro uit.', '92 miljard euro', 92_000_000_000, false],
    ['Wij vragen €300 miljoen voor de opvang.', '€300 miljoen', 300_000_000, false],
    ['De minister stelt twee miljoen euro beschikbaar.', 'twee miljoen euro', 2_000_000, false],
    ['Het budget groeit met zeveneneenhalf miljard.', 'zeveneneenhalf miljard', 7_500_000_000, false],
    ['Gemeenten krijgen een half miljoen euro.', 'een half miljoen euro', 500_000, false],
    ['Dat kost ongeveer € 2,5 mln. per gemeente.', 'ongeveer € 2,5 mln. per gemeente', 2_500_000, true],
    ['Er is EUR 40.000 gereserveerd.', 'EUR 40.000', 40_000, false],
  ])('%s', (input, text, value, approximate) => {
    const f = only(input);
    expect(f).toMatchObject({ kind: 'money', text, value, unit: 'EUR', approximate });
    expect(input.slice(f.start, f.end)).toBe(text);
  });

  it('keeps "per jaar" in the text and lists the qualifiers', () => {
    const f = only('Vanaf volgend jaar is 400.000 euro per jaar beschikbaar.');
    expect(f).toMatchObject({ text: '400.000 euro per jaar', value: 400_000, qualifiers: ['per jaar'] });
    const g = only('Nodig is structureel €50 miljoen per jaar voor de jeugdzorg.');
    expect(g).toMatchObject({ text: '€50 miljoen per jaar', qualifiers: ['structureel', 'per jaar'] });
  });

  it('lists qualifiers it leaves out of the text', () => {
    const f = only('De gemeenten willen jaarlijks €20 miljoen extra voor handhaving.');
    expect(f).toMatchObject({ text: '€20 miljoen', qualifiers: ['jaarlijks', 'extra'], approximate: false });
  });

  it('reads a bare scale word as money only in a sentence about money', () => {
    expect(only('Het kabinet trekt 4 miljard uit voor de begroting van defensie.')).toMatchObject({
      kind: 'money',
      text: '4 miljard',
      value: 4_000_000_000,
      unit: 'EUR',
    });
    expect(only('De rijksmiddelen groeien met 3 miljard.').kind).toBe('money');
    expect(only('Dit gaat om 4 miljard, zegt de minister.')).toMatchObject({ kind: 'count', unit: null });
  });

  it('stops before a footnote digit glued to the unit', () => {
    expect(texts('De Kamer verhoogde het budget met 3 miljoen euro.4 Dat is welkom.')).toEqual([
      '3 miljoen euro',
    ]);
    expect(texts('De Kamer verhoogde het budget met 3 miljoen euro4 en meer.')).toEqual(['3 miljoen euro']);
  });

  it('reads a range as one figure valued at its start', () => {
    expect(only('Dat kost € 4 tot 6 miljoen.')).toMatchObject({
      text: '€ 4 tot 6 miljoen',
      value: 4_000_000,
    });
  });

  it('counts a pair of compounds that share their head as one noun', () => {
    expect(texts('Er zijn ongeveer 120 voet- en fietsveren.')).toEqual(['ongeveer 120 voet- en fietsveren']);
    expect(texts('Er zijn 2.800 dorps- en buurthuizen.')).toEqual(['2.800 dorps- en buurthuizen']);
    expect(texts('Er zijn 58 lokale natuur- of milieuorganisaties.')).toEqual([
      '58 lokale natuur- of milieuorganisaties',
    ]);
  });

  it('reads a year after a qualifier as a year, not a count of what follows ("Tot 2020 was …")', () => {
    expect(texts('Tot 2020 was dat minder. Er kwamen tot 300 mensen.')).toEqual(['tot 300 mensen']);
  });

  it('reads a number right after the year of a time phrase as a figure of its own, not one group of a code', () => {
    expect(texts('De NVWA heeft in 2022 37 trampolineparken bezocht.')).toEqual(['37 trampolineparken']);
    expect(texts('Het Rijk trekt in 2024 600 miljoen euro uit.')).toEqual(['600 miljoen euro']);
    expect(texts('Bel 0800 2022 37 of zie Kamerstuk 2022 37.')).toEqual([]);
  });

  it('reads a decimal number before a measure as a figure, not a speed', () => {
    expect(texts('Het baanvak is 14,5 kilometer lang.')).toEqual(['14,5 kilometer']);
    expect(texts('De trein rijdt 2,5 kilometer per uur.')).toEqual([]);
    expect(texts('Het baanvak is 3 kilometer lang.')).toEqual([]);
  });

  it('reads a range whose second number repeats the sign as one amount, but not a sign after a bare number', () => {
    expect(only('De prijs stijgt met € 300 tot € 500 per jaar.')).toMatchObject({
      kind: 'money',
      text: '€ 300 tot € 500 per jaar',
      value: 300,
    });
    expect(only('Het kost tussen $ 20 en $ 40.').text).toBe('tussen $ 20 en $ 40');
    // guilders with their whole-money mark, the sign "fl." too
    expect(only('De kosten liggen tussen ƒ 400,- en ƒ 550,- per inzet.').text).toBe(
      'tussen ƒ 400,- en ƒ 550,- per inzet',
    );
    expect(only('Het kost fl. 95,- tot fl. 140,-.').text).toBe('fl. 95,- tot fl. 140,-');
    // a currency code repeated as a sign would be
    expect(only('De leges lopen van EUR 450 tot EUR 900 per partij.').text).toBe(
      'EUR 450 tot EUR 900 per partij',
    );
    expect(only('Het kost tussen USD 20 en USD 40.').text).toBe('tussen USD 20 en USD 40');
    // the ECU, before the euro
    expect(only('De steun daalt naar 875 ECU per hectare.')).toMatchObject({
      text: '875 ECU per hectare',
      unit: 'XEU',
    });
    // a typewriter's plain "f" before an amount shaped as money is the guilder sign; before a bare number it is not
    expect(only('De kosten zijn f 0,19 per stuk.')).toMatchObject({ text: 'f 0,19 per stuk', unit: 'NLG' });
    expect(only('De schade is f 2,1 miljoen per seizoen.')).toMatchObject({ unit: 'NLG', value: 2_100_000 });
    expect(only('Het kost f 250,- per maand.').text).toBe('f 250,- per maand');
    expect(texts('Zie artikel 3, onder f 2 en lid f 12.')).toEqual([]);
    expect(texts('Van 30 gemeenten tot € 500 per gemeente.')).toEqual([
      '30 gemeenten',
      'tot € 500 per gemeente',
    ]);
  });

  it('reads "tussen … en …" as a range, and a range of counts whose noun follows the second number', () => {
    expect(only('Het gaat om tussen de 5 en 10 miljoen euro per jaar.')).toMatchObject({
      text: 'tussen de 5 en 10 miljoen euro per jaar',
      value: 5_000_000,
    });
    expect(only('Tussen 20 en 30 procent van de scholen heeft een tekort.').text).toBe(
      'Tussen 20 en 30 procent',
    );
    expect(only('Per jaar komen er 2.000 tot 3.000 statushouders bij.')).toMatchObject({
      kind: 'count',
      text: '2.000 tot 3.000 statushouders',
      value: 2000,
    });
    expect(texts('Het overleg tussen de 10 gemeenten en 4 provincies verloopt goed.')).toEqual([
      '10 gemeenten',
      '4 provincies',
    ]);
  });

  it('marks bounds as approximate', () => {
    const f = only('De schade kan oplopen tot 90 miljard euro.');
    expect(f).toMatchObject({ text: 'tot 90 miljard euro', approximate: true, qualifiers: ['tot'] });
    expect(only('Het gaat om meer dan 10 miljoen euro.').approximate).toBe(true);
    expect(only('Het gaat om zo’n 10 miljoen euro.').text).toBe('zo’n 10 miljoen euro');
  });

  it('reads amounts across a hard line break', () => {
    expect(texts('het budget wordt verhoogd met 2 miljoen\neuro per jaar.')).toEqual([
      '2 miljoen\neuro per jaar',
    ]);
  });
});

describe('findFigures: percentages', () => {
  it.each([
    ['De huren stijgen 4,5%.', '4,5%', 4.5, false],
    ['De huren stijgen 4,5 %.', '4,5 %', 4.5, false],
    ['Bij 62 procent van de gemeenten', '62 procent', 62, false],
    ['Circa 80 procent van de gemeenten doet mee.', 'Circa 80 procent', 80, true],
    ['Het aandeel daalt met tweeënhalf procent.', 'tweeënhalf procent', 2.5, false],
  ])('%s', (input, text, value, approximate) => {
    expect(only(input)).toMatchObject({ kind: 'percentage', text, value, unit: '%', approximate });
  });

  it('notes percentage points', () => {
    expect(only('De rente stijgt 2 procentpunt.').qualifiers).toEqual(['procentpunt']);
  });
});

describe('findFigures: counts', () => {
  it.each([
    ['Daarvoor zijn 45 fte nodig.', '45 fte', 45, 'fte'],
    ['Alle 342 gemeenten doen mee.', '342 gemeenten', 342, 'gemeenten'],
    ['Vorig jaar waren er 1.350 slachtoffers.', '1.350 slachtoffers', 1350, 'slachtoffers'],
    ['Het gaat om ruim 2 miljoen huishoudens.', 'ruim 2 miljoen huishoudens', 2_000_000, 'huishoudens'],
    ['Er kwamen ca. 300 meldingen per jaar binnen.', 'ca. 300 meldingen per jaar', 300, 'meldingen'],
  ])('%s', (input, text, value, unit) => {
    expect(only(input)).toMatchObject({ kind: 'count', text, value, unit });
  });

  it.each([
    ['De vloot telt circa 150 trawlers.', 'circa 150 trawlers', 150, 'trawlers'],
    ['Er doen 26 bibliotheken mee.', '26 bibliotheken', 26, 'bibliotheken'],
    ['De inspectie deed 48 controles.', '48 controles', 48, 'controles'],
    ['Van de 75 erkende asielen sluiten er 10.', '75 erkende asielen', 75, 'asielen'],
    ['In de regio werken zo’n 300 sociaal werkers.', 'zo’n 300 sociaal werkers', 300, 'werkers'],
    ['Er zijn 40 maatschappelijk werkers.', '40 maatschappelijk werkers', 40, 'werkers'],
    ['De musea: 12 van de 33 gesubsidieerde musea.', '12 van de 33 gesubsidieerde musea', 12, 'musea'],
    ['Het orkest telt 85 musici.', '85 musici', 85, 'musici'],
    ['Dat gebeurt in een van de 52 dialysecentra.', '52 dialysecentra', 52, 'dialysecentra'],
    // hyphenated compounds
    ['Er zijn nog 35 restauratie-ateliers.', '35 restauratie-ateliers', 35, 'restauratie-ateliers'],
    // a proportion: its whole's number counts the noun, listed or not
    ['Uit onderzoek bleek dat 3 op de 10 ouders het niet wisten.', '3 op de 10 ouders', 3, 'ouders'],
    ['Bijna 1 op de 4 mbo-studenten krijgt niets.', 'Bijna 1 op de 4 mbo-studenten', 1, 'mbo-studenten'],
    ['Het zijn 6 van de 10 coöperaties.', '6 van de 10 coöperaties', 6, 'coöperaties'],
  ])('counts any plural after two or more digits or a qualifier: %s', (input, text, value, unit) => {
    expect(only(input)).toMatchObject({ kind: 'count', text, value, unit });
  });

  it.each([
    ['Het aantal reservisten groeit tot ruim 30.000.', 'tot ruim 30.000'],
    ['Het aantal aanvragen daalde met 8 procent tot 154.000.', 'tot 154.000'],
    ['Het aantal zaken steeg tot bijna 95.000 per jaar.', 'tot bijna 95.000 per jaar'],
    // wrapped before it, a number that ends its sentence at the start of a line is no list number
    ['Het aantal zaken steeg van 8.000 naar ruim\n19.800. Dat is veel.', 'ruim\n19.800'],
  ])('reads a bare grouped number after a qualifier or in a sentence about a number: %s', (input, text) => {
    expect(texts(input)).toContain(text);
  });

  it.each([
    'Binnen 10 weken volgt een besluit.',
    'Wij maken 14 opmerkingen in 12 punten.',
    'In 2023 stegen de prijzen, in 1998 daalden ze.',
    'De fabriek verkocht 12.000 vorig jaar.',
  ])('no count: %s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });

  it.each([
    ['De bijdrage is fl. 38.500,- voor elke inrichting.', 'fl. 38.500,-', 38_500],
    ['Het kabinet trekt ƒ 12 miljoen uit.', 'ƒ 12 miljoen', 12_000_000],
    ['Dat kost de gemeenten 3 miljoen gulden.', '3 miljoen gulden', 3_000_000],
  ])('guilders: %s', (input, text, value) => {
    expect(only(input)).toMatchObject({ kind: 'money', text, value, unit: 'NLG' });
  });

  it('reads cents as a part of a euro', () => {
    expect(only('Een pintransactie kost 4 eurocent.')).toMatchObject({
      kind: 'money',
      value: 0.04,
      unit: 'EUR',
    });
  });

  it.each([
    ['Er zijn nog 9 beroepsmandenmakers in Nederland.', '9 beroepsmandenmakers'],
    ['De inspectie bezocht 6 klompenmakerijen.', '6 klompenmakerijen'],
    ['De bond telt 7 kleinschalige zoutwinners.', '7 kleinschalige zoutwinners'],
  ])('counts members and firms of a trade after a single digit: %s', (input, text) => {
    expect(texts(input)).toEqual([text]);
  });

  it('reads a year after a preposition of time as a year, not a count of what follows', () => {
    expect(findFigures('Sinds 2015 werknemers weer zelf in dienst zijn, gaat het beter.')).toEqual([]);
    expect(findFigures('In 2015 gemeenten die meededen kregen geld.')).toEqual([]);
    expect(texts('Er werkten in 2015 1500 werknemers.')).toEqual(['1500 werknemers']);
  });

  it('keeps counts conservative', () => {
    expect(findFigures('Er zijn 12 andere punten en 3 zorgen.')).toEqual([]);
    expect(findFigures('Drie gemeenten doen mee.')).toEqual([]);
  });

  // a large or approximate number counts any plural after it, listed or not
  it.each([
    ["In de provincie zijn zo'n 300 boeren gestopt.", "zo'n 300 boeren", 'boeren'],
    ['De maatregel raakt 600 melkveehouders.', '600 melkveehouders', 'melkveehouders'],
    ['Ruim 40 bibliotheken sluiten hun deuren.', 'Ruim 40 bibliotheken', 'bibliotheken'],
    ['Er doen circa 25 theaters mee aan de pilot.', 'circa 25 theaters', 'theaters'],
    ['Het gaat om 150 nieuwe zwembaden.', '150 nieuwe zwembaden', 'zwembaden'],
    ['Bijna 80 huisartsen tekenden de brief.', 'Bijna 80 huisartsen', 'huisartsen'],
    // a scale word makes any number large enough to count by
    ['Ongeveer 2,6 miljoen Nederlanders lezen slecht.', 'Ongeveer 2,6 miljoen Nederlanders', 'Nederlanders'],
    ['Er worden jaarlijks 60 miljoen pakketjes bezorgd.', '60 miljoen pakketjes', 'pakketjes'],
  ])('%s', (input, text, unit) => {
    expect(only(input)).toMatchObject({ kind: 'count', text, unit });
  });

  // a qualified number whose noun was said before it: before a function word or a mark
  it.each([
    ['De bond telt 900 bakkers, waarvan circa 240 nog zelf malen.', 'circa 240'],
    ['Van de zwembaden sluiten er ongeveer 35 van de 60.', 'ongeveer 35'],
    ['Het aantal klachten steeg naar meer dan 600.', 'meer dan 600'],
    ['Er komen er ten minste 60 per jaar bij.', 'ten minste 60 per jaar'],
  ])('%s', (input, text) => {
    expect(texts(input)).toContain(text);
  });

  it.each([
    ['Slechts 18 van de 40 ijsbanen is open.', '18 van de 40 ijsbanen'],
    ['Dat raakt ongeveer 350 van de 1.900 winkels.', 'ongeveer 350 van de 1.900 winkels'],
  ])('reads a part of a counted whole as one count: %s', (input, text) => {
    expect(texts(input)).toEqual([text]);
  });

  it.each([
    'Het water mag minstens 20 centimeter hoog staan.',
    'De reistijd liep op tot meer dan 45 minuten.',
    'De rij is maximaal 12 maanden lang.',
    'De winkels zijn open van 9.00 tot 17.30 en kinderen tot 18 mogen mee.',
  ])('%s has no bare count', (input) => {
    expect(findFigures(input).filter((f) => f.unit === null)).toEqual([]);
  });

  it.each([
    'Het duurt ruim 30 dagen voor er een besluit is.',
    'De route is bijna 200 kilometers lang.',
    'Er zijn 8 kleine bezwaren.',
    'In 2030 bezuinigingen van die omvang is onhaalbaar.',
    'Er zijn 40 aanbevelingen gedaan.',
    'Sinds 1998 werken wij hieraan.',
  ])('%s counts nothing', (input) => {
    expect(findFigures(input)).toEqual([]);
  });
});

describe('findFigures: years are dates, not figures', () => {
  it.each([
    'Vanaf 2027 dreigt een tekort.',
    'Uiterlijk 2030 is het klaar.',
    'medio 2026 volgt een evaluatie',
    'voor de jaren 2025-2028',
    'in de periode 2024–2027',
    'van 2023 t/m 2026 is er geld',
    'tussen 2024 en 2026 loopt het',
    'In 2022 en sinds 2020 gebeurde er veel.',
    'Op 5 september 2024 en per 1 januari 2026 gebeurt het.',
    'De Voorjaarsnota 2025 en de begroting 2026.',
    'Kamerstukken II 2023-2024, 31 839, nr. 12',
    'Kamerstukken II 2023/24, 28 638, nr. 190',
  ])('%s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });

  it('keeps the money before a year, and the year out of it', () => {
    const found = findFigures('Daarna is structureel €60 miljoen per jaar nodig vanaf 2027.');
    expect(found.map((f) => [f.kind, f.text])).toEqual([['money', '€60 miljoen per jaar']]);
  });
});

describe('findFigures: not figures', () => {
  it.each([
    'Bel ons op (070) 373 8604 of 070-3738604.',
    'Postbus 30435, 2500 GK Den Haag',
    'Ons kenmerk ECFD/U201401827',
    'Lbr. 23/010',
    'zie Kamerstuk 28 638 en dossier 35715, nr. 249',
    'artikel 273f van het Wetboek van Strafrecht',
    'het 5e lid van artikel 151a',
    '1. Bezuinigingen mogen niet bij gemeenten landen,',
    'De G40 en kabinet Rutte-IV en de CO2-uitstoot',
    'Het debat begint om 14.00 uur en eindigt om 16:30.',
    'zie pagina 2/4',
    'Het overleg is op 5 september 2024.',
  ])('%s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('€ € € ,- miljoen euro procent')).toEqual([]);
  });
});

describe('findFigures: offsets and size', () => {
  it('gives offsets into the input', () => {
    const input = 'Eerst € 5 miljoen.\n\nDan 30 procent en 12 gemeenten, vanaf 2026.';
    const found = findFigures(input);
    expect(found).toHaveLength(3);
    for (const f of found) expect(input.slice(f.start, f.end)).toBe(f.text);
  });

  // a hang guard, not a speed test: speed is measured by `npm run bench`
  it('reads a large dense text', { timeout: 30_000 }, () => {
    const input = 'Wij vragen circa € 5 miljoen per jaar voor 40 gemeenten vanaf 2026 en 7 miljard. '.repeat(
      12_000,
    );
    expect(findFigures(input)).toHaveLength(36_000);
  });
});

describe('parseNumberWord', () => {
  it.each([
    ['twee', 2],
    ['Zeven', 7],
    ['negentien', 19],
    ['veertig', 40],
    ['zevenenveertig', 47],
    ['drieëntwintig', 23],
    ['honderd', 100],
    ['driehonderdtwintig', 320],
    ['tweeduizend', 2000],
    ['zeveneneenhalf', 7.5],
    ['tweeënhalf', 2.5],
    ['anderhalf', 1.5],
  ])('%s', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it.each(['gemeente', 'eenheid', 'tweede', '', 'twintigen'])('not a number: %s', (word) => {
    expect(parseNumberWord(word)).toBeNull();
  });
});

describe('findFigures: properties', () => {
  const piece = fc.constantFrom(
    ' ',
    '\n',
    '€',
    '€ ',
    ',-',
    '.',
    ',',
    '-',
    '/',
    '%',
    '(',
    ')',
    'circa ',
    'per jaar',
    'miljoen',
    'mln.',
    'euro',
    'procent',
    'gemeenten',
    'vanaf ',
    'in ',
    't/m',
    'twee',
    'half',
    'september',
    '2024',
    '2026',
    '500.000',
    '3,5',
    '12',
    '7',
  );
  it('returns ordered, non-overlapping slices of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        let last = 0;
        for (const f of findFigures(input)) {
          expect(input.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          last = f.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});
