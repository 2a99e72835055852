import { describe, expect, it } from 'vitest';
import { readNameRun } from '../../src/extract/references/read-name-run.js';

const run = (text: string, options = {}): string => text.slice(0, readNameRun(text, 0, options).end).trim();

describe('readNameRun', () => {
  it('stops at punctuation, stop words, numbers and "en" before a determiner', () => {
    expect(run(' regulering sekswerk, zo blijkt')).toBe('regulering sekswerk');
    expect(run(' betaalbare huur moet snel komen')).toBe('betaalbare huur');
    expect(run(' Samen tegen armoede en de extra middelen')).toBe('Samen tegen armoede');
    expect(run(' inburgering 2021')).toBe('inburgering');
    expect(run(' modernisering en uitbreiding van de strafbaarstelling.')).toBe(
      'modernisering en uitbreiding van de strafbaarstelling',
    );
  });

  it('joins a determiner only after a preposition or conjunction', () => {
    expect(run(' Spoedzorg de sluitingen rechtvaardigt')).toBe('Spoedzorg');
    expect(run(' Samen het verschil maken')).toBe('Samen');
    expect(run(' Toezicht op de jeugdzorg, zo blijkt')).toBe('Toezicht op de jeugdzorg');
    expect(run(' Zorg voor het kind.')).toBe('Zorg voor het kind');
  });

  it('drops joining words at the end and follows a wrapped line only in lower case', () => {
    expect(run(' verbetering van de')).toBe('verbetering');
    expect(run(' circulaire\neconomie is nodig')).toBe('circulaire\neconomie');
    expect(run(' circulaire economie\nGeachte leden')).toBe('circulaire economie');
    expect(run(' circulaire economie\n\nvan de')).toBe('circulaire economie');
  });

  it('can demand a capital first word or allow a stop word first', () => {
    expect(run(' programma', { capitalFirst: true })).toBe('');
    expect(run(' Wet betaalbare huur', { firstAllowed: new Set(['wet']) })).toBe('Wet betaalbare huur');
    expect(run(' Wet betaalbare huur')).toBe('');
  });
});
