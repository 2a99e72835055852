/** isClauseVerb: which words make a clause, for telling a statement from a fragment without a verb. */
import { describe, expect, it } from 'vitest';
import { isClauseVerb } from '../../src/extract/asks/ask-lexicon.js';

describe('isClauseVerb', () => {
  it.each([
    ['steunt', 'present with -t'],
    ['investeren', 'infinitive or present plural'],
    ['slaat', '-t form of an infinitive in -n'],
    ['doet', '-t form of an infinitive in -n'],
    ['stelde', 'weak past'],
    ['maakten', 'weak past plural'],
    ['liep', 'strong past'],
    ['gaven', 'strong past plural, devoiced'],
    ['bleven', 'strong past plural, vowel doubled'],
    ['besloot', 'strong past with a prefix'],
    ['aankwamen', 'strong past plural with a prefix'],
    ['is', 'auxiliary'],
  ])('%s (%s)', (word) => {
    expect(isClauseVerb(word)).toBe(true);
  });

  it.each(['opgestelde', 'uitgangspunt', 'gemeenten', 'vereniging', 'met', 'als', 'brede', 'welvaart'])(
    'not %s',
    (word) => {
      expect(isClauseVerb(word)).toBe(false);
    },
  );
});
