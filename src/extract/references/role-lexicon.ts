/** The person words of src/data/roles.yaml, validated once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/roles.yaml';
import { escapeRegex } from './reference-patterns.js';

const Words = z.array(z.string().min(1));
const SurnameParticles = z.object({ first: Words.min(1), then: Words });

const RolesSchema = () =>
  z.object({
    roles: z.array(z.string()),
    roleModifiers: z.array(z.string()),
    pluralRoles: z.array(z.string()),
    titles: z.array(z.string()),
    memberWords: z.object({ singular: z.string(), plural: z.string() }),
    particles: z.array(z.string()),
    multiLetterInitials: Words,
    contactLabels: Words,
    surnameParticles: z.object({
      committee: SurnameParticles,
      motion: SurnameParticles,
      role: SurnameParticles,
    }),
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
  /** initials of more than one letter, as written ("Th") */
  readonly multiLetterInitials: readonly string[];
  /** lower-case labels before a contact person's name */
  readonly contactLabels: readonly string[];
  /**
   * before a capitalised surname after "commissie" / "motie" / a role word: alternations of the first particles
   * ("Van|De") and of those that may follow them ("der|den"), as written
   */
  readonly surnameParticles: {
    readonly committee: { readonly first: string; readonly then: string };
    readonly motion: { readonly first: string; readonly then: string };
    readonly role: { readonly first: string; readonly then: string };
  };
  /** words and phrases that never start a person's name */
  readonly notNames: ReadonlySet<string>;
}

const particleAlternations = (p: z.infer<typeof SurnameParticles>) => ({
  first: p.first.map(escapeRegex).join('|'),
  then: p.then.map(escapeRegex).join('|') || '(?!)',
});

export const roleLexicon = defineLexicon(source, RolesSchema, (data): RoleLexicon => ({
  roles: data.roles.map((r) => r.toLowerCase()).sort((a, b) => b.length - a.length),
  modifiers: data.roleModifiers.map((r) => r.toLowerCase()),
  pluralRoles: data.pluralRoles.map((r) => r.toLowerCase()),
  titles: data.titles.map((t) => t.toLowerCase()),
  member: data.memberWords,
  particles: data.particles.map((p) => p.toLowerCase()),
  multiLetterInitials: data.multiLetterInitials,
  contactLabels: data.contactLabels.map((l) => l.toLowerCase()),
  surnameParticles: {
    committee: particleAlternations(data.surnameParticles.committee),
    motion: particleAlternations(data.surnameParticles.motion),
    role: particleAlternations(data.surnameParticles.role),
  },
  notNames: new Set(data.notNames),
}));
