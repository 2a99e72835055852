/** The example letters and fixture letters the tests run on. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LETTER_2022 = 'letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt';
export const LETTER_2024 = 'letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt';

const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(dir, f));

/** Every letter in letters/ and test/fixtures/letters/. */
export const allLetters = (): string[] => [...list('letters'), ...list('test/fixtures/letters')];
