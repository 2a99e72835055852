import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/extract/references/find-references.js';
import { parseLetter } from '../../src/pipeline/parse-letter.js';

const persons = (text: string, surnames?: Set<string>) =>
  findReferences(text, surnames ? { knownSurnames: surnames } : {})
    .filter((r) => r.kind === 'person')
    .map((r) => (r.role ? `${r.text} (${r.role})` : r.text));

describe('persons after a role', () => {
  it('takes new roles and compounds ending in a role', () => {
    expect(persons('Wij schreven informateur Pieter Smit en stikstofminister Anna de Wit.')).toEqual([
      'Pieter Smit (informateur)',
      'Anna de Wit (stikstofminister)',
    ]);
    expect(persons('Aldus KNVB-voorzitter Jansen bij de opening door Koning Willem-Alexander.')).toEqual([
      'Jansen (knvb-voorzitter)',
      'Willem-Alexander (koning)',
    ]);
  });

  it('takes a capitalised particle as the start of a surname', () => {
    expect(persons('Minister De Boer en staatssecretaris Van der Linden reageerden.')).toEqual([
      'De Boer (minister)',
      'Van der Linden (staatssecretaris)',
    ]);
  });

  it('takes a particle in lower case after a role, but not an office', () => {
    expect(
      persons('Staatssecretaris de Jonge en wethouder ten Hove spraken met minister van der Wal.'),
    ).toEqual(['de Jonge (staatssecretaris)', 'ten Hove (wethouder)', 'van der Wal (minister)']);
    expect(persons('Ook voorzitter Samira el Amrani was aanwezig.')).toEqual([
      'Samira el Amrani (voorzitter)',
    ]);
    expect(
      persons('De minister van Financiën en de voorzitter van de Raad en burgemeester van Den Haag kwamen.'),
    ).toEqual([]);
    // an article before a name that goes on in capitals: a body, not a surname
    expect(persons('In 2018 heeft de minister de Nederlandse Sportraad opgericht.')).toEqual([]);
  });

  it('takes a function word as a surname after a particle', () => {
    expect(persons('Ook gedeputeerde Van der Meer (Zeeland) steunt dit.')).toEqual([
      'Van der Meer (gedeputeerde)',
    ]);
    expect(persons('Ook gedeputeerde Meer steunt dit.')).toEqual([]);
  });

  it('reads names after a plural role', () => {
    expect(persons('De ministers Bakker en De Vries kwamen.')).toEqual([
      'Bakker (ministers)',
      'De Vries (ministers)',
    ]);
  });

  it('takes the surname, not the portfolio after "van"', () => {
    expect(persons('Minister Hoogeveen van Sociale Zaken liet weten dat.')).toEqual(['Hoogeveen (minister)']);
    // the portfolio by the first word of its committee's topic
    expect(persons('De bond wil dat minister Veerman van Landbouw de regels aanpast.')).toEqual([
      'Veerman (minister)',
    ]);
    expect(persons('Daarop antwoordde staatssecretaris Bakker van Financiën niet.')).toEqual([
      'Bakker (staatssecretaris)',
    ]);
    expect(persons('Minister Van der Laan van Justitie en Veiligheid schreef.')).toEqual([
      'Van der Laan (minister)',
    ]);
  });

  it('takes no portfolio for a name', () => {
    expect(persons('Er komt een minister Stad en Platteland.')).toEqual([]);
  });

  it('reads the members of "het lid", "de leden" and plural roles in any case, and none without such a word', () => {
    expect(persons('Het lid Bikker en de leden Segers en Asscher stemden.')).toEqual([
      'Bikker (lid)',
      'Segers (lid)',
      'Asscher (lid)',
    ]);
    expect(persons('Wethouders Smit en Van Dam tekenden.')).toEqual([
      'Smit (wethouders)',
      'Van Dam (wethouders)',
    ]);
    expect(persons('De lidstaten Duitsland en Frankrijk en de wethouder tekenden.')).toEqual([]);
  });

  it('reads a role after a comma or bracket, across a modifier and its hyphen, as an apposition', () => {
    expect(persons('Wij spraken Anna de Wit, oud-wethouder, over de wijk.')).toEqual([
      'Anna de Wit (oud-wethouder)',
    ]);
    expect(persons('Pieter Smit (waarnemend  burgemeester) opende.')).toEqual([
      'Pieter Smit (waarnemend burgemeester)',
    ]);
    expect(persons('Pieter Smit,\tvoorzitter, opende.')).toEqual(['Pieter Smit (voorzitter)']);
    // a word that is no modifier, or no comma or bracket, between the name and the role
    const withRole = (text: string) => persons(text).filter((p) => p.endsWith(')'));
    expect(withRole('Wij spraken Anna de Wit, toen wethouder, over de wijk.')).toEqual([]);
    expect(withRole('Wij spraken Anna de Wit; wethouder, over de wijk.')).toEqual([]);
  });

  it('reads a name after a role, its office and a comma, also where a role word overlaps another', () => {
    expect(persons('De staatssecretaris, Eric van der Burg, kwam niet.')).toEqual([
      'Eric van der Burg (staatssecretaris)',
    ]);
    expect(persons('De staatssecretaris van Financiën, Marnix van Rij, schreef.')).toEqual([
      'Marnix van Rij (staatssecretaris)',
    ]);
  });
});

describe('the leads that decide whether a role pattern runs at all', () => {
  it('reads a name after a role and tabs, an initial, a particle in either case or an apostrophe particle', () => {
    expect(persons('Wij spraken wethouder\tJansen en minister Th. de Vries.')).toEqual([
      'Jansen (wethouder)',
      'Th. de Vries (minister)',
    ]);
    expect(persons("Daarna sprak wethouder 't Hart, en burgemeester van den Berg.")).toEqual([
      "'t Hart (wethouder)",
      'van den Berg (burgemeester)',
    ]);
  });

  it('reads no name after a role at a line break, before an office or a word in lower case', () => {
    expect(persons('Dat vond de wethouder\nJansen niet.')).toEqual([]);
    expect(persons('De minister van Justitie en de wethouder gaan ervoor.')).toEqual([]);
  });

  it("reads members with each one's party in brackets after the name", () => {
    expect(persons('Vragen van de leden Dijkstra (NSC) en Tielen (VVD) over bloed.')).toEqual([
      'Dijkstra (lid)',
      'Tielen (lid)',
    ]);
    expect(persons('De leden Bakker, De Vries (PvdA) en Smit stelden vragen.')).toEqual([
      'Bakker (lid)',
      'De Vries (lid)',
      'Smit (lid)',
    ]);
  });

  it('reads members after a tab, and none before a word in lower case', () => {
    expect(persons('De leden\tBikker en Segers stemden.')).toEqual(['Bikker (lid)', 'Segers (lid)']);
    expect(persons('De leden van de commissie en het lid dat sprak.')).toEqual([]);
  });

  it('reads a name after a role and a comma only where it starts with a capital or an initial', () => {
    expect(persons('De minister van Justitie en Veiligheid, D. Yeşilgöz, schreef.')).toEqual([
      'D. Yeşilgöz (minister)',
    ]);
    expect(persons('De voorzitter,\tJan Smit, sprak.')).toEqual(['Jan Smit (voorzitter)']);
    expect(persons('De minister van Financiën, die het wist, zweeg.')).toEqual([]);
  });
});

describe('persons by the form of their name', () => {
  it('takes a title where a word starts, at the start, after a bracket or a line break, not inside a word', () => {
    expect(persons('Dhr. Verbeek schreef dit.')).toEqual(['Dhr. Verbeek']);
    expect(persons('Namens de regeling.\nmevrouw Bakker en (ir. Smit)')).toEqual([
      'mevrouw Bakker',
      'ir. Smit',
    ]);
    expect(persons('De nieuwe regeling. Verbeek en het beheer. Smit schreven.')).toEqual([]);
  });

  it('takes a title with initials or a name', () => {
    expect(persons('Aan: Drs. K.L. Verbeek, p/a Tweede Kamer')).toEqual(['Drs. K.L. Verbeek']);
    expect(persons('Gesprek met mr. A. de Groot en prof. dr. Hendriks.')).toEqual([
      'mr. A. de Groot',
      'prof. dr. Hendriks',
    ]);
    // initials with the name the person goes by in brackets
    expect(persons('Namens het bestuur, ir. B.C. (Bart) van Loon')).toEqual(['ir. B.C. (Bart) van Loon']);
    // a form of address, with one initial and a particle in lower case
    expect(persons('Wij schreven mevrouw T. van Buren en de heer Kaya.')).toEqual([
      'mevrouw T. van Buren',
      'heer Kaya',
    ]);
  });

  it('takes two initials anywhere and one where a line or bracket starts', () => {
    expect(persons('Het advies van K.H. Janssen was helder.')).toEqual(['K.H. Janssen']);
    expect(persons('Met vriendelijke groet,\nB. van Dam')).toEqual(['B. van Dam']);
    expect(persons('Zie plan B. Gemeenten kiezen zelf.')).toEqual([]);
  });

  it('takes a given name from the list with particles and a surname', () => {
    expect(persons('Volgens Anna de Wit en Jan van der Berg is dat zo.')).toEqual([
      'Anna de Wit',
      'Jan van der Berg',
    ]);
    expect(persons('Het werk van Sophie Groot Bakker, onderzoeker.')).toEqual(['Sophie Groot Bakker']);
  });

  it('does not take place names, bodies or a given name alone for a person', () => {
    expect(persons('In Den Haag sprak de Raad van State met Anna over Tweede Kamer.')).toEqual([]);
    // a body after a role word, named by its head last
    expect(persons('Kees Mulder\nvoorzitter Thuiszorgaanbieders Netwerk')).toEqual(['Kees Mulder']);
  });

  it('takes any name a speech verb or a quote attributes words to', () => {
    expect(persons('“Dit kan zo niet,” zegt Wubbo Kraaijeveld. Later meer.')).toEqual(['Wubbo Kraaijeveld']);
    expect(persons('Wubbo Kraaijeveld: “Dit kan zo niet.”')).toEqual(['Wubbo Kraaijeveld']);
    expect(persons('“Zo gaat het,” aldus Stichting De Vaart.')).toEqual([]);
  });

  it('takes any name on a line of its own above a line that opens with a role, as a letter is signed', () => {
    expect(persons('Met vriendelijke groet,\n\nWubbo Kraaijeveld-Smit\nvoorzitter Bond Zuid')).toEqual([
      'Wubbo Kraaijeveld-Smit',
    ]);
    expect(persons('Hoogachtend,\nGerda van der Veen\nalgemeen directeur')).toEqual(['Gerda van der Veen']);
    // a compound ending in a role ("beleidsadviseur"), with a given name the name list lacks
    expect(persons('Met vriendelijke groet,\n\nWubbo Haarsma\nbeleidsadviseur Bond Zuid')).toEqual([
      'Wubbo Haarsma',
    ]);
    expect(persons('Met vriendelijke groet,\n\nStichting De Vaart\nbeleidsadviseur')).toEqual([]);
    // a body above a role, a name in a sentence before a role on the next line, a role that opens no line
    expect(persons('Met vriendelijke groet,\nStichting De Vaart\nvoorzitter')).toEqual([]);
    expect(persons('Het verslag van Wubbo Kraaijeveld\nvoorzitter Bond Zuid')).toEqual([]);
    expect(persons('Wubbo Kraaijeveld\nHet bestuur van de voorzitter')).toEqual([]);
  });

  it('takes a double-barrelled surname with particles after the hyphen, whole', () => {
    expect(persons('Met vriendelijke groet,\nprof. dr. A.M. Kuiper-van Dijk\nvoorzitter')).toEqual([
      'prof. dr. A.M. Kuiper-van Dijk',
    ]);
    expect(persons('Het advies van R.J. Smits-van der Heijden was helder.')).toEqual([
      'R.J. Smits-van der Heijden',
    ]);
    expect(persons('Volgens Anna Bos-de Vries is dat zo.')).toEqual(['Anna Bos-de Vries']);
    // a hyphen before a lower-case word that is no particle ends the name
    expect(persons('Het advies van R.J. Smits-achtige types.')).toEqual(['R.J. Smits']);
  });

  it('takes initials of more than one letter and the particle "el"', () => {
    expect(persons('Namens het bestuur,\nChr. (Chris) de Boer-Stam')).toEqual(['Chr. (Chris) de Boer-Stam']);
    expect(persons('Het advies van Th.J. Verhoef was helder.')).toEqual(['Th.J. Verhoef']);
    expect(persons('Ondertekend,\ndrs. N. el Amrani, secretaris')).toEqual(['drs. N. el Amrani']);
    // a capitalised abbreviation is no initial
    expect(persons('Zie Bijl. Gemeenten kiezen zelf.')).toEqual([]);
  });

  it('takes any given name and surname after a contact label', () => {
    expect(persons('Contactpersoon: Dilan Aydın-Smit, beleidsadviseur')).toEqual(['Dilan Aydın-Smit']);
    expect(persons('Behandeld door: mr. Koen van Wezel')).toEqual(['mr. Koen van Wezel']);
    expect(persons('Inlichtingen bij: Farid Ouali (070 123 45 67)')).toEqual(['Farid Ouali']);
    expect(persons('Contactpersoon: Gemeente Utrecht')).toEqual([]);
    expect(persons('Contactpersoon: het secretariaat')).toEqual([]);
  });

  it('finds bare surnames of persons named in full elsewhere', () => {
    expect(persons('Van der Berg en De Wit vragen meer geld.', new Set(['Van der Berg', 'De Wit']))).toEqual([
      'Van der Berg',
      'De Wit',
    ]);
  });
});

describe('persons in the reference list', () => {
  it('reads persons in the letterhead fields, with their label when it is a contact label', () => {
    const letter = parseLetter(
      [
        'Stichting Voorbeeld',
        'Aan de vaste commissie voor Financiën',
        'Ons kenmerk',
        'Contactpersoon',
        'Datum',
        'SV/2021/12',
        'Noor Hendrikx',
        '4 maart 2021',
        'Onderwerp',
        'Reactie op de begroting',
        'Geachte leden van de commissie,',
        'Wij vragen u de korting te schrappen.',
        '',
      ].join('\n'),
    );
    expect(letter.references.filter((r) => r.kind === 'person').map((r) => r.text)).toEqual([
      'Noor Hendrikx',
    ]);
  });

  it('lists a person once: a later mention by surname alone adds nothing', () => {
    const letter = parseLetter('Burgemeester Anna de Wit schreef de Kamer.\n\nDe Wit vraagt meer geld.\n');
    expect(letter.references.filter((r) => r.kind === 'person').map((r) => r.text)).toEqual(['Anna de Wit']);
  });
});
