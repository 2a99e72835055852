/**
 * Calls to read on as links: a scraped page keeps "Lees de volledige brief (pdf)" or "… Link naar de brief." but
 * loses where it pointed. Such a sentence is a link to the document (href null); a sentence that still holds its
 * links ("Zie ook [de brief](…)") has them reported as they are.
 */
import { unitSentences, type TextUnit } from '../text-units.js';
import { findReadOn } from '../../text/find-read-on.js';

export interface ReadOnLink {
  /** [start, end) in the letter, without list markers and arrows */
  start: number;
  end: number;
  themeId: string;
}

export function findReadOnLinks(units: readonly TextUnit[], visible: string): ReadOnLink[] {
  return units.flatMap((unit) => {
    const links = (unit.item ?? unit.block)?.spans.filter((s) => s.type === 'link') ?? [];
    return unitSentences(unit).flatMap(({ position: { start, end } }) => {
      if (links.some((l) => l.position.start.offset < end.offset && l.position.end.offset > start.offset))
        return [];
      const found = findReadOn(visible.slice(start.offset, end.offset));
      return found
        ? [{ start: start.offset + found.start, end: start.offset + found.end, themeId: unit.themeId }]
        : [];
    });
  });
}
