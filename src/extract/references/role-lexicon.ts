/** The person words of src/data/roles.yaml, validated once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/roles.yaml';

const RolesSchema = z.object({
  roles: z.array(z.string()),
  roleModifiers: z.array(z.string()),
  memberWords: z.object({ singular: z.string(), plural: z.string() }),
  particles: z.array(z.string()),
  notNames: z.array(z.string()),
});

export interface RoleLexicon {
  /** lower-case role words, longest first */
  readonly roles: readonly string[];
  readonly modifiers: readonly string[];
  readonly member: { readonly singular: string; readonly plural: string };
  /** lower-case name particles */
  readonly particles: readonly string[];
  /** words and phrases that never start a person's name */
  readonly notNames: ReadonlySet<string>;
}

export const roleLexicon = defineLexicon(source, RolesSchema, (data): RoleLexicon => ({
  roles: data.roles.map((r) => r.toLowerCase()).sort((a, b) => b.length - a.length),
  modifiers: data.roleModifiers.map((r) => r.toLowerCase()),
  member: data.memberWords,
  particles: data.particles.map((p) => p.toLowerCase()),
  notNames: new Set(data.notNames),
}));
