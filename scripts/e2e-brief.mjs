// End-to-end check of `vng-brief brief` with a real headless Chromium (run by `npm run test:e2e`, after the build):
// - the HTML brief of each letter in letters/ and of the longest letter in ../shared/corpus/dev/ (when present;
//   also of every other corpus letter unless E2E_CORPUS=longest) prints to exactly ONE A4 page (page objects counted in the PDF by plain Node, /Count and pdfinfo cross-check);
// - a brief that is too long really takes two pages and says so on stderr (the budget is honest both ways);
// - a hostile letter's PDF carries no script or javascript: link; standard input works;
// - docs/brief-2024.png: a screenshot of the 2024 brief for the README.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { countPdfPages, findChromium, screenshotHtml } from '../dist/index.js';

const OUT = 'out/e2e';
const CORPUS = '../shared/corpus/dev';
const A4 = [595, 842];
let failures = 0;

const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures++;
};

const cli = (args, input) => {
  const r = spawnSync(process.execPath, ['bin/vng-brief.js', ...args], {
    input,
    encoding: 'buffer',
    maxBuffer: 32 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
};

function pdfinfoPages(file) {
  try {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  } catch {
    return null; // poppler-utils not installed: the Node count stands alone
  }
}

/** Prints the letter's brief to PDF with the CLI and returns its page count (and the CLI's stderr). */
function printAndCount(letter, name) {
  const file = join(OUT, `${name}.pdf`);
  const r = cli(['brief', letter, '--format', 'pdf', '-o', file]);
  if (r.code !== 0) {
    check(false, `${letter}: vng-brief exited ${r.code}: ${r.stderr.trim()}`);
    return null;
  }
  const pages = countPdfPages(readFileSync(file));
  const box = pages.mediaBox ?? [0, 0, 0, 0];
  check(
    Math.abs(box[2] - A4[0]) < 2 && Math.abs(box[3] - A4[1]) < 2,
    `${name}: A4 page (${box.slice(2).join(' × ')} pt)`,
  );
  const info = pdfinfoPages(file);
  if (pages.count !== null && pages.count !== pages.objects)
    check(false, `${name}: /Count ${pages.count} ≠ ${pages.objects} page objects`);
  if (info !== null && info !== pages.objects)
    check(false, `${name}: pdfinfo says ${info} pages, the Node count ${pages.objects}`);
  return { pages: pages.objects, stderr: r.stderr };
}

if (!findChromium()) {
  console.error('e2e-brief: no Chromium found (install the chromium package or set CHROME_PATH)');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

// 1. One page each.
const letters = readdirSync('letters')
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => join('letters', f));
if (existsSync(CORPUS)) {
  // The longest corpus letter first (the issue names it), then the others: none may need a second page.
  const seen = new Set(letters.map((f) => readFileSync(f, 'latin1')));
  const corpus = readdirSync(CORPUS)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => join(CORPUS, f));
  corpus.sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b));
  if (corpus[0]) letters.push(corpus[0]);
  if (process.env.E2E_CORPUS !== 'longest')
    letters.push(...corpus.slice(1).filter((f) => !seen.has(readFileSync(f, 'latin1'))));
}
for (const letter of letters) {
  const result = printAndCount(letter, basename(letter).replace(/\.\w+$/, ''));
  if (result) check(result.pages === 1, `${letter}: ${result.pages} page(s), expected 1`);
}

// 2. Too long for a page: two pages, and the warning says so.
const long = Array.from(
  { length: 30 },
  (_, i) =>
    `Onderwerp ${i + 1} over de wijkteams\n\nDe wijkteams hebben in regio ${i + 1} te weinig mensen om alle gezinnen op tijd te helpen.\n\n- ➔ Zorg voor extra geld voor de wijkteams in regio ${i + 1}, zodat zij gezinnen op tijd kunnen helpen\n`,
);
writeFileSync(
  join(OUT, 'te-lang.txt'),
  `Geachte leden,\n\nWij vragen uw aandacht voor de wijkteams.\n\n${long.join('\n')}`,
);
const tooLong = printAndCount(join(OUT, 'te-lang.txt'), 'te-lang');
if (tooLong) {
  check(
    tooLong.pages >= 2,
    `too long a letter: ${tooLong.pages} pages (the page counter sees more than one)`,
  );
  check(/may not fit one A4 page/.test(tooLong.stderr), 'too long a letter: warned on stderr');
}

// 3. Hostile text: no script and no javascript: link survives into the PDF.
const hostile = `Onderwerp: Inbreng <script>alert(1)</script>\n\nGeachte leden,\n\nLees [de handleiding](javascript:alert(2)) en <img src=x onerror=alert(3)> en {{ tool.version }}.\n\n- ➔ Zorg voor <script>alert(4)</script> en [klik](javascript:alert(5))\n`;
writeFileSync(join(OUT, 'kwaad.txt'), hostile);
const bad = cli(['brief', join(OUT, 'kwaad.txt'), '--format', 'pdf', '-o', join(OUT, 'kwaad.pdf')]);
const pdf = bad.code === 0 ? readFileSync(join(OUT, 'kwaad.pdf')).toString('latin1') : '';
check(
  bad.code === 0 && !/\/(JavaScript|JS)\b|\/URI\s*\(\s*javascript/i.test(pdf),
  'hostile letter: PDF without scripts or javascript: links',
);

// 4. Standard input.
const piped = cli(['brief', '-', '--format', 'md'], readFileSync(letters[0]));
check(piped.code === 0 && piped.stdout.toString('utf8').startsWith('# '), 'standard input: a Markdown brief');

// 5. The README's picture: the 2024 brief at A4 proportions, 1240 × 1754 px.
const letter2024 = letters.find((f) => basename(f).startsWith('2024-'));
if (letter2024) {
  const html = cli(['brief', letter2024, '--format', 'html']).stdout.toString('utf8');
  const png = await screenshotHtml(html, { width: 794, height: 1123, scale: 1240 / 794 });
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/brief-2024.png', png);
  check(
    png.subarray(1, 4).toString('latin1') === 'PNG' && png.readUInt32BE(16) >= 1200,
    `docs/brief-2024.png (${png.readUInt32BE(16)} × ${png.readUInt32BE(20)} px)`,
  );
}

console.log(failures ? `\n${failures} check(s) failed` : '\nall brief e2e checks passed');
process.exit(failures ? 1 : 0);
