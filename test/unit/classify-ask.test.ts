import { describe, expect, it } from 'vitest';
import {
  classifyAskItem,
  classifyAskSentence,
  isAskIntroduction,
} from '../../src/extract/asks/classify-ask.js';
import { askPhrases } from '../../src/extract/asks/ask-phrases.js';
import { compileWordPattern, matchWordPattern, tokenize } from '../../src/extract/asks/match-word-pattern.js';

describe('classifyAskSentence: direct requests', () => {
  it.each([
    ['Wij vragen u de regeling dit jaar nog te verlengen.', 'Wij vragen'],
    ['We vragen de Kamerleden om dit punt in het debat in te brengen.', 'We vragen'],
    ['Daarom vragen wij het kabinet om een structurele oplossing.', 'vragen wij'],
    ['De IPO vraagt de Kamer om een snelle behandeling van de wet.', 'IPO vraagt'],
    ['De vereniging vraagt de minister de uitvoeringstoets te herhalen.', 'vereniging vraagt'],
    ['Daarnaast vragen we uw aandacht voor de jeugdzorg.', 'vragen we'],
    ['Wij willen u vragen dit mee te nemen in het debat.', 'Wij willen u vragen'],
    ['Hoewel de plannen goed zijn, verzoeken wij u de invoering uit te stellen.', 'verzoeken wij'],
    ['Wij verzoeken de Kamer een motie in te dienen.', 'Wij verzoeken'],
    ['Ons verzoek aan de Kamer is om de middelen te verhogen.', 'Ons verzoek aan de Kamer'],
    ['Wij pleiten daarom voor een ruimere overgangstermijn.', 'Wij pleiten'],
    ['Gemeenten pleiten ervoor de taken en middelen in balans te brengen.', 'Gemeenten pleiten'],
    ['De P10 pleit al jaren voor een eigen plattelandsfonds.', 'P10 pleit'],
    [
      'Wij dringen daarom als eerste stap aan op een snelle invoering.',
      'Wij dringen daarom als eerste stap aan op',
    ],
    [
      'Wij dringen er bij het kabinet op aan de compensatie te regelen.',
      'Wij dringen er bij het kabinet op aan',
    ],
    [
      'We roepen de Kamer daarom op (nu de begroting voorligt) de korting te schrappen.',
      'roepen de Kamer daarom op',
    ],
    [
      'De G4 roept daarom de Tweede Kamer op bij het kabinet aan te dringen op meer geld.',
      'roept daarom de Tweede Kamer op',
    ],
    ['Bij de begrotingsbehandeling roept de VNG daarom op het fonds te verhogen.', 'roept de VNG daarom op'],
    [
      'De vereniging doet een dringend beroep op de Eerste Kamer om de wet te verwerpen.',
      'beroep op de Eerste Kamer',
    ],
    ['Wij rekenen op uw steun bij de stemmingen.', 'Wij rekenen op uw'],
    ['Wij verwachten van het kabinet een heldere keuze.', 'Wij verwachten van het kabinet'],
    ['Wij geven u in overweging de wet gefaseerd in te voeren.', 'Wij geven u in overweging'],
    ['Wij willen dat het kabinet de korting terugdraait.', 'Wij willen dat het kabinet'],
    ['Wij adviseren de Kamer om de wet niet aan te nemen.', 'Wij adviseren de Kamer'],
    ['Wij stellen voor de invoering met een jaar uit te stellen.', 'Wij stellen voor'],
    ['Wij zouden het op prijs stellen als u dit inbrengt.', 'Wij zouden het op prijs stellen als u'],
    ['Namens de gemeenten doen wij een dringende oproep aan het kabinet.', 'oproep aan het kabinet'],
    ['Wij vinden dat het Rijk gemeenten moet compenseren.', 'Wij vinden dat het Rijk gemeenten moet'],
  ])('%s', (sentence, phrase) => {
    expect(classifyAskSentence(sentence)).toEqual({ phrase, kind: 'direct' });
  });
});

describe('classifyAskSentence: reported and addressed implicit asks', () => {
  it.each([
    ['Wethouder Jansen (Tiel) deed een beroep op de minister om de pilot voort te zetten.', 'reported'],
    ['Burgemeester De Vries riep de staatssecretaris op de regels te versoepelen.', 'reported'],
    ['De invoering moet een jaar worden uitgesteld, aldus de VNG.', 'reported'],
    ['Volgens de VNG moet het Rijk de tekorten volledig compenseren.', 'reported'],
    ['De VNG heeft het kabinet gevraagd om een compensatieregeling.', 'reported'],
    ['Het is daarom van groot belang dat het kabinet de middelen structureel maakt.', 'need'],
  ])('%s', (sentence, kind) => {
    expect(classifyAskSentence(sentence)?.kind).toBe(kind);
  });
});

describe('classifyAskSentence: not asks', () => {
  it.each([
    'Wij zien uit naar een goede samenwerking met het ministerie.',
    'Wij wachten op duidelijkheid over het wetsvoorstel.',
    'Allereerst spreken wij onze waardering uit voor het nieuwe plan.',
    'We juichen de voorgestelde wijziging van de wet toe.',
    'Dit vraagt om goede scholing van handhavers.',
    'Werken aan gezonde wijken vraagt om maatwerk en ruimte.',
    'Wat zijn de gevolgen voor kleine gemeenten?',
    'De minister werd ontvangen door de voorzitter van de VNG.',
    'In uw brief heeft u de VNG gevraagd hierop te reageren.',
    'U heeft ons eerder verzocht een reactie te geven.',
    'De VNG wijst de Tweede Kamer op de gevolgen voor de uitvoering.',
    'Daarbij benadrukken we het belang van een goede overgang.',
    'De waterschappen onderstrepen het belang van extra middelen.',
    'Gemeenten vragen zich af of de planning haalbaar is.',
    'Wij hebben vragen over de uitvoerbaarheid van het voorstel.',
    'Het kabinet vraagt gemeenten om extra woningen te bouwen.',
    'Dit vraagt gemeenten veel extra inzet.',
    'Dit roept bij gemeenten veel vragen op.',
    'De VNG roept gemeenten op de enquête in te vullen.',
    'Gemeenten hebben verzoeken ingediend voor extra geld.',
    'Steeds meer inwoners doen een beroep op de voedselbank.',
    'Verschillende partijen pleiten voor een verbod.',
    'Het is van groot belang dat er nu duidelijkheid komt.',
    'Het versterken van de capaciteit is essentieel.',
    'In plaats daarvan moet dit budget worden vergroot.',
    'Gemeenten hebben de hulp van het rijk hard nodig.',
    'Wij rekenen op een tekort van drie miljoen euro.',
    'Graag gaan wij in op uw verzoek.',
    'Wij stellen ons voor dat de regeling later ingaat.',
    'Wij brengen graag enkele punten onder uw aandacht.',
    'Gemeenten roepen inwoners op zich te laten vaccineren.',
    'Gemeenten hebben dit jaar veel gevraagd van hun medewerkers.',
    'De motie verzoekt de regering de korting te schrappen.',
    'De Kamer heeft de regering verzocht een plan op te stellen.',
    'Gemeenten stellen middelen beschikbaar voor de opvang.',
    'Gemeenten verwachten dat de kosten de komende jaren stijgen.',
  ])('%s', (sentence) => {
    expect(classifyAskSentence(sentence)).toBeNull();
  });

  it('leaves a list introduction to the items after it', () => {
    expect(classifyAskSentence('Wij vragen de Kamer aandacht voor de volgende punten:')).toBeNull();
  });

  it('never throws on odd input', () => {
    expect(classifyAskSentence('')).toBeNull();
    expect(classifyAskSentence('… !!')).toBeNull();
    expect(classifyAskSentence(undefined as unknown as string)).toBeNull();
    expect(classifyAskItem(null as unknown as string)).toBeNull();
    expect(isAskIntroduction(42 as unknown as string)).toBe(false);
  });
});

describe('classifyAskItem', () => {
  it.each([
    ['- ➔ Zorg voor structurele financiering van de opvang', 'Zorg voor', 'imperative'],
    ['➔ Versterk de capaciteit van de politie', 'Versterk', 'imperative'],
    ['Betrek gemeenten bij de uitwerking van de wet', 'Betrek', 'imperative'],
    ['→ Geef gemeenten een wettelijke grondslag', 'Geef', 'imperative'],
    ['Stel extra middelen beschikbaar voor toezicht', 'Stel', 'imperative'],
    ['Kom met een plan voor de lange termijn', 'Kom met', 'imperative'],
    ['Zet vol in op preventie', 'Zet vol in', 'imperative'],
    ['• Investeer in lokale organisatiekracht', 'Investeer', 'imperative'],
    [
      '→ Gemeenten hebben behoefte aan duidelijkheid over de regels.',
      'Gemeenten hebben behoefte aan',
      'need',
    ],
    ['• Wij vragen u de wet snel te behandelen.', 'Wij vragen', 'direct'],
    ['3. Er is behoefte aan heldere regels', 'Er is behoefte aan', 'need'],
  ])('%s', (item, phrase, kind) => {
    expect(classifyAskItem(item)).toEqual({ phrase, kind });
  });

  it.each([
    '• het ontbreken van een vergoeding door het rijk',
    '• de onduidelijkheid over de regels',
    '• Een snelle behandeling van de wet.',
    '- Registratie gaat een andere werkwijze vragen van gemeenten.',
    '-waterbeheer (herstel van de waterbalans)',
    '– Vindt de minister ook dat de planning te krap is?',
    'Zorg en veiligheid',
    'Zie bijlage 2 voor de cijfers',
    'Stel dat de wet later ingaat',
  ])('%s is not an ask', (item) => {
    expect(classifyAskItem(item)).toBeNull();
  });

  it('does not take imperatives or needs in prose sentences', () => {
    expect(classifyAskSentence('Geef gemeenten een wettelijke grondslag.')).toBeNull();
    expect(classifyAskSentence('Gemeenten hebben behoefte aan duidelijkheid.')).toBeNull();
  });
});

describe('isAskIntroduction', () => {
  it.each([
    'We vragen de Kamerleden verder hun aandacht voor:',
    'Wij verzoeken u daarom het volgende:',
    'Onze oproep aan de Kamer',
    'Wat vragen wij van u?',
    'Verzoek aan de Tweede Kamer:',
  ])('%s', (sentence) => {
    expect(isAskIntroduction(sentence)).toBe(true);
  });

  it.each([
    'Deze zorgen betreffen:',
    'Onze bezwaren zijn:',
    'Welke gevolgen heeft het advies voor gemeenten?',
    'De verwachting is dat de maatregelen veel vergen van:',
    'Wij vragen de Kamer om de wet snel te behandelen.',
  ])('%s is not one', (sentence) => {
    expect(isAskIntroduction(sentence)).toBe(false);
  });
});

describe('ask phrases data and word patterns', () => {
  it('loads the YAML with every family holding patterns', () => {
    const phrases = askPhrases();
    expect(phrases.families.length).toBeGreaterThan(5);
    for (const f of phrases.families) for (const p of f.patterns) expect(p.steps.length).toBeGreaterThan(0);
  });

  it('matches with bounded gaps and anchors', () => {
    const none = () => undefined;
    const pattern = compileWordPattern('dring|dringen ...3 aan op', none);
    expect(matchWordPattern(pattern, tokenize('wij dringen daarom nu aan op spoed'))).toEqual({
      first: 1,
      last: 5,
    });
    expect(matchWordPattern(pattern, tokenize('wij dringen daarom nu heel hard aan op spoed'))).toBeNull();
    const anchored = compileWordPattern('^zorg|geef', none);
    expect(matchWordPattern(anchored, tokenize('Geef ruimte'))).not.toBeNull();
    expect(matchWordPattern(anchored, tokenize('Wij geef ruimte'))).toBeNull();
  });

  // a hang guard, not a speed test: speed is measured by `npm run bench`
  it('finishes on long, repetitive input', { timeout: 20_000 }, () => {
    const long = 'wij roepen de kamer '.repeat(20_000);
    expect(classifyAskSentence(long)).toBeNull();
    expect(classifyAskItem(long)).toBeNull();
    expect(isAskIntroduction(`${long}:`)).toBe(false);
  });
});
