// End-to-end check of `vng-brief brief` with a real headless Chromium (run by `npm run test:e2e`, after the build).
// The gallery: every letter in letters/ and test/fixtures/letters/, and the dev corpus in ../shared/corpus/dev/
// when it is there, briefed as a folder (one Chromium for all of them) to PDF and to HTML. Each brief must
// - print to exactly ONE A4 page (page objects counted in the PDF by plain Node, /Count cross-checked);
// - fill at least 90% of the page when the letter has that much content (the brief had to be cut to fit),
//   measured here again in Chromium on the HTML brief;
// - have a heading that ends at a word of the letter, and a key message that is not the salutation.
// Then: a letter far too long for a page gets one full page that says how many asks it left out, and warns;
// a hostile letter's PDF carries no script or javascript: link; standard input works; and docs/ gets PNGs of
// six briefs (the letters in letters/ and the fixtures: no third-party text) for the README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { countPdfPages, findChromium, openChromium } from '../dist/index.js';

const OUT = 'out/e2e';
const CORPUS = '../shared/corpus/dev';
const A4 = [595, 842];
const FILL = 0.9;
let failures = 0;

const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures++;
};

const cli = (args, input) => {
  const r = spawnSync(process.execPath, ['bin/vng-brief.js', ...args], {
    input,
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
};

/** Briefs of the folders, in one run of the CLI (one browser), and its index. */
function briefFolder(inputs, format, out) {
  rmSync(out, { recursive: true, force: true });
  const r = cli(['brief', ...inputs, '--out', out, '--format', format, '--quiet']);
  if (r.code !== 0)
    check(false, `brief --out ${out} --format ${format} exited ${r.code}: ${r.stderr.trim()}`);
  return JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
}

const text = (html) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const between = (html, re) => {
  const m = re.exec(html);
  return m ? text(m[1]) : null;
};
const fold = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The heading ends where a word of the letter ends: its last words are in the letter, not followed by a letter. */
function endsAtWord(heading, letter) {
  const words = fold(heading).split(' ');
  const hay = fold(letter);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    let at = hay.indexOf(tail);
    while (at >= 0) {
      if (!/\p{L}/u.test(hay.charAt(at + tail.length))) return true;
      at = hay.indexOf(tail, at + 1);
    }
  }
  return false;
}

const SALUTATION = /^(zeer geachte|geachte|beste|l\.s\.|aan de leden|aan de voorzitter)(?!\p{L})/iu;

function pdfChecks(name, file) {
  const pages = countPdfPages(readFileSync(file));
  const box = pages.mediaBox ?? [0, 0, 0, 0];
  const a4 = Math.abs(box[2] - A4[0]) < 2 && Math.abs(box[3] - A4[1]) < 2;
  const counted = pages.count === null || pages.count === pages.objects;
  check(
    pages.objects === 1 && a4 && counted,
    `${name}: ${pages.objects} A4 page(s)${a4 ? '' : ` (not A4: ${box.slice(2).join(' × ')} pt)`}${counted ? '' : ` (/Count ${pages.count})`}`,
  );
  return pages.objects;
}

if (!findChromium()) {
  console.error('e2e-brief: no Chromium found (install the chromium package or set CHROME_PATH)');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const started = Date.now();

// 1. The gallery.
const folders = ['letters', 'test/fixtures/letters', ...(existsSync(CORPUS) ? [CORPUS] : [])];
const pdfs = briefFolder(folders, 'pdf', join(OUT, 'gallery-pdf'));
const htmls = briefFolder(folders, 'html', join(OUT, 'gallery-html'));
const browser = await openChromium();
const fills = [];
try {
  for (const [i, entry] of pdfs.letters.entries()) {
    const name = basename(entry.path);
    if (!entry.output) {
      check(false, `${name}: no brief (${entry.error})`);
      continue;
    }
    pdfChecks(name, entry.output);
    const html = readFileSync(htmls.letters[i].output, 'utf8');
    const m = await browser.measure(html);
    const used = m.content / m.page;
    const cut = entry.page.shortened.length > 0;
    fills.push({ name, used, cut });
    check(
      used <= 1.001 && (!cut || used >= FILL),
      `${name}: ${(used * 100).toFixed(1)}% of the page${cut ? `, cut to fit (${entry.page.shortened.join(', ')})` : ', the whole brief'}`,
    );
    const letter = readFileSync(entry.path, 'utf8');
    const heading = between(html, /<h1>([\s\S]*?)<\/h1>/);
    if (heading)
      check(endsAtWord(heading, letter), `${name}: heading "${heading}" ends at a word of the letter`);
    const key = between(html, /<section class="key">[\s\S]*?<p>([\s\S]*?)<\/p>/);
    if (key)
      check(!SALUTATION.test(key), `${name}: key message is not the salutation ("${key.slice(0, 60)}…")`);
  }

  // 2. Far too long for a page: one full page that says how many asks are left out, and a warning.
  const topics = Array.from(
    { length: 40 },
    (_, i) =>
      `Onderwerp ${i + 1} over de wijkteams\n\nDe wijkteams hebben in regio ${i + 1} te weinig mensen om alle gezinnen op tijd te helpen.\n\n- ➔ Zorg voor extra geld voor de wijkteams in regio ${i + 1}, zodat zij gezinnen op tijd kunnen helpen\n`,
  );
  writeFileSync(
    join(OUT, 'te-lang.txt'),
    `Geachte leden,\n\nWij vragen uw aandacht voor de wijkteams.\n\n${topics.join('\n')}`,
  );
  const long = cli(['brief', join(OUT, 'te-lang.txt'), '-o', join(OUT, 'te-lang.pdf')]);
  if (long.code === 0) {
    pdfChecks('too long a letter', join(OUT, 'te-lang.pdf'));
    const html = cli(['brief', join(OUT, 'te-lang.txt'), '--format', 'html', '-q']).stdout.toString('utf8');
    const m = await browser.measure(html);
    check(
      m.content / m.page >= FILL,
      `too long a letter: ${((m.content / m.page) * 100).toFixed(1)}% of the page`,
    );
    check(
      /\+\d+ vragen meer in de brief/.test(text(html)),
      'too long a letter: says how many asks it left out',
    );
    check(
      /lists \d+ of the letter's asks.*\[brief-overflow\]/.test(long.stderr),
      'too long a letter: warned on stderr',
    );
  } else check(false, `too long a letter: exited ${long.code}: ${long.stderr.trim()}`);

  // 3. Hostile text: no script and no javascript: link survives into the PDF.
  const hostile = `Onderwerp: Inbreng <script>alert(1)</script>\n\nGeachte leden,\n\nLees [de handleiding](javascript:alert(2)) en <img src=x onerror=alert(3)> en {{ tool.version }}.\n\n- ➔ Zorg voor <script>alert(4)</script> en [klik](javascript:alert(5))\n`;
  writeFileSync(join(OUT, 'kwaad.txt'), hostile);
  const bad = cli(['brief', join(OUT, 'kwaad.txt'), '--format', 'pdf', '-o', join(OUT, 'kwaad.pdf'), '-q']);
  const pdf = bad.code === 0 ? readFileSync(join(OUT, 'kwaad.pdf')).toString('latin1') : '';
  check(
    bad.code === 0 && !/\/(JavaScript|JS)\b|\/URI\s*\(\s*javascript/i.test(pdf),
    'hostile letter: PDF without scripts or javascript: links',
  );

  // 4. Standard input.
  const piped = cli(
    ['brief', '-', '--format', 'md', '-q'],
    readFileSync('letters/' + readdirSync('letters')[0]),
  );
  check(
    piped.code === 0 && piped.stdout.toString('utf8').startsWith('# '),
    'standard input: a Markdown brief',
  );

  // 5. The README's pictures: six briefs at A4 proportions, 1240 px wide.
  mkdirSync('docs', { recursive: true });
  const shots = htmls.letters.filter((l) => l.output && !l.path.startsWith(CORPUS)).slice(0, 6);
  for (const entry of shots) {
    const png = await browser.screenshot(readFileSync(entry.output, 'utf8'), {
      width: 794,
      height: 1123,
      scale: 1240 / 794,
    });
    const file = `docs/brief-${basename(entry.path).replace(/\.\w+$/, '')}.png`;
    writeFileSync(file, png);
    check(
      png.subarray(1, 4).toString('latin1') === 'PNG' && png.readUInt32BE(16) >= 1200,
      `${file} (${png.readUInt32BE(16)} × ${png.readUInt32BE(20)} px)`,
    );
  }
} finally {
  await browser.close();
}

const cut = fills.filter((f) => f.cut);
console.log(
  `\n${fills.length} briefs, ${cut.length} cut to fit (fill ${cut.map((f) => `${(f.used * 100).toFixed(0)}%`).join(', ') || '–'}), ` +
    `the others whole (median fill ${(fills.map((f) => f.used).sort((a, b) => a - b)[fills.length >> 1] * 100 || 0).toFixed(0)}%); ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(failures ? `${failures} check(s) failed` : 'all brief e2e checks passed');
process.exit(failures ? 1 : 0);
