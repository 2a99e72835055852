/**
 * Bytes → the text as read: decode, repair mojibake, normalise. Mojibake is repaired before normalising because
 * its sequences can hold characters that normalising would change ("Ã" + soft hyphen is "í", "Â" + no-break
 * space is a no-break space). Every position reported is in the returned text, which later stages index into.
 */
import type { Diagnostic, Repair } from '../model/schema.js';
import { indexLines, positionOf } from '../model/position.js';
import { decodeBytes } from './decode-bytes.js';
import { offsetMapper, type Found, type PassResult } from './edit-text.js';
import { normaliseText } from './normalise-text.js';
import { MOJIBAKE_PASSES, describeMojibake, isMojibakeKind } from './repair-mojibake.js';

export interface ReadResult {
  text: string;
  encoding: string;
  repairs: Repair[];
  diagnostics: Diagnostic[];
}

export function readText(bytes: Uint8Array): ReadResult {
  const { text: decoded, encoding } = decodeBytes(bytes);
  const passes: PassResult[] = [];
  let text = decoded;
  for (const pass of [...MOJIBAKE_PASSES, normaliseText]) {
    const result = pass(text);
    passes.push(result);
    text = result.text;
  }
  const found = carryToFinalText(passes);
  const index = indexLines(text);
  const repairs: Repair[] = found.map((f) => ({
    kind: f.kind,
    from: f.from,
    to: f.to,
    count: f.count ?? 1,
    position: positionOf(index, f.start, f.end),
  }));
  const diagnostics: Diagnostic[] = [];
  if (encoding === 'windows-1252') {
    diagnostics.push({
      ruleId: 'encoding-fallback',
      severity: 'info',
      message: 'the file is not valid UTF-8; read it as Windows-1252',
      position: null,
    });
  }
  const byKind = new Map<string, Found[]>();
  for (const f of found) {
    if (!isMojibakeKind(f.kind)) continue;
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  for (const [kind, list] of byKind) {
    const first = list[0] as Found;
    diagnostics.push({
      ruleId: kind,
      severity: 'warning',
      message: describeMojibake(kind, list.length, first.example),
      position: positionOf(index, first.start, first.end),
    });
  }
  return { text, encoding, repairs, diagnostics };
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
