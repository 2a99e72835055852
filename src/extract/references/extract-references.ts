/**
 * References: what the letter cites (laws, bills, Kamerstukken, articles, motions, organisations, people,
 * committees, documents) found in every title, paragraph and list item, plus every Markdown link. Each thing
 * is listed once, at its first mention; names that mean the same thing are linked both ways.
 */
import { message, positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Reference, Theme } from '../../model/schema.js';
import { collectAbbreviations, findReferences } from './find-references.js';
import { hasLinkTarget, identifyReferences } from './link-references.js';
import type { TextUnit } from '../text-units.js';
import { foldSpace } from '../../text/fold-space.js';

/** References in document order, and a warning for each link without a target. */
export function extractReferences(units: TextUnit[], themes: Theme[], file: LetterFile): Reference[] {
  const known = collectAbbreviations(file.visible);
  type Found = Omit<Reference, 'ref' | 'links' | 'keys' | 'hasTarget'>;
  const found: Found[] = [];
  const seen = new Set<string>();
  const push = (r: Found) => {
    const key = `${r.kind}\u0000${foldSpace(r.text).toLowerCase()}${r.href ? `\u0000${r.href}` : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(r);
  };
  for (const unit of units) {
    const view = file.visible.slice(unit.start, unit.end);
    const hits = findReferences(view, { knownAbbreviations: known });
    for (const h of hits) {
      const start = unit.start + h.start;
      const end = unit.start + h.end;
      push({
        kind: h.kind,
        text: file.text.slice(start, end),
        id: h.id,
        name: h.name,
        href: null,
        role: h.role,
        themeId: unit.themeId,
        position: positionIn(file, start, end),
      });
    }
  }
  for (const theme of themes)
    for (const block of theme.blocks)
      for (const span of block.spans.filter((s) => s.type === 'link')) {
        // the link's visible words, without "[", "](…)"
        const s0 = span.position.start.offset;
        const inner = file.visible.slice(s0, span.position.end.offset);
        const start = s0 + inner.length - inner.trimStart().length;
        const end = s0 + inner.trimEnd().length;
        if (end > start)
          push({
            kind: 'link',
            text: file.text.slice(start, end),
            id: null,
            name: null,
            href: span.href,
            role: null,
            themeId: theme.id,
            position: positionIn(file, start, end),
          });
        if (!hasLinkTarget(span.href)) {
          message(
            file,
            'link-without-target',
            `link "${span.text}" has no target (href "${span.href ?? ''}")`,
            span.position,
          );
        }
      }
  found.sort((a, b) => a.position.start.offset - b.position.start.offset);
  const { keys, groups } = identifyReferences(found);
  const counters = new Map<string, number>();
  const refs = found.map((f) => {
    const n = (counters.get(f.themeId) ?? 0) + 1;
    counters.set(f.themeId, n);
    return `${f.themeId}/ref-${n}`;
  });
  const references: Reference[] = found.map((f, i) => ({
    ...f,
    ref: refs[i] as string,
    links: [],
    keys: keys[i]!,
    hasTarget: f.kind === 'link' && hasLinkTarget(f.href),
  }));
  for (const group of groups)
    for (const i of group) references[i]!.links = group.filter((j) => j !== i).map((j) => refs[j] as string);
  return references;
}
