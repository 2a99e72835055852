import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/index.js';
import { askedBy } from '../../src/render/asked-by.js';
import { loadLabels } from '../../src/render/load-labels.js';

const labels = loadLabels('nl');
const letter = parseLetter(
  [
    'Fietsbond Zuid: kabinet moet fietspaden verbreden',
    '',
    'Utrecht, 3 maart 2025',
    '',
    'De Stichting Fietsbond Zuid vraagt het kabinet om de fietspaden te verbreden.',
    'Ook de Vereniging Wegbeheer Nederland roept de minister op het onderhoud te betalen.',
  ].join('\n'),
);

describe('askedBy', () => {
  it('names a requester other than the sender', () => {
    expect(askedBy(letter, 'de Vereniging Wegbeheer Nederland', labels)).toBe(
      'gevraagd door de Vereniging Wegbeheer Nederland',
    );
  });

  it('leaves out the sender, in any form of its name', () => {
    const sender = letter.meta.sender;
    expect(sender).not.toBeNull();
    expect(askedBy(letter, sender, labels)).toBeNull();
    expect(askedBy(letter, `De ${sender!}`, labels)).toBeNull();
  });

  it('gives nothing for no requester', () => {
    expect(askedBy(letter, null, labels)).toBeNull();
    expect(askedBy(letter, '  ', labels)).toBeNull();
  });
});
