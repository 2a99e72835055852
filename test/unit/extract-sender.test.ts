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

  it('none when no body asks', () => {
    const text =
      'Het kabinet heeft vandaag het plan voor de dijkversterking gepresenteerd. De uitvoering start volgend jaar.';
    expect(sender(text)).toBeNull();
  });
});
