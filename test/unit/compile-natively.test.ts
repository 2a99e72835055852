import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNatively } from '../../src/text/compile-natively.js';

/** A pattern that records the texts it runs on. */
class Recording extends RegExp {
  readonly seen: string[] = [];
  override exec(text: string): RegExpExecArray | null {
    this.seen.push(text);
    return super.exec(text);
  }
}

const all = (re: RegExp, text: string): [number, string][] =>
  [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('compileNatively', () => {
  it('runs a pattern once, on the text padded to 1,000 characters, and never again', () => {
    const re = new Recording(String.raw`\bwet\b`, 'giu');
    compileNatively(re, 'De Wet “open overheid” geldt.');
    expect(re.seen).toHaveLength(1);
    expect(re.seen[0]!.length).toBeGreaterThanOrEqual(1000);
    // the text's own characters first: “ keeps it a two-byte string, as the finders' texts are
    expect(re.seen[0]!.startsWith('De Wet “open overheid” geldt.')).toBe(true);
    expect(re.lastIndex).toBe(0);
    re.lastIndex = 7;
    compileNatively(re, 'Een andere zin over de wet.');
    expect(re.seen).toHaveLength(1);
    expect(re.lastIndex).toBe(7);
  });

  it('leaves a pattern first used on a long text to V8, which compiles it for machine code itself', () => {
    const re = new Recording('gemeente', 'g');
    compileNatively(re, 'De gemeente Utrecht vraagt om meer geld. '.repeat(30));
    expect(re.seen).toHaveLength(0);
  });

  it('leaves global, sticky and plain patterns finding what a fresh copy finds', () => {
    const words = fc.constantFrom('de', 'wet', 'Wet', 'Wmo', '2015', ' ', '\n', ',', 'é', '’', 'minister');
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (first, later) => {
        for (const flags of ['gu', 'gyu', 'u', 'giu']) {
          const source = String.raw`(?<![\p{L}\p{N}])(?:wet|Wmo(?:\s+2015)?)(?![\p{L}\p{N}])`;
          const used = new RegExp(source, flags);
          compileNatively(used, first);
          const fresh = new RegExp(source, flags);
          if (flags.includes('g')) expect(all(used, later)).toEqual(all(fresh, later));
          else expect(used.exec(later)?.index).toBe(fresh.exec(later)?.index);
          expect(used.lastIndex).toBe(fresh.lastIndex);
        }
      }),
    );
  });
});
