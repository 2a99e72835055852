import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { expectGolden } from './helpers/golden.js';
import { allLetters } from './helpers/letters.js';

describe('parse: golden models', () => {
  for (const path of allLetters()) {
    it(basename(path), () => {
      const letter = parseLetter(readFileSync(path), { path });
      expectGolden(`test/golden/parse/${basename(path)}.json`, `${JSON.stringify(letter, null, 2)}\n`);
    });
  }
});
