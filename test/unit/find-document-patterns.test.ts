import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/extract/references/find-references.js';
import { parseLetter } from '../../src/pipeline/parse-letter.js';

const refs = (text: string, kind: string): string[] =>
  findReferences(text)
    .filter((r) => r.kind === kind)
    .map((r) => r.text);

describe('documents by their occasion', () => {
  it('takes an own document with its date and occasion', () => {
    expect(
      refs('Zoals in onze brief van 4 april 2023 staat, vragen wij opnieuw aandacht.', 'document'),
    ).toEqual(['onze brief van 4 april 2023']);
    expect(
      refs('Wij verwijzen naar onze inbreng voor het debat over Jeugdzorg van 9 mei.', 'document'),
    ).toEqual(['onze inbreng voor het debat over Jeugdzorg van 9 mei']);
    expect(refs('Dat staat in onze reactie op de conceptregeling.', 'document')).toEqual([
      'onze reactie op de conceptregeling',
    ]);
  });

  it('leaves a document named on its own out of the occasion', () => {
    expect(refs('Zie onze reactie op de Memorie van Toelichting.', 'document')).toEqual([
      'Memorie van Toelichting',
    ]);
  });

  it('takes a Kamerbrief with its subject', () => {
    expect(refs('De Kamerbrief over de woningbouw van 3 februari stelt teleur.', 'document')).toEqual([
      'Kamerbrief over de woningbouw van 3 februari',
    ]);
  });

  it('leaves a dated letter without an owner alone: it may be the letter itself', () => {
    expect(refs('In deze brief van 2 maart 2024 leggen wij uit waarom.', 'document')).toEqual([]);
    expect(refs('Een reactie op de vragen volgt.', 'document')).toEqual([]);
  });

  it('takes known names in either case and a capitalised compound in mid-sentence', () => {
    expect(refs('Op Prinsjesdag verscheen de miljoenennota en de Rijksbegroting.', 'document')).toEqual([
      'miljoenennota',
      'Rijksbegroting',
    ]);
    expect(refs('Zij pleiten al langer voor hun Woonpakket.', 'document')).toEqual(['Woonpakket']);
    expect(refs('Pakket na pakket volgde. Ook de Kamerbrief kwam.', 'document')).toEqual([]);
  });

  it('takes the study of a brand-named organisation, and the organisation', () => {
    expect(
      findReferences('Een reactie op het onderzoek van ZorgSamen over spoedzorg.').map(
        (r) => `${r.kind}:${r.text}`,
      ),
    ).toEqual(['document:onderzoek van ZorgSamen', 'organisation:ZorgSamen']);
  });

  it('reads an abbreviation taken from inside compounds, and European law', () => {
    expect(refs('De Woon- en Zorgverkenning (WZV) is uit. De WZV toont tekorten.', 'document')).toEqual([
      'Woon- en Zorgverkenning',
      'WZV',
    ]);
    expect(refs('De Europese Kaderrichtlijn Bodem (KRB) vraagt veel. De KRB is streng.', 'law')).toEqual([
      'Kaderrichtlijn Bodem',
      'KRB',
    ]);
  });

  it('lists a document once: its head alone later adds nothing', () => {
    const letter = parseLetter(
      'Wij steunen het actieplan Samen Veilig.\n\nHet Actieplan moet wel sneller.\n',
    );
    expect(letter.references.filter((r) => r.kind === 'document').map((r) => r.text)).toEqual([
      'actieplan Samen Veilig',
    ]);
  });
});
