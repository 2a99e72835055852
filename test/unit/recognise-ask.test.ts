/**
 * The ask recogniser on invented sentences, one class of construction per block (the guide's classes): what
 * must be an ask, with who must act, who asks and how firmly, and the look-alikes that must not be.
 */
import { describe, expect, it } from 'vitest';
import { isProcedural, recogniseAsk, recogniseLeadIn } from '../../src/extract/asks/recognise-ask.js';
import { normaliseAddressee } from '../../src/extract/asks/normalise-addressee.js';
import { parseLetter } from '../../src/pipeline/parse-letter.js';

const sentence = (s: string) => recogniseAsk(s, 'sentence');
const item = (s: string) => recogniseAsk(s, 'item');

describe('first person, direct', () => {
  it.each([
    ['Wij vragen u de regeling dit jaar nog te verlengen.', 'u', 'request'],
    ['We vragen de Kamerleden om dit punt in het debat in te brengen.', 'kamer', 'request'],
    ['Daarom vragen wij het kabinet om een structurele oplossing.', 'kabinet', 'request'],
    ['Daarnaast vragen we uw aandacht voor de jeugdzorg.', 'u', 'request'],
    ['Wij willen u vragen dit mee te nemen in het debat.', 'u', 'request'],
    ['Hoewel de plannen goed zijn, verzoeken wij u de invoering uit te stellen.', 'u', 'request'],
    // a proposal with its te-clause after the particle
    ['Wij stellen voor de regeling per 2026 in te voeren.', null, 'advise'],
    // the writer left out after "maar" or "en", the minister the object
    ['Wij hebben begrip voor het plan, maar vragen de minister om een gesprek.', 'minister', 'request'],
    // others named on whose behalf, or joined to government
    ['Wij vragen namens gemeenten de minister om extra geld.', 'minister', 'request'],
    ['Daarom roepen wij gemeenten en de minister op samen te werken.', 'minister', 'urge'],
    // a study as the ground of a demand
    ['Het kabinet moet op grond van ons onderzoek de regels aanpassen.', 'kabinet', 'demand'],
    ['Wij hebben namens onze leden de minister in mei gevraagd om overleg.', 'minister', 'request'],
    // others heading a phrase that names the addressee
    [
      'Wij verzoeken de leden van de commissie om bij de minister aan te dringen op spoed.',
      'kamer',
      'request',
    ],
    ['Wij roepen de leden uit alle fracties op het amendement te steunen.', 'kamer', 'urge'],
    // the perfect with a month or "al", a year in what is asked: the request stands
    ['Wij hebben de minister in maart al gevraagd de regeling te verlengen.', 'minister', 'request'],
    ['Wij hebben het kabinet opgeroepen de regeling in 2027 te verlengen.', 'kabinet', 'urge'],
    ['Wij verzoeken om deze onderwerpen voortaan apart te behandelen.', null, 'request'],
    ['Wij pleiten daarom voor een ruimere overgangstermijn.', null, 'request'],
    ['Wij dringen daarom als eerste stap aan op een snelle invoering.', null, 'urge'],
    ['Wij dringen er bij het kabinet op aan de compensatie te regelen.', 'kabinet', 'urge'],
    ['We roepen de Kamer daarom op (nu de begroting voorligt) de korting te schrappen.', 'kamer', 'urge'],
    ['Met klem verzoeken wij de minister de korting terug te draaien.', 'minister', 'request'],
    ['Wij vragen de minister eerder te beslissen over de aanvraag.', 'minister', 'request'],
    ['Wij verzoeken U de motie te steunen.', 'u', 'request'],
    // a body that governs, asked by its name, is government
    ['Wij vragen Provinciale Staten het college op te dragen de vergoeding te verhogen.', null, 'request'],
    // the object in first place, the writer after the verb
    ['De Kamer verzoeken wij het wetsvoorstel aan te houden.', 'kamer', 'request'],
    ['Staatssecretaris Jansen vragen wij om de korting te schrappen.', 'staatssecretaris', 'request'],
    // … also before the auxiliary of a perfect
    ['De Kamer hebben wij gevraagd het wetsvoorstel aan te houden.', 'kamer', 'request'],
    ['Wij roepen op tot een eerlijke verdeling van de middelen.', null, 'urge'],
    ['Wij roepen daarom op om de korting te schrappen.', null, 'urge'],
    ['Wij roepen het kabinet en de schouwburgen op tot overleg.', 'kabinet', 'urge'],
    [
      'Wij hebben de staatssecretaris in maart opgeroepen de regels te versoepelen.',
      'staatssecretaris',
      'urge',
    ],
    ['Wij rekenen op uw steun bij de stemmingen.', 'u', 'request'],
    ['Wij rekenen erop dat u de motie steunt.', 'u', 'request'],
    ['Wij verwachten van het kabinet een heldere keuze.', 'kabinet', 'request'],
    ['Daarom willen wij graag van de minister een toezegging over de termijn.', 'minister', 'request'],
    ['Wij geven u in overweging de wet gefaseerd in te voeren.', 'u', 'suggest'],
    ['Wij willen dat het kabinet de korting terugdraait.', 'kabinet', 'request'],
    ['Wij adviseren de Kamer om de wet niet aan te nemen.', 'kamer', 'advise'],
    ['Wij stellen voor de invoering met een jaar uit te stellen.', null, 'advise'],
    ['Namens de gemeenten doen wij een dringend beroep op de fractievoorzitters.', 'kamer', 'urge'],
    ['Wij doen een klemmend appèl op de Kamer om de bezuiniging te schrappen.', 'kamer', 'urge'],
    ['Ons verzoek aan de Kamer is om de middelen te verhogen.', 'kamer', 'request'],
    ['Wij eisen dat de regering de afspraken nakomt.', 'kabinet', 'demand'],
    // a request repeated; a request that ends where "maar" only qualifies it
    ['Wij herhalen dat verzoek hierbij.', null, 'request'],
    ['Daarom herhaal ik mijn pleidooi voor een landelijk register.', null, 'request'],
    // "ons" before the noun is its possessive, not whom the writer calls on; the noun in first place, the writer after
    // the verb
    ['Wij herhalen ons verzoek om een landelijk register.', null, 'request'],
    ['Dat verzoek herhalen wij hierbij.', null, 'request'],
    [
      'In 2020 vroegen wij het ministerie al om een loket; dat verzoek herhalen wij hierbij.',
      null,
      'request',
    ],
    [
      'Wij vragen het kabinet de heffing te schrappen, maar dan met een overgangstermijn.',
      'kabinet',
      'request',
    ],
    // a preposition's split part before the participle, with a month: the request stands
    ['Wij hebben de minister hier in maart al om gevraagd.', 'minister', 'request'],
    // "kamerleden": a compound of an others word whose first part is an addressee
    ['Wij vragen de kamerleden om het amendement te steunen.', 'kamer', 'request'],
  ])('%s', (text, addressee, firmness) => {
    const found = sentence(text);
    expect(found).toMatchObject({ kind: 'direct', addressee, firmness });
  });
});

describe('third person, reported: any subject', () => {
  it.each([
    ['De IPO vraagt de Kamer om een snelle behandeling van de wet.', 'De IPO', 'kamer'],
    ['De vereniging vraagt de minister de uitvoeringstoets te herhalen.', 'De vereniging', 'minister'],
    // a news item's report of the letter, dated in full
    ['De bond heeft de Kamer in een brief van 4 november 2013 gevraagd om meer geld.', 'De bond', 'kamer'],
    ['Daarom roept de bond op het budget te verhogen.', 'de bond', null],
    // a compound of an organisation's head, a group
    ['De jongerenraad wil dat het minimumloon wettelijk wordt vastgelegd.', 'De jongerenraad', null],
    ['Het seniorenverbond wil dat de pensioenen worden geïndexeerd.', 'Het seniorenverbond', null],
    ['Daarnaast pleit de kring voor een subsidie op zuinige ovens.', 'de kring', null],
    ['Het bakkersgilde wil dat de accijns wordt verlaagd.', 'Het bakkersgilde', null],
    ['De huisartsen willen dat de minister de tarieven verhoogt.', 'De huisartsen', 'minister'],
    [
      'De voorzitter en de vicevoorzitter vragen de fractievoorzitters om steun.',
      'De voorzitter en de vicevoorzitter',
      'kamer',
    ],
    [
      'Wethouder Jansen (Tiel) deed een beroep op de minister om de pilot voort te zetten.',
      'Wethouder Jansen',
      'minister',
    ],
    [
      'Burgemeester De Vries riep de staatssecretaris op de regels te versoepelen.',
      'Burgemeester De Vries',
      'staatssecretaris',
    ],
    ['De VNG heeft het kabinet gevraagd om een compensatieregeling.', 'De VNG', 'kabinet'],
    ['Daarom roepen de drie koepels de politiek op nu te kiezen.', 'de drie koepels', 'parlement'],
    ['De koepels willen van de formateur garanties over de uitvoering.', 'De koepels', 'formateur'],
    ['Gemeenten pleiten ervoor de taken en middelen in balans te brengen.', 'Gemeenten', null],
    ['De P10 pleit al jaren voor een eigen plattelandsfonds.', 'De P10', null],
    ['De koepels hameren erop dat de uitvoering haalbaar blijft.', 'De koepels', null],
    ['Zij willen dat de wet wordt uitgesteld tot de uitvoering geregeld is.', 'Zij', null],
    ['De organisatie wil een wet die eenvoudig uit te voeren is.', 'De organisatie', null],
    ['Ook vraagt de Bond speciale aandacht voor de uitvoering.', 'de Bond', null],
    [
      'In een brief aan informateur Hamer vragen IPO, VNG en Unie van Waterschappen om een fonds.',
      'IPO, VNG en Unie van Waterschappen',
      'informateur',
    ],
    ['De Bond weet niet of dit klopt en vraagt daarom de minister om uitleg.', 'De Bond', 'minister'],
    // the recipient after the verb outranks a group named earlier in the clause
    [
      'De Bond weet niet of de coalitiepartijen dit willen en vraagt daarom aan de formateur of het klopt.',
      'De Bond',
      'formateur',
    ],
    ['De raad vraagt de partijen in de Kamer om steun.', 'De raad', 'parlement'],
    // short forms in brackets are no part of who asks, and do not cut it short
    [
      'Het Netwerk Mantelzorg (NMZ) en de Stichting Wijkzorg (SWZ) roepen het kabinet op te investeren.',
      'Het Netwerk Mantelzorg en de Stichting Wijkzorg',
      'kabinet',
    ],
    ['Bond A, Unie B en Raad C willen dat het kabinet snel beslist.', 'Bond A, Unie B en Raad C', 'kabinet'],
    // a title before a name is the object, not part of the subject
    [
      'Verder roept de federatie staatssecretaris De Boer op de regeling te verlengen.',
      'de federatie',
      'staatssecretaris',
    ],
    ['Tegelijk vraagt de unie minister Yilmaz om meer toezicht.', 'de unie', 'minister'],
    // an ordinal makes the word after it a noun: "plaats" is no verb here
    [
      'In de tweede plaats vraagt de vereniging de minister om een overgangsregeling.',
      'de vereniging',
      'minister',
    ],
    // a news item's dateline before the first sentence
    [
      'Zwolle - De Vereniging van Streekomroepen heeft de Kamer opgeroepen de subsidie te verlengen.',
      'De Vereniging van Streekomroepen',
      'kamer',
    ],
    [
      'ARNHEM (ANP) – Het platform vraagt het kabinet om duidelijkheid over de bekostiging.',
      'Het platform',
      'kabinet',
    ],
  ])('%s', (text, requester, addressee) => {
    expect(sentence(text)).toMatchObject({ kind: 'reported', requester, addressee });
  });
});

describe('obligations and wishes addressed to government', () => {
  it.each([
    ['Het kabinet moet de korting op het gemeentefonds schrappen.', 'kabinet', 'demand'],
    // the subject the sentence opened with, left out after "maar"
    [
      'Het Rijk hoeft niet alles te regelen, maar moet gemeenten wel verplichten de grond te beschermen.',
      'kabinet',
      'demand',
    ],
    ['Daarom moet het Rijk de tekorten volledig compenseren.', 'kabinet', 'demand'],
    // "onder" first names circumstances here, no rule
    ['Onder deze omstandigheden moet het kabinet de regeling verlengen.', 'kabinet', 'demand'],
    ['Ook de minister zou de uitvoeringstoets moeten herhalen.', 'minister', 'advise'],
    ['De regering dient de wet aan te passen voor de invoering.', 'kabinet', 'demand'],
    // "die" right after the verb points back; it opens no relative clause
    ['De minister dient die motie niet uit te voeren voordat de sector is gehoord.', 'minister', 'demand'],
    // a rule as the object, not the speaker: still a demand
    ['Het kabinet moet de wet aanpassen, zegt de bond.', 'kabinet', 'demand'],
    ['Wij vinden dat het Rijk gemeenten moet compenseren.', 'kabinet', 'demand'],
    ['Volgens de VNG moet het kabinet de middelen structureel maken.', 'kabinet', 'demand'],
    ['Het kabinet mag de uitvoering niet langer op zijn beloop laten.', 'kabinet', 'demand'],
    // the national agencies that carry out policy are government
    ['De Belastingdienst moet de fouten in de aanslagen herstellen.', 'kabinet', 'demand'],
    ['Het UWV dient de regels voor herkeuring te versoepelen.', 'kabinet', 'demand'],
  ])('%s', (text, addressee, firmness) => {
    expect(sentence(text)).toMatchObject({ addressee, firmness });
  });

  it('takes no past modal for a demand, unless someone is quoted for it', () => {
    expect(
      sentence('De minister moest vorig jaar al toegeven dat de planning niet haalbaar was.'),
    ).toBeNull();
    expect(sentence('Het kabinet moest in 2020 ingrijpen in de woningmarkt.')).toBeNull();
    expect(sentence('Daarna mochten de provincies niet langer zelf beslissen.')).toBeNull();
    expect(sentence('Volgens de bond moest het kabinet de regeling allang hebben aangepast.')).toMatchObject({
      requester: 'de bond',
      addressee: 'kabinet',
    });
  });

  it('takes a demand someone is quoted for, and names them', () => {
    expect(sentence('De invoering moet een jaar worden uitgesteld, aldus de VNG.')).toMatchObject({
      kind: 'reported',
      requester: 'de VNG',
      firmness: 'demand',
    });
    expect(
      sentence('“De bedragen moeten dit jaar nog beschikbaar komen”, zegt voorzitter Smit.'),
    ).toMatchObject({
      kind: 'reported',
    });
  });

  it('names nobody for an article before a request noun', () => {
    expect(sentence('De oproep van de bonden aan het kabinet moet serieus worden genomen.')).toMatchObject({
      requester: null,
    });
  });

  it.each([
    ['De bond vindt dat vergunningen sneller moeten worden verleend.', 'De bond'],
    ['Voorzitter Smit stelt dat de bedragen dit jaar nog moeten komen.', 'Voorzitter Smit'],
    ['De federatie meent dat de regeling moet worden verlengd.', 'De federatie'],
  ])('names the speaker before a verb that opens a dat-clause: %s', (text, requester) => {
    expect(sentence(text)).toMatchObject({ kind: 'reported', requester });
  });

  it('takes importance with government in its dat-clause', () => {
    expect(
      sentence('Het is daarom van groot belang dat het kabinet de middelen structureel maakt.'),
    ).toMatchObject({
      kind: 'need',
      addressee: 'kabinet',
    });
    expect(sentence('De vereniging vindt het belangrijk dat de Kamer de wet snel behandelt.')).toMatchObject({
      addressee: 'kamer',
    });
  });

  it.each([
    ['Het zou goed zijn als het kabinet de regeling verlengt.', 'kabinet', 'suggest'],
    ['Het zou verstandig zijn dat de minister eerst de evaluatie afwacht.', 'minister', 'suggest'],
    ['Het zou beter zijn als de Kamer het voorstel verwerpt.', 'kamer', 'suggest'],
    ['Het lijkt ons verstandig dat de minister eerst de evaluatie afwacht.', 'minister', 'suggest'],
    ['Wij achten het raadzaam dat de regering een overgangstermijn invoert.', 'kabinet', 'suggest'],
    ['Het is tijd dat het Rijk de gemeenten compenseert.', 'kabinet', 'urge'],
    ['Het wordt hoog tijd dat de regering de kosten vergoedt.', 'kabinet', 'urge'],
    ['Het is tijd dat Rijkswaterstaat het onderhoud aan de sluizen inhaalt.', 'kabinet', 'urge'],
  ])('takes a wish put as a condition or judgement, and time that is up: %s', (text, addressee, firmness) => {
    expect(sentence(text)).toMatchObject({ kind: 'need', addressee, firmness });
  });

  it.each([
    ['Daarnaast vinden wij dat er een landelijke norm komt voor volkstuinen.', 'vinden wij dat er'],
    ['Ik meen dat er een loket moet komen.', 'meen dat er'],
  ])("takes the writer's view that something is to come into being: %s", (text, phrase) => {
    expect(sentence(text)).toMatchObject({ firmness: 'request', phrase, requester: null });
  });

  it.each([
    'Wij vinden dat er te weinig geld is.',
    'Het is goed dat de minister de regeling verlengt.',
    'Het zou goed zijn als we samen optrekken.',
    'Het lijkt ons goed dat gemeenten hun plannen delen.',
    'In de tijd dat het kabinet nog geld had, ging het beter.',
    'Het is tijd voor actie.',
  ])('takes no praise, wish without government or time of day as a wish: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    'De Stichting Wilde Dieren vindt dat wij overdrijven.',
    'Het Platform Wil Werken organiseert een bijeenkomst voor de minister.',
  ])('takes a verb form capitalised inside a name as part of the name: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    "Een ober die zegt dat honden 'niet in de zaak mogen', een apotheek die de klant buiten laat wachten.",
    'Een wethouder die zegt dat het Rijk meer moet betalen, krijgt applaus.',
  ])('takes what a speaker a relative clause describes says as an example: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    'Deze paper beschrijft wat er beter moet en wat wij van het Rijk vragen.',
    'Dat is precies wat wij de minister vragen.',
    // with the writer as its subject the clause may be long
    'Hieronder leest u wat wij van de provincies, het Rijk en de Eerste Kamer vragen.',
  ])('takes a request named by a clause that "wat" opens as no new ask: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it('takes "een fractie van …" as a part, not a group of the Kamer', () => {
    expect(sentence('De kassen vragen maar een fractie van het water.')).toBeNull();
    expect(sentence('Wij vragen de fractie van de VVD om steun voor het amendement.')).toMatchObject({
      addressee: 'kamer',
    });
  });

  it('reads a request verb after the verb that closes a "wat" clause as an ask', () => {
    expect(
      sentence('Wij weten wat wij willen en daarom vragen wij de minister de regeling te verlengen.'),
    ).toMatchObject({ addressee: 'minister' });
  });

  it.each([
    'En dan een oproep aan u, leden: meld iedere aanval bij het meldpunt.',
    'Wij vragen u, gemeenten, om de regeling ruim toe te passen.',
    'Ik roep u als leden op om een leerling aan te nemen.',
  ])('takes "u" with others named after a comma or "als" as a call on them: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it('still asks "u" named after "als" as an addressee', () => {
    expect(sentence('Ik roep u als Kamerleden op om de wet te steunen.')).toMatchObject({ addressee: 'u' });
  });

  it('reads a line in capitals as written', () => {
    expect(sentence('WIJ ROEPEN HET NIEUWE KABINET OP')).toMatchObject({
      addressee: 'kabinet',
      firmness: 'urge',
    });
  });

  it.each([
    ['Wij hopen dat u het amendement zult steunen.', 'u', 'suggest'],
    ['De koepels hopen dat het nieuwe kabinet de korting schrapt.', 'kabinet', 'suggest'],
    ['Wij zien graag dat de minister de regeling verlengt.', 'minister', 'request'],
    ['Graag zien wij dat het kabinet een plan maakt voor de havens.', 'kabinet', 'request'],
    ['Graag zien de provincies dat de Kamer het amendement steunt.', 'kamer', 'request'],
    ['Wij zouden het zeer op prijs stellen als u de motie steunt.', 'u', 'request'],
    ['Ons dringende advies aan de Kamer: stem tegen dit wetsvoorstel.', 'kamer', 'advise'],
  ])('takes a wish of what the addressee does: %s', (text, addressee, firmness) => {
    expect(sentence(text)).toMatchObject({ addressee, firmness });
  });

  it.each([
    'Wij hopen dat het weer snel beter gaat met de sector.',
    'Wij brengen dit onder uw aandacht in de hoop dat u het meeneemt.',
    'Het kabinet hoopt dat gemeenten meer woningen bouwen.',
    'Wij stellen het op prijs dat u ons heeft uitgenodigd.',
    'Wij zien dat de minister al stappen zet.',
    'Wij zien dat de minister graag haast maakt.',
    'Graag zien wij u op 5 maart op ons congres.',
    'Graag zien wij dat gemeenten meer samenwerken.',
    'Onze jaarlijkse bijeenkomst is op 5 juni.',
  ])('takes no hope, thanks or observation: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it('takes a polite question as a request', () => {
    expect(sentence('Wilt u de gevolgen voor kleine gemeenten meewegen?')).toMatchObject({ addressee: 'u' });
    // "Kunt u", "Mogen wij u" only with a request verb later in the question
    for (const text of [
      'Kunt u de minister vragen de termijn te verlengen?',
      'Mogen wij u verzoeken het amendement te steunen?',
      'Kunt u bij de minister aandringen op een snelle evaluatie?',
    ])
      expect(sentence(text)).toMatchObject({ kind: 'direct', firmness: 'request', addressee: 'u' });
    for (const text of [
      'Kunt u zich voorstellen hoe dat voelt?',
      'Mogen wij u erop wijzen dat de termijn verloopt?',
      'Kunt u de vragen van de Kamerleden beantwoorden?',
    ])
      expect(sentence(text)).toBeNull();
  });

  it('marks a repeated ask', () => {
    expect(sentence('Wij vragen u nogmaals de korting te schrappen.')?.repeated).toBe(true);
    expect(sentence('Wij vragen u de korting te schrappen.')?.repeated).toBe(false);
  });
});

describe('an obligation right after an ask carries the demand on', () => {
  const previous = sentence('De bond vraagt de minister de termijn te verlengen.');
  const after = (text: string) => recogniseAsk(text, 'sentence', previous);

  it.each([
    'Ook dient de regeling te worden aangepast aan de nieuwe cao.',
    'Daarnaast moet de aanvraagprocedure eenvoudiger worden.',
    'Verder zouden de regels voor kleine ondernemers moeten worden vereenvoudigd.',
    'Bovendien moeten de tarieven voor 2026 worden bevroren.',
    'Er moet ook een landelijk meldpunt komen.',
    'De subsidie voor kleine verenigingen mag niet worden geschrapt.',
    'Dat moet anders.',
  ])('%s', (text) => {
    expect(after(text)).toMatchObject({ requester: 'De bond', addressee: 'minister' });
  });

  it('alone, a passive demand is still an ask, of no one named; a verdict is not', () => {
    expect(sentence('Ook dient de regeling te worden aangepast aan de nieuwe cao.')).toMatchObject({
      addressee: null,
      requester: null,
    });
    expect(sentence('Dat moet anders.')).toBeNull();
  });

  it.each([
    // what was, why, an aim, a call on others, the writer's own task, a thought of the writer's
    ['Vorig jaar moest de regeling al worden aangepast.', previous],
    ['De regeling moet immers worden uitgevoerd door kleine teams.', previous],
    ['Het beleid moet werken voor de inwoners voor wie het bedacht is.', previous],
    ['Gemeenten moeten vanaf 2026 een plan laten maken.', previous],
    ['Kleine veerponten moeten sinds 2013 door twee instanties worden gekeurd.', previous],
    // as things are now, also when someone says so; a noun that is a verb of saying too is the subject
    ['Stellen moeten soms meer dan € 1.000 aan extra leges betalen.', previous],
    ['Bezoekers moeten vaak lang wachten, zegt de bond.', previous],
    // what a regulation requires
    ['Volgens de Verordening moet de dierenarts bij het lossen toezicht houden.', previous],
    ['Wij moeten daarvoor zelf ook extra mensen inzetten.', previous],
    ['Wij begrijpen dat er keuzes moeten worden gemaakt.', previous],
    ['Als de wet later ingaat, moeten de regels worden aangepast.', previous],
  ])('%s is no ask', (text, before) => {
    expect(recogniseAsk(text, 'sentence', before)).toBeNull();
  });

  it('in a letter, within one paragraph', () => {
    const letter = parseLetter(
      'Geachte leden,\n\nWij vragen u de regeling te verlengen. Ook dient de regeling te worden aangepast.\n\nDe regeling moet worden aangepast, zo blijkt uit het onderzoek. Dat moet anders.\n',
      { path: 'brief.txt' },
    );
    expect(letter.asks.map((a) => a.plain)).toEqual([
      'Wij vragen u de regeling te verlengen.',
      'Ook dient de regeling te worden aangepast.',
    ]);
  });
});

describe('the advice or demand of another voice', () => {
  const asks = (text: string) => parseLetter(text, { path: 'brief.txt' }).asks.map((a) => a.plain);
  const letter = (body: string) => `Geachte leden,\n\n${body}\n\nMet vriendelijke groet,\n\nDe Bond\n`;

  it.each([
    'De Raad van State adviseert de regering het wetsvoorstel niet in te dienen.',
    'Het Centraal Planbureau raadt het kabinet aan de heffing te verhogen.',
    'De Onderwijsraad pleit voor een langere overgangsperiode.',
    'De Algemene Rekenkamer beveelt de minister aan de uitgaven beter te verantwoorden.',
    'Ook de Raad voor Cultuur vroeg de staatssecretaris om meer geld voor musea.',
    'Volgens de Inspectie van het Onderwijs moet de minister strenger toezien op de kwaliteit.',
    'De Deltacommissaris bepleit dat het kabinet jaarlijks extra geld uittrekt voor de dijken.',
    'De Nationaal Rapporteur beveelt de minister aan de opvang beter te regelen.',
    'Ook de Nationaal Coördinator Terrorismebestrijding vraagt het kabinet om meer capaciteit.',
    // a light verb's noun in first place, another voice after the verb
    'Dat verzoek herhaalt de Raad van State elk jaar.',
  ])('an advisory body: %s', (text) => {
    expect(asks(letter(`${text} Wij vragen u de regeling te verlengen.`))).toEqual([
      'Wij vragen u de regeling te verlengen.',
    ]);
  });

  it('keeps the advice in a text about that body, and the body speaking of itself', () => {
    expect(
      asks(
        'Onderwijsraad: investeer in leraren\n\nDe Onderwijsraad vraagt het kabinet om meer geld voor leraren.\n',
      ),
    ).toEqual(['De Onderwijsraad vraagt het kabinet om meer geld voor leraren.']);
    expect(asks(letter('De Raad adviseert u de wet niet aan te nemen.'))).toEqual([
      'De Raad adviseert u de wet niet aan te nemen.',
    ]);
  });

  it.each([
    'Oppositiepartijen eisen dat de minister aftreedt.',
    'De oppositie wil dat het kabinet de begroting opnieuw indient.',
  ])('parliament demanding of government: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it('takes the opposition and formateurs as addressees', () => {
    expect(sentence('Wij roepen de oppositiepartijen op het voorstel te steunen.')?.addressee).toBe(
      'parlement',
    );
    expect(sentence('De bond vraagt de formateurs om meer geld voor de zorg.')?.addressee).toBe('formateur');
  });
});

describe('imperatives', () => {
  it.each([
    ['- ➔ Zorg voor structurele financiering van de opvang', 'Zorg'],
    ['➔ Versterk de capaciteit van de politie', 'Versterk'],
    ['Betrek gemeenten bij de uitwerking van de wet', 'Betrek'],
    ['Stel extra middelen beschikbaar voor toezicht', 'Stel'],
    ['Kom met een plan voor de lange termijn', 'Kom'],
    ['Zet vol in op preventie', 'Zet'],
    ['• Investeer in lokale organisatiekracht', 'Investeer'],
    ['Schrap de opschalingskorting', 'Schrap'],
    ['Halveer de wachtlijsten binnen twee jaar', 'Halveer'],
    ['Verduurzaam de woningvoorraad', 'Verduurzaam'],
    // an amount as the object
    ['Reserveer € 150 miljoen voor fietsenstallingen bij stations', 'Reserveer'],
    ['Investeer 2 miljard in de jeugdzorg', 'Investeer'],
    // a command with an infinitive before a phrase of its own
    ['Laat jeugdleden onder begeleiding vliegen zonder eigen registratie', 'Laat'],
    // a sum of money also after a stem that is a noun too
    ['Stel € 2 miljoen beschikbaar voor een kennispunt', 'Stel'],
    ['Stel 5 miljoen euro beschikbaar voor een kennispunt', 'Stel'],
    ['Trek 3 miljoen euro uit voor het onderhoud', 'Trek'],
    // … also when words that qualify the sum come first
    ['Stel tussen € 3 en € 5 miljoen beschikbaar voor de musea', 'Stel'],
    ['Trek jaarlijks 40 miljoen euro uit voor het onderhoud', 'Trek'],
    ['Stel ten minste € 4 miljoen beschikbaar voor de clubs', 'Stel'],
    // an adverb after a stem that is also a noun
    ['Gebruik daarvoor de grondslag die de wet al biedt', 'Gebruik'],
    // a separable verb with its particle at the end of the clause
    ['Neem de mantelzorgers op in de nieuwe regeling', 'Neem'],
    ['Neem maatregelen tegen de wachtlijsten', 'Neem'],
  ])('item %s', (text, phrase) => {
    expect(item(text)).toMatchObject({ kind: 'imperative', phrase });
  });

  it.each([
    'Investeer in wijken, geef scholen ruimte en stop met tijdelijke potjes.',
    'Herstel, verbind en bescherm de natuur met een landelijk plan.',
    'Maak dat geld beschikbaar want de nood is hoog, aldus de voorzitter.',
    'Geef gemeenten een wettelijke grondslag.',
    'Laat grote vervuilers meer betalen.',
    'Zie af van naheffingen over de jaren 2013 tot en met 2015.',
    'Zie erop toe dat de regels worden nageleefd.',
    'Ruim de regels voor mantelzorgers op.',
    'Ruim een plek in voor jonge boeren in het nieuwe beleid.',
    'Geef 5 miljoen extra aan de bibliotheken.',
  ])('sentence %s', (text) => {
    expect(sentence(text)?.kind).toBe('imperative');
  });

  it.each([
    'Zorg en veiligheid',
    'Zie bijlage 2 voor de cijfers',
    'Stel dat de wet later ingaat',
    'Lees de volledige brief (pdf)',
    'Bekijk de inbreng',
    'Neem contact op met het secretariaat',
    'Deel dit bericht',
    'Bouw van woningen blijft achter',
    'Werk en inkomen',
    'Herstel van de natuur',
    'Onderwijs',
    'Ga je mee naar het debat?',
    'Denk aan de kosten van de uitvoering.',
    'Neem de kinderopvang in het noorden.',
    'Voor meer informatie kunt u contact opnemen met onze beleidsadviseur.',
    // a stem that is an adverb of degree before a quantity states a fact
    'Ruim 7 miljoen huishoudens kunnen dan zelf kiezen.',
    'Ruim een op de vijf scholen heeft een tekort aan leraren.',
    'Ruim twintig procent van de boeren heeft geen opvolger.',
    'Ruim een half miljoen mensen wacht op zorg.',
    'Ruim de helft van de leden verdient minder dan modaal.',
    // an adverb that the verb list holds as a stem too
    'Zeker de kleinere bedrijven kunnen die naheffing niet dragen.',
    'Krap de helft van de aanvragen is op tijd beoordeeld.',
    // a negation in a clause after the modal's own does not make a permission a prohibition
    'Bovendien mogen terrassen wel open, wat wij niet kunnen uitleggen aan de ondernemers.',
    // asking nothing, after the writer's inverted pronoun too
    'Daar vragen wij de minister niets over.',
    // asked before and done since
    'In maart vroegen wij de staatssecretaris om een gesprek; dat heeft in mei plaatsgevonden.',
    // a year after a stem that is a noun too is a title's
    'Plan 2030 voor de regio',
    // a qualifier before a count, not a sum
    'Werk tussen 3 en 5 uur is zwaar.',
    '-minder ruimte voor dagbesteding en scholing.',
    // web furniture: newsletters and tips
    'Ontvang elke week het laatste nieuws in je mailbox.',
    'Tip de redactie via het formulier.',
  ])('%s is not an imperative ask', (text) => {
    expect(item(text)).toBeNull();
  });
});

describe('needs in items', () => {
  it('takes them in items, not in prose', () => {
    expect(item('→ Gemeenten hebben behoefte aan duidelijkheid over de regels.')?.kind).toBe('need');
    expect(item('3. Er is behoefte aan heldere regels')?.kind).toBe('need');
    expect(sentence('Gemeenten hebben behoefte aan duidelijkheid.')).toBeNull();
  });
});

describe('look-alikes that are not asks', () => {
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
    'Het kabinet heeft gemeenten gevraagd een plan te maken.',
    'Sinds 2013 moeten kleine veerponten door twee instanties worden gekeurd.',
    'De Kamer vroeg de minister in een motie om een evaluatie.',
    // a request made before; a field line of a letterhead or an e-mail; a body asked by its name
    'Eerder vroegen wij de minister om de vergoeding te regelen.',
    'Vorig jaar riepen wij het kabinet op de korting te schrappen.',
    // the perfect with the year it was asked in
    'Wij hebben het ministerie in 2007 gevraagd een rekenmodel beschikbaar te stellen.',
    'De vereniging heeft de minister in het najaar van 2005 al gevraagd om een onafhankelijk onderzoek.',
    'Wij hebben de staatssecretaris begin 2019 verzocht de termijn te verlengen.',
    // the perfect with "eerder" or "destijds", or asked in a document of the writer's own
    'Wij hebben eerder gevraagd om een bijdrage voor kleine gemeenten; die is er nog steeds niet.',
    'De stichting heeft destijds de minister verzocht de regeling te verlengen.',
    'Wij hebben in onze reactie op de consultatie al gevraagd om een kleinere verpakking.',
    'Wij hebben in ons advies van mei de staatssecretaris opgeroepen het plan te schrappen.',
    'De bond heeft de staatssecretaris in 2019 al opgeroepen om de regeling te verlengen.',
    // a year before the auxiliary; "al eens", "de toenmalige minister": once, before
    'In 2011 hebben wij de minister gevraagd de vergunningplicht te schrappen.',
    'Wij hebben de minister al eens verzocht om een overleg over de tarieven.',
    'Wij hebben de toenmalige staatssecretaris verzocht de termijn te verlengen.',
    // the writer's members or trade asked, by name or pronoun
    'Wij adviseren hen om voorlopig alleen buiten te oefenen.',
    'Wij hebben de branche gevraagd om de oude apparaten uit te faseren.',
    'Daarom vragen wij de sector om zelf een keurmerk op te zetten.',
    'Onderwerp: Inbreng voor het commissiedebat over de jeugdzorg',
    'Betreft: verzoek om uitstel van de invoering',
    'Wij verzoeken Omroep Oost om jaarlijks verantwoording af te leggen.',
    'Wij vragen de NS om meer fietsenstallingen bij stations.',
    'Dit vraagt gemeenten veel extra inzet.',
    'Dit roept bij gemeenten veel vragen op.',
    'De VNG roept gemeenten op de enquête in te vullen.',
    // a call on any body but government, named before the particle, whatever the word order
    'Wij roepen ook de schouwburgen op hun programma af te stemmen op scholen.',
    'Wij roepen supermarkten en producenten op overschotten te doneren.',
    'De bond roept de zorgverzekeraars op de tarieven te verhogen.',
    'Daarom roept de vereniging huisartsen op om mee te doen.',
    'Tegelijk roept de koepel gemeenten op hun beleid af te stemmen.',
    'Wij vragen onze leden de enquête in te vullen.',
    'Wij vragen onze leden van de afdeling Noord om de minister te bellen.',
    'Wij hebben onze leden gevraagd hun eigen Kamerleden hierover aan te schrijven.',
    'Daarom hebben wij alle leden gevraagd hun Kamerleden te mailen.',
    // the writer's own first, government only in what they are asked to do; clubs in first place
    'Wij vragen alle leden hun registratie bij de RDW vóór 1 april in orde te maken.',
    // the members in first place, before the auxiliary and the writer
    'Onze leden hebben wij geadviseerd geen nieuwe laadpunten te plaatsen.',
    'Clubs vragen wij om hun veldreglement naar het bureau te sturen.',
    // after an inverted subject: the asker's own members, government only in what they are to do with
    'Ook vraagt de bond zijn leden om samen met de gemeente een plan op te stellen.',
    // "voor" a preposition, "te" before an adjective: the verb is "vaststellen", no proposal
    'Het plan stelt de norm voor de verwerking van afval te laag vast.',
    // no writer before "maar": the minister asks
    'Wij zijn blij, maar de minister vraagt ons om geduld.',
    'Gemeenten hebben verzoeken ingediend voor extra geld.',
    'Steeds meer inwoners doen een beroep op de voedselbank.',
    'Verschillende partijen pleiten voor een verbod.',
    'Het is van groot belang dat er nu duidelijkheid komt.',
    'Het versterken van de capaciteit is essentieel.',
    'Gemeenten moeten vanaf volgend jaar een plan maken.',
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
    'Wij danken u voor de gelegenheid om te reageren.',
    'De voorgestelde maatregelen gaan ons niet ver genoeg.',
    'Wij willen u graag bedanken voor het gesprek.',
    'Wij willen een bijdrage leveren aan de oplossing.',
    // "van" after a noun says whose it is: the writer wants to put its worries, not something from the minister
    'In het overleg willen wij u onze zorgen voorleggen over het plan van de minister.',
    'Ruim 300 bakkers willen terug naar de regeling van het kabinet.',
    'Gemeenten stellen geld beschikbaar voor jongeren.',
    'Het gaat om de partijen die de wet moeten uitvoeren.',
    'Wij zien een periode waarin keuzes moeten worden gemaakt.',
    'De VNG stelt dat er geen bedrag is: het rijk betaalt wat nodig moet zijn.',
    'Bezwaar en beroep tegen bouwplannen duren te lang, waardoor projecten stilliggen.',
    'Wij vragen uw aandacht voor de volgende punten.',
    // a rule as the subject of a request verb, or as the speaker of a duty
    'Artikel 12 van de Wet op de kansspelen eist voor elke speelhal een vergunning.',
    'De Omgevingswet vraagt van gemeenten een integrale afweging.',
    'Het Bouwbesluit zegt in artikel 4.1 dat de eigenaar het dak moet onderhouden.',
    'De richtlijn stelt dat lidstaten voor 2026 een register moeten inrichten.',
    // a member of parliament asking the government; questions, not a verb, after a preposition
    'In het debat vroeg het lid Smits de minister om een onderzoek naar de kosten.',
    'In antwoord op vragen van het Kamerlid De Wit schreef de minister dat de regeling blijft.',
    // a request made before, told with what came of it
    'Wij hebben de staatssecretaris in juni gevraagd om uitstel, maar kregen geen antwoord.',
    'Wij hebben de minister hier in mei al om gevraagd, maar zij ging er niet op in.',
    // the market and compounds of others: a call on them, not on government
    'Wij vragen fabrikanten en importeurs om hun etiketten vóór 1 juli aan te passen.',
    'Wij roepen alle lidbedrijven op de enquête in te vullen.',
    'Ook vragen wij de buurgemeenten om dezelfde regels te hanteren.',
  ])('%s', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('lead-ins that make the items after them asks', () => {
  it.each([
    'We vragen de Kamerleden verder hun aandacht voor:',
    'Wij verzoeken u daarom het volgende:',
    'Onze oproep aan de Kamer',
    'Oproep:',
    'De oproep van de organisaties:',
    'Wat vragen wij van u?',
    'Verzoek aan de Tweede Kamer:',
    'De organisaties vragen de Kamer om door te pakken op:',
    'De burgemeesters stellen:',
    'De vereniging vraagt aandacht voor drie punten:',
    'Wij vragen uw aandacht voor de volgende punten.',
    // a count or an adjective before the noun, the order of a subordinate clause, an obligation
    'Onze drie wensen voor het nieuwe kabinet:',
    'Onze belangrijkste aanbevelingen:',
    'De 5 eisen van de bond aan de formateur:',
    'Wat wij van het kabinet verwachten:',
    'Wat de provincies willen:',
    'Het kabinet moet zorgen voor:',
    'De minister dient daarom:',
    // the writer the subject of a request verb, after an adverb or before one
    'Concreet vragen wij daarnaast:',
    'Daarom stellen wij:',
    'Verder verwachten wij:',
    'Wij willen daarom:',
    'De jonge boeren stellen:',
    'De studenten eisen:',
    // a counted object, handed over or asked for, by the writer or a named asker
    'Concreet vraagt de bond drie dingen:',
    'De gemeente heeft de Kamerleden drie punten meegegeven:',
    'Wij geven de commissie de volgende punten mee:',
    'De federatie draagt vier oplossingen aan:',
    // whom the items ask, named alone
    'Aan de minister van VWS en de leden van de vaste commissie:',
    'Aan het kabinet:',
  ])('%s', (text) => {
    expect(recogniseLeadIn(text)).not.toBeNull();
  });

  it.each([
    'Deze zorgen betreffen:',
    'Onze bezwaren zijn:',
    'Het rapport noemt:',
    'Aanwezig waren:',
    'Welke gevolgen heeft het advies voor gemeenten?',
    'De verwachting is dat de maatregelen veel vergen van:',
    'Wij vragen de Kamer om de wet snel te behandelen.',
    'Het kabinet vraagt gemeenten:',
    'Gemeenten vragen wij:',
    'Onze leden vragen wij daarom:',
    'Onze drie locaties:',
    'De belangrijkste oorzaken:',
    'Wat wij de afgelopen jaren deden:',
    'Gemeenten moeten zorgen voor:',
    'Het kabinet wil inzetten op:',
    'Wij merken op:',
    'Wij zien drie problemen:',
    'Dit betekent:',
    'Daarom vragen wij ons af:',
    'Het kabinet neemt drie maatregelen:',
    'De minister heeft drie punten toegezegd:',
    'De Kamer vraagt het kabinet drie dingen:',
    'De motie vraagt de regering twee dingen:',
    'Het rapport noemt vijf oplossingen:',
    'Aan de orde komen:',
    'Aan deze brief werkten mee:',
  ])('%s is not one', (text) => {
    expect(recogniseLeadIn(text)).toBeNull();
  });

  it('makes noun-phrase items asks, and not the items of a neutral line', () => {
    const items = '\n\n- Structurele financiering van de musea.\n- Een wettelijke taak voor erfgoed.\n';
    const asks = (lead: string) =>
      parseLetter(`Geachte leden,\n\n${lead}${items}`, { path: 'brief.txt' }).asks.map((a) => a.plain);
    expect(asks('Onze twee wensen voor het nieuwe kabinet:')).toHaveLength(2);
    expect(asks('Het kabinet moet zorgen voor:')).toHaveLength(2);
    expect(asks('De twee grootste knelpunten:')).toEqual([]);
    expect(asks('Onze leden vragen wij:')).toEqual([]);
    expect(asks('Concreet vragen wij:')).toHaveLength(2);
    expect(asks('Dit betekent voor de musea:')).toEqual([]);
  });
});

describe('the letter addressee', () => {
  it.each([
    ['woordvoerders mensenhandel en prostitutie', 'kamer'],
    ['leden van de vaste commissie voor Binnenlandse Zaken', 'kamer'],
    ['minister Blok', 'minister'],
    ['informateur', 'informateur'],
    ['dames en heren', null],
  ])('%s → %s', (text, expected) => {
    expect(normaliseAddressee(text)).toBe(expected);
  });
});

// a hang guard, not a speed test: speed is measured by `npm run bench`
it('finishes on long, repetitive input', { timeout: 20_000 }, () => {
  const long = 'wij roepen de kamer '.repeat(20_000);
  expect(sentence(long)).toBeNull();
  expect(item(long)).toBeNull();
  expect(recogniseLeadIn(`${long}:`)).toBeNull();
});

describe('procedural lines', () => {
  it('tells read-on and contact lines from commands', () => {
    expect(isProcedural('Lees de volledige brief.')).toBe(true);
    expect(isProcedural('→ Bekijk de inbreng (pdf)')).toBe(true);
    expect(isProcedural('Neem maatregelen tegen de tekorten')).toBe(false);
    expect(isProcedural('Zorg voor structurele financiering')).toBe(false);
  });
});

describe('a letter of the government', () => {
  const parse = (text: string) => parseLetter(text, { path: 'brief.txt' });

  it('makes no asks: a kamerbrief by its title, its head line or a minister signing it', () => {
    const body =
      'Het kabinet moet de regels aanpassen. Ik verzoek uw Kamer in te stemmen met het voorstel.\n';
    for (const text of [
      `Kamerbrief over de jeugdzorg\n\n${body}`,
      `35 000 Jeugdzorg\nBRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID\n\n${body}`,
      // the paper's number and kind on a line of their own, set aside as its heading
      `35 000   Jeugdzorg\n\nNr. 12   BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID\n\n${body}`,
      `Geachte voorzitter,\n\n${body}\nHoogachtend,\n\nDe Minister van Volksgezondheid,\n\nA. de Vries\n`,
    ]) {
      const letter = parse(text);
      expect(letter.meta.fromGovernment).toBe(true);
      expect(letter.asks).toEqual([]);
      expect(letter.themes.map((t) => t.title)).not.toContain(
        'Nr. 12   BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID',
      );
    }
  });

  it('is not a lobby letter that mentions one, or a sentence opening with the minister', () => {
    const lobby = parse(
      'Reactie op de Kamerbrief over de jeugdzorg\n\nDe minister van VWS heeft de Kamer een brief gestuurd.\nDe minister van Financiën moet de korting schrappen.\n\nWij vragen u de korting te schrappen.\n',
    );
    expect(lobby.meta.fromGovernment).toBe(false);
    expect(lobby.asks.length).toBeGreaterThan(0);
  });
});

describe('classes found in the fifth and sixth blind sets', () => {
  it.each([
    // a passive demand in a main clause, of whoever decides
    ['De bijdrage moet worden verhoogd tot het niveau van 2010.', null],
    ['Die termijn moet worden verlengd met ten minste een jaar.', null],
    ['Het fonds dient zo te worden ingericht dat ook kleine clubs kunnen aanvragen.', null],
    // the polite command with "u", and a command after the addressee called on
    ['Zet u in Europa in voor een eerlijke verdeling.', 'u'],
    ['Zorgt u ervoor dat de regeling op tijd klaar is.', 'u'],
    ['Minister, geef de scholen meer tijd voor de invoering.', 'minister'],
    ['Kabinet, maak werk van betaalbare huizen', 'kabinet'],
    // … by title and name
    ['Staatssecretaris Van der Wal, laat het tarief staan!', 'staatssecretaris'],
    // whether government will act, asked
    ['Is de staatssecretaris bereid de evaluatie te vervroegen?', 'staatssecretaris'],
    // the country standing for its government
    ['Nederland moet het goede voorbeeld geven in Europa.', 'kabinet'],
    // an inspectorate carries out government policy
    ['Ook zou de Inspectie eerst een waarschuwing moeten geven.', 'kabinet'],
    // "volgende" before a time is no announcement of a list
    ['Wij rekenen erop dat de Kamer volgende week een besluit neemt.', 'kamer'],
    // a question put to government, and something that must come into being
    ['Kan de minister toelichten hoe de regeling zich verhoudt tot de wet?', 'minister'],
    ['Wil de staatssecretaris de evaluatie naar voren halen?', 'staatssecretaris'],
    ['Er moet een landelijk meldpunt komen voor tekorten.', null],
  ])('%s', (text, addressee) => {
    const found = sentence(text);
    expect(found).not.toBeNull();
    expect(found!.addressee).toBe(addressee);
  });

  it.each([
    // wondering with any reflexive, with or without a word between
    'Ik vraag me af of de minister weet hoe lang de wachtlijsten zijn.',
    'Wij vragen ons overigens af of het kabinet de toezegging kan waarmaken.',
    'De scholen vragen zich terecht af wat de regeling betekent.',
    // what a rule or a plan obliges, also of government
    'Volgens de Omgevingswet moet de minister de plannen toetsen.',
    'Volgens het coalitieakkoord moet de opbrengst terugvloeien naar de sector.',
    'Ingevolge artikel 7 dienen de metingen tweemaal per jaar te worden verricht.',
    'Onder de Omgevingswet moet de herkomst van elk monster worden vastgelegd.',
    // a motion's request, told in a relative clause
    'De raad nam een motie aan die het college verzoekt de regeling te verlengen.',
    'Het Kamerlid dient een motie in die de regering verzoekt de subsidie te verhogen.',
    // passives in a clause that a subordinator or relative pronoun opens, thing subjects, copulas
    'Dit betekent dat inwoners opnieuw moeten worden ingeschreven.',
    'Het is een periode waarin keuzes moeten worden gemaakt.',
    'Dit moet worden voorkomen.',
    'Per 1 januari moet het nieuwe stelsel van kracht worden.',
    // thanks
    'Dank voor uw snelle reactie op onze vragen.',
    'Bedankt voor de goede samenwerking in het afgelopen jaar.',
    // a request denied, a call on peers, a question to the reader, something that came
    'Ik verwacht niet dat iemand in Den Haag daar een antwoord op heeft.',
    'Wij vragen u niet om een nieuwe studie.',
    'Wij vragen het kabinet niet om nieuwe subsidies.',
    "Collega's, ik vraag jullie om massaal naar het Malieveld te komen.",
    'Kunt u zich voorstellen hoe dat voelt?',
    'Dit betekent dat er een nieuw loket moet komen.',
    // commands to the reader
    'Vraag ook je familie en vrienden om de oproep te steunen.',
    'Laat met jouw handtekening zien dat het anders moet.',
    'Teken de petitie voor betere zorg.',
    // a question that is not about willingness, a polite form of an auxiliary
    'Is de minister op de hoogte van de wachtlijsten?',
    'Heeft u vragen, neem dan contact op met ons bureau.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('what parties, their members and government want is theirs', () => {
  const asks = (text: string) => parseLetter(text, { path: 'nieuws.txt' }).asks.map((a) => a.plain);
  const page = (body: string) =>
    `Bond van Vissers: quota omlaag\n\nDe Bond van Vissers (BvV) wil dat de minister de quota verlaagt.\n\n${body}\n`;

  it.each([
    'De VVD wil dat de haven meer ruimte krijgt.',
    'GroenLinks en de SP willen juist dat de vangst wordt bevroren.',
    'VVD-woordvoerder Jansen vroeg de minister om een snelle beslissing.',
    'Fractiewoordvoerder Jansen liet weten dat het CDA twijfelt. Hij vroeg de minister om een brief.',
    '"De vloot moet kleiner worden," zegt minister De Wit.',
    'Volgens de PvdA moet het kabinet de regels aanscherpen.',
    'De Partij van de Arbeid wil dat de quota omhoog gaan.',
    'Wij vragen omwonenden om overlast te melden bij de gemeente.',
  ])('%s', (text) => {
    expect(asks(page(text))).toEqual(['De Bond van Vissers (BvV) wil dat de minister de quota verlaagt.']);
  });
});

describe('a demand of what is to become of a thing, without "worden"', () => {
  it.each([
    ['De bezuiniging op de jeugdzorg moet van tafel.', 'moet van tafel'],
    [
      'Ook moet de korting op de regionale budgetten van tafel.',
      'moet de korting op de regionale budgetten van tafel',
    ],
    ['De lasten voor ondernemers moeten omlaag.', 'moeten omlaag'],
    ['De subsidie voor zonnepanelen moet blijven.', 'moet blijven'],
    [
      'Het leerfonds voor kleine werkgevers moet blijven, zodat ook de bakker een stagiair kan betalen.',
      'moet blijven',
    ],
    [
      'De meldplicht zou ook moeten gelden voor korte tekorten; juist die zorgen voor onrust.',
      'moeten gelden',
    ],
    ['De hoge premie voor flexibele contracten moet ook gelden voor kleine contracten.', 'moet ook gelden'],
    [
      'Fietsenstallingen bij stations moeten de eerste 24 uur gratis blijven.',
      'moeten de eerste 24 uur gratis blijven',
    ],
    ['De regels voor de aanvraag moeten eenvoudiger.', 'moeten eenvoudiger'],
    // something must come into being, with "hier" or "daar" in first place, or "er" after the modal
    ['Hier moet een uitzondering komen, met een tijdelijke inschrijving.', 'moet een uitzondering komen'],
    ['Daarom moet er een landelijk meldpunt komen.', 'moet er een landelijk meldpunt komen'],
    // … or a phrase with a preposition in first place and an indefinite subject
    [
      'In het waterplan moet een concreet plan komen om overstorten te halveren.',
      'moet een concreet plan komen',
    ],
  ])('%s', (text, phrase) => {
    expect(sentence(text)).toMatchObject({ kind: 'direct', addressee: null, firmness: 'demand', phrase });
  });

  it.each([
    // a verdict, a task of applicants, of others or of the writer, a principle of any one, a reason, a subordinate clause
    'Dit moet anders.',
    'Een aanvrager moet twee formulieren invullen.',
    'Gemeenten moeten in de regeling blijven.',
    'Wij moeten alert blijven.',
    'Een museum moet voor iedereen toegankelijk blijven, niet alleen voor wie het kan betalen.',
    'Het geld moet terug naar de gemeenten, omdat de taken zijn overgedragen.',
    'De regels die moeten gelden zijn nog niet bekend.',
    'Inwoners moeten soms lang blijven wachten.',
    'Hier moet de gemeente zelf keuzes maken.',
    // a preposition in first place before a definite subject that comes along
    'In de zomer moet de nieuwe directeur naar Den Haag komen.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('an organisation named by its generic head asks', () => {
  it.each([
    ['Ook vraagt de coöperatie om een overgangsregeling voor akkerbouwers.', 'de coöperatie'],
    ['De stichting pleit voor een landelijk fonds voor monumenten.', 'De stichting'],
    ['Tot slot vraagt de federatie om duidelijkheid over de financiering.', 'de federatie'],
    ['Het genootschap vraagt om meer aandacht voor de archieven.', 'Het genootschap'],
    ['De alliantie dringt aan op een snelle besluitvorming.', 'De alliantie'],
  ])('%s', (text, requester) => {
    expect(sentence(text)).toMatchObject({ kind: 'reported', requester });
  });

  it('is not the country, whose plea is its government’s', () => {
    expect(sentence('Nederland pleit in Brussel voor strengere normen.')).toBeNull();
  });
});

describe('titles and petitions that look like commands', () => {
  it.each([
    'Brief aan de vaste commissie voor Financiën (pdf)',
    'Brief aan de Tweede Kamer over de jeugdzorg',
    '[Inbreng voor het schriftelijk overleg over de Jeugdwet](https://example.nl/inbreng.pdf)',
    'Antwoord op de Kamervragen over de wachtlijsten',
    'Steun de petitie en teken hier: [Teken de petitie](https://example.nl/petitie).',
    'Onderteken onze petitie voor betere zorg.',
    'Mits goed uitgevoerd, is de regeling een verbetering.',
  ])('%s is not one', (text) => {
    expect(item(text)).toBeNull();
  });

  it.each([
    'Verzoek de minister om de regeling te verlengen.',
    'Bouw aan een sterke regio.',
    'Steun het amendement over de huurtoeslag.',
  ])('%s commands', (text) => {
    expect(item(text)).toMatchObject({ kind: 'imperative' });
  });
});

describe('consent on a condition asks for the condition', () => {
  it.each([
    [
      'Wij kunnen instemmen met het wetsvoorstel, maar alleen als er een landelijke ondergrens komt.',
      null,
      null,
    ],
    ['Wij steunen het voorstel, mits het kabinet de uitvoeringskosten vergoedt.', 'kabinet', null],
    ['Wij steunen de wet alleen als de financiering structureel geregeld is.', null, null],
    ['Alleen als het Rijk de kosten vergoedt, kunnen gemeenten deze taak uitvoeren.', 'kabinet', null],
    ['Pas als de minister de middelen beschikbaar stelt, is de invoering haalbaar.', 'minister', null],
    ['De koepels stemmen in met het plan, mits de uitvoering bij de regio blijft.', null, 'De koepels'],
  ])('%s', (text, addressee, requester) => {
    expect(sentence(text)).toMatchObject({ firmness: 'request', addressee, requester });
  });

  it.each([
    // a rule, a condition of others or of the writer, consent without a condition, another voice's condition
    'Als de wet wordt ingevoerd, krijgen gemeenten er taken bij.',
    'Alleen als ouders toestemming geven, mag de school de gegevens delen.',
    'Wij krijgen alleen subsidie als de aanvraag compleet is.',
    'Wij steunen de plannen alleen als wij zelf de regie houden.',
    'Wij kunnen alleen meedoen als er genoeg vrijwilligers zijn.',
    'Wij steunen het voorstel van harte.',
    'De federatie staat positief tegenover meer keuzevrijheid, maar alleen als de consument goed beschermd is.',
    'De VVD steunt het plan, mits de kosten beperkt blijven.',
    'Het kabinet wil de regeling alleen verlengen als de Kamer daarmee instemt.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('a request noun after a vocative, in a cleft, or with an article when the request is stated', () => {
  it.each([
    ['Het verzoek aan de Kamer is om de motie aan te nemen.', 'kamer'],
    ['Het is onze wens dat het kabinet de regeling voortzet.', 'kabinet'],
    ['Het is ons dringende verzoek aan u om de regeling te verlengen.', 'u'],
    [
      'Minister Van Eijck, mijn vraag aan u is simpel: wanneer weten de bibliotheken waar ze aan toe zijn?',
      'u',
    ],
    ['Staatssecretaris, ons verzoek aan u is eenvoudig: verleng de regeling.', 'u'],
  ])('%s', (text, addressee) => {
    expect(sentence(text)).toMatchObject({ kind: 'direct', addressee });
  });

  it.each([
    'Het verzoek aan de Kamer is afgewezen.',
    'Het verzoek van de gemeente aan de minister is nog niet beantwoord.',
    'Het is onze wens om volgend jaar een congres te organiseren.',
    'Het is ons advies aan gemeenten om tijdig te beginnen.',
    'Onze vraag is of dit haalbaar is?',
    // another's advice, named by "van", not a request to the body after it
    'De aanbeveling van de commissie is om de wet te evalueren.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('"volgende" with nothing after it points back; it announces no list', () => {
  it('takes the ask', () => {
    expect(
      sentence('Volgens de bond dient de minister de kosten nu te dragen, en niet pas in de volgende.'),
    ).toMatchObject({ addressee: 'minister', requester: 'de bond' });
    expect(sentence('Wij vragen u het volgende:')).toBeNull();
    expect(recogniseLeadIn('Wij vragen u het volgende:')).not.toBeNull();
  });

  it('before a singular noun it means "next"; before a plural or with a colon it announces', () => {
    expect(
      sentence('De bond roept de minister op om het werk bij de volgende aanbesteding zelf te houden.'),
    ).toMatchObject({ addressee: 'minister' });
    expect(sentence('Wij vragen u de volgende maatregelen te nemen.')).toBeNull();
    expect(sentence('Wij doen daarom het volgende voorstel:')).toBeNull();
    expect(sentence('Wij verzoeken u onderstaande inbreng door te sturen.')).toBeNull();
  });
});

describe('a request made again', () => {
  it('is one when the repeating word is about the request, not about what is asked', () => {
    expect(sentence('Nogmaals vragen wij u de korting te schrappen.')?.repeated).toBe(true);
    expect(sentence('Wij vragen u om de regeling opnieuw te bezien.')?.repeated).toBe(false);
    expect(sentence('Wij vragen u dat de minister de regeling opnieuw bekijkt.')?.repeated).toBe(false);
  });
});

describe('"Wat … betreft" in first place: the subject follows the verb', () => {
  it.each([
    ['Wat ons betreft moet het kabinet de regeling verlengen.', 'kabinet'],
    ['Wat ons betreft dient de staatssecretaris de termijn te verlengen.', 'staatssecretaris'],
  ])('%s', (text, addressee) => {
    expect(sentence(text)).toMatchObject({ kind: 'direct', addressee, firmness: 'demand' });
  });

  it('is not a task of others', () => {
    expect(sentence('Wat ons betreft moeten gemeenten zelf kunnen kiezen.')).toBeNull();
  });
});

describe('an obligation in the dat-clause of a verb of knowing or finding is a fact', () => {
  it.each([
    'Wij begrijpen dat het kabinet keuzes moet maken.',
    'Uit het onderzoek blijkt dat de minister meer moet doen.',
    'Wij zien dat het Rijk steeds vaker moet ingrijpen.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    'Wij vinden dat het kabinet de korting moet schrappen.',
    'Wij menen dat de minister de regels moet versoepelen.',
  ])('%s is one', (text) => {
    expect(sentence(text)).toMatchObject({ firmness: 'demand' });
  });
});

describe('a dat-clause after an infinitive of saying or thanking is what is said, not what is wanted', () => {
  it.each([
    'Bij dit alles willen wij benadrukken dat de bond niet aan de blokkades heeft meegedaan.',
    'Wij willen u erop wijzen dat de termijn al is verstreken.',
    'Ik wil om te beginnen minister Verbeek bedanken dat hij hier is.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    'Wij willen dat de minister de regeling verlengt.',
    'Wij vragen u ervoor te zorgen dat de regeling blijft.',
  ])('%s is one', (text) => {
    expect(sentence(text)).not.toBeNull();
  });
});

describe('a request denied with adverbs between ("vragen u dan ook niet")', () => {
  it('is not one', () => {
    expect(sentence('Wij vragen u dan ook niet om u in de onderhandelingen te mengen.')).toBeNull();
  });

  it('a "niet" in what is asked keeps the ask', () => {
    expect(sentence('Wij vragen u de regeling niet te schrappen.')).not.toBeNull();
  });
});

describe('commands led in by a conjunction, and separable verbs whose particle closes the command', () => {
  it.each([
    'En zorg ervoor dat scholen weten wat ze moeten doen.',
    'Maar stop met het schrappen van budgetten voor de wijkteams.',
    'Pas artikel 12 zo aan dat certificaten samen tot een diploma leiden.',
    'Leg de norm vast in de wet.',
  ])('%s is one', (text) => {
    expect(sentence(text)).toMatchObject({ kind: 'imperative' });
  });

  it.each([
    'En dan nog dit over de wet.',
    'Maar goed, de regeling loopt af.',
    'Pas na de zomer komt er duidelijkheid.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe("what a joined clause or a relative clause says is not the main clause's demand", () => {
  it.each([
    'De regeling moest dat compenseren, maar het budget is volgens de vereniging al op.',
    'Die heffing treft volgens hem juist de corporaties die nu al moeten slopen.',
    'De gemeente wil 1.100 woningen slopen, maar dat kost 85 miljoen euro.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    'De invoering moest worden uitgesteld, aldus de bond.',
    'Wij willen dat het kabinet betaalt, en dat de Kamer meekijkt.',
  ])('%s is one', (text) => {
    expect(sentence(text)).not.toBeNull();
  });
});

describe('a request verb with its addressee before a colon introduces the question after it', () => {
  it('is one', () => {
    expect(
      sentence('Ik vraag de staatssecretaris daarom: bent u bereid de provincie een formele stem te geven?'),
    ).toMatchObject({ addressee: 'staatssecretaris' });
  });

  it.each(['Wij vragen ons af: is dit wel haalbaar?', 'Tag jouw Kamerlid en vraag: "Stemt u voor de wet?"'])(
    '%s is not one',
    (text) => {
      expect(sentence(text)).toBeNull();
    },
  );
});

describe('an indirect question opening the sentence', () => {
  it('is not one', () => {
    expect(sentence('Of het Rijk zelf iets moet doen, laat de monitor in het midden.')).toBeNull();
  });

  it('a choice between two demands keeps the ask', () => {
    expect(
      sentence('Of het kabinet moet de regeling verlengen, of het moet de gemeenten compenseren.'),
    ).not.toBeNull();
  });
});

describe('government permitted to act only on a condition', () => {
  it('is one, of government', () => {
    expect(
      sentence(
        'De minister mag alleen tot een nieuwe ronde besluiten als die voorwaarde in de regeling is vastgelegd.',
      ),
    ).toMatchObject({ addressee: 'minister' });
  });

  it.each([
    'De gemeente mag alleen subsidie geven als de aanvraag op tijd binnen is.',
    'Het kabinet steunt het voorstel alleen als de gemeenten betalen.',
    'Het kabinet kan de wet alleen invoeren als de uitvoering op orde is.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('a request noun with its light verb', () => {
  it.each([
    ['Wij doen de aanbeveling de wet binnen drie jaar te evalueren.', null, 'advise'],
    ['Wij doen de Kamer de aanbeveling het wetsvoorstel aan te houden.', 'kamer', 'advise'],
    ['Wij doen u het dringende verzoek de regeling te verlengen.', 'u', 'request'],
    ['Wij houden een pleidooi voor een ruimere overgangsregeling.', null, 'request'],
    ['Wij spreken de wens uit dat de minister de sector betrekt.', 'minister', 'request'],
  ])('%s', (text, addressee, firmness) => {
    expect(sentence(text)).toMatchObject({ kind: 'direct', addressee, firmness });
  });

  it.each([
    // the light verb in the past with a year, or the perfect with one: asked before
    'In 2015 hielden wij al een pleidooi voor een fonds.',
    'In 2019 deden wij een beroep op de minister om de pilot te verlengen.',
    'Wij hebben in 2019 een pleidooi gehouden voor een fonds.',
    // the noun without its verb, or the verb of government or of a call on members
    'Het verzoek van de gemeenten om meer tijd werd door de minister afgewezen.',
    'De minister sprak de wens uit dat gemeenten sneller beslissen.',
    'Wij doen onze leden het verzoek de enquête in te vullen.',
    // a duty on the ground of a law or treaty
    'Per 1 januari 1998 moet dit stelsel op grond van Richtlijn 96/75/EG verdwijnen.',
    'Op grond van de Mijnbouwwet moet de minister een vergunning geven.',
    // a modal in a relative clause set off by commas says what its noun is
    'Met de Omgevingswet, die op 1 januari 2024 in werking moet treden, krijgen gemeenten meer ruimte.',
    'Het nieuwe stelsel, dat per 2025 moet ingaan, vraagt veel van gemeenten.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('a request the next sentence says was granted', () => {
  const asks = (text: string) =>
    parseLetter(`Geachte leden,\n\n${text}`, { path: 'brief.txt' }).asks.map((a) => a.plain);

  it('is settled when that sentence points back and grants it', () => {
    expect(
      asks('Wij hebben de minister vorig jaar gevraagd de eisen vast te leggen. Dat verzoek is gehonoreerd.'),
    ).toEqual([]);
    expect(
      asks(
        'Wij vroegen de minister om een pilot. Dit is inmiddels toegezegd. Wij vragen u de pilot te steunen.',
      ),
    ).toEqual(['Wij vragen u de pilot te steunen.']);
  });

  it('stands when it was not granted, or the sentence after is about something else', () => {
    const open = 'Wij hebben de minister in maart gevraagd de eisen vast te leggen.';
    expect(asks(`${open} Dat is nog niet gebeurd.`)).toEqual([open]);
    expect(asks(`${open} De minister heeft een register toegezegd.`)).toEqual([open]);
  });
});

describe('a phrase of condition or cause in first place', () => {
  it('makes the modal after it a consequence, of no government', () => {
    expect(sentence('Zonder extra geld moeten veel speeltuinen worden gesloten.')).toBeNull();
    expect(sentence('Bij een tekort moeten de kosten worden doorberekend aan de klant.')).toBeNull();
  });

  it('keeps the demand of government, and a passive whose agent is government', () => {
    expect(sentence('Zonder compensatie moet het kabinet de regeling heroverwegen.')).toMatchObject({
      addressee: 'kabinet',
    });
    expect(sentence('Door de minister moet worden gezorgd voor voldoende geld.')).not.toBeNull();
    expect(sentence('Bij de verdeling moet de regeling worden verlengd.')).not.toBeNull();
  });
});

describe('an ask stated before a colon, a question after it', () => {
  it('is one: the question is what is to be made clear', () => {
    expect(
      sentence(
        'Het Rijk moet duidelijk maken wat er daarna gebeurt: moeten de huurders weg, of blijft alles?',
      ),
    ).toMatchObject({ addressee: 'kabinet' });
  });

  it.each([
    'Wij vragen ons af: moeten de huurders dan weg?',
    'De vraag is: wat gebeurt er daarna?',
    'Het kabinet heeft gekozen: moeten de huurders nu weg?',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('an estimate is the source of a figure, no voice', () => {
  it('tells what follows of no government', () => {
    expect(sentence('Een school moet volgens onze berekening gemiddeld € 40.000 investeren.')).toBeNull();
    expect(sentence('Volgens de CBS-cijfers moeten gezinnen gemiddeld 300 euro meer betalen.')).toBeNull();
  });

  it('keeps a demand of government as the writer’s own', () => {
    expect(sentence('Volgens onze raming moet het Rijk 20 miljoen extra uittrekken.')).toMatchObject({
      kind: 'direct',
      addressee: 'kabinet',
      requester: null,
    });
  });
});

describe('what is asked about, posed or named, not asked', () => {
  it.each([
    // whether, after asking or knowing
    'Sommige leden vragen mij of de bond niet moet pleiten voor strengere regels.',
    'Het is de vraag of het kabinet de regeling moet verlengen.',
    // a request noun posed or imposed
    'Het besluit stelt al eisen aan vluchtwegen.',
    'De Kamer stelt vragen aan de minister over de regeling.',
    // posed further on in its clause: a clause has one finite verb
    'De regeling stelt in artikel 4 wel algemene eisen aan de opleiding.',
    // the noun first in a heading of written questions
    'Vragen van het lid Jansen (CDA) aan de minister van Financiën over de heffing.',
    // a body of government with its article and short form, after a time in first place
    'Sedert 1 januari 1998 verlangt de Rijksdienst voor het Wegverkeer (RDW) een ontheffing per voertuig.',
  ])('%s', (text) => {
    expect(sentence(text)).toBeNull();
  });

  it.each([
    ['Wij vragen de minister of zij bereid is de regeling te verlengen.', 'minister'],
    ['Wij vragen van de minister een heldere toezegging.', 'minister'],
    ['De Unie van Waterschappen (UvW) vraagt de Kamer de motie te steunen.', 'kamer'],
    // a proposal to ask, not a request posed
    ['Wij stellen u daarom voor de minister te vragen om uitstel.', 'u'],
  ])('%s stays one', (text, addressee) => {
    expect(sentence(text)).toMatchObject({ addressee });
  });
});

describe('asking not to do, voting commands, and a closing formula', () => {
  it.each([
    ['Wij vragen u niet in te stemmen met dit wetsvoorstel.', 'u'],
    ['Wij vragen de minister niet langer te wachten met een besluit.', 'minister'],
    ['Wij vragen het kabinet niets meer dan een eerlijke vergoeding.', 'kabinet'],
  ])('%s asks not to do', (text, addressee) => {
    expect(sentence(text)).toMatchObject({ kind: 'direct', addressee });
  });

  it.each(['Stem tegen dit wetsvoorstel.', 'Stem in met het amendement over de termijn.'])(
    '%s commands a vote',
    (text) => {
      expect(sentence(text)).toMatchObject({ kind: 'imperative' });
    },
  );

  it.each([
    'Wij vragen u niet om een studie.',
    'Stem van de burger telt niet mee.',
    'Wij houden ons aanbevolen voor uw reactie.',
    'Ik houd mij graag aanbevolen voor een gesprek.',
  ])('%s is not one', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('members of a chamber, and a pronoun that points back to government', () => {
  it('"de leden van de Tweede Kamer" are the Kamer, no members of the writer', () => {
    expect(
      sentence('Wij vragen de leden van de Tweede Kamer deze punten in te brengen in het debat.'),
    ).toMatchObject({
      addressee: 'kamer',
    });
    expect(sentence('Wij vragen de leden van de Eerste Kamer tegen te stemmen.')).toMatchObject({
      addressee: 'eerste-kamer',
    });
  });

  it('"Volgens haar moet …" after a minister names is the minister’s, no ask', () => {
    const asks = parseLetter(
      'Bond wil actie\n\nDe bond wil dat het kabinet de richtlijn snel omzet.\n\nMinister Van Dam liet weten dat zij het voorstel steunt. Volgens haar moet de keten zelf ook verantwoordelijkheid nemen.\n',
      { path: 'nieuws.txt' },
    ).asks.map((a) => a.plain);
    expect(asks).toEqual(['De bond wil dat het kabinet de richtlijn snel omzet.']);
  });
});

describe('others as the subject of a passive in the dat-clause', () => {
  it.each([
    'Wij stellen voor dat verenigingen die alleen voor eigen leden spelen, worden vrijgesteld van de vergunning.',
    'Wij vragen dat alle gemeenten worden gecompenseerd voor de kosten.',
  ])('are what is to be done to, an ask of government: %s', (text) => {
    expect(sentence(text)).not.toBeNull();
  });

  it.each([
    'Wij stellen voor dat gemeenten de kosten zelf dragen.',
    'Wij roepen gemeenten op om lid te worden van het netwerk.',
  ])('as the actors, or called on, they make no ask of government: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });
});

describe('a pronoun after a condition that opens with government', () => {
  it.each([
    ['Als de overheid wil dat meer mensen sporten, moet ze ook de banen overeind houden.', 'kabinet'],
    ['Wanneer de staatssecretaris dit echt wil, moet hij de regeling aanpassen.', 'staatssecretaris'],
    ['Als de Kamer het rapport serieus neemt, moet zij de minister om een wet vragen.', 'kamer'],
  ])('refers to it: %s', (text, addressee) => {
    expect(sentence(text)).toMatchObject({ firmness: 'demand', addressee });
  });

  it.each([
    // a plural modal: others
    'Als de minister niets doet, moeten ze hun winkel sluiten.',
    'Als de gemeente niets doet, moet ze de kosten zelf dragen.',
    'Als er niets gebeurt, moet het bedrijf sluiten.',
  ])('not when the condition opens with no government, or the modal is plural: %s', (text) => {
    expect(sentence(text)).toBeNull();
  });
});
