/** The organisation lexicon of src/data/organisations.yaml, validated once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/organisations.yaml';

const OrganisationsSchema = () =>
  z.object({
    organisations: z.array(
      z.object({
        name: z.string(),
        aliases: z.array(z.string()).default([]),
        personLike: z.array(z.string()).default([]),
        afterArticle: z.boolean().default(false),
        party: z.boolean().default(false),
      }),
    ),
    ministries: z.array(
      z.object({
        topic: z.string(),
        abbreviations: z.array(z.string()).default([]),
        formerly: z.boolean().default(false),
      }),
    ),
    committeeTopics: z.array(z.string()),
  });

export interface OrganisationAlias {
  readonly alias: string;
  readonly name: string;
  readonly personLike: boolean;
  readonly afterArticle: boolean;
}

export interface OrganisationLexicon {
  readonly aliases: readonly OrganisationAlias[];
  /** lower-case alias or name → canonical name */
  readonly canonical: ReadonlyMap<string, string>;
  /** ministry topics ("Justitie en Veiligheid"), matched after "ministerie van" */
  readonly ministryTopics: readonly string[];
  /** topics of parliamentary committees: the ministry topics plus the extra list */
  readonly committeeTopics: readonly string[];
  /** the names and aliases of political parties, in lower case; those of several words apart */
  readonly partyNames: ReadonlySet<string>;
  readonly partyPhrases: readonly string[];
}

export const organisationLexicon = defineLexicon(source, OrganisationsSchema, (data): OrganisationLexicon => {
  const aliases: OrganisationAlias[] = [];
  for (const o of data.organisations) {
    for (const alias of [o.name, ...o.aliases]) {
      aliases.push({
        alias,
        name: o.name,
        personLike: o.personLike.includes(alias),
        afterArticle: o.afterArticle,
      });
    }
  }
  for (const m of data.ministries) {
    const name = `Ministerie van ${m.topic}`;
    for (const alias of m.abbreviations)
      aliases.push({ alias, name, personLike: false, afterArticle: false });
  }
  const canonical = new Map<string, string>();
  for (const a of aliases) canonical.set(a.alias.toLowerCase(), a.name);
  for (const m of data.ministries)
    canonical.set(`ministerie van ${m.topic.toLowerCase()}`, `Ministerie van ${m.topic}`);
  const ministryTopics = data.ministries.map((m) => m.topic);
  const partyNames = new Set(
    data.organisations
      .filter((o) => o.party)
      .flatMap((o) => [o.name, ...o.aliases].map((a) => a.toLowerCase())),
  );
  return {
    aliases,
    canonical,
    ministryTopics,
    committeeTopics: [...new Set([...ministryTopics, ...data.committeeTopics])],
    partyNames,
    partyPhrases: [...partyNames].filter((name) => name.includes(' ')),
  };
});
