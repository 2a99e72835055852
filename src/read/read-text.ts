/**
 * Bytes → the text as read: decode, repair mojibake, normalise. Mojibake is repaired before normalising because
 * its sequences can hold characters that normalising would change ("Ã" + soft hyphen is "í", "Â" + no-break
 * space is a no-break space). Every position reported is in the returned text, which later stages index into.
 */
import { createLetterFile, message, positionIn, type LetterFile } from '../core/letter-file.js';
import type { RuleId } from '../core/rules.js';
import type { Repair } from '../model/schema.js';
import { decodeBytes } from './decode-bytes.js';
import { offsetMapper, type Found, type PassResult } from './edit-text.js';
import { normaliseText } from './normalise-text.js';
import { MOJIBAKE_PASSES, describeMojibake, isMojibakeKind } from './repair-mojibake.js';

/**
 * The letter file of a letter's bytes (or of text already decoded, such as the text extracted from a document):
 * its text as read, the repairs made and their warnings.
 */
export function readText(input: Uint8Array | { text: string; encoding: string }, path = '-'): LetterFile {
  const { text: decoded, encoding } = input instanceof Uint8Array ? decodeBytes(input) : input;
  const passes: PassResult[] = [];
  let text = decoded;
  for (const pass of [...MOJIBAKE_PASSES, normaliseText]) {
    const result = pass(text);
    passes.push(result);
    text = result.text;
  }
  const found = carryToFinalText(passes);
  const repairs: Repair[] = [];
  const file = createLetterFile(path, text, { encoding, repairs });
  for (const f of found)
    repairs.push({
      kind: f.kind,
      from: f.from,
      to: f.to,
      count: f.count ?? 1,
      position: positionIn(file, f.start, f.end),
    });
  if (encoding === 'windows-1252')
    message(file, 'encoding-fallback', 'the file is not valid UTF-8; read it as Windows-1252');
  const byKind = new Map<RuleId, Found[]>();
  for (const f of found) {
    if (!isMojibakeKind(f.kind)) continue;
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  for (const [kind, list] of byKind) {
    const first = list[0] as Found;
    message(file, kind, describeMojibake(kind, list.length, first.example), first);
  }
  return file;
}

/** Every pass's findings with their spans carried through the later passes, in text order. */
function carryToFinalText(passes: readonly PassResult[]): Found[] {
  const mappers = passes.map((p) => offsetMapper(p.edits));
  const all: Found[] = [];
  passes.forEach((pass, k) => {
    for (const f of pass.found) {
      let { start, end } = f;
      for (let m = k + 1; m < mappers.length; m++) {
        const map = mappers[m] as (offset: number, side: 'start' | 'end') => number;
        start = map(start, 'start');
        end = Math.max(start, map(end, 'end'));
      }
      all.push({ ...f, start, end });
    }
  });
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
