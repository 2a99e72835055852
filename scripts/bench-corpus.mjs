// Builds the benchmark corpus in bench-corpus/ (git-ignored): letters made from letters/ and the test
// fixtures, with other numbers and names and other lengths, so no two are the same text. Deterministic.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const CORPUS_DIR = 'bench-corpus';
const SOURCES = ['letters', 'test/fixtures/letters'];

// made-up people and real municipality names, to vary the names a letter mentions
const SURNAMES = [
  'De Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
];
const PLACES = [
  'Zwolle',
  'Almere',
  'Tilburg',
  'Leeuwarden',
  'Assen',
  'Venlo',
  'Delft',
  'Hoorn',
  'Emmen',
  'Gouda',
  'Oss',
  'Ede',
];
const ROLE_NAME =
  /\b(minister|staatssecretaris|wethouder|burgemeester|gemeente|Kamerlid)( [A-Z][a-z]+(?: [A-Z][a-z]+)?)/g;

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceLetters() {
  return SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => ({ ext: extname(f), text: readFileSync(join(dir, f), 'utf8') })),
  );
}

/** One letter: a source letter, more sections from others until it reaches its length, new numbers and names. */
function makeLetter(sources, rnd, targetBytes) {
  const pick = () => sources[Math.floor(rnd() * sources.length)];
  const base = pick();
  let text = base.text;
  while (text.length < targetBytes) {
    const other = pick().text;
    const body = other.slice(Math.max(0, other.indexOf('\n\n'))); // without the other letter's first lines
    text += `\n\n${body.trim()}\n`;
  }
  text = text.replace(/\d/g, (d) => (rnd() < 0.5 ? String(Math.floor(rnd() * 10)) : d));
  const names = [...SURNAMES, ...PLACES];
  text = text.replace(ROLE_NAME, (_, role) => `${role} ${names[Math.floor(rnd() * names.length)]}`);
  return { ext: base.ext, text };
}

/** Writes `count` letters (about `meanBytes` each) unless the corpus is there already; returns the files. */
export function buildCorpus({ count = 2000, meanBytes = 3000, seed = 6 } = {}) {
  const stamp = join(CORPUS_DIR, '.corpus.json');
  const want = JSON.stringify({ count, meanBytes, seed, version: 1 });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    rmSync(CORPUS_DIR, { recursive: true, force: true });
    mkdirSync(CORPUS_DIR, { recursive: true });
    const sources = sourceLetters();
    const rnd = random(seed);
    for (let i = 0; i < count; i++) {
      // lengths spread evenly from a fifth to nine fifths of the mean (whole sections make them ~1.4 KB longer)
      const { ext, text } = makeLetter(sources, rnd, meanBytes * (0.2 + 1.6 * rnd()));
      writeFileSync(join(CORPUS_DIR, `letter-${String(i).padStart(4, '0')}${ext}`), text);
    }
    writeFileSync(stamp, want);
  }
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(CORPUS_DIR, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  return { dir: CORPUS_DIR, files, bytes };
}
