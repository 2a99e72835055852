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

  it('a full scraper date in front of the first paragraph is the document date', () => {
    const l = parse(` date 2025-10-02 ${LEAD}\n\n${BODY}`);
    expect(l.meta.date).toBe('2025-10-02');
    expect(l.meta.title).toBeNull();
    expect(l.themes[0]!.blocks[0]!.plain).toBe(LEAD);
  });

  it('a date line below the lead, with a sender in front of it', () => {
    const l = parse(`Kritiek op dijkenplan van het kabinet\n\n${LEAD}\n\nUVW 8 mei 2023\n\n${BODY}`);
    expect(l.meta.date).toBe('2023-05-08');
    expect(titles(l)).toEqual([]);
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

  it('a title that ends in a date stays the title', () => {
    const l = parse(`Wetgevingsoverleg Dijken 22 november 2021\n\n31 januari 2022\n\n${LEAD}`);
    expect(l.meta.title).toBe('Wetgevingsoverleg Dijken 22 november 2021');
    expect(l.meta.date).toBe('2022-01-31');
  });
});
