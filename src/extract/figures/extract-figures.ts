/** Figures: amounts of money, percentages and counts, each listed once. */
import { positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Figure } from '../../model/schema.js';
import { findFigures } from './find-figures.js';
import type { TextUnit } from '../text-units.js';
import { foldSpace } from '../../text/fold-space.js';
import { joinLineHyphens } from '../../text/join-line-hyphens.js';

export function extractFigures(units: TextUnit[], file: LetterFile): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  for (const unit of units) {
    // "circa 4,2 mil-" / "joen liter": a figure is read with its words hyphenated at a line end joined
    const joined = joinLineHyphens(file.visible.slice(unit.start, unit.end));
    for (const f of findFigures(joined.text)) {
      const key = `${f.kind}\u0000${foldSpace(f.text).toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const n = (counters.get(unit.themeId) ?? 0) + 1;
      counters.set(unit.themeId, n);
      const start = unit.start + joined.toSource(f.start);
      const end = unit.start + joined.toSource(f.end - 1) + 1;
      figures.push({
        id: `${unit.themeId}/fig-${n}`,
        kind: f.kind,
        text: joinLineHyphens(file.source.slice(start, end)).text,
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
