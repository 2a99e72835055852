/** The sender of a text without signature or speaking title: the body that makes its asks. Invented texts. */
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/index.js';

const sender = (text: string) => parseLetter(text, { path: 'bericht.txt' }).meta.sender;

describe('meta.sender from the asks', () => {
  it('a news item whose asks a body makes in inverted order ("roept de X op")', () => {
    const text = [
      'Huurders willen bevriezing van de huren',
      '',
      'In aanloop naar het debat over de huurprijzen roept de Landelijke Huurdersbond (LHB) het kabinet daarom op de huren in 2027 te bevriezen. Volgens de LHB kunnen veel huishoudens de stijging niet meer dragen.',
    ].join('\n');
    expect(sender(text)).toBe('LHB');
  });

  it('never parliament, which a letter speaks of as what it lobbies', () => {
    const text =
      'Geachte leden,\n\nDe Tweede Kamer heeft in maart een motie aangenomen. De Bond van Verhuurders vraagt u die motie nu uit te voeren.\n';
    expect(sender(text)).toBe('Bond van Verhuurders');
  });

  it('the signing body, also when the letterhead prints its name in capitals', () => {
    const text =
      'BOND VAN KUSTVISSERS\nPostbus 12, 1234 AB Urk\n\nGeachte minister,\n\nDe Tweede Kamer heeft gesproken. Wij vragen u de quotum te verhogen.\n\nHoogachtend,\n\nBond van Kustvissers\n\nJ. de Boer, voorzitter\n';
    expect(sender(text)).toBe('BOND VAN KUSTVISSERS');
  });

  it('none when no body asks', () => {
    const text =
      'Het kabinet heeft vandaag het plan voor de dijkversterking gepresenteerd. De uitvoering start volgend jaar.';
    expect(sender(text)).toBeNull();
  });
});

describe("meta.sender from the site's name above the headline", () => {
  const page = (masthead: string, lead: string) =>
    [
      masthead,
      'Over ons | Nieuws | Contact',
      'Nieuws',
      'Boeren en waterschappen aan kabinet: betaal de droogteschade',
      '4 mei 2031',
      '',
      lead,
      '',
      'De schade door droogte liep vorig jaar op tot 600 miljoen euro.',
    ].join('\n');

  it('the site is the sender, though the partner named after it is the one the verb follows', () => {
    const lead =
      'De Unie van Polderbesturen (UPB) en de Federatie Akkerbouw Nederland (FAN) vragen de minister om een fonds voor droogteschade. Volgens de UPB is dat nodig.';
    expect(sender(page('Unie van Polderbesturen', lead))).toBe('Unie van Polderbesturen');
  });

  it('a masthead that names no body in the text leaves the speaker as the sender', () => {
    const lead =
      'De Federatie Akkerbouw Nederland (FAN) vraagt de minister om een fonds voor droogteschade. Volgens de FAN is dat nodig.';
    expect(sender(page('Regioblad Polderland', lead))).toBe('FAN');
  });
});
