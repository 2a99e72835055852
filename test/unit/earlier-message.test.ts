import { describe, expect, it } from 'vitest';
import { isReply, opensEarlierMessage } from '../../src/extract/asks/earlier-message.js';

describe('an e-mail reply and the earlier message it quotes', () => {
  it.each([
    'Van: Els Bakker\nOnderwerp: RE: vergunningen\n\nGeachte heer,',
    'Onderwerp: Antw: vergunningen',
    'Subject: Re: permits',
  ])('%j is a reply', (head) => {
    expect(isReply(head)).toBe(true);
  });

  it.each([
    'Onderwerp: FW: vergunningen',
    'Onderwerp: vergunningen voor kinderboerderijen',
    // a reply prefix in the body is no subject
    'Geachte heer,\n\nRE: uw brief van 3 mei',
  ])('%j is no reply', (head) => {
    expect(isReply(head)).toBe(false);
  });

  it.each([
    '-----Oorspronkelijk bericht-----\nVan: Bureau De Boer',
    '----- Original Message -----',
    'Op di 14 mei 2002 om 10:12 schreef Bureau De Boer <b@tweedekamer.nl>:',
    'On Tue, May 14, 2002 at 10:12 AM Jan <jan@example.nl> wrote:',
  ])('%j opens the earlier message', (text) => {
    expect(opensEarlierMessage(text)).toBe(true);
  });

  it.each([
    'Oorspronkelijk bericht van de minister is zoek.',
    'Op 14 mei schreef de minister ons een brief.',
    'Op de agenda staat:',
  ])('%j does not', (text) => {
    expect(opensEarlierMessage(text)).toBe(false);
  });
});
