import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { firstNames } from '../../src/text/first-names.js';

describe('the given-name list', () => {
  it('is what scripts/make-first-names.mjs writes from the npm name lists', () => {
    const out = execFileSync(process.execPath, ['scripts/make-first-names.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('first-names.yaml is up to date');
  });

  it('holds Dutch names of several generations, and no function word, particle or month', () => {
    for (const name of [
      'Jan',
      'Anna',
      'Daan',
      'Sophie',
      'Gerrit',
      'Kees',
      'Mohammed',
      'Henk',
      'Karin',
      'Ruud',
    ])
      expect(firstNames()).toContain(name);
    for (const word of ['Ben', 'Door', 'Elke', 'Lieve', 'Van', 'Ter', 'April', 'Wil'])
      expect(firstNames()).not.toContain(word);
  });

  it('takes no name that is also a Dutch word from the broad list of older names', () => {
    for (const word of ['Rijk', 'Hamer', 'Constant', 'Koos']) expect(firstNames()).not.toContain(word);
  });
});
