/** Figures: amounts of money, percentages and counts, each listed once. */
import { positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Figure } from '../../model/schema.js';
import { findFigures } from './find-figures.js';
import type { TextUnit } from '../text-units.js';
import { foldSpace } from '../../text/fold-space.js';

export function extractFigures(units: TextUnit[], file: LetterFile): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  for (const unit of units) {
    for (const f of findFigures(file.visible.slice(unit.start, unit.end))) {
      const key = `${f.kind}\u0000${foldSpace(f.text).toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const n = (counters.get(unit.themeId) ?? 0) + 1;
      counters.set(unit.themeId, n);
      const start = unit.start + f.start;
      const end = unit.start + f.end;
      figures.push({
        id: `${unit.themeId}/fig-${n}`,
        kind: f.kind,
        text: file.source.slice(start, end),
        value: f.value,
        unit: f.unit,
        approximate: f.approximate,
        qualifiers: f.qualifiers,
        themeId: unit.themeId,
        position: positionIn(file, start, end),
      });
    }
  }
  return figures;
}
