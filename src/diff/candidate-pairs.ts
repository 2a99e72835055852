/**
 * The pairs of items (themes, asks) of two letters worth scoring. Scoring every pair is quadratic: two letters
 * of 6,000 asks make 36 million pairs. But a pair only scores above zero when the two share something — a
 * content word, a thing both cite, the same words, being the opening: a key. So the candidates are the pairs
 * of items under a common key, found through an inverted index (key → items), listed in (old, new) order as a
 * full scoring would list them. Pairs left out would score zero, which pairs nothing and explains nothing.
 *
 * Common keys still make many pairs ("gemeenten" is in every ask of a letter). When all pairs under all keys
 * stay within PAIR_BUDGET (and finding them within TOUCH_BUDGET) they are all taken: letters of a few hundred
 * items, whose candidates are then exactly the pairs that can score above zero. Bigger letters are bounded:
 * - an item with the same words on the other side (a `settles` key) is paired with those, in order give or
 *   take BAND; two such settled items are not paired otherwise: most of a letter is usually unchanged, and
 *   would spend the budget;
 * - the other items are paired by place (the `extra` keys, such as asks in paired themes, and the items at
 *   about the same place among them in both letters, give or take BAND), then under their keys rarest first
 *   (fewest pairs), each key whole, while the budget lasts; a `banded` key too big to take whole pairs its
 *   items in order.
 * A pair sharing only common keys is then not scored: such a pair is weak evidence (idf gives common words
 * little weight), and scoring them all is what made the diff quadratic.
 */

/** At most this many pairs are scored (plus the band and place pairs)… */
export const PAIR_BUDGET = 60_000;
/** …and at most this many item pairs are looked at to find them. */
const TOUCH_BUDGET = 2_000_000;
const BAND = 2;

export interface CandidateOptions {
  budget?: number;
  touchBudget?: number;
  /** keys whose items are paired in order when there are too many to pair all */
  banded?: (key: string) => boolean;
  /** keys no score needs (pairs under them alone score zero), taken first in a bounded letter */
  extra?: (key: string) => boolean;
  /**
   * keys that settle an item (the same words): in a bounded letter an item with a counterpart under such a key
   * is paired with it (and its band) only, and the budget goes to the items that changed
   */
  settles?: (key: string) => boolean;
}

interface Shared {
  key: string;
  o: number[];
  n: number[];
  cost: number;
  /** in a bounded letter, the new items a settled old item is still paired with: the open ones */
  nOpen?: number[];
  settledOld?: ReadonlySet<number>;
}

function postings(items: readonly (readonly string[])[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  items.forEach((keys, i) => {
    for (const key of new Set(keys)) {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  });
  return map;
}

/** Pairs of items under keys, in turn, each key whole or not at all, within the budgets. */
class PairSet {
  readonly pairs = new Set<number>();
  private touched = 0;
  constructor(
    private readonly nNew: number,
    private readonly budget: number,
    private readonly touchBudget: number,
  ) {}

  /** Adds all pairs under the key if they fit; false when they do not. */
  take({ o, n, cost, nOpen, settledOld }: Shared): boolean {
    if (this.touched + cost > this.touchBudget) return false;
    this.touched += cost;
    const room = this.budget - this.pairs.size;
    const fresh: number[] = [];
    for (const i of o)
      for (const j of nOpen && settledOld?.has(i) ? nOpen : n) {
        const p = i * this.nNew + j;
        if (this.pairs.has(p)) continue;
        fresh.push(p);
        if (fresh.length > room) return false;
      }
    for (const p of fresh) this.pairs.add(p);
    return true;
  }

  add(i: number, j: number): void {
    this.pairs.add(i * this.nNew + j);
  }

  /** The pairs as [old, new], sorted by old, then new. */
  list(): [number, number][] {
    return [...this.pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / this.nNew), p % this.nNew]);
  }
}

/** The pairs [old, new] of items sharing a key (see above), sorted by old, then new. */
export function candidatePairs(
  olds: readonly (readonly string[])[],
  news: readonly (readonly string[])[],
  options: CandidateOptions = {},
): [number, number][] {
  const budget = options.budget ?? PAIR_BUDGET;
  const touchBudget = options.touchBudget ?? TOUCH_BUDGET;
  const nOld = olds.length;
  const nNew = news.length;
  const newPosts = postings(news);
  const shared: Shared[] = [];
  for (const [key, o] of postings(olds)) {
    const n = newPosts.get(key);
    if (n) shared.push({ key, o, n, cost: o.length * n.length });
  }
  shared.sort((a, b) => a.cost - b.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const isExtra = (s: Shared) => options.extra?.(s.key) ?? false;

  // every pair that can score, when they fit
  const whole = new PairSet(nNew, budget, touchBudget);
  if (shared.every((s) => isExtra(s) || whole.take(s))) return whole.list();

  // bounded: the same words pair in order; of the rest, place first, then the rarest keys
  const bounded = new PairSet(nNew, budget, touchBudget);
  // each item with the counterparts at about its place in the other list, both ways: none is left without
  const band = ({ o, n }: Shared) => {
    o.forEach((i, k) => {
      const at = Math.round((k * n.length) / o.length);
      for (let m = Math.max(0, at - BAND); m <= Math.min(n.length - 1, at + BAND); m++)
        bounded.add(i, n[m] as number);
    });
    n.forEach((j, m) => {
      const at = Math.round((m * o.length) / n.length);
      for (let k = Math.max(0, at - BAND); k <= Math.min(o.length - 1, at + BAND); k++)
        bounded.add(o[k] as number, j);
    });
  };
  const settledOld = new Set<number>();
  const settledNew = new Set<number>();
  for (const s of shared) {
    if (!options.settles?.(s.key)) continue;
    band(s);
    for (const i of s.o) settledOld.add(i);
    for (const j of s.n) settledNew.add(j);
  }
  // a changed item is still compared with settled ones (its best partner may be one), two settled ones not
  const open = shared
    .filter((s) => !options.settles?.(s.key))
    .map((s) => {
      const oOpen = s.o.filter((i) => !settledOld.has(i)).length;
      const nOpen = s.n.filter((j) => !settledNew.has(j));
      return { ...s, nOpen, settledOld, cost: oOpen * s.n.length + (s.o.length - oOpen) * nOpen.length };
    })
    .filter((s) => s.cost > 0)
    .sort((a, b) => a.cost - b.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const openOld = [...Array(nOld).keys()].filter((i) => !settledOld.has(i));
  const openNew = [...Array(nNew).keys()].filter((j) => !settledNew.has(j));
  band({ key: '', o: openOld, n: openNew, cost: 0 });
  for (const s of open.filter(isExtra)) bounded.take(s);
  for (const s of open) if (!isExtra(s) && !bounded.take(s) && options.banded?.(s.key)) band(s);
  return bounded.list();
}
