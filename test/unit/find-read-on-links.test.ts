import { describe, expect, it } from 'vitest';
import { createLetterFile, positionIn } from '../../src/core/letter-file.js';
import type { Theme } from '../../src/model/schema.js';
import { extractReferences } from '../../src/extract/references/extract-references.js';
import { findReadOnLinks } from '../../src/extract/references/find-read-on-links.js';
import { parseLetter } from '../../src/pipeline/parse-letter.js';

const calls = (text: string): string[] => findReadOnLinks(text).map((s) => text.slice(s.start, s.end));

describe('calls to read on', () => {
  it('takes a short sentence that sends the reader to the document', () => {
    expect(calls('→ Lees de volledige reactie.')).toEqual(['→ Lees de volledige reactie.']);
    expect(calls('Wij sturen een brief. Link naar het rapport. Meer volgt.')).toEqual([
      'Link naar het rapport.',
    ]);
    expect(calls('Bekijk: Wat wil de koepel van het kabinet? (pdf)')).toEqual([
      'Bekijk: Wat wil de koepel van het kabinet? (pdf)',
    ]);
    expect(calls('Zie de bijlage voor de volledige brief.')).toEqual([
      'Zie de bijlage voor de volledige brief.',
    ]);
  });

  it('leaves cross-references, link-list lead-ins, other imperatives and long sentences alone', () => {
    expect(calls('Zie de brief van de minister van 3 maart.')).toEqual([]);
    expect(calls('Lees alle standpunten hier:')).toEqual([]);
    expect(calls('Lees meer. Klik hier om te reageren.')).toEqual([]);
    expect(
      calls(
        'Lees in deze brief waarom wij vinden dat het kabinet de gemeenten meer geld moet geven voor de jeugdzorg en de wmo.',
      ),
    ).toEqual([]);
  });

  it('lists a call as a link without target, and the document it names not apart', () => {
    const letter = parseLetter(
      'De koepel schreef de Kamer.\n\nLees hier onze inbreng van de koepel (pdf).\n',
    );
    expect(letter.references.map((r) => `${r.kind}:${r.text}:${r.href}`)).toEqual([
      'link:Lees hier onze inbreng van de koepel (pdf).:null',
    ]);
  });

  it('finds a call on a line set aside as page furniture', () => {
    const source = 'Tekst van de brief.\nDownload de brief (pdf)\n';
    const file = createLetterFile('-', source);
    const start = source.indexOf('Download');
    file.discarded.push({
      text: 'Download de brief (pdf)',
      reason: 'web boilerplate',
      rule: 'test',
      position: positionIn(file, start, start + 23),
    });
    const theme = { id: 'opening', blocks: [] } as unknown as Theme;
    expect(extractReferences([], [theme], file).map((r) => `${r.kind}:${r.text}`)).toEqual([
      'link:Download de brief (pdf)',
    ]);
  });
});
