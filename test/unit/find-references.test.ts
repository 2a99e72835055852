import { describe, expect, it } from 'vitest';
import {
  findReferences,
  type FoundKind,
  type FoundReference,
} from '../../src/extract/references/find-references.js';
import { visibleText } from '../helpers/visible-text.js';

const find = (text: string, known?: Map<string, string>): FoundReference[] =>
  findReferences(text, known ? { knownAbbreviations: known } : {});
/** "kind:text" for each reference, in order */
const summary = (text: string, known?: Map<string, string>): string[] =>
  find(text, known).map((r) => `${r.kind}:${r.text}`);
const ofKind = (text: string, kind: FoundKind): FoundReference[] => find(text).filter((r) => r.kind === kind);

describe('kamerstukken', () => {
  it('normalises the TK house style, bracketed and formal citations', () => {
    expect(ofKind('Zie Kamerstuk 29 544, nr. 1120 over de aanpak.', 'kamerstuk')).toMatchObject([
      { text: 'Kamerstuk 29 544, nr. 1120', id: '29544-1120' },
    ]);
    expect(ofKind('Dit is eerder gemeld (31 839, nr. 912).', 'kamerstuk')).toMatchObject([
      { text: '31 839, nr. 912', id: '31839-912' },
    ]);
    expect(ofKind('Zie Kamerstukken II 2018/19, 34775, nr. 12, p. 3.', 'kamerstuk')[0]?.id).toBe('34775-12');
    expect(ofKind('Op 3 mei ( 34 111, nr. 4) ontving u het voorstel.', 'kamerstuk')[0]?.text).toBe(
      '34 111, nr. 4',
    );
  });

  it('reads compact forms, budget chapters and EK letters', () => {
    expect(ofKind('Zie Kamerstuk 35925-13 en Kamerstuk 36410-VII-42.', 'kamerstuk').map((r) => r.id)).toEqual(
      ['35925-13', '36410-VII-42'],
    );
    expect(ofKind('De begroting 36 410-VII is besproken.', 'kamerstuk')[0]?.id).toBe('36410-VII');
    expect(ofKind('Zie EK 34 568, H en (32211, letter K).', 'kamerstuk').map((r) => r.id)).toEqual([
      '34568-H',
      '32211-K',
    ]);
  });

  it('reads a formal citation of a budget chapter without a number', () => {
    expect(ofKind('De begroting (Kamerstukken II 2023/24,\n36 410 VI) volgt.', 'kamerstuk')).toMatchObject([
      { text: 'Kamerstukken II 2023/24,\n36 410 VI', id: '36410-VI' },
    ]);
    expect(ofKind('Zie Kamerstukken I 2019-2020, 35 300 B.', 'kamerstuk')[0]?.id).toBe('35300-B');
    expect(ofKind('Zie Kamerstuk 36 200 XV over werk.', 'kamerstuk')[0]?.id).toBe('36200-XV');
    // a year alone is no dossier
    expect(ofKind('Zie de Kamerstukken II 2023/24 over werk.', 'kamerstuk')).toEqual([]);
  });

  it('takes a dossier line at the head of a Kamerbrief', () => {
    const refs = ofKind('Brief regering\n31 839 Jeugdbeleid\nNr. 12 BRIEF VAN DE MINISTER', 'kamerstuk');
    expect(refs).toMatchObject([{ text: '31 839', id: '31839' }]);
  });

  it('takes a bare dossier only right after a law or bill name, and gives the law its id', () => {
    const refs = find('Wij vragen de Wet inburgering 2021 (35483) snel te behandelen.');
    expect(refs.map((r) => `${r.kind}:${r.text}:${r.id}`)).toEqual([
      'law:Wet inburgering 2021:35483',
      'kamerstuk:35483:35483',
    ]);
    expect(ofKind('In totaal gaat het om (35483) meldingen.', 'kamerstuk')).toEqual([]);
  });

  it('reads a chamber prefix before a bare dossier and the written-out identifier, not inside a URL', () => {
    expect(ofKind('Zie TK 2019-2020, 35 300 VII over de taakmutaties.', 'kamerstuk')).toMatchObject([
      { text: 'TK 2019-2020, 35 300 VII', id: '35300-VII' },
    ]);
    expect(
      ofKind('De minister schreef eerder (kst-36200-XVIII-12) en kst-36600-B-K.', 'kamerstuk'),
    ).toMatchObject([
      { text: 'kst-36200-XVIII-12', id: '36200-XVIII-12' },
      { text: 'kst-36600-B-K', id: '36600-B-K' },
    ]);
    expect(ofKind('Lees https://zoek.officielebekendmakingen.nl/kst-28638-167.html', 'kamerstuk')).toEqual(
      [],
    );
  });

  it('ignores money, phone numbers, postcodes and dates', () => {
    const text =
      'Het kost 36 600 euro; bel 070 373 8604 of schrijf naar Postbus 30435, 2500 GK Den Haag, op 12-03-2024.';
    expect(ofKind(text, 'kamerstuk')).toEqual([]);
  });
});

describe('official journals', () => {
  it('cites the Staatsblad and the Staatscourant with their ids', () => {
    expect(
      ofKind('De wet (Stb. 2019, 77) en de regeling (Staatscourant 2020, nr. 4512).', 'document'),
    ).toMatchObject([
      { text: 'Stb. 2019, 77', id: 'stb-2019-77' },
      { text: 'Staatscourant 2020, nr. 4512', id: 'stcrt-2020-4512' },
    ]);
  });
});

describe('articles', () => {
  it('reads plain, abbreviated and sub-divided article references', () => {
    expect(ofKind('De wijziging van artikel 273f raakt gemeenten.', 'article')).toMatchObject([
      { text: 'artikel 273f', id: '273f Sr' },
    ]);
    expect(ofKind('Zie art. 273f Sr voor de delictsomschrijving.', 'article')).toMatchObject([
      { text: 'art. 273f Sr', id: '273f Sr' },
    ]);
    expect(ofKind('Volgens artikel 5, tweede lid, moet het college besluiten.', 'article')).toMatchObject([
      { text: 'artikel 5, tweede lid', id: null },
    ]);
  });

  it('names the law from the text and reports a full law name as a law of its own', () => {
    expect(summary('Wij steunen het nieuwe derde lid van artikel 151a van de Gemeentewet.')).toEqual([
      'article:artikel 151a',
      'law:Gemeentewet',
    ]);
    expect(ofKind('Dat volgt uit artikel 151a van de Gemeentewet.', 'article')[0]?.id).toBe(
      '151a Gemeentewet',
    );
    expect(ofKind('Zie art. 1:3 Awb.', 'article')[0]?.id).toBe('1:3 Awb');
    expect(ofKind('De artikelen 92 - 96 van de Gemeentewet gelden.', 'article')).toMatchObject([
      { text: 'artikelen 92 - 96', id: '92-96 Gemeentewet' },
    ]);
  });

  it('skips the artikel 12-uitkering and budget article headings', () => {
    expect(ofKind('De gemeente krijgt een artikel 12-uitkering uit het fonds.', 'article')).toEqual([]);
    expect(ofKind('Artikel 3. Woningmarkt en bouwen', 'article')).toEqual([]);
  });
});

describe('laws and bills', () => {
  it('tells laws from bills by their surface form', () => {
    expect(
      summary('Wij wachten op de Wet regulering sekswerk en het Wetsvoorstel regulering sekswerk.'),
    ).toEqual(['law:Wet regulering sekswerk', 'bill:Wetsvoorstel regulering sekswerk']);
    const [law, bill] = find('De Wet regulering sekswerk en het Wetsvoorstel regulering sekswerk.');
    expect(law?.id).toBe('35715');
    expect(bill?.name).toBe('Wet regulering sekswerk');
  });

  it('reads a known abbreviation in brackets after its law as part of the mention, not in a compound', () => {
    expect(summary('Dit wordt bekostigd uit de Zorgverzekeringswet (Zvw) en de Wlz.')).toEqual([
      'law:Zorgverzekeringswet (Zvw)',
      'law:Wlz',
    ]);
    expect(summary('De WW-premie stijgt, maar de WW zelf blijft.')).toEqual(['law:WW']);
  });

  it('reads a truncated first part coordinated with a compound as part of its name', () => {
    expect(summary('De Drank- en Horecawet en de Vogel- en Habitatrichtlijn gelden nog.')).toEqual([
      'law:Drank- en Horecawet',
      'law:Vogel- en Habitatrichtlijn',
    ]);
    expect(ofKind('De Nationale Woon- en Bouwagenda is ambitieus.', 'document')[0]?.text).toBe(
      'Woon- en Bouwagenda',
    );
    expect(summary('De Wmo- en Jeugdwet gaan over zorg.')).toEqual(['law:Wmo', 'law:Jeugdwet']);
  });

  it('runs a bill name to its natural end', () => {
    expect(
      ofKind(
        'Wij reageerden op het Wetsvoorstel voor verbetering van de positie van mantelzorgers. Dat was nodig.',
        'bill',
      )[0]?.text,
    ).toBe('Wetsvoorstel voor verbetering van de positie van mantelzorgers');
    expect(ofKind('Het gaat om het wetsvoorstel jeugdzorg en artikel 5 daarvan.', 'bill')[0]?.text).toBe(
      'wetsvoorstel jeugdzorg',
    );
    expect(ofKind('Het wetsvoorstel betaalbare huur moet snel door de Kamer.', 'bill')[0]?.text).toBe(
      'wetsvoorstel betaalbare huur',
    );
    expect(ofKind('U ontving het wetsvoorstel ‘Omgevingswet’ van de minister.', 'bill')[0]?.text).toBe(
      'wetsvoorstel ‘Omgevingswet’',
    );
  });

  it('does not take a generic or anaphoric bill for a named one', () => {
    expect(
      ofKind('Het wetsvoorstel. Dit wetsvoorstel is onuitvoerbaar. Het wetsvoorstel heeft gevolgen.', 'bill'),
    ).toEqual([]);
    // a verb after the head is no name; a noun that is also a verb stem may be one
    expect(
      ofKind('Het wetsvoorstel regelt de toegang en het wetsvoorstel beperkt de rechten.', 'bill'),
    ).toEqual([]);
    expect(ofKind('Het wetsvoorstel werk en zekerheid ligt er.', 'bill')[0]?.text).toBe(
      'wetsvoorstel werk en zekerheid',
    );
  });

  it('reports the bill, not the law inside it', () => {
    expect(summary('Het wetsvoorstel Wet open overheid ligt bij de Kamer.')).toEqual([
      'bill:wetsvoorstel Wet open overheid',
    ]);
  });

  it('reads a bill that amends laws up to the last law it names, and keeps those laws', () => {
    expect(summary('Het wetsvoorstel tot wijziging van de Wet op het notarisambt is ingediend.')).toEqual([
      'bill:wetsvoorstel tot wijziging van de Wet op het notarisambt',
      'law:Wet op het notarisambt',
    ]);
    expect(summary('Het wetsontwerp Wijziging van de Mijnbouwwet en de Warmtewet ligt er.')).toEqual([
      'bill:wetsontwerp Wijziging van de Mijnbouwwet en de Warmtewet',
      'law:Mijnbouwwet',
      'law:Warmtewet',
    ]);
    // the bill's own name is no law of its own
    expect(summary('Het wetsvoorstel Wet open overheid ligt bij de Kamer.')).toEqual([
      'bill:wetsvoorstel Wet open overheid',
    ]);
  });

  it('reads regulations named "Besluit …" and "Regeling …" inside a sentence', () => {
    expect(ofKind('Het Besluit kwaliteit leefomgeving regelt dat.', 'law').map((r) => r.text)).toEqual([
      'Besluit kwaliteit leefomgeving',
    ]);
    expect(ofKind('Via de Regeling specifieke uitkering sport krijgen gemeenten geld.', 'law')[0]?.text).toBe(
      'Regeling specifieke uitkering sport',
    );
    expect(ofKind('Besluit daarom snel. Regeling van de zorg is nodig.', 'law')).toEqual([]);
    expect(ofKind('Ons voorstel:\nBesluit vandaag over de middelen.', 'law')).toEqual([]);
  });

  it.each([
    [
      'Sinds de Verordening algemene veiligheid (AVS) gelden strengere regels.',
      'Verordening algemene veiligheid',
    ],
    ['Volgens de Richtlijn industriële emissies is dat niet nodig.', 'Richtlijn industriële emissies'],
  ])('reads a European regulation or directive named like a decree: %s', (text, law) => {
    expect(ofKind(text, 'law').map((r) => r.text)).toEqual([law]);
  });

  it('reads no regulation where "Verordening" or "Richtlijn" opens a sentence', () => {
    expect(ofKind('Verordening van de raad is nodig. Richtlijn voor de praktijk volgt.', 'law')).toEqual([]);
  });

  it("ends a regulation's name at a verb of what it lays down", () => {
    for (const verb of ['stelt', 'bepaalt', 'verplicht', 'eist', 'verbiedt'])
      expect(ofKind(`Het Besluit zorg voor dieren ${verb} in artikel 3 iets anders.`, 'law')[0]?.text).toBe(
        'Besluit zorg voor dieren',
      );
  });

  it('takes a compound of the bill word as a bill head', () => {
    expect(
      ofKind('Het conceptwetsvoorstel Wet digitale toegang ligt ter consultatie.', 'bill')[0]?.text,
    ).toBe('conceptwetsvoorstel Wet digitale toegang');
    expect(ofKind('Het Initiatiefwetsvoorstel Wet betaalbare huur is aangenomen.', 'bill')[0]?.text).toBe(
      'Initiatiefwetsvoorstel Wet betaalbare huur',
    );
  });

  it('takes no verb in -eert after the bill word for a name', () => {
    expect(ofKind('Het wetsvoorstel harmoniseert de regels.', 'bill')).toEqual([]);
    expect(ofKind('Dit wetsvoorstel introduceert een nieuwe toets.', 'bill')).toEqual([]);
  });

  it("takes no degree word, manner adverb or light verb's noun after the bill word for a name", () => {
    for (const sentence of [
      'Wij vinden dat het wetsvoorstel onvoldoende rekening houdt met gemeenten.',
      'Omdat het wetsvoorstel grote gevolgen heeft, schrijven wij u.',
      'Wij vragen u het wetsvoorstel zorgvuldig te behandelen.',
      'Wij hopen dat u bij het wetsvoorstel aandacht aan de kosten besteedt.',
    ])
      expect(ofKind(sentence, 'bill')).toEqual([]);
    expect(ofKind('Het wetsvoorstel regulering sekswerk ligt stil.', 'bill')[0]?.text).toBe(
      'wetsvoorstel regulering sekswerk',
    );
  });

  it('takes no tail of a word hyphenated at the line end for a law', () => {
    expect(ofKind('De rechten uit de Zorgverze-\nkeringswet gelden al.', 'law')).toEqual([]);
  });

  it('reads a name through a word hyphenated at a line end, as written', () => {
    const ministry = ofKind(
      'Wij schreven het minis-\nterie van Volksgezondheid, Welzijn en Sport.',
      'organisation',
    );
    expect(ministry.map((r) => [r.text, r.name])).toEqual([
      [
        'minis-\nterie van Volksgezondheid, Welzijn en Sport',
        'Ministerie van Volksgezondheid, Welzijn en Sport',
      ],
    ]);
    expect(ofKind('De begroting (Kamer-\nstuk 36 600 VII) volgt.', 'kamerstuk').map((r) => r.text)).toEqual([
      'Kamer-\nstuk 36 600 VII',
    ]);
    // a capital after the break keeps the hyphen: "Noord-Holland" is no "NoordHolland"
    expect(summary('De provincie Noord-\nHolland schreef.').join()).not.toContain('NoordHolland');
  });

  it('finds a compound ending in -wet in capitals, and none before a hyphen or a digit or after two letters', () => {
    const laws = (text: string) => ofKind(text, 'law').map((r) => r.text);
    expect(laws('Dat regelt de NOODOPVANGWET, toch?')).toEqual(['NOODOPVANGWET']);
    expect(laws('De noodopvangwet-taken, de noodopvangwet2 en de ukwet en de wetten.')).toEqual([]);
  });

  it('finds compounds ending in -wet, lexicon names and abbreviations', () => {
    expect(summary('De Gemeentewet, de Jeugdwet en de noodopvangwet raken gemeenten.')).toEqual([
      'law:Gemeentewet',
      'law:Jeugdwet',
      'law:noodopvangwet',
    ]);
    expect(summary('Het Wetboek van Strafrecht, de Awb en de Wmo 2015.')).toEqual([
      'law:Wetboek van Strafrecht',
      'law:Awb',
      'law:Wmo 2015',
    ]);
    expect(ofKind('De Wet Betere regie op huisvesting moet worden aangepast.', 'law')[0]?.text).toBe(
      'Wet Betere regie op huisvesting',
    );
  });

  it('ignores wetgeving, wetten, wettelijk, "Wet- en regelgeving" and a kaderwet', () => {
    const text =
      'De wetgeving, de wetten en de wettelijke taken; Wet- en regelgeving; Wet en regelgeving; een kaderwet.';
    expect(find(text).filter((r) => r.kind === 'law' || r.kind === 'bill')).toEqual([]);
  });
});

describe('motions', () => {
  it('reads hyphenated, plain and long forms', () => {
    expect(summary('De motie-Van der Staaij c.s. en de motie Dijkgraaf zijn aangenomen.')).toEqual([
      'motion:motie-Van der Staaij c.s.',
      'motion:motie Dijkgraaf',
    ]);
    expect(summary('De motie van het lid Jansen c.s. en het amendement-Pietersen.')).toEqual([
      'motion:motie van het lid Jansen c.s.',
      'motion:amendement-Pietersen',
    ]);
  });

  it('reads names after a line break or tab, and none after a word in lower case', () => {
    const motions = (text: string) => ofKind(text, 'motion').map((r) => r.text);
    expect(motions('De motie van de leden\nSegers en Asscher en het amendement\tBikker.')).toEqual([
      'motie van de leden\nSegers en Asscher',
      'amendement\tBikker',
    ]);
    expect(
      motions('De motie van der Staaij, een motie over geld en de motie- en amendementsteksten.'),
    ).toEqual([]);
  });

  it('takes the Kamerstuk id of a citation right after the motion', () => {
    const motion = ofKind('De motie Dijkgraaf (Kamerstuk 31 839, nr. 700) vraagt om geld.', 'motion')[0];
    expect(motion?.id).toBe('31839-700');
  });
});

describe('organisations', () => {
  it('finds lexicon names in both spellings', () => {
    expect(
      ofKind('De VNG en de Vereniging Nederlandse Gemeenten zijn één.', 'organisation').map((r) => r.name),
    ).toEqual(['Vereniging van Nederlandse Gemeenten', 'Vereniging van Nederlandse Gemeenten']);
    expect(summary('Het Leger des Heils en de Raad van State spraken met de Tweede Kamer.')).toEqual([
      'organisation:Leger des Heils',
      'organisation:Raad van State',
      'organisation:Tweede Kamer',
    ]);
  });

  it('takes OM only in capitals and the police capitalised or after "de"', () => {
    expect(summary('Het OM en de Politie werken samen; om die reden ook de politie.')).toEqual([
      'organisation:OM',
      'organisation:Politie',
      'organisation:politie',
    ]);
    expect(ofKind('Wij vragen om meer politie-inzet en politiewerk.', 'organisation')).toEqual([]);
  });

  it('finds ministries by name and abbreviation', () => {
    expect(
      ofKind('Het ministerie van Justitie en Veiligheid en BZK overleggen.', 'organisation').map(
        (r) => r.name,
      ),
    ).toEqual([
      'Ministerie van Justitie en Veiligheid',
      'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    ]);
  });

  it('does not take the first name Rob for the Raad voor het Openbaar Bestuur', () => {
    expect(
      ofKind('Minister Rob Jetten sprak met de ROB en de Rob.', 'organisation').map((r) => r.text),
    ).toEqual(['ROB', 'Rob']);
  });

  it('treats a committee named after a person as an organisation', () => {
    expect(summary('De aanbevelingen van de commissie-Van Ark en de Commissie Roemer.')).toEqual([
      'organisation:commissie-Van Ark',
      'organisation:Commissie Roemer',
    ]);
  });

  it('reports an organisation the letter expands, and its abbreviation elsewhere', () => {
    const text = 'Wij spraken met het Landelijk Overleg Thuislozen (LOT). Het LOT is kritisch.';
    // the short form in the brackets of its definition is no use of it
    expect(summary(text)).toEqual(['organisation:Landelijk Overleg Thuislozen', 'organisation:LOT']);
    expect(summary('Wij spraken met de Stichting Kinderrechten Oost (SKO) over de wet.')).toEqual([
      'organisation:Stichting Kinderrechten Oost',
    ]);
    // also a short form the lexicon knows
    expect(summary('Samen met de Vereniging van Nederlandse Gemeenten (VNG) maken wij een plan.')).toEqual([
      'organisation:Vereniging van Nederlandse Gemeenten',
    ]);
    expect(summary('Het LOT is kritisch.', new Map([['LOT', 'Landelijk Overleg Thuislozen']]))).toEqual([
      'organisation:LOT',
    ]);
  });

  it('does not report an abbreviation of a lower-case expansion or of a funding instrument', () => {
    const text = 'De zorg voor jongeren met complexe problemen (ZJCP) is duur en zit in een SPUK.';
    expect(find(text)).toEqual([]);
  });
});

describe('persons', () => {
  it('reads initials with the given name in brackets', () => {
    expect(
      ofKind('Met vriendelijke groet,\nprof. J.H. (Joost) van Dam-Kramer\nvoorzitter', 'person'),
    ).toMatchObject([{ text: 'prof. J.H. (Joost) van Dam-Kramer' }]);
  });

  it('finds a name after a role word, with particles and hyphens', () => {
    expect(
      find('Dat zei staatssecretaris Karin van den Berg (JenV).').filter((r) => r.kind === 'person'),
    ).toMatchObject([{ text: 'Karin van den Berg', role: 'staatssecretaris' }]);
    expect(ofKind('Staatssecretaris Anna Jansen-Smit bezocht Zwolle.', 'person')).toMatchObject([
      { text: 'Anna Jansen-Smit', role: 'staatssecretaris' },
    ]);
    expect(
      ofKind('Wij spraken minister Dijkhoff en staatssecretaris Van der Linden.', 'person'),
    ).toMatchObject([
      { text: 'Dijkhoff', role: 'minister' },
      { text: 'Van der Linden', role: 'staatssecretaris' },
    ]);
    expect(ofKind('Het lid Pietersen stelde vragen.', 'person')).toMatchObject([
      { text: 'Pietersen', role: 'lid' },
    ]);
  });

  it('finds a name followed by a role in apposition', () => {
    expect(ofKind('Dat zei Marieke de Boer, algemeen directeur van de GGD.', 'person')).toMatchObject([
      { text: 'Marieke de Boer', role: 'algemeen directeur' },
    ]);
    expect(ofKind('Ook Johan Visser (burgemeester van Zwolle) was er.', 'person')).toMatchObject([
      { text: 'Johan Visser', role: 'burgemeester' },
    ]);
  });

  it('keeps a prefix of the role and skips portfolios after a role word', () => {
    expect(ofKind('Ook oud-minister Jansen sprak.', 'person')).toMatchObject([
      { text: 'Jansen', role: 'oud-minister' },
    ]);
    expect(ofKind('Namens wethouder Jeugd en directeur Publieke Gezondheid.', 'person')).toEqual([]);
  });

  it('never takes capitalised words for a person without a role', () => {
    const text =
      'De Tweede Kamer, het Leger des Heils en Den Haag, burgemeester en wethouders, en de minister van Financiën.';
    expect(ofKind(text, 'person')).toEqual([]);
    expect(ofKind('De staatssecretaris werd ontvangen. Minister Over het geheel.', 'person')).toEqual([]);
  });
});

describe('streets', () => {
  it('a name followed by a house number in an address line is no person', () => {
    expect(
      ofKind('Stichting Voorbeeld\nKaya Grandi 14, Kralendijk\nJan de Vries\nHerengracht 4a\n', 'person'),
    ).toMatchObject([{ text: 'Jan de Vries' }]);
  });
});

describe('committees', () => {
  it('finds standing committees in their usual forms', () => {
    expect(summary('Geachte leden van de vaste commissie voor Sociale Zaken en Werkgelegenheid,')).toEqual([
      'committee:vaste commissie voor Sociale Zaken en Werkgelegenheid',
    ]);
    expect(summary('Aan de vaste Kamercommissie Justitie en Veiligheid')).toEqual([
      'committee:vaste Kamercommissie Justitie en Veiligheid',
    ]);
    // the chamber is a reference of its own
    expect(summary('Morgen vergadert de commissie Financiën van de Tweede Kamer.')).toEqual([
      'committee:commissie Financiën',
      'organisation:Tweede Kamer',
    ]);
    expect(
      summary('Aan de Vaste Commissie voor Verkeer en Waterstaat\nder Eerste Kamer der Staten-Generaal'),
    ).toEqual([
      'committee:Vaste Commissie voor Verkeer en Waterstaat',
      'organisation:Eerste Kamer der Staten-Generaal',
    ]);
    // a ministry's short form as its topic
    expect(summary('Wij schreven de vaste commissie voor VROM over de daken.')).toEqual([
      'committee:vaste commissie voor VROM',
    ]);
  });

  it('finds a known topic after "commissie" in any case, across white space and "voor", and none elsewhere', () => {
    expect(
      ofKind('De COMMISSIE VOOR\n  BINNENLANDSE ZAKEN besprak het.', 'committee').map((r) => r.text),
    ).toEqual(['COMMISSIE VOOR\n  BINNENLANDSE ZAKEN']);
    expect(ofKind('De Kamercommissie\tJustitie en Veiligheid.', 'committee').map((r) => r.text)).toEqual([
      'Kamercommissie\tJustitie en Veiligheid',
    ]);
    expect(ofKind('Een commissie van wijzen over Financiën en Justitie.', 'committee')).toEqual([]);
    expect(ofKind('De commissie-Financiën en de commissievoorzitter Justitie.', 'committee')).toEqual([]);
  });
});

describe('documents', () => {
  it('finds a head word followed by a name, a quoted title or an organisation', () => {
    expect(
      ofKind('Wij steunen het actieplan Samen tegen armoede en de extra middelen.', 'document')[0]?.text,
    ).toBe('actieplan Samen tegen armoede');
    expect(
      ofKind('Zie de publicatie ‘Sterk bestuur in een sterke regio’ van maart.', 'document'),
    ).toMatchObject([
      { text: 'publicatie ‘Sterk bestuur in een sterke regio’', name: 'Sterk bestuur in een sterke regio' },
    ]);
    expect(ofKind('Wij onderschrijven de lobbybrief van het Leger des Heils.', 'document')[0]?.text).toBe(
      'lobbybrief van het Leger des Heils',
    );
    expect(ofKind('Het tweede advies van de Raad van State is kritisch.', 'document')[0]?.text).toBe(
      'tweede advies van de Raad van State',
    );
  });

  it('takes a head word with a year as a named edition', () => {
    expect(
      ofKind('Zo staat het in het Bestuursakkoord 2023-2027 en het jaarverslag 2024.', 'document').map(
        (r) => r.text,
      ),
    ).toEqual(['Bestuursakkoord 2023-2027', 'jaarverslag 2024']);
  });

  it('knows named documents and their abbreviations', () => {
    expect(summary('In de Memorie van Toelichting (MvT) en de Nota van wijziging staat het.')).toEqual([
      'document:Memorie van Toelichting',
      'document:Nota van wijziging',
    ]);
    expect(ofKind('Het Deltaprogramma en de Voorjaarsnota 2025.', 'document').map((r) => r.text)).toEqual([
      'Deltaprogramma',
      'Voorjaarsnota 2025',
    ]);
  });

  it('takes a document abbreviation from its expansion', () => {
    expect(summary('De Uitvoeringstoets Lokale lasten (ULL) helpt. De ULL is nieuw.')).toEqual([
      'document:Uitvoeringstoets Lokale lasten',
      'document:ULL',
    ]);
  });

  it('leaves generic mentions alone', () => {
    expect(
      ofKind('Dit actieplan en de brief zijn helder. In de brief van 2 februari staat het.', 'document'),
    ).toEqual([]);
  });
});

describe('the finder as a whole', () => {
  it('reads through Markdown syntax in the visible text, at offsets into the Markdown', () => {
    const markdown =
      'Wij steunen het [Wetsvoorstel betaalbare huur](#) (Wbh) en de **lobbybrief van het Leger des Heils**.';
    const refs = find(visibleText(markdown));
    expect(refs.map((r) => `${r.kind}:${markdown.slice(r.start, r.end)}`)).toEqual([
      'bill:Wetsvoorstel betaalbare huur',
      'document:lobbybrief van het Leger des Heils',
      'organisation:Leger des Heils',
    ]);
  });

  it('uses abbreviations expanded elsewhere in the letter, with their kind', () => {
    const known = new Map([['Wbh', 'Wetsvoorstel betaalbare huur']]);
    expect(find('Geef gemeenten ruimte in de Wbh.', known)).toMatchObject([{ kind: 'bill', text: 'Wbh' }]);
  });

  it('returns nothing for empty or odd input', () => {
    expect(findReferences('')).toEqual([]);
    expect(findReferences('   \n\n ')).toEqual([]);
    expect(findReferences('(((( ‘‘‘ ]]]( artikel motie- Wet')).toEqual([]);
  });
});

describe('European directives', () => {
  it.each([
    ['De Nitraatrichtlijn stelt grenzen aan mest.', 'Nitraatrichtlijn'],
    ['Het water voldoet niet aan de Kaderrichtlijn Water (KRW).', 'Kaderrichtlijn Water'],
    ['Volgens de Kaderrichtlijn Water.', 'Kaderrichtlijn Water'],
    ['Zie Richtlijn (EU) 2017/2455 over de btw.', 'Richtlijn (EU) 2017/2455'],
    ['Dat volgt uit Richtlijn 2006/123/EG.', 'Richtlijn 2006/123/EG'],
    ['De Habitatrichtlijn Nederland verplicht tot herstel.', 'Habitatrichtlijn'],
    // an old regulation numbered with a two-digit year
    ['Dat regelt Verordening (EEG) nr. 1101/89 van de Raad.', 'Verordening (EEG) nr. 1101/89'],
  ])('%s', (text, law) => {
    expect(ofKind(text, 'law').map((r) => r.text)).toEqual([law]);
  });

  it('reads a numbered regulation and a numbered directive in lower case', () => {
    expect(
      ofKind(
        'De AVG (Verordening (EU) 2016/679) geldt; de richtlijn 2019/1158 en verordening nr. 1305/2013 ook.',
        'law',
      ).map((r) => r.text),
    ).toEqual(['AVG', 'Verordening (EU) 2016/679', 'richtlijn 2019/1158', 'verordening nr. 1305/2013']);
    expect(ofKind('De verordening van de gemeente is streng.', 'law')).toEqual([]);
  });

  it.each(['De richtlijnen voor vergunningen zijn streng.', 'Een nieuwe richtlijn van de inspectie volgt.'])(
    '%s names none',
    (text) => {
      expect(ofKind(text, 'law')).toEqual([]);
    },
  );
});

describe('a name ends before a verb', () => {
  it('in the simple past too', () => {
    expect(
      ofKind('Het Besluit toegankelijkheid van het openbaar vervoer gaf vervoerders tien jaar.', 'law').map(
        (r) => r.text,
      ),
    ).toEqual(['Besluit toegankelijkheid van het openbaar vervoer']);
    expect(ofKind('De Wet maatschappelijke ondersteuning bleef gelden.', 'law').map((r) => r.text)).toEqual([
      'Wet maatschappelijke ondersteuning',
    ]);
  });
});

describe('decrees', () => {
  it('reads a capitalised compound of "besluit" as a decree, and a document inside its name as part of it', () => {
    expect(find('Het Zwembadbesluit 1996 wordt gewijzigd.').map((r) => `${r.kind} ${r.text}`)).toEqual([
      'law Zwembadbesluit 1996',
    ]);
    expect(find('Een wijziging van het Activiteitenbesluit milieubeheer volgt.').map((r) => r.kind)).toEqual([
      'law',
    ]);
  });

  it('leaves a lower-case compound and one at a sentence start alone', () => {
    expect(ofKind('Het ontwerpbesluit ligt ter inzage.', 'law')).toEqual([]);
    expect(ofKind('Instemmingsbesluit genomen.', 'law')).toEqual([]);
  });
});

describe('treaties', () => {
  it.each([
    ['Het Verdrag van Valletta (Malta) wordt in de wet verwerkt.', 'Verdrag van Valletta'],
    ['Volgens het verdrag van Aarhus mag iedereen meepraten.', 'verdrag van Aarhus'],
    [
      'Zie het Verdrag betreffende de werking van de Europese Unie.',
      'Verdrag betreffende de werking van de Europese Unie',
    ],
    ['Het VN-verdrag inzake de rechten van het kind geldt.', 'VN-verdrag inzake de rechten van het kind'],
    ['Het Kinderrechtenverdrag geldt ook hier.', 'Kinderrechtenverdrag'],
    ['Verdrag van Lissabon.', 'Verdrag van Lissabon'],
  ])('%s', (text, law) => {
    expect(ofKind(text, 'law').map((r) => r.text)).toEqual([law]);
  });

  it('swallows the body its name holds', () => {
    expect(find('Zie het Verdrag betreffende de werking van de Europese Unie.').map((r) => r.kind)).toEqual([
      'law',
    ]);
    expect(find('Het VN-verdrag inzake de rechten van het kind geldt.').map((r) => r.kind)).toEqual(['law']);
  });

  it.each([
    'Dat verdrag is oud.',
    'Het verdrag van vorig jaar is opgezegd.',
    'Het verdrag voor de gemeenten is goed.',
    'Het belastingverdrag met België loopt af.',
  ])('%s names none', (text) => {
    expect(ofKind(text, 'law')).toEqual([]);
  });
});

describe('the record of a debate', () => {
  it.each([
    ['Zie Handelingen II 2000/01, blz. 4123-4130 over de keuring.', 'Handelingen II 2000/01, blz. 4123-4130'],
    ['(Handelingen I 2019/20, nr. 12, item 5)', 'Handelingen I 2019/20, nr. 12, item 5'],
    [
      'Het antwoord (Aanhangsel Handelingen II 2013/14, nr. 2336) is kort.',
      'Aanhangsel Handelingen II 2013/14, nr. 2336',
    ],
    [
      'Zie Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.',
      'Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028',
    ],
  ])('%s', (text, cite) => {
    expect(ofKind(text, 'kamerstuk').map((r) => r.text)).toEqual([cite]);
  });

  it('not the word alone', () => {
    expect(ofKind('De Handelingen van de vergadering liggen ter inzage.', 'kamerstuk')).toEqual([]);
  });
});

describe('the Roman-numbered articles of an amending law', () => {
  it.each([
    ['Artikel II regelt de inwerkingtreding.', 'Artikel II'],
    ['Zie artikel IV, onderdeel A, van het wetsvoorstel.', 'artikel IV, onderdeel A'],
  ])('%s', (text, article) => {
    expect(ofKind(text, 'article').map((r) => r.text)).toEqual([article]);
  });

  it('not a word that starts with those letters', () => {
    expect(ofKind('Het artikel Ivo schreef is goed.', 'article')).toEqual([]);
  });
});
