import { describe, expect, it } from 'vitest';
import { selfHelpQuestion } from '../../src/extract/asks/self-help-question.js';

describe('selfHelpQuestion', () => {
  it.each([
    ['Wat kunt u doen?', 'reader'],
    ['Wat kun jij doen? ', 'reader'],
    ['Hoe kunt u helpen?', 'reader'],
    ['Wat kan ik als lid zelf doen?', 'own'],
    ['WAT KUNNEN WIJ ZELF DOEN?', 'own'],
    ['En wat doen we zelf?', 'own'],
    ['Wat doen onze leden?', 'own'],
  ])('reads %j as a question of what someone can do, asked of %s', (text, whose) => {
    expect(selfHelpQuestion(text)).toBe(whose);
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
    expect(selfHelpQuestion(text)).toBeNull();
  });
});
