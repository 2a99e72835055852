import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/text/split-sentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets', () => {
    const input = 'Gemeenten doen veel. Zij vragen om steun! Waarom duurt het zo lang?';
    const result = splitSentences(input);
    expect(result.map((s) => s.text)).toEqual([
      'Gemeenten doen veel.',
      'Zij vragen om steun!',
      'Waarom duurt het zo lang?',
    ]);
    for (const s of result) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['o.a.', 'Wij noemen o.a. De Kempen en Zeeland als voorbeeld. Daarna volgt meer.'],
    ['d.d.', 'In de brief d.d. 4 maart staat het voorstel. Daarna volgt meer.'],
    ['art.', 'Het gaat om art. 151a Gemeentewet en de uitvoering. Daarna volgt meer.'],
    ['nr.', 'Zie Kamerstuk 31 839, nr. 412 voor de achtergrond. Daarna volgt meer.'],
    ['c.s.', 'De motie-Jansen c.s. vraagt om meer geld. Daarna volgt meer.'],
    ['m.b.t.', 'Er zijn afspraken m.b.t. De Wolden gemaakt. Daarna volgt meer.'],
    ['t/m', 'De regeling loopt van 2025 t/m 2028 door. Daarna volgt meer.'],
    ['a/d', 'De burgemeester van Alphen a/d Rijn sprak ook. Daarna volgt meer.'],
    ['bijv.', 'Kleine gemeenten, bijv. Vlieland en Renswoude, merken dit. Daarna volgt meer.'],
    ['ca.', 'Het tekort is ca. 40 procent van het budget. Daarna volgt meer.'],
    ['jl.', 'Op 12 mei jl. sprak de commissie hierover. Daarna volgt meer.'],
    ['a.s.', 'Op dinsdag 3 juni a.s. debatteert u hierover. Daarna volgt meer.'],
    ['dhr.', 'Wij spraken met dhr. Van Dam over de opvang. Daarna volgt meer.'],
  ])('keeps "%s" inside the sentence', (_abbr, input) => {
    expect(texts(input)).toEqual([input.slice(0, input.indexOf(' Daarna')), 'Daarna volgt meer.']);
  });

  it('ends a sentence after an abbreviation that may close it, before a capital', () => {
    expect(texts('Aangenomen is de motie-Jansen c.s. De Kamer volgde het advies.')).toEqual([
      'Aangenomen is de motie-Jansen c.s.',
      'De Kamer volgde het advies.',
    ]);
    expect(texts('Het debat was op 2 april jl. De minister zegde toe.')).toHaveLength(2);
  });

  it('ends sentences after short common words and numbers that parse-dutch took for abbreviations', () => {
    expect(texts('Wij roepen de Kamer daartoe op. Dat weten we al. Zo is het.')).toEqual([
      'Wij roepen de Kamer daartoe op.',
      'Dat weten we al.',
      'Zo is het.',
    ]);
    expect(texts('Het staat in Kamerstuk 31 839, nr. 412. De Kamer nam het aan.')).toEqual([
      'Het staat in Kamerstuk 31 839, nr. 412.',
      'De Kamer nam het aan.',
    ]);
  });

  it('keeps money amounts and initials together', () => {
    expect(texts('Gemeenten missen € 2,5 miljoen per jaar. Dat is te veel.')).toEqual([
      'Gemeenten missen € 2,5 miljoen per jaar.',
      'Dat is te veel.',
    ]);
    expect(texts('Wethouder K. Smit opende de bijeenkomst. Daarna volgt meer.')).toHaveLength(2);
  });

  it('keeps a bracketed aside and quotes in one sentence', () => {
    expect(texts('Wij vragen u (nu de begroting in de Kamer ligt) snel te besluiten. Dank.')).toEqual([
      'Wij vragen u (nu de begroting in de Kamer ligt) snel te besluiten.',
      'Dank.',
    ]);
    expect(
      texts('Het rapport ‘Samen sterker in de regio’ verscheen vorige week. Daarna volgt meer.'),
    ).toHaveLength(2);
    expect(texts('De wethouder zei: ‘Dit kan zo niet langer.’ De Kamer luisterde.')).toEqual([
      'De wethouder zei: ‘Dit kan zo niet langer.’',
      'De Kamer luisterde.',
    ]);
  });

  it('splits at a full stop glued to a capitalised word, but not in abbreviations or web addresses', () => {
    expect(texts('Dit geldt voor alle raadsleden.Daarom schrijven wij u.')).toEqual([
      'Dit geldt voor alle raadsleden.',
      'Daarom schrijven wij u.',
    ]);
    expect(texts('Kijk op www.Gemeente.nl voor meer.')).toHaveLength(1);
    expect(texts('Het gaat o.a.Om de opvang.')).toHaveLength(1);
  });

  it('keeps a footnote number glued to the full stop with its sentence', () => {
    expect(texts('Dit bleek uit de evaluatie van maart 2022.4 In deze brief leest u meer.')).toEqual([
      'Dit bleek uit de evaluatie van maart 2022.4',
      'In deze brief leest u meer.',
    ]);
    expect(texts('Het kost 3 miljoen euro.2 Dat is veel.')).toEqual([
      'Het kost 3 miljoen euro.2',
      'Dat is veel.',
    ]);
  });

  it('keeps Markdown links, also with an ellipsis in the link text, inside the sentence', () => {
    const one = 'Wij vragen behandeling van het [Wetsvoorstel betere opvang](#) (Wbo) in uw Kamer.';
    expect(texts(`${one} Daarna volgt meer.`)).toEqual([one, 'Daarna volgt meer.']);
    const ellipsis = 'Wij vragen behandeling van het [Wetsvoorstel …](#) (Wbo) in uw Kamer.';
    expect(texts(`${ellipsis} Daarna volgt meer.`)).toEqual([ellipsis, 'Daarna volgt meer.']);
  });

  it('treats a single line break as white space and a blank line as a sentence end', () => {
    const input = 'Dit is een zin die\nover twee regels loopt. En nog een\n\nKop zonder punt\n\nLaatste zin.';
    expect(texts(input)).toEqual([
      'Dit is een zin die\nover twee regels loopt.',
      'En nog een',
      'Kop zonder punt',
      'Laatste zin.',
    ]);
  });

  it('joins the parts the lexer cuts at abbreviations and initials, and splits at a missing space', () => {
    expect(texts('Zie art. 3. Dan gaat het.')).toEqual(['Zie art. 3.', 'Dan gaat het.']);
    expect(texts('Wij vragen mr. J.A. de Vries om advies. Dank.')).toEqual([
      'Wij vragen mr. J.A. de Vries om advies.',
      'Dank.',
    ]);
    expect(texts('Dat vinden gemeenten.Dat is zo.')).toEqual(['Dat vinden gemeenten.', 'Dat is zo.']);
    // after a year too; not in a number with points or after a short number
    expect(texts('Het schuift naar na 2015.Daardoor lopen wij vast.')).toEqual([
      'Het schuift naar na 2015.',
      'Daardoor lopen wij vast.',
    ]);
    expect(texts('Zie Staatsblad 2.2015.Bijlage is het.')).toEqual(['Zie Staatsblad 2.2015.Bijlage is het.']);
    // after a percentage, a bracket or a quotation mark
    expect(texts('De omzet daalde met 8%.De bond vreest het ergste.')).toEqual([
      'De omzet daalde met 8%.',
      'De bond vreest het ergste.',
    ]);
    expect(texts('Zie het rapport (2019).Daarom doen wij dit.')).toEqual([
      'Zie het rapport (2019).',
      'Daarom doen wij dit.',
    ]);
    // a speaker's name with its colon after the missing space opens a quotation, no address
    expect(texts('De bond wil een monitor.Jansen: "Het moet nu." Klaar.')).toEqual([
      'De bond wil een monitor.',
      'Jansen: "Het moet nu."',
      'Klaar.',
    ]);
    expect(texts('Mail naar mailto:info@bond.nl of bel.')).toEqual(['Mail naar mailto:info@bond.nl of bel.']);
  });

  it('keeps numbers, addresses, ellipses and closing marks where the lexer puts them', () => {
    expect(texts('De bijdrage steeg 3.5 procent. Dit is het?! Ja.')).toEqual([
      'De bijdrage steeg 3.5 procent.',
      'Dit is het?!',
      'Ja.',
    ]);
    expect(texts('Mail info@vng.nl of kijk op www.vng.nl/brieven. Wij vragen u… om steun.')).toEqual([
      'Mail info@vng.nl of kijk op www.vng.nl/brieven.',
      'Wij vragen u… om steun.',
    ]);
    expect(texts('Hij zei: ‘Nee.’ Daarna (zie bijlage.) Verder niets.')).toEqual([
      'Hij zei: ‘Nee.’',
      'Daarna (zie bijlage.)',
      'Verder niets.',
    ]);
  });

  it('returns one sentence for text without a final full stop', () => {
    expect(splitSentences('  Een regel zonder punt  ')).toEqual([
      { text: 'Een regel zonder punt', start: 2, end: 23 },
    ]);
  });

  it('starts a new sentence at each list line and keeps the marker with its item', () => {
    const input =
      'Onze punten zijn:\n1. Meer geld voor de opvang,\n2. Minder regels.\n• Een snelle wet\n➔ Zorg voor rust';
    expect(texts(input)).toEqual([
      'Onze punten zijn:',
      '1. Meer geld voor de opvang,',
      '2. Minder regels.',
      '• Een snelle wet',
      '➔ Zorg voor rust',
    ]);
  });

  it('never throws and returns trimmed, ordered slices of the input that cover its non-space characters', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '(', ']', '1', 'é', '’', '…', '?', '#'),
        }),
        (input) => {
          const result = splitSentences(input);
          const covered = new Uint8Array(input.length);
          let previousEnd = 0;
          for (const s of result) {
            expect(s.text).toBe(input.slice(s.start, s.end));
            expect(s.text).toBe(s.text.trim());
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.start).toBeGreaterThanOrEqual(previousEnd);
            covered.fill(1, s.start, s.end);
            previousEnd = s.end;
          }
          for (let i = 0; i < input.length; i++) if (!/\s/u.test(input.charAt(i))) expect(covered[i]).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
    expect(splitSentences('')).toEqual([]);
  });

  // a hang guard, not a speed test (parse-dutch alone took minutes here): speed is measured by `npm run bench`
  it('splits 1 MB of text', { timeout: 30_000 }, () => {
    const paragraph =
      'Gemeenten vragen o.a. om structurele middelen.Daarom schrijven wij u. Het tekort is ca. € 1,2 miljoen per jaar.3 ' +
      'Zie Kamerstuk 31 839, nr. 412 en de [brief](#) (2024).\nWij vragen u dit mee te nemen.\n\n';
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const result = splitSentences(big);
    expect(result.length).toBeGreaterThan(20_000);
    const junk = splitSentences('aa.Bb . '.repeat(125_000));
    expect(junk.length).toBeGreaterThan(0);
  });
});
