/** The lossless property: every non-space character of a letter is in exactly one place of the model. */
import type { Letter, Position } from '../../src/model/schema.js';

/** Character ranges the model claims, by owner. Discarded ranges win over the blocks they sit in. */
function claimedRanges(letter: Letter): { owner: string; start: number; end: number }[] {
  const r = (owner: string, p: Position | null) =>
    p ? [{ owner, start: p.start.offset, end: p.end.offset }] : [];
  return [
    ...letter.themes.flatMap((t) => [
      ...r(`theme ${t.id} title`, t.titlePosition),
      ...t.blocks.flatMap((b) => r(`block ${b.id}`, b.position)),
    ]),
    ...letter.meta.fields.flatMap((f) => [
      ...r(`field ${f.name}`, f.position),
      ...r(`label ${f.name}`, f.labelPosition),
    ]),
  ];
}

/** Returns the problems found: characters owned by nobody or by more than one owner. */
export function coverageProblems(letter: Letter, text: string): string[] {
  const owners = new Array<number>(text.length).fill(0);
  const discarded = new Array<boolean>(text.length).fill(false);
  for (const d of letter.source.discarded)
    for (let i = d.position.start.offset; i < d.position.end.offset; i++) discarded[i] = true;
  for (const { start, end } of claimedRanges(letter))
    for (let i = start; i < end; i++) owners[i] = (owners[i] ?? 0) + 1;
  const problems: string[] = [];
  for (let i = 0; i < text.length && problems.length < 5; i++) {
    if (/\s/.test(text[i] as string) || discarded[i]) continue;
    if (owners[i] !== 1)
      problems.push(`offset ${i} (${JSON.stringify(text.slice(i, i + 20))}) has ${owners[i]} owners`);
  }
  return problems;
}
