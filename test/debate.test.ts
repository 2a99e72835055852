/** The debate a text is written for: its date from the text's own date, its name ending where the name ends. */
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';

const BODY = 'Gemeenten voeren deze taak uit met steeds minder middelen en vragen om duidelijkheid.';
const debate = (text: string) => parseLetter(text, { path: 'brief.txt' }).meta.debate;

describe('debate dates written as day and month', () => {
  it('take the year from a page date line', () => {
    const d = debate(
      `Commissiedebat Dijken\n\nGepubliceerd: 24 mei 2022\n\nOp 7 juni vindt het Commissiedebat Dijken plaats. ${BODY}`,
    );
    expect(d).toMatchObject({ name: 'commissiedebat Dijken', date: '2022-06-07' });
  });

  it("a meeting's dated line atop the letter names the debate; the place's date stays the letter's", () => {
    const l = parseLetter(
      `Federatie Dorpsmolens\nBrief aan de vaste commissie voor Onderwijs, Cultuur en Wetenschap\nCommissiedebat Erfgoed, 30 juni 2021\n\nZeist, 21 juni 2021\n\nGeachte leden,\n\n${BODY}`,
      { path: 'brief.txt' },
    );
    expect(l.meta.date).toBe('2021-06-21');
    expect(l.meta.debate).toMatchObject({ name: 'commissiedebat Erfgoed', date: '2021-06-30' });
  });

  it("an Eerste Kamer committee's preliminary report on a bill is the occasion, with its date", () => {
    const d = debate(
      `Ede, 5 maart 2012\n\nGeachte leden van de Eerste Kamer,\n\nOp 13 maart a.s. brengt uw commissie het voorlopig verslag uit over het wetsvoorstel Wet huisdieren. ${BODY}`,
    );
    expect(d).toMatchObject({
      name: 'voorlopig verslag over het wetsvoorstel Wet huisdieren',
      date: '2012-03-13',
    });
  });

  it('take the date of the next sentence when it points back at the debate', () => {
    const text = (next: string) =>
      `Gepubliceerd: 17 april 2014\n\nDe Kamer bespreekt de veren in het algemeen overleg Scheepvaart. ${next} ${BODY}`;
    expect(debate(text('Dat overleg is gepland op 24 april.'))).toMatchObject({
      name: 'algemeen overleg Scheepvaart',
      date: '2014-04-24',
    });
    // a sentence that does not point back dates nothing
    expect(debate(text('Gemeenten spreken elkaar op 24 april.'))?.date).toBeNull();
  });

  it('a vote of the Kamer is the occasion, with its date', () => {
    const d = debate(
      `Ede, 30 mei 2023\n\nGeachte leden van de Eerste Kamer,\n\nOp 6 juni a.s. stemt uw Kamer over het wetsvoorstel Wet vaste huur. ${BODY}`,
    );
    expect(d?.date).toBe('2023-06-06');
  });

  it('take the year the weekday fits, near the letter date', () => {
    const d = debate(
      `12 december 2023\n\nGeachte leden,\n\nOp donderdag 11 januari debatteert u over de jeugdzorg. ${BODY}`,
    );
    expect(d?.date).toBe('2024-01-11');
  });

  it('are found late in a news item too, not only in its opening', () => {
    const d = debate(
      `Gepubliceerd op 3 maart 2025\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\nDe Kamer debatteert op 20 maart over de jeugdzorg.`,
    );
    expect(d).toMatchObject({ name: 'debat over de jeugdzorg', date: '2025-03-20' });
  });

  it('are announced by a verb of debating with the Kamer or a committee as its subject, in either order', () => {
    const page = (sentence: string) =>
      debate(`Gepubliceerd op 3 maart 2025\n\n${BODY}\n\n${sentence} ${BODY}`);
    for (const sentence of [
      'Op 20 maart spreekt de vaste commissie voor Infrastructuur met de minister over de dijken.',
      'De Tweede Kamer praat op 20 maart in een commissiedebat over de dijken.',
      'De Tweede Kamer bespreekt de waterbegroting op 20 maart.',
      'Op 20 maart bespreekt de commissie de plannen voor de dijken.',
      'De vaste commissie voor Infrastructuur behandelt het wetsvoorstel op 20 maart.',
      'Donderdag 20 maart overlegt de commissie met de minister over de dijken.',
      'Gemeenten vragen de Kamer om bij de begrotingsbehandeling van Infrastructuur op 20 maart een motie in te dienen.',
    ])
      expect(page(sentence)?.date, sentence).toBe('2025-03-20');
  });

  it('are no debate when the date lies before the page date, or no chamber debates', () => {
    for (const sentence of [
      'Op 20 februari sprak de vaste commissie voor Infrastructuur met de minister over de dijken.',
      'De Tweede Kamer praatte op 20 februari over de dijken.',
      'Op 20 februari overlegde de commissie met de minister over de dijken.',
      'Op 20 maart spreekt de minister met de waterschappen over de dijken.',
      'De koepel bespreekt op 20 maart met haar leden de plannen.',
    ])
      expect(
        debate(`Gepubliceerd op 3 maart 2025\n\n${BODY}\n\n${sentence} ${BODY}`)?.date ?? null,
        sentence,
      ).toBeNull();
  });

  it('of the debate a title names take the date of the first debate the letter announces', () => {
    const letter = (subject: string, sentence: string) =>
      debate(`4 november 2024\n\nBetreft: ${subject}\n\nGeachte leden,\n\n${sentence} ${BODY}`);
    expect(
      letter('Begrotingsbehandeling Wonen 2025', 'Op 12 en 13 november behandelt uw Kamer de begroting.'),
    ).toMatchObject({ name: 'begrotingsbehandeling Wonen', date: '2024-11-12' });
    // a debate named in the body, not the title, keeps no other debate's date
    expect(
      debate(
        `4 november 2024\n\nGeachte leden,\n\nIn het commissiedebat Water hebben wij gepleit voor geld. Op 12 november debatteert u over de jeugdzorg. ${BODY}`,
      )?.date ?? null,
    ).toBeNull();
  });

  it('stay without a date when no year can be known', () => {
    expect(debate(`Geachte leden,\n\nOp 7 juni debatteert u over de jeugdzorg. ${BODY}`)).toMatchObject({
      name: 'debat over de jeugdzorg',
      date: null,
    });
  });

  it('are read from "vandaag" and "morgen" when the text is dated to the day, not to the month', () => {
    expect(
      debate(` date 2024-11-05 Vandaag debatteert de Tweede Kamer over de begroting van Wonen. ${BODY}`)
        ?.date,
    ).toBe('2024-11-05');
    expect(
      debate(`5 november 2024\n\nMorgen debatteert de Kamer over de begroting van Wonen. ${BODY}`)?.date,
    ).toBe('2024-11-06');
    expect(
      debate(` date 2024-11 Vandaag debatteert de Kamer over de begroting van Wonen. ${BODY}`)?.date,
    ).toBeNull();
  });

  it('read a weekday alone as the first such day from the text date, not one said to lie behind', () => {
    // 5 November 2024 is a Tuesday
    expect(
      debate(`5 november 2024\n\nDonderdag debatteert de Kamer over de begroting van Wonen. ${BODY}`)?.date,
    ).toBe('2024-11-07');
    expect(
      debate(`5 november 2024\n\nDinsdag debatteert de Kamer over de begroting van Wonen. ${BODY}`)?.date,
    ).toBe('2024-11-05');
    expect(
      debate(
        `5 november 2024\n\nNa het commissiedebat Wonen van afgelopen donderdag vraagt de koepel om geld. ${BODY}`,
      )?.date ?? null,
    ).toBeNull();
  });
});

describe('debate names', () => {
  it('end before the clause that follows the topic', () => {
    const d = debate(
      `In aanloop naar het Kamerdebat met de minister over de aanpak van ondermijning en de rol van burgemeesters roept de koepel op het budget te verhogen. ${BODY}`,
    );
    expect(d?.name).toBe('debat over de aanpak van ondermijning en de rol van burgemeesters');
  });

  it('end before the minister the debate is held with, and at a word', () => {
    expect(debate(`Op 3 maart debatteert u over de Omgevingswet met minister De Vries. ${BODY}`)?.name).toBe(
      'debat over de Omgevingswet',
    );
    const long = debate(
      `Op 3 maart debatteert u over de toekomst van de financiering van gemeenten en provincies in het licht van de nieuwe verdeling van taken tussen Rijk en regio. ${BODY}`,
    );
    const words = long!.name.split(' ');
    expect(words.length).toBeLessThanOrEqual(14); // "debat over" and twelve words
    expect(`${long!.text} `).toContain(`${words.slice(1).join(' ')} `);
  });

  it('take no verb for a name', () => {
    const d = debate(`Tijdens het commissiedebat benoemde een meerderheid van de leden het tekort. ${BODY}`);
    expect(d?.name ?? '').not.toContain('benoemde');
  });
});
