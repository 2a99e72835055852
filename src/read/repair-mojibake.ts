/**
 * Mojibake repair: UTF-8 read as Windows-1252 first ("financiÃ«le"), then the Latin Extended-B shift
 * ("financiƫle") and its double-encoded form ("financiĆ«le"). Each repaired spot is its own Repair; each kind
 * that occurred gets one warning.
 */
import type { RuleId } from '../core/rules.js';
import type { PassResult } from './edit-text.js';
import { LATIN_EXT_B, LATIN_EXT_B_DOUBLE, repairLatinExtB } from './repair-latin-ext-b.js';
import { UTF8_AS_CP1252, repairUtf8AsCp1252 } from './repair-utf8-as-cp1252.js';

/** The passes in the order they run; each works on the previous one's output. */
export const MOJIBAKE_PASSES: readonly ((text: string) => PassResult)[] = [
  repairUtf8AsCp1252,
  repairLatinExtB,
];

const DESCRIPTIONS: Record<string, { unit: string; cause: string }> = {
  [UTF8_AS_CP1252]: { unit: 'sequence', cause: 'UTF-8 read as Windows-1252' },
  [LATIN_EXT_B]: { unit: 'character', cause: 'Latin Extended-B shift' },
  [LATIN_EXT_B_DOUBLE]: {
    unit: 'character',
    cause: 'Latin Extended-B shift, then read as a Windows code page',
  },
};

export const isMojibakeKind = (kind: string): kind is RuleId => Object.hasOwn(DESCRIPTIONS, kind);

/** 'repaired 2 mojibake characters (Latin Extended-B shift), e.g. "coƶrdinatie" → "coördinatie"' */
export function describeMojibake(
  kind: string,
  count: number,
  example?: { from: string; to: string },
): string {
  const { unit, cause } = DESCRIPTIONS[kind] ?? { unit: 'character', cause: kind };
  const eg = example ? `, e.g. ${JSON.stringify(example.from)} → ${JSON.stringify(example.to)}` : '';
  return `repaired ${count} mojibake ${unit}${count === 1 ? '' : 's'} (${cause})${eg}`;
}
