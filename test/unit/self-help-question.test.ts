import { describe, expect, it } from 'vitest';
import { isSelfHelpQuestion } from '../../src/extract/asks/self-help-question.js';

describe('isSelfHelpQuestion', () => {
  it.each([
    'Wat kunt u doen?',
    'Wat kan ik als lid zelf doen?',
    'WAT KUNNEN WIJ ZELF DOEN?',
    'En wat doen we zelf?',
    'Wat doen onze leden?',
    'Hoe kunt u helpen?',
    'Wat kun jij doen? ',
  ])('reads %j as a question of what the reader or writer can do', (text) => {
    expect(isSelfHelpQuestion(text)).toBe(true);
  });

  it.each([
    // government as the subject asks what government should do
    'Wat kan het kabinet doen?',
    'Wat moet de minister doen?',
    'Hoe kan de Tweede Kamer helpen?',
    // not a question, or a question of something else
    'Wat kunt u doen.',
    'Wat moet er gebeuren?',
    'Wat kunt u verwachten?',
    'Wat vragen wij van u?',
    'Waarom doen wij dit?',
    'Wat doen?',
  ])('does not read %j as one', (text) => {
    expect(isSelfHelpQuestion(text)).toBe(false);
  });
});
