/**
 * The surnames of the persons a text names in full ("Anna van der Berg", "minister De Wit", "drs. K. Jansen"), as a
 * later bare mention writes them: a leading particle capitalised ("Van der Berg", "De Wit", "Jansen").
 */
import { findNamedPersons } from './find-named-persons.js';
import { findPersons } from './find-persons.js';
import { roleLexicon } from './role-lexicon.js';

/** "Anna van der Berg" → "Van der Berg"; "K. Jansen" → "Jansen"; null for a surname alone ("Van der Berg"). */
export function surnameOf(name: string): string | null {
  const particles = new Set(roleLexicon().particles);
  const words = name.split(/[ \t]+/u);
  if (words.length < 2 || particles.has((words[0] as string).toLowerCase())) return null;
  let i = words.length - 1;
  while (i > 1 && particles.has((words[i - 1] as string).toLowerCase())) i--;
  const surname = words.slice(i).join(' ');
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/** The surnames of the persons named in full in a text (visible text: markup already blanked). */
export function collectSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of [...findPersons(text), ...findNamedPersons(text)]) {
    const surname = surnameOf(p.name ?? p.text);
    if (surname && surname.replace(/[^\p{L}]/gu, '').length >= 3) out.add(surname);
  }
  return out;
}
