/**
 * Motions and amendments: "motie-Bikker c.s.", "motie Wiersma", "motie-De Graaf", "motie van het lid Kuik c.s.",
 * "motie van de leden Segers en Asscher", "amendement-Veltman". The id (a Kamerstuk) is filled in later when a
 * citation follows ("motie Wiersma (Kamerstukken II 2020/21, 28638, nr. 193)").
 */
import { B_END, B_START, CAP_WORD, allMatches } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { roleLexicon } from './role-lexicon.js';
import { LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { onFirstUse } from '../../text/on-first-use.js';

const HAS_HEAD = /[Mm]otie|[Aa]mendement/u;

interface Patterns {
  /** made only where `lead` holds (on-first-use.ts) */
  motion: () => RegExp;
  /** the pattern up to the first character of a name: only where it matches does `motion` run (and compile) */
  lead: RegExp;
}

const motionPatterns = deriveFromLexicons((): Patterns => {
  const { first, then } = roleLexicon().surnameParticles.motion;
  const surname = String.raw`(?:(?:${first})[ \t]+(?:(?:${then})[ \t]+)?)?${CAP_WORD}`;
  const list = (name: string) => String.raw`${name}(?:(?:,[ \t]*|[ \t]+en[ \t]+)${name}){0,4}`;
  // after "van het lid"/"van de leden" the names are persons', and a given name may tell two members apart
  // ("de motie van de leden Inge van Dijk en Bontenbal")
  const given = String.raw`(?:${CAP_WORD}[ \t]+(?:${first.toLowerCase()})[ \t]+(?:(?:${then})[ \t]+)?${CAP_WORD}|${surname})`;
  return {
    motion: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?<head>[Mm]otie|[Aa]mendement)(?:\s+van\s+(?:het\s+lid|de\s+leden)\s+(?<members>${list(given)})|(?:-|[ \t]+)(?<names>${list(surname)}))${B_END}(?<cs>[ \t]+c\.s\.)?`,
          'gu',
        ),
    ),
    // every name opens with a capital or a particle
    lead: new RegExp(
      String.raw`(?:[Mm]otie|[Aa]mendement)(?:\s+van\s+(?:het\s+lid|de\s+leden)\s+|-|[ \t]+)(?:[${LU}]|${first})`,
      'u',
    ),
  };
});

export function findMotions(text: string): FoundReference[] {
  const { notNames } = roleLexicon();
  const out: FoundReference[] = [];
  const { motion, lead } = motionPatterns();
  if (!HAS_HEAD.test(text) || !lead.test(text)) return out;
  for (const m of allMatches(motion(), text)) {
    const names = (m.groups?.members ?? m.groups?.names) as string;
    // "motie Wiersma" and "motie-De Graaf" yes, "motie Over …" or "motie De …" no
    if (notNames.has(names)) continue;
    const head = (m.groups?.head as string).toLowerCase();
    out.push(
      makeRef(text, 'motion', m.index, m.index + m[0].length, {
        name: `${head}-${names.replace(/\s+/gu, ' ')}`,
      }),
    );
  }
  return out;
}
