import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/read-text.js';

const read = (s: string) => readText(new TextEncoder().encode(s));
/** The final text at a repair's position. */
const at = (r: ReturnType<typeof read>, kind: string) =>
  r.repairs
    .filter((x) => x.kind === kind)
    .map((x) => r.text.slice(x.position!.start.offset, x.position!.end.offset));

describe('Latin Extended-B mojibake', () => {
  it('repairs shifted letters inside words, each as its own repair, offsets unchanged', () => {
    const input = 'De zorgcoƶrdinatie vraagt financiƫle steun om netwerken te creƫren.';
    const r = read(input);
    expect(r.text).toBe('De zorgcoördinatie vraagt financiële steun om netwerken te creëren.');
    expect(r.text.length).toBe(input.length);
    const repairs = r.repairs.filter((x) => x.kind === 'mojibake-latin-ext-b');
    expect(repairs.map((x) => [x.from, x.to, x.count])).toEqual([
      ['ƶ', 'ö', 1],
      ['ƫ', 'ë', 1],
      ['ƫ', 'ë', 1],
    ]);
    expect(at(r, 'mojibake-latin-ext-b')).toEqual(['ö', 'ë', 'ë']);
    expect(repairs[0]?.position?.start).toEqual({ line: 1, column: 10, offset: 9 });
  });

  it('repairs a word that opens with two shifted letters ("één")', () => {
    expect(read('Er is ƩƩn loket.').text).toBe('Er is één loket.');
  });

  it('leaves a lone Ƶ or ƶ, the guilder sign and foreign letters alone', () => {
    for (const s of [
      'Variant Ƶ wordt niet gebruikt, en ƶ ook niet.',
      'Het kostte ƒ 10,- per maand.',
      'Prijs: 5ƒ',
    ]) {
      expect(read(s).text).toBe(s);
    }
  });

  it('leaves Vietnamese names alone: ư maps to ð, ơ needs other evidence, capitals in all-caps words stay', () => {
    const s = 'Wethouder Trương Văn Lương sprak met Nguyễn Thị Sơn en HƯNG.';
    const r = read(s);
    expect(r.text).toBe(s);
    expect(r.repairs).toEqual([]);
  });

  it('repairs the double-encoded form: the shifted letter’s UTF-8 read as Windows-1250 or -1252', () => {
    const r = read('De financiĆ«le en financiÆ«le middelen voor zorgcoĆ¶rdinatie.');
    expect(r.text).toBe('De financiële en financiële middelen voor zorgcoördinatie.');
    expect(at(r, 'mojibake-latin-ext-b-double')).toEqual(['ë', 'ë', 'ö']);
    expect(r.repairs.map((x) => x.from)).toEqual(['Ć«', 'Æ«', 'Ć¶']);
  });

  it('leaves a lone Ć or Æ before punctuation alone', () => {
    for (const s of ['Cijfer Ć« van de lijst', 'Het merk Æ© bestaat']) expect(read(s).text).toBe(s);
  });
});

describe('UTF-8 read as Windows-1252', () => {
  it('repairs runs, maps offsets, and checks the repaired text at each position', () => {
    const r = read('De financiÃ«le steun, Ã©Ã©n loket \u00e2\u20ac\u201c en meer: Ã¶ en caf\u00c3\u00a9.');
    expect(r.text).toBe('De financiële steun, één loket – en meer: ö en café.');
    const repairs = r.repairs.filter((x) => x.kind === 'mojibake-utf8-as-cp1252');
    expect(repairs.map((x) => [x.from, x.to])).toEqual([
      ['Ã«', 'ë'],
      ['Ã©Ã©', 'éé'],
      ['\u00e2\u20ac\u201c', '–'],
      ['Ã¶', 'ö'],
      ['\u00c3\u00a9', 'é'],
    ]);
    expect(at(r, 'mojibake-utf8-as-cp1252')).toEqual(['ë', 'éé', '–', 'ö', 'é']);
    expect(repairs[2]?.position?.start.offset).toBe(r.text.indexOf('–'));
  });

  it('leaves legitimate accents and Latin-1 text alone', () => {
    for (const s of ['CAFÉ” of ‘Ä’ en Å« zijn geen mojibake.', 'Één coördinatie, één café, 5 °C en 3 ×.']) {
      expect(read(s).text).toBe(s);
    }
  });

  it('repairs a misread no-break space and a misread BOM before normalising them', () => {
    const r = read('\u00ef\u00bb\u00bfBedrag:\u00c2\u00a0€\u00a05');
    expect(r.text).toBe('Bedrag: € 5');
    expect(r.repairs.map((x) => x.kind)).toEqual([
      'mojibake-utf8-as-cp1252',
      'invisible-char',
      'mojibake-utf8-as-cp1252',
      'odd-space',
    ]);
  });
});

describe('mojibake warnings', () => {
  it('emits one warning per kind with a count, an example and the first position', () => {
    const r = read('Zorgcoƶrdinatie en financiƫle steun.\nOok financiÃ«le zorgen.');
    expect(r.messages).toHaveLength(2);
    const [extB, cp1252] = r.messages;
    expect(extB).toMatchObject({
      ruleId: 'mojibake-latin-ext-b',
      severity: 'warning',
      position: { start: { offset: 6 } },
    });
    expect(extB?.message).toBe(
      'repaired 2 mojibake characters (Latin Extended-B shift), e.g. "Zorgcoƶrdinatie" → "Zorgcoördinatie"',
    );
    expect(cp1252?.ruleId).toBe('mojibake-utf8-as-cp1252');
    expect(cp1252?.message).toContain('"financiÃ«le" → "financiële"');
    expect(cp1252?.position?.start.line).toBe(2);
  });
});
