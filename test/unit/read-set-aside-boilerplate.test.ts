import { describe, expect, it } from 'vitest';
import { createLetterFile } from '../../src/core/letter-file.js';
import { setAsideBoilerplate } from '../../src/read/set-aside-boilerplate.js';

/** Runs the function and checks what must always hold: same length, newlines kept, positions slice the text. */
function setAside(text: string) {
  const file = createLetterFile('-', text);
  setAsideBoilerplate(file);
  const result = { masked: file.text, discarded: file.discarded };
  expect(result.masked.length).toBe(text.length);
  expect([...result.masked].filter((c) => c === '\n').length).toBe(
    [...text].filter((c) => c === '\n').length,
  );
  for (const d of result.discarded) {
    expect(text.slice(d.position.start.offset, d.position.end.offset)).toBe(d.text);
    expect(result.masked.slice(d.position.start.offset, d.position.end.offset).trim()).toBe('');
  }
  return { ...result, rules: result.discarded.map((d) => [d.rule, d.text]) };
}

const PARA = 'Gemeenten vragen de Kamer om structurele middelen voor de aanpak van uitbuiting.';

describe('setAsideBoilerplate', () => {
  it('discards web boilerplate lines, keeping offsets and line numbers', () => {
    const text = `login »\n12 maart 2023\n\nKop van het bericht\n\n${PARA}\n\nMeer informatie`;
    const r = setAside(text);
    expect(r.rules).toEqual([
      ['login-link', 'login »'],
      ['more-information', 'Meer informatie'],
    ]);
    expect(r.discarded[1]?.position.start).toEqual({ line: 8, column: 1, offset: text.lastIndexOf('Meer') });
    expect(r.masked.startsWith('       \n12 maart 2023')).toBe(true);
    expect(r.discarded[0]?.reason).toBe('web boilerplate: login link');
  });

  it('handles a trailing "Meer informatie" with a final newline, and CR before it', () => {
    expect(setAside(`${PARA}\n\nMeer informatie\n`).rules).toEqual([['more-information', 'Meer informatie']]);
    expect(setAside(`${PARA}\r\n\r\nMeer informatie:\r\n`).rules).toEqual([
      ['more-information', 'Meer informatie:'],
    ]);
  });

  it('knows the forum, comment, skip-link, share, cookie and scraper lines', () => {
    const lines = [
      ' url: https://example.org/nieuws/bericht-1',
      'Ga naar de inhoud',
      'You must log in or # to comment.',
      'Reacties zijn uitgeschakeld.',
      'Geef een reactie',
      'Deel dit artikel',
      'Deel via LinkedIn',
      'Lees meer »',
      'Deze website maakt gebruik van cookies om het bezoek te analyseren.',
      'Accepteer alle cookies',
    ];
    const text = lines.map((l) => `${l}\n\n${PARA}\n\n`).join('');
    const r = setAside(text);
    expect(r.discarded.map((d) => d.text)).toEqual(lines.map((l) => l.trim()));
    expect(new Set(r.rules.map(([rule]) => rule)).size).toBe(8);
  });

  it('matches through Markdown decoration: heading marks, bold, a whole-line link', () => {
    const r = setAside(
      `## Meer informatie\n\n${PARA}\n\n**Lees meer**\n\n[Inloggen](https://example.org/login)\n`,
    );
    expect(r.rules.map(([rule]) => rule)).toEqual(['more-information', 'read-more', 'login-link']);
  });

  it('keeps a paragraph line that merely contains or wraps onto "meer informatie"', () => {
    const wrapped = 'Op de website van de gemeente vindt u\nmeer informatie\nover de regeling.';
    const inline = 'Voor meer informatie kunt u contact opnemen met de griffie.';
    expect(setAside(`${wrapped}\n\n${inline}\n`).discarded).toEqual([]);
    expect(setAside('Wij zoeken nog naar\nMeer informatie\nover de gevolgen.').discarded).toEqual([]);
  });

  it('discards a category label only at the top of the text', () => {
    expect(setAside(`Nieuws\n\nKop van het bericht\n\n${PARA}`).rules).toEqual([
      ['category-label', 'Nieuws'],
    ]);
    const late = `Kop\n\n${PARA}\n\n${PARA}\n\n${PARA}\n\n${PARA}\n\n${PARA}\n\nNieuws\n\n${PARA}`;
    expect(setAside(late).discarded).toEqual([]);
  });

  it('knows the furniture of news pages by class', () => {
    const lines: [string, string][] = [
      ['Deel dit via:', 'share-links'],
      ['TwitterFacebookWhatsApp', 'social-network'],
      ['LinkedIn | E-mail', 'social-network'],
      ['Link gekopieerd naar klembord', 'copy-link'],
      ['Hoofdmenu', 'menu'],
      ['U bent hier: Home / Actueel / Nieuws', 'breadcrumb'],
      ['Actueel > Nieuws > Water', 'breadcrumb-trail'],
      ['Zoeken', 'menu-button'],
      ['6 min leestijd', 'reading-time'],
      ['Leestijd 2 minuten', 'reading-time'],
      ['Gisteren, 18:12', 'relative-time'],
      ['3 dagen geleden', 'relative-time'],
      ['Foto: Hollandse Hoogte / Jan Jansen', 'photo-credit'],
      ['De minister op werkbezoek in Zwolle (Beeld: ANP / Piet Pietersen)', 'caption'],
      ['Trefwoorden: water, dijken, klimaat', 'tags'],
      ['Lees ook: Kabinet trekt geld uit voor dijken', 'related-items-line'],
      ['Gerelateerde artikelen', 'related-items'],
      ['Gerelateerd nieuws', 'related-items'],
      ['Download (pdf, 312 kB)', 'download'],
      ['Meld je aan voor onze nieuwsbrief', 'newsletter'],
    ];
    const r = setAside(lines.map(([l]) => `${l}\n\n${PARA}\n\n`).join(''));
    expect(r.rules).toEqual(lines.map(([l, rule]) => [rule, l]));
  });

  it('judges a line beside one it set aside as standing alone', () => {
    expect(setAside(`Menu\nSluiten\nZoeken\n\n${PARA}`).rules.map(([rule]) => rule)).toEqual([
      'menu',
      'menu-button',
      'menu-button',
    ]);
  });

  it('judges a line again once the line after it went: a second round, with the patterns each line matched', () => {
    // "sluiten" runs on from nothing ("…" ends a sentence) and goes in the first round; only then does "Lees meer…"
    // stand alone, as it did not while a lower-case line followed it
    expect(setAside(`${PARA}\n\nLees meer...\nsluiten\n\n${PARA}`).rules).toEqual([
      ['read-more', 'Lees meer...'],
      ['menu-button', 'sluiten'],
    ]);
    // a line that matches no pattern is never set aside, however alone it stands
    expect(setAside(`${PARA}\n\nLees dit...\nsluiten\n\n${PARA}`).rules).toEqual([
      ['menu-button', 'sluiten'],
    ]);
  });

  it('keeps prose and titles that look like furniture', () => {
    const keep = [
      'Download de reactie van de koepel (pdf)',
      'Lees de volledige brief',
      'Deel van de gemeenten kan dit niet betalen.',
      "Foto's van het werkbezoek staan op de website.",
      'Vandaag debatteert de Kamer over de wet.',
      'Terug naar de kern van de zaak',
      'Thema dijkversterking en waterveiligheid',
      'Onderwerpen die gemeenten raken',
    ];
    expect(setAside(keep.map((l) => `${l}\n\n${PARA}\n\n`).join('')).discarded).toEqual([]);
    // a word of a sentence wrapped onto a line of its own
    expect(
      setAside('De gemeenten blijven samen met het Rijk\nzoeken\nnaar een oplossing.').discarded,
    ).toEqual([]);
  });

  it('discards labelled and decorated page numbers, inside a block too', () => {
    const text = `${PARA}\nPagina 2 van 4\n${PARA}\n- 3 -\n${PARA}\n\n4/4\n\n${PARA}\npagina 5`;
    expect(setAside(text).rules).toEqual([
      ['page-label', 'Pagina 2 van 4'],
      ['page-dashes', '- 3 -'],
      ['page-fraction', '4/4'],
      ['page-label', 'pagina 5'],
    ]);
  });

  it('discards bare page numbers that count up a page apart, not a lone number or a list of figures', () => {
    const page = Array.from({ length: 6 }, () => PARA).join('\n\n');
    const r = setAside(`${page}\n\n2\n\n${page}\n\n3\n\n${page}`);
    expect(r.rules).toEqual([
      ['page-bare', '2'],
      ['page-bare', '3'],
    ]);
    expect(setAside(`${page}\n\n2\n\n${page}`).discarded).toEqual([]);
    expect(setAside(`Aantal meldingen:\n\n12\n\n13\n\n14\n\n${PARA}`).discarded).toEqual([]);
    // a letterhead value "1" (one attachment) in a block
    expect(setAside('bijlage(n)\n1\nbetreft\nReactie op het wetsvoorstel').discarded).toEqual([]);
  });

  it('discards a running header or footer that recurs three times, all occurrences', () => {
    const footer = 'VNG | Inbreng commissiedebat 11 september';
    const page = `${PARA}\n${PARA}\n${PARA}`;
    const text = `${page}\n${footer}\n${page}\n\n${footer}\n\n${page}\n${footer}`;
    const r = setAside(text);
    expect(r.discarded).toHaveLength(3);
    expect(
      r.discarded.every((d) => d.text === footer && d.reason === 'running header/footer (repeated 3 times)'),
    ).toBe(true);
  });

  it('does not count one-word lines, list items, questions or sentences as running lines', () => {
    const text = ['Wat vragen wij van u?', '- Zorg voor structurele financiering', 'Mensenhandel', PARA]
      .flatMap((l) => [l, '', PARA, ''])
      .join('\n')
      .repeat(3);
    expect(setAside(text).discarded).toEqual([]);
  });

  it('sets aside a menu bar at the top of a page, whatever separates its items', () => {
    for (const menu of [
      'Home   Over ons   Standpunten   Lid worden   Contact',
      'Wie zijn wij  Projecten  Nieuws  Doe mee!',
      'Voor gemeenten | Voor inwoners | Pers | Zoek een loket',
      'nieuws | agenda | leden | over de bond | english',
      '[ Home ] [ Nieuws ] [ Lidmaatschap ] [ Contact ]',
      "Over ons · Thema's · Publicaties",
    ])
      expect(setAside(`Bond van Waterbeheerders\n${menu}\nDijken moeten hoger\n\n${PARA}`).rules).toEqual([
        ['menu-bar', menu],
      ]);
  });

  it('keeps a line of two items, a date line, figures, a sentence and a menu-like line far down the text', () => {
    for (const line of [
      'Wonen  Zorg',
      'Geplaatst: dinsdag 12 april 2005 | Categorie: Wonen',
      'Gemeente  2023  2024',
      'Wonen, zorg en werk | Wat wij vragen | Onze leden',
      'Wij vragen: geld | tijd | ruimte',
    ])
      expect(setAside(`Kop van het bericht\n${line}\n\n${PARA}`).rules).toEqual([]);
    const far = `${PARA}\n\n`.repeat(12);
    expect(setAside(`${far}Gemeenten | Provincies | Waterschappen\n\n${PARA}`).rules).toEqual([]);
  });

  it('reads links as their text: a trail of Markdown links is a breadcrumb trail, a row of them a menu', () => {
    const trail = '[Home](https://a.example/) / [Over ons](https://a.example/over) / Wat wij willen';
    expect(setAside(`${trail}\n\n# Wat wij willen\n\n${PARA}`).rules).toEqual([['breadcrumb', trail]]);
    const row =
      '[Home](https://a.example/) [Nieuws](https://a.example/nieuws) [Over ons](https://a.example/over)';
    expect(setAside(`${row}\n\n# Wat wij willen\n\n${PARA}`).rules).toEqual([['menu-bar', row]]);
    const prose = `Lees [de brief](https://a.example/brief.pdf) aan de Kamer over de dijken.`;
    expect(setAside(`${prose}\n\n${PARA}`).rules).toEqual([]);
  });

  it('sets aside the buttons of a cookie banner', () => {
    for (const buttons of [
      'Alle cookies  Alleen noodzakelijk',
      'Accepteren | Weigeren',
      'Instellingen  Akkoord',
    ])
      expect(setAside(`${buttons}\nKop van het bericht\n\n${PARA}`).rules).toEqual([
        ['cookie-notice', buttons],
      ]);
    expect(setAside(`Kop van het bericht\n\nDe gemeente gaat akkoord.\n\n${PARA}`).rules).toEqual([]);
  });

  it('sets aside the furniture at the foot of a news page: comments, tips, newsletter sign-ups, role bylines', () => {
    const foot = [
      ['comments-label', 'Reacties (4)'],
      ['no-comments', 'Er zijn nog geen reacties. Log in om te reageren.'],
      ['news-tip', 'Tip de redactie: redactie@krant.example | WhatsApp 06 - 12 34 56 78'],
      ['news-tip', 'Heb je een tip? Mail ons'],
      ['newsletter', 'Blijf op de hoogte'],
      ['newsletter', 'Meld je aan voor de nieuwsbrief van de Waterbond'],
      ['newsletter', 'Ontvang elke week het laatste nieuws over dijken en water.'],
      ['newsletter-form', 'E-mailadres  Inschrijven'],
      ['byline-role', 'Door onze verslaggever'],
      ['share-links', 'Deel dit bericht  Link kopiëren'],
    ];
    for (const [rule, line] of foot)
      expect(setAside(`${PARA}\n\n${line}\n\n${PARA}`).rules, line).toEqual([[rule, line]]);
  });

  it('keeps a heading "Reacties" above the text it heads, and sentences about news and comments', () => {
    for (const line of [
      'Reacties\nGemeenten reageerden verdeeld op het plan.',
      'De minister wil op de hoogte blijven van de voortgang.',
      'Gemeenten ontvangen elke maand een voorschot van het Rijk.',
      'Wij hebben geen reacties ontvangen van de provincies.',
    ])
      expect(setAside(`${PARA}\n\n${line}\n\n${PARA}`).rules, line).toEqual([]);
  });

  it('sets aside a trail that opens with an arrow, not a single item after one', () => {
    expect(setAside(`» Nieuws » Cultuurbeleid\nKop van het bericht\n\n${PARA}`).rules).toEqual([
      ['breadcrumb-trail', '» Nieuws » Cultuurbeleid'],
    ]);
    expect(setAside(`${PARA}\n\n» Gemeenten vragen meer geld voor dijken\n\n${PARA}`).rules).toEqual([]);
  });

  it('never throws and returns the text unchanged when there is nothing to set aside', () => {
    for (const text of ['', '\n', '   ', PARA, '\n\n\n2\n\n\n', 'x\n'.repeat(1000)]) {
      const r = setAside(text);
      expect(r.masked).toBe(text);
    }
  });
});
