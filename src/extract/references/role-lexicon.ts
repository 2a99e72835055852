/** The person words of src/data/roles.yaml, validated once. */
import { z } from 'zod';
import raw from '../../data/roles.yaml';

const RolesSchema = z.object({
  roles: z.array(z.string()),
  roleModifiers: z.array(z.string()),
  pluralRoles: z.array(z.string()),
  titles: z.array(z.string()),
  memberWords: z.object({ singular: z.string(), plural: z.string() }),
  particles: z.array(z.string()),
  notNames: z.array(z.string()),
});

export interface RoleLexicon {
  /** lower-case role words, longest first */
  readonly roles: readonly string[];
  readonly modifiers: readonly string[];
  /** lower-case plural role words ("ministers") */
  readonly pluralRoles: readonly string[];
  /** lower-case titles with their full stop ("drs.") */
  readonly titles: readonly string[];
  readonly member: { readonly singular: string; readonly plural: string };
  /** lower-case name particles */
  readonly particles: readonly string[];
  /** words and phrases that never start a person's name */
  readonly notNames: ReadonlySet<string>;
}

let cached: RoleLexicon | undefined;

export function roleLexicon(): RoleLexicon {
  if (cached) return cached;
  const data = RolesSchema.parse(raw);
  cached = {
    roles: data.roles.map((r) => r.toLowerCase()).sort((a, b) => b.length - a.length),
    modifiers: data.roleModifiers.map((r) => r.toLowerCase()),
    pluralRoles: data.pluralRoles.map((r) => r.toLowerCase()),
    titles: data.titles.map((t) => t.toLowerCase()),
    member: data.memberWords,
    particles: data.particles.map((p) => p.toLowerCase()),
    notNames: new Set(data.notNames),
  };
  return cached;
}
