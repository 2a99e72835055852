/** Whose demand a news item reports: the sender's (named in the opening) or another party's. */
import { describe, expect, it } from 'vitest';
import {
  anotherParty,
  quotedAlone,
  quoteSpeaker,
  readOpening,
  speakerBefore,
} from '../../src/extract/asks/another-party.js';
import type { Reference } from '../../src/model/schema.js';
import { parseLetter } from '../../src/pipeline/parse-letter.js';

const body = (text: string) => ({ kind: 'organisation', text }) as Reference;
const bodies = [
  'Bond van Zorgboeren Nederland',
  'BZN',
  'Tweede Kamer',
  'KNWV',
  'Landelijke Raad voor de Tuinbouw',
];
const opening = readOpening(
  'Bond van Zorgboeren Nederland\nNieuws\nDe Bond van Zorgboeren Nederland (BZN) vraagt de Tweede Kamer om steun voor natuurorganisaties en boeren.',
  bodies.map(body),
);

describe('another party', () => {
  it.each([
    'De Vereniging Agrarische Banken',
    'Stichting Grondbeheer Oost',
    'Tuinbouwverbond Nederland',
    'De Vereniging Agrarische Banken en de Stichting Grondbeheer Oost',
    'De vakbonden',
    'de werkgevers',
    'De zorgverzekeraars',
    'De oppositie in de gemeenteraad',
    'Critici',
    // a short form or a full name the opening does not give, a group in a compound, a determiner that sets apart
    'Het KNWV',
    'De Landelijke Raad voor de Tuinbouw',
    'De PO-Raad en de besturenorganisaties',
    // "en" inside a name: one body, not a body and a word
    'Het Centrum Veilige Sport en Jeugdwerk',
    'Sommige boeren',
    'Andere organisaties',
    'Die organisatie',
    'De initiatiefnemers',
    // a name after an article, whatever its head, the opening does not give
    'De Dierenbescherming',
  ])('%s is another party', (requester) => {
    expect(anotherParty(requester, opening)).toBe(true);
  });

  it.each([
    'De Bond van Zorgboeren Nederland',
    'De BZN',
    'de bond',
    'Het verbond',
    'De boeren',
    'Voorzitter Anna de Wit en directeur Piet Smit',
    'De Bond van Zorgboeren Nederland en de Stichting Grondbeheer Oost',
    'Burgemeester Jansen',
    // a double surname is no short form
    'voorzitter Anna Zwiers-Koopmans',
    // a group the opening names in a compound
    'De organisaties',
    // … and one it does
    'De Zorgboeren',
  ])('%s is the sender', (requester) => {
    expect(anotherParty(requester, opening)).toBe(false);
  });
});

describe('a short form, where the opening names no body', () => {
  it('may be the sender named first by it ("… roept de VNG op")', () => {
    const bare = readOpening('Gemeenten geven de aanpak prioriteit om meer zaken op te lossen.', [
      body('VNG'),
      body('OM'),
    ]);
    expect(anotherParty('de VNG', bare)).toBe(false);
    // "om" is no mention of the OM: its name counts as written
    expect(bare.namesBody).toBe(false);
    expect(
      anotherParty('de VNG', readOpening('Het OM vervolgt meer zaken.', [body('VNG'), body('OM')])),
    ).toBe(true);
  });
});

describe('in a news item', () => {
  it("keeps the sender's demands and drops those of the parties it reports on", async () => {
    const { parseLetter } = await import('../../src/pipeline/parse-letter.js');
    const text = [
      'De Bond van Zorgboeren Nederland (BZN) vraagt het kabinet om een fonds voor jonge zorgboeren.',
      'Volgens de bond moet de minister de regeling nog dit jaar openstellen.',
      // the other parties are named after the lede
      'Op dit moment heeft maar een op de vier zorgboeren een opvolger. '.repeat(8),
      'De Vereniging Agrarische Banken steunt het kabinet en wil juist dat de regeling pas in 2030 ingaat.',
      'De vakbonden willen dat de minister eerst de lonen verhoogt.',
      'De BZN en de Stichting Grondbeheer Oost vragen de Kamer om een debat.',
    ].join('\n\n');
    const asks = parseLetter(text, { path: 'nieuws.txt' }).asks.map((a) => a.requester);
    expect(asks).toEqual([
      'De Bond van Zorgboeren Nederland',
      'de bond',
      'De BZN en de Stichting Grondbeheer Oost',
    ]);
  });
});

describe('a pronoun that asks', () => {
  it('speaks for whom the sentence before opens with', async () => {
    const { parseLetter } = await import('../../src/pipeline/parse-letter.js');
    const lede =
      'De Bond van Zorgboeren Nederland (BZN) vraagt het kabinet om een fonds voor jonge zorgboeren. ';
    const filler = 'Op dit moment heeft maar een op de vier zorgboeren een opvolger. '.repeat(8);
    const asks = (paragraph: string) =>
      parseLetter(`${lede}\n\n${filler}\n\n${paragraph}`, { path: 'nieuws.txt' }).asks.map(
        (a) => a.requester,
      );
    expect(
      asks(
        'Tuinbouwverbond Nederland en de Stichting Grondbeheer Oost zijn tegen. Zij willen dat de minister de regeling schrapt.',
      ),
    ).toEqual(['De Bond van Zorgboeren Nederland']);
    expect(
      asks('De zorgboeren zijn teleurgesteld. Zij willen dat de minister de regeling verlengt.'),
    ).toEqual(['De Bond van Zorgboeren Nederland', 'Zij']);
    // a possessive and a role: the spokesperson of whom the sentence before names
    expect(
      asks(
        "Natuurorganisaties als de Stichting Wilde Dieren vinden dat wij overdrijven. 'Het Rijk moet de wolf beschermen,' zei hun woordvoerder.",
      ),
    ).toEqual(['De Bond van Zorgboeren Nederland']);
    expect(
      asks("De zorgboeren zijn teleurgesteld. 'Het Rijk moet de regeling verlengen,' zei hun woordvoerder."),
    ).toEqual(['De Bond van Zorgboeren Nederland', 'hun woordvoerder']);
    // a quotation's "wij" is its speaker's: another body's chair, or the sender's own
    expect(
      asks(
        "De Vakbond Akkerbouw (VA) is het oneens. 'Wij willen dat de minister de regeling schrapt,' zegt VA-voorzitter Piet Smit.",
      ),
    ).toEqual(['De Bond van Zorgboeren Nederland']);
    expect(asks("'Wij willen dat de minister de regeling verlengt,' zegt BZN-voorzitter Piet Smit.")).toEqual(
      ['De Bond van Zorgboeren Nederland', null],
    );
  });
});

describe('quoteSpeaker and quotedAlone', () => {
  it('reads the speaker after the last closing quote, past its attribution verb', () => {
    expect(
      quoteSpeaker('"Een chauffeur mag niet de dupe worden", zei PvdA-woordvoerder Annelies Stoop.'),
    ).toBe('PvdA-woordvoerder Annelies Stoop');
    expect(quoteSpeaker('„Dit moet anders”, aldus de voorzitter.')).toBe('de voorzitter');
  });

  it('names no speaker without a quote, or with no attribution verb after it', () => {
    expect(quoteSpeaker('De minister moet garanderen dat het personeel meegaat.')).toBeNull();
    expect(quoteSpeaker('Hij noemde het "een schande" en vertrok.')).toBeNull();
    // an opening quotation mark is no end of a quote
    expect(quoteSpeaker("'Volgens ons moet het kabinet een regeling openstellen.")).toBeNull();
  });

  it('takes a sentence for a quotation alone when it opens with a quote and names no speaker', () => {
    expect(quotedAlone('"De minister moet garanderen dat het personeel meegaat."')).toBe(true);
    expect(quotedAlone('"Dit moet anders", zegt de voorzitter.')).toBe(false);
    expect(quotedAlone('De minister moet ingrijpen.')).toBe(false);
  });
});

describe('speakerBefore: who speaks in the sentence before a quotation', () => {
  it('is the speaker after its own quotation, or the phrase it opens with before a verb of saying or finding', () => {
    expect(speakerBefore('"Dit moet anders", aldus de voorzitter.')).toBe('de voorzitter');
    expect(
      speakerBefore('Kamerlid Sanne de Vries (Partij voor de Dieren) vindt dat de termijn korter moet.'),
    ).toBe('Kamerlid Sanne de Vries Partij voor de Dieren');
  });

  it('is no one in a sentence that opens with no name or has no such verb', () => {
    expect(speakerBefore('de voorzitter vindt dat het anders moet.')).toBeNull();
    expect(speakerBefore('Het ministerie laat weten dat het plan klaar is.')).toBeNull();
    // "volgens" and "aldus" have their source after them
    expect(
      speakerBefore('Die voorraad is volgens een rondgang onder de leden 3 miljoen euro waard.'),
    ).toBeNull();
    expect(speakerBefore('De voorraad is groot, aldus de voorzitter van de bond.')).toBeNull();
  });
});

describe('a quotation after the sentence that names its speaker', () => {
  it('is the speaker’s demand, no ask of the sender', () => {
    const text =
      'Bond wil snelle regels\n\nDe Bond van Dierenparken (BVD) wil dat de minister de regels snel vaststelt.\n\nKamerlid Sanne de Vries (Partij voor de Dieren) vindt dat de termijn korter moet. "De minister moet de parken verplichten binnen vijf jaar te stoppen."\n';
    const asks = parseLetter(text, { path: 'nieuws.txt' }).asks.map((a) => a.plain);
    expect(asks).toEqual(['De Bond van Dierenparken (BVD) wil dat de minister de regels snel vaststelt.']);
  });
});
