/** Asks of two letters aligned one-to-one and classified: kept, changed (with a word diff), new or dropped. */
import { diffWords } from 'diff';
import type { AskDiff, AskSide, Evidence, WordChange } from '../model/diff-schema.js';
import type { Ask } from '../model/schema.js';
import { assignPairs, type Candidate } from './align.js';
import type { Entity } from './group-references.js';
import { askFacts, askScorer, scoreAsks } from './score-asks.js';

/** Asks scoring below this stay unpaired (new / dropped). */
const ASK_THRESHOLD = 0.35;

const sideOf = (a: Ask): AskSide => ({
  id: a.id,
  text: a.plain,
  position: a.position,
  themeId: a.themeId,
  marker: a.marker,
  addressee: a.addressee,
  firmness: a.firmness,
});

/** The same words asked more or less firmly, or of someone else, are a changed ask. */
const restated = (x: Ask, y: Ask): boolean =>
  x.firmness !== y.firmness || (x.addressee !== null && y.addressee !== null && x.addressee !== y.addressee);

/** Word-level diff (jsdiff), adjacent parts of the same kind merged. */
function wordChanges(oldText: string, newText: string): WordChange[] {
  const out: WordChange[] = [];
  for (const part of diffWords(oldText, newText)) {
    const op = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += part.value;
    else out.push({ op, text: part.value });
  }
  return out;
}

/** The closest candidate under the threshold, as evidence for an unpaired item; `other` names its partner. */
export function closest(
  candidates: readonly Candidate[],
  side: 'old' | 'new',
  other: (c: Candidate) => { id: string; text: string | null },
): Evidence[] {
  const best = [...candidates].sort((a, b) => b.score - a.score)[0];
  return best && best.score > 0 ? [{ code: 'closest', side, ...other(best), score: best.score }] : [];
}

const item = (f: { ask: Ask } | undefined) => ({ id: f?.ask.id ?? '', text: f?.ask.plain ?? '' });

/** The candidates touching each item of one side, in the candidates' order. */
export function candidatesBy(
  candidates: readonly Candidate[],
  side: 'old' | 'new',
): Map<number, Candidate[]> {
  const map = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = map.get(c[side]);
    if (list) list.push(c);
    else map.set(c[side], [c]);
  }
  return map;
}

/**
 * An ask left unpaired that restates an ask of its own letter which was paired (an intro bullet and the
 * theme's own request, say) follows that pair instead of being reported as new or dropped. `mine` are the
 * candidates of ask k; `within` scores two asks of its own letter (the lower index first, as a full scoring
 * would list the pair).
 */
function restatement(
  k: number,
  side: 'old' | 'new',
  mine: readonly Candidate[],
  within: (i: number, j: number) => Candidate,
  partnerOf: ReadonlyMap<number, number>,
): { candidate: Candidate; sibling: number } | null {
  const other = side === 'old' ? 'new' : 'old';
  for (const c of mine.filter((x) => x.score >= ASK_THRESHOLD).sort((x, y) => y.score - x.score)) {
    const sibling = partnerOf.get(c[other]);
    if (sibling === undefined) continue;
    const same = within(Math.min(k, sibling), Math.max(k, sibling));
    if (same.score >= ASK_THRESHOLD) return { candidate: c, sibling };
  }
  return null;
}

export function diffAsks(
  olds: readonly Ask[],
  news: readonly Ask[],
  entities: readonly Entity[],
  pairedThemes: ReadonlySet<string>,
): AskDiff[] {
  const a = askFacts(olds, entities);
  const b = askFacts(news, entities);
  const candidates = scoreAsks(a, b, entities, pairedThemes);
  const { pairs, oldOnly, newOnly } = assignPairs(candidates, a.length, b.length, ASK_THRESHOLD);
  const paired = (o: number, n: number, score: number, evidence: Evidence[]): AskDiff => {
    const x = a[o]!;
    const y = b[n]!;
    const kept = x.tokens === y.tokens && !restated(x.ask, y.ask);
    const words = kept ? null : wordChanges(x.ask.plain, y.ask.plain);
    return {
      status: kept ? 'kept' : 'changed',
      old: sideOf(x.ask),
      new: sideOf(y.ask),
      score,
      evidence,
      words,
    };
  };
  const out = pairs.map((p) => paired(p.old, p.new, p.score, p.evidence));
  const oldPartner = new Map(pairs.map((p) => [p.new, p.old]));
  const newPartner = new Map(pairs.map((p) => [p.old, p.new]));
  const ofOld = candidatesBy(candidates, 'old');
  const ofNew = candidatesBy(candidates, 'new');
  // an ask and its letter's other asks are scored only when asked (not every pair of the letter)
  const withinNew = askScorer(b, b, entities, new Set());
  for (const j of newOnly) {
    const mine = ofNew.get(j) ?? [];
    const r = restatement(j, 'new', mine, withinNew, newPartner);
    if (r) {
      const note: Evidence = { code: 'restates', side: 'new', ...item(b[r.sibling]) };
      out.push(paired(r.candidate.old, j, r.candidate.score, [...r.candidate.evidence, note]));
      continue;
    }
    const evidence = closest(mine, 'old', (c) => item(a[c.old]));
    out.push({ status: 'new', old: null, new: sideOf(b[j]!.ask), score: 0, evidence, words: null });
  }
  out.sort((x, y) => (x.new?.position.start.offset ?? 0) - (y.new?.position.start.offset ?? 0));
  const withinOld = askScorer(a, a, entities, new Set());
  for (const i of oldOnly) {
    const mine = ofOld.get(i) ?? [];
    const r = restatement(i, 'old', mine, withinOld, oldPartner);
    if (r) {
      const note: Evidence = { code: 'restates', side: 'old', ...item(a[r.sibling]) };
      out.push(paired(i, r.candidate.new, r.candidate.score, [...r.candidate.evidence, note]));
      continue;
    }
    const evidence = closest(mine, 'new', (c) => item(b[c.new]));
    out.push({ status: 'dropped', old: sideOf(a[i]!.ask), new: null, score: 0, evidence, words: null });
  }
  return out;
}
