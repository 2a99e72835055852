/** The shape of a reference found in one string of text, before it is placed in the Letter model. */

export type FoundKind =
  'kamerstuk' | 'article' | 'law' | 'bill' | 'motion' | 'organisation' | 'person' | 'committee' | 'document';

export interface FoundReference {
  kind: FoundKind;
  /** the exact surface: text === input.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** normalised standard id: "28638-190", "273f Sr", a BWB id or dossier number; null when none */
  id: string | null;
  /** canonical name: the lexicon entry, or the expansion an abbreviation has in the text */
  name: string | null;
  /** persons only: the role as written, lower case ("staatssecretaris") */
  role: string | null;
}

/** Builds a reference over [start, end) of `text`. */
export function makeRef(
  text: string,
  kind: FoundKind,
  start: number,
  end: number,
  extra: { id?: string | null; name?: string | null; role?: string | null } = {},
): FoundReference {
  return {
    kind,
    text: text.slice(start, end),
    start,
    end,
    id: extra.id ?? null,
    name: extra.name ?? null,
    role: extra.role ?? null,
  };
}
