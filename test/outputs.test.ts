/**
 * Outputs as users expect them (issue 14): the extension of -o picks the format in every command, and one that
 * does not fit the command, --format or the template is a usage error rather than a file whose content does not
 * match its name; --out takes a folder; the same flags everywhere; Dutch by default, English with --lang en;
 * text as wide as the terminal; the asks as CSV; a brief as a Word document; an index.html for HTML briefs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { main } from '../src/cli/main.js';
import { LetterSchema } from '../src/index.js';
import { csvField } from '../src/render/render-asks-csv.js';
import { LETTER_2022, LETTER_2024 } from './helpers/letters.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'vng-brief-outputs-'));
const at = (name: string) => join(dir, name);

describe('the extension of -o picks the format', () => {
  it('parse -o m.json writes the model (and diff reads it back), -o m.yaml the same as YAML', async () => {
    expect((await runCli(['parse', LETTER_2022, '-o', at('m.json'), '-q'])).code).toBe(0);
    const model = LetterSchema.parse(JSON.parse(readFileSync(at('m.json'), 'utf8')));
    expect(model.meta.date).toBe('2022-02-18');
    expect((await runCli(['parse', LETTER_2022, '-o', at('m.yaml'), '-q'])).code).toBe(0);
    expect(parseYaml(readFileSync(at('m.yaml'), 'utf8'))).toEqual(model);
    const diff = await runCli(['diff', at('m.json'), LETTER_2024, '-q']);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/vervallen vragen; /u);
  });

  it('parse -o summary.txt writes the summary', async () => {
    expect((await runCli(['parse', LETTER_2022, '-o', at('summary.txt'), '-q'])).code).toBe(0);
    expect(readFileSync(at('summary.txt'), 'utf8')).toMatch(
      /^VNG: Meer zicht nodig op mensenhandel\ndatum 2022-02-18/u,
    );
  });

  it('brief -o brief.docx writes a Word document with the brief’s headings, asks and links', async () => {
    const r = await runCli(['brief', LETTER_2024, '-o', at('brief.docx'), '-q']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const bytes = readFileSync(at('brief.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toMatch(/^<h1>Debatbrief: VNG inbreng CD Mensenhandel en Prostitutie 11 sept<\/h1>/u);
    expect(html).toContain('<h2>Wat VNG vraagt</h2><ol><li><strong>Hoewel er een verband kan zijn');
    expect(html).toContain('<strong>Versterk de capaciteit van AVIM om mensenhandel te bestrijden</strong>');
    // the Markdown template's escapes are read, not printed
    expect(html).not.toMatch(/\\[[\]()*_#-]/u);
    const en = await runCli(['brief', LETTER_2024, '-o', at('brief-en.docx'), '--lang', 'en', '-q']);
    expect(en.code).toBe(0);
    const text = (await mammoth.extractRawText({ path: at('brief-en.docx') })).value;
    expect(text).toContain('What VNG asks');
  });

  it('brief -o brief.md, .html and .txt', async () => {
    for (const [name, start] of [
      ['b.md', /^# Debatbrief: /u],
      ['b.html', /^<!doctype html>/u],
      ['b.txt', /^DEBATBRIEF · woensdag 11 september 2024\n/u],
    ] as const) {
      expect((await runCli(['brief', LETTER_2024, '-o', at(name), '-q'])).code).toBe(0);
      expect(readFileSync(at(name), 'utf8')).toMatch(start);
    }
  });

  it('diff -o report.md, .json and .yaml; schema -o schema.yaml', async () => {
    expect((await runCli(['diff', LETTER_2022, LETTER_2024, '-o', at('d.md'), '-q'])).code).toBe(0);
    expect(readFileSync(at('d.md'), 'utf8')).toMatch(/^## Posities: /u);
    expect((await runCli(['diff', LETTER_2022, LETTER_2024, '-o', at('d.yaml'), '-q'])).code).toBe(0);
    expect(parseYaml(readFileSync(at('d.yaml'), 'utf8')).schemaVersion).toBe(2);
    expect((await runCli(['schema', 'diff', '-o', at('s.yaml')])).code).toBe(0);
    expect(parseYaml(readFileSync(at('s.yaml'), 'utf8')).$defs.LetterDiff.title).toBe(
      'vng-brief LetterDiff model',
    );
  });
});

describe('an output that does not fit is a usage error, and nothing is written', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'brief -o brief.json',
      ['brief', LETTER_2024, '-o', at('x.json')],
      /x\.json: brief does not write \.json files; it writes \.txt, \.md, .*\.docx/u,
    ],
    [
      'parse -o m.docx',
      ['parse', LETTER_2024, '-o', at('x.docx')],
      /x\.docx: parse does not write \.docx files/u,
    ],
    [
      'diff -o report.pdf',
      ['diff', LETTER_2022, LETTER_2024, '-o', at('x.pdf')],
      /x\.pdf: diff does not write \.pdf files/u,
    ],
    ['schema -o s.md', ['schema', '-o', at('x.md')], /x\.md: schema does not write \.md files/u],
    [
      '--format md -o brief.pdf',
      ['brief', LETTER_2024, '--format', 'md', '-o', at('x.pdf')],
      /x\.pdf: --format md writes \.md or \.markdown, not \.pdf/u,
    ],
    [
      'parse --json -o m.yaml',
      ['parse', LETTER_2024, '--json', '-o', at('x.yaml')],
      /x\.yaml: --format json writes \.json, not \.yaml/u,
    ],
    [
      'a Markdown template for a PDF',
      ['brief', LETTER_2024, '--template', at('mine.md.liquid'), '-o', at('x.pdf')],
      /mine\.md\.liquid: a md template cannot make a pdf brief; that takes a html template/u,
    ],
    [
      'an HTML template for a Word document',
      ['brief', LETTER_2024, '--template', at('mine.html.liquid'), '-o', at('x.docx')],
      /mine\.html\.liquid: a html template cannot make a docx brief; that takes a md template/u,
    ],
    [
      '--json and --yaml',
      ['parse', LETTER_2024, '--json', '--yaml'],
      /give one output format, not json and yaml/u,
    ],
  ];
  writeFileSync(at('mine.md.liquid'), '# {{ title }}\n');
  writeFileSync(at('mine.html.liquid'), '<h1>{{ title }}</h1>\n');
  it.each(cases)('%s', async (_, args, message) => {
    const r = await runCli([...args, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).filter((f) => f.startsWith('x.'))).toEqual([]);
  });

  it('--out refuses a file’s name, and makes no folder of that name', async () => {
    const target = at('t/brief.html');
    const r = await runCli(['brief', LETTER_2024, '--out', target]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${target}: --out takes a folder for one output per letter, not a .html file; write one file with -o ${target}\n`,
    });
    expect(existsSync(target)).toBe(false);
    expect((await runCli(['parse', LETTER_2024, '--out', at('models.json')])).code).toBe(2);
    // a folder that is there is a folder, whatever its name
    mkdirSync(at('briefs.md'));
    expect((await runCli(['brief', LETTER_2024, '--out', at('briefs.md'), '-q'])).code).toBe(0);
  });

  it('a name of no document type takes --format, or the default', async () => {
    expect((await runCli(['parse', LETTER_2024, '--format', 'json', '-o', at('model.out'), '-q'])).code).toBe(
      0,
    );
    expect(JSON.parse(readFileSync(at('model.out'), 'utf8')).schemaVersion).toBe(1);
    expect((await runCli(['diff', LETTER_2022, LETTER_2024, '-o', at('report.log'), '-q'])).code).toBe(0);
    expect(readFileSync(at('report.log'), 'utf8')).toMatch(/^Posities: /u);
  });
});

describe('the same flags on every command', () => {
  it('-f/--format, -o, -l/--lang, -q and --input-format on parse, brief and diff', async () => {
    const asText = join(dir, 'letter.json');
    // a letter that looks like a saved model: --input-format text reads it as the letter it is
    writeFileSync(asText, `{"x": 1}\n\n${readFileSync(LETTER_2024, 'utf8')}`);
    for (const args of [
      ['parse', asText, '-f', 'text'],
      ['brief', asText, '-f', 'md'],
      ['diff', LETTER_2024, asText, '-f', 'md'],
    ]) {
      const r = await runCli([...args, '-l', 'en', '-q', '--input-format', 'text']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).toBe('');
    }
    const bad = await runCli(['diff', LETTER_2024, asText, '-q']);
    expect(bad.code).toBe(2);
  });
});

describe('language: Dutch by default, English with --lang en', () => {
  it('the parse summary', async () => {
    const nl = await runCli(['parse', LETTER_2022, '-q']);
    expect(nl.stdout).toMatch(
      /\ndatum 2022-02-18 · soort nieuwsbericht · van VNG · aan Tweede Kamer · debat Mensenhandel en Prostitutie \(2022-02-24\)\n/u,
    );
    expect(nl.stdout).toMatch(/\nThema's \(4\)\n {2}\(opening\) · 3 blokken\n/u);
    expect(nl.stdout).toContain('[aan de Kamer · gevraagd]');
    expect(nl.stdout).toMatch(/\nVerwijzingen \(7\)\n {2}organisatie {2}VNG; Tweede Kamer/u);
    // the sender asking is not named again
    expect(nl.stdout).toContain(
      'De VNG vraagt de aanbevelingen van de commissie-Roemer vooral uit te voeren. [gevraagd]',
    );
    const en = await runCli(['parse', LETTER_2022, '-q', '--lang', 'en']);
    expect(en.stdout).toMatch(/\ndate 2022-02-18 · kind news item · from VNG · to Tweede Kamer · debate /u);
    expect(en.stdout).toMatch(/\nThemes \(4\)\n {2}\(opening\) · 3 blocks\n/u);
    expect(en.stdout).toContain('[of the House · asked]');
  });
});

describe('an output that cannot be written is refused before any letter is read', () => {
  const missing = at('nog-niet/verslag');
  it.each([
    ['parse', [LETTER_2024, '-o', `${missing}.json`]],
    ['parse --jsonl', [LETTER_2022, LETTER_2024, '--jsonl', '-o', `${missing}.jsonl`]],
    ['brief', [LETTER_2024, '-o', `${missing}.docx`]],
    ['diff', [LETTER_2022, LETTER_2024, '-o', `${missing}.md`]],
    ['schema', ['diff', '-o', `${missing}.json`]],
  ])('%s -o into a folder that is not there: one line, no warnings of the letter', async (command, args) => {
    const r = await runCli([command.split(' ')[0]!, ...args]);
    const output = args[args.indexOf('-o') + 1]!;
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${output}: cannot write output: no such folder ${at('nog-niet')} (create it first)\n`,
    });
  });

  it('-o with a folder’s name that is not there yet', async () => {
    const r = await runCli(['parse', LETTER_2024, '-o', `${missing}/`]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${missing}/: is not a file name; -o writes one file (--out DIR writes a folder)\n`,
    });
  });

  it('-o onto a folder, and a PDF or Word brief to a terminal', async () => {
    mkdirSync(at('een-map.md'), { recursive: true });
    expect(await runCli(['brief', LETTER_2024, '-o', at('een-map.md')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `vng-brief: ${at('een-map.md')}: is a directory; not an output file\n`,
    });
    for (const format of ['pdf', 'docx']) {
      let stderr = '';
      const code = await main(['node', 'vng-brief', 'brief', LETTER_2024, '-f', format], {
        stdout: { write: () => true, isTTY: true, columns: 80 },
        stderr: { write: (s: string) => (stderr += s), isTTY: false },
        env: { NO_COLOR: '1', VNG_BRIEF_FIT: 'estimate' },
      });
      expect([code, stderr]).toEqual([
        2,
        `vng-brief: not writing a ${format} file to the terminal: use -o brief.${format}\n`,
      ]);
    }
  });
});

describe('text as wide as the terminal', () => {
  const onTerminal = async (args: string[], columns: number) => {
    let stdout = '';
    await main(['node', 'vng-brief', ...args, '-q'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: true, columns },
      stderr: { write: () => true, isTTY: false },
      env: { NO_COLOR: '1', VNG_BRIEF_FIT: 'estimate' },
    });
    return stdout.trimEnd().split('\n');
  };
  it('the text brief wraps at the terminal’s width, and at 78 columns into a file', async () => {
    const narrow = await onTerminal(['brief', LETTER_2024], 60);
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(58);
    const wide = await onTerminal(['brief', LETTER_2024], 140);
    expect(Math.max(...wide.map((l) => l.length))).toBeGreaterThan(100);
    expect(Math.max(...wide.map((l) => l.length))).toBeLessThanOrEqual(138);
    await runCli(['brief', LETTER_2024, '-o', at('wrapped.txt'), '-q']);
    const file = readFileSync(at('wrapped.txt'), 'utf8').trimEnd().split('\n');
    expect(Math.max(...file.map((l) => l.length))).toBeLessThanOrEqual(78);
  });

  it('a long sender and the letter’s date wrap too', async () => {
    const model = JSON.parse((await runCli(['parse', LETTER_2024, '--json', '-q'])).stdout);
    model.meta.sender =
      'Vereniging van Nederlandse Gemeenten, Interprovinciaal Overleg en Unie van Waterschappen';
    writeFileSync(at('lange-afzender.json'), JSON.stringify(model));
    const lines = await onTerminal(['brief', at('lange-afzender.json')], 60);
    expect(lines.filter((l) => l.length > 58)).toEqual([]);
    expect(lines.join('\n')).toContain('Afzender: Vereniging van Nederlandse Gemeenten');
    expect(lines.join('\n')).toMatch(/Waterschappen ·\n {2}Datum brief: 5 september 2024\n/u);
    expect(lines.join('\n')).toMatch(/^WAT VERENIGING VAN NEDERLANDSE GEMEENTEN,/mu);
  });
});

describe('parse --format csv: one row per ask', () => {
  it('quotes as RFC 4180 says, and keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('zij zei "ja"')).toBe('"zij zei ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-')).toBe('-');
    expect(csvField('+31 70 373 83 93')).toBe("'+31 70 373 83 93");
    expect(csvField(null)).toBe('');
    expect(csvField(57)).toBe('57');
  });

  it('of every letter given, with the header once', async () => {
    const r = await runCli(['parse', LETTER_2022, LETTER_2024, '--format', 'csv', '-q']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('letter,date,theme,ask,marker,addressee,line,requester,firmness');
    expect(rows.at(-1)).toBe('');
    expect(rows.filter((row) => row.startsWith('letter,'))).toHaveLength(1);
    expect(rows).toContain(
      `${LETTER_2024},2024-09-05,Capaciteitstekort AVIM belemmert effectieve aanpak,Versterk de capaciteit van AVIM om mensenhandel te bestrijden,arrow,kamer,35,,request`,
    );
    expect(rows).toContain(
      `${LETTER_2022},2022-02-18,Wet regulering sekswerk snel behandelen,We roepen daarom de Kamer op (nu het nieuwe kabinet aan de slag is) de Wet regulering sekswerk (35715) snel te behandelen.,sentence,kamer,19,,urge`,
    );
    // a field with a comma is quoted
    expect(rows).toContainEqual(expect.stringMatching(/,"Hoewel er een verband kan zijn, zoals dat ook/u));
    // 4 asks in 2022 and 9 in 2024, as the models have them
    expect(rows.length - 2).toBe(13);
  });

  it('a folder into one file with -o asks.csv', async () => {
    const r = await runCli(['parse', 'letters', '-o', at('asks.csv'), '-q']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    const rows = readFileSync(at('asks.csv'), 'utf8').split('\r\n');
    expect(rows[0]).toBe('letter,date,theme,ask,marker,addressee,line,requester,firmness');
    expect(rows.length - 2).toBe(13);
  });
});

describe('an index.html for a folder of HTML briefs', () => {
  it('links every brief relatively and escapes every name', async () => {
    const letters = at('brieven');
    mkdirSync(letters);
    const odd = 'a <b>&"x#1.txt';
    writeFileSync(join(letters, odd), readFileSync(LETTER_2022));
    writeFileSync(join(letters, 'b.txt'), readFileSync(LETTER_2024));
    writeFileSync(join(letters, 'kapot.txt'), Uint8Array.from([0, 0, 0, 0]));
    const out = at('html-briefs');
    const r = await runCli(['brief', letters, '--out', out, '--format', 'html', '-q']);
    expect(r.code).toBe(1); // the broken letter
    expect(readdirSync(out).sort()).toEqual(['a <b>&"x#1.html', 'b.html', 'index.html', 'index.json']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/^<!doctype html>\n<html lang="nl">/u);
    expect(index).toContain('<title>Debatbrieven</title>');
    expect(index).toContain(
      '<a href="a%20%3Cb%3E%26%22x%231.html">VNG: Meer zicht nodig op mensenhandel</a><br><small>',
    );
    expect(index).toContain(
      `${join(letters, 'a &lt;b&gt;&amp;&quot;x#1.txt')}</small></td><td>18 februari 2022</td>`,
    );
    expect(index).toContain('<a href="b.html">VNG inbreng CD Mensenhandel en Prostitutie 11 sept</a>');
    expect(index).toMatch(/<h2>Niet gemaakt<\/h2>\n<ul>\n<li>[^<]*kapot\.txt: binary file/u);
    expect(index).not.toMatch(/<script|https?:/u);
    // other formats have index.json only
    const md = at('md-briefs');
    await runCli(['brief', join(letters, 'b.txt'), '--out', md, '-q']);
    expect(readdirSync(md).sort()).toEqual(['b.md', 'index.json']);
  });
});
