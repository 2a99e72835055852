/** The ask lexicon of src/data/asks.yaml and the verb stems of the Dutch dictionary, validated and compiled once. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/asks.yaml';

import { FIRMNESS, type Ask } from '../../model/schema.js';
import { ambiguousStems, infinitives, verbStems, type WordTest } from './verb-stems.js';

export type Firmness = Ask['firmness'];

const Words = z.array(z.string().min(1));
const Sequences = z.array(Words.min(1));
const Need = z.enum([
  'free',
  'addressee',
  'named-addressee',
  'dat',
  'om',
  'te',
  'aandacht',
  'object',
  'no-callee',
  'van-addressee',
  'dat-addressee',
  'als-addressee',
  'want-object',
]);
export type Need = z.infer<typeof Need>;

const AsksSchema = () =>
  z.object({
    requests: z.array(
      z.object({
        lemma: z.string(),
        forms: Words.default([]),
        split: Words.default([]),
        particle: z.string().optional(),
        with: Words.default([]),
        after: z.string().optional(),
        firmness: z.enum(FIRMNESS),
        needs: z.array(Need).min(1),
        noun: z.boolean().default(false),
      }),
    ),
    'request-nouns': z.record(z.string(), z.enum(FIRMNESS)),
    'request-labels': Words,
    own: Words,
    'noun-before': Words,
    posing: Words,
    addressees: z.record(z.string(), Sequences),
    others: Words,
    'first-person': Words,
    askers: Words,
    'other-voices': Words,
    'governing-names': Words,
    'past-times': Words,
    granted: Words,
    replies: z.object({ subjects: Words, prefixes: Words, separators: Words, wrote: Words }).strict(),
    'perfect-auxiliaries': Words,
    'past-forms': Words,
    'strong-past': Words,
    'verb-prefixes': Words,
    prepositions: Words,
    adverbs: Words,
    conjunctions: Words,
    subordinators: Words,
    advisers: Sequences,
    voices: z.object({ apart: Words, heads: Words, groups: Words }),
    'thing-subjects': Words,
    auxiliaries: Words,
    modals: z.record(z.string(), z.enum(FIRMNESS)),
    prohibitions: Words,
    'in-force': Words,
    'with-te': Words,
    counterfactual: Words,
    'well-advised': z.object({ verbs: Words, words: Words }).strict(),
    'past-modals': Words,
    'follow-up': z.object({ verbs: Words, reasons: Words }),
    states: z.object({ verbs: Words, ends: Words }).strict(),
    'rule-sources': Words,
    'legal-sources': Words,
    'rule-openers': Words,
    estimates: Words,
    attributions: Words,
    conditions: z
      .object({
        markers: Words,
        only: Words,
        if: Words,
        consent: Words,
        writer: Sequences,
        fronted: Sequences,
      })
      .strict(),
    findings: Words,
    statements: Words,
    importance: Words,
    wishes: z.object({ words: Words, framing: Words }),
    'about-time': z.object({ words: Words, after: Words }),
    recommendations: Sequences,
    opinions: Words,
    needs: Sequences,
    'polite-questions': Sequences,
    'requesting-questions': Sequences,
    willing: Words,
    'state-names': Words,
    announcements: Words,
    'topic-announcements': z.object({ indefinite: Words, nouns: Words }),
    times: Words,
    wondering: z.object({ verbs: Words, reflexives: Words, whether: Words }).strict(),
    repeated: Words,
    vetoes: Sequences,
    raised: Words,
    'self-help': z
      .object({ openers: Words, modals: Words, doing: Words, ends: Words, readers: Words })
      .strict(),
    'lead-ins': z.object({
      nouns: Words,
      verbs: Words,
      objects: Words,
      'hand-over': Words,
      questions: Sequences,
      needs: Sequences,
      counts: Words,
    }),
    imperatives: z.object({
      extra: Words,
      'not-stems': Words,
      procedural: Words,
      'procedural-unless': Words,
      'with-particle': z.record(z.string(), Words),
      degree: Words,
      quantities: Words,
      subjects: Words,
      objects: Words,
      'not-after': Words,
      readers: Words,
      titles: Words,
    }),
  });

export interface RequestVerb {
  readonly lemma: string;
  /** the separated particle a split form needs later in its clause */
  readonly particle: string | null;
  readonly with: ReadonlySet<string>;
  readonly after: string | null;
  readonly firmness: Firmness;
  readonly needs: ReadonlySet<Need>;
  readonly noun: boolean;
}

/** A word sequence to find in tokens, indexed by its first word. */
export type SequenceIndex = ReadonlyMap<string, readonly { words: readonly string[]; value: string }[]>;

export interface AskLexicon {
  /** form → the verbs it is a form of; `split` when the form needs its particle */
  readonly forms: ReadonlyMap<string, readonly { verb: RequestVerb; split: boolean }[]>;
  readonly requestNouns: ReadonlyMap<string, Firmness>;
  /** request nouns that label what follows their colon ("Voorstel: …") */
  readonly requestLabels: ReadonlySet<string>;
  readonly own: ReadonlySet<string>;
  readonly nounBefore: ReadonlySet<string>;
  /** "stelt (al) eisen aan": a form of "stellen" that makes the request word after it a noun */
  readonly posing: ReadonlySet<string>;
  /** addressee word sequences → normalised addressee */
  readonly addressees: SequenceIndex;
  readonly others: WordTest;
  readonly firstPerson: ReadonlySet<string>;
  readonly askers: ReadonlySet<string>;
  readonly otherVoices: ReadonlySet<string>;
  /** request verbs in the simple past: with a year, history */
  readonly pastForms: ReadonlySet<string>;
  /** "Staten", "Gemeente": a capitalised name of a body that governs */
  readonly governingNames: ReadonlySet<string>;
  /** "eerder", "destijds": with a past form, a request made before */
  readonly pastTimes: ReadonlySet<string>;
  /** what says a request made before was granted */
  readonly granted: ReadonlySet<string>;
  /** the line above the earlier message an e-mail reply quotes */
  readonly replies: {
    readonly subjects: ReadonlySet<string>;
    readonly prefixes: ReadonlySet<string>;
    readonly separators: ReadonlySet<string>;
    readonly wrote: ReadonlySet<string>;
  };
  /** the forms of "hebben" that make a participle a perfect */
  readonly perfectAuxiliaries: ReadonlySet<string>;
  /** the simple past of strong and irregular verbs, and the prefixes written before verb forms */
  readonly strongPast: ReadonlySet<string>;
  readonly verbPrefixes: readonly string[];
  readonly prepositions: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  /** bodies that advise or oversee government, as word sequences */
  readonly advisers: SequenceIndex;
  /** heads of organisation names, and groups, that make who asks another party when the opening does not name it;
   * determiners that make it another party even then */
  readonly voices: {
    readonly apart: ReadonlySet<string>;
    readonly heads: readonly string[];
    readonly groups: readonly string[];
  };
  readonly thingSubjects: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly modals: ReadonlyMap<string, Firmness>;
  readonly prohibitions: ReadonlySet<string>;
  /** "sinds": a duty that already holds, not one demanded */
  readonly inForce: ReadonlySet<string>;
  /** modals that need "te" after them ("dient … te") */
  readonly withTe: ReadonlySet<string>;
  readonly counterfactual: ReadonlySet<string>;
  /** "zou er goed aan doen", "doet er verstandig aan": advice */
  readonly wellAdvised: { readonly verbs: ReadonlySet<string>; readonly words: ReadonlySet<string> };
  /** what keeps an obligation right after an ask from carrying its demand on */
  readonly pastModals: ReadonlySet<string>;
  readonly followUp: { readonly verbs: ReadonlySet<string>; readonly reasons: ReadonlySet<string> };
  /** what a thing is demanded to become: verbs of staying or applying, and words that close where it goes */
  readonly states: { readonly verbs: ReadonlySet<string>; readonly ends: ReadonlySet<string> };
  /** rules and documents: "volgens" them is no attribution of a demand */
  readonly ruleSources: ReadonlySet<string>;
  /** laws and treaties: after "op grond van", the ground of a duty */
  readonly legalSources: ReadonlySet<string>;
  readonly ruleOpeners: ReadonlySet<string>;
  /** "berekening", "raming": the source of a figure in "Volgens onze berekening moet …" */
  readonly estimates: ReadonlySet<string>;
  readonly attributions: ReadonlySet<string>;
  /** what opens a condition ("mits", "alleen … als"), and the words of consent that make one an ask */
  readonly conditions: {
    readonly markers: ReadonlySet<string>;
    readonly only: ReadonlySet<string>;
    readonly if: ReadonlySet<string>;
    readonly consent: ReadonlySet<string>;
    /** "wat ons betreft": the writer named in a main clause without "wij" */
    readonly writer: SequenceIndex;
    /** "zonder", "bij een": a phrase of condition or cause in first place */
    readonly fronted: SequenceIndex;
  };
  /** verbs of knowing or finding: an obligation in their dat-clause is a fact taken in */
  readonly findings: ReadonlySet<string>;
  /** saying or thanking, not wanting: "Wij willen benadrukken dat …" states what the dat-clause says */
  readonly statements: ReadonlySet<string>;
  readonly importance: ReadonlySet<string>;
  /** "Het zou goed zijn als …", "Het lijkt ons goed dat …": a wish that asks when one of `framing` comes before it */
  readonly wishes: { readonly words: ReadonlySet<string>; readonly framing: ReadonlySet<string> };
  /** "Het is tijd dat …": `words` right after one of `after` */
  readonly aboutTime: { readonly words: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /** "Het verdient aanbeveling …" */
  readonly recommendations: SequenceIndex;
  /** "Wij vinden dat er … komt": views that want what is to come */
  readonly opinions: ReadonlySet<string>;
  readonly needs: SequenceIndex;
  readonly politeQuestions: SequenceIndex;
  /** question openings that ask only with a request verb later in the question */
  readonly requestingQuestions: SequenceIndex;
  /** "Is de minister bereid …?" */
  readonly willing: ReadonlySet<string>;
  /** a country as the subject of a modal: its government */
  readonly stateNames: ReadonlySet<string>;
  readonly announcements: ReadonlySet<string>;
  /** "… aandacht voor een probleem …": attention for a topic the letter names after */
  readonly topicAnnouncements: {
    readonly indefinite: ReadonlySet<string>;
    readonly nouns: ReadonlySet<string>;
  };
  /** after "volgende", a time rather than a list to come */
  readonly times: ReadonlySet<string>;
  /** "vragen" with a reflexive and "af": wondering, not asking */
  readonly wondering: {
    readonly verbs: ReadonlySet<string>;
    readonly reflexives: ReadonlySet<string>;
    /** what before "of" makes it "whether" */
    readonly whether: ReadonlySet<string>;
  };
  readonly repeated: ReadonlySet<string>;
  readonly vetoes: SequenceIndex;
  readonly raised: ReadonlySet<string>;
  /** "Wat kunt u doen?": a question of what the reader can do, and its words */
  readonly selfHelp: {
    readonly openers: ReadonlySet<string>;
    readonly modals: ReadonlySet<string>;
    readonly doing: ReadonlySet<string>;
    readonly ends: ReadonlySet<string>;
    /** the subjects that make it the reader's question ("u", "je") */
    readonly readers: ReadonlySet<string>;
  };
  readonly leadIns: {
    readonly nouns: ReadonlySet<string>;
    readonly verbs: ReadonlySet<string>;
    /** what a lead-in may announce as counted ("drie punten"), and the verbs that hand it over ("meegegeven") */
    readonly objects: ReadonlySet<string>;
    readonly handOver: ReadonlySet<string>;
    readonly questions: SequenceIndex;
    /** a line that is only a question of what is needed ("Wat is er nodig?") */
    readonly needs: SequenceIndex;
    readonly counts: ReadonlySet<string>;
  };
  readonly imperatives: {
    /** every verb stem, and those that are also nouns or adjectives; every infinitive */
    readonly stems: WordTest;
    readonly infinitives: WordTest;
    readonly ambiguous: WordTest;
    readonly procedural: ReadonlySet<string>;
    readonly proceduralUnless: ReadonlySet<string>;
    /** stems that command only with a particle later in the clause ("Neem … op"), and those particles */
    readonly withParticle: ReadonlyMap<string, ReadonlySet<string>>;
    /** stems that are also adverbs of degree ("Ruim 7 miljoen"), and the words that make a quantity after them */
    readonly degree: ReadonlySet<string>;
    readonly quantities: ReadonlySet<string>;
    readonly subjects: ReadonlySet<string>;
    readonly objects: ReadonlySet<string>;
    readonly notAfter: ReadonlySet<string>;
    /** informal "you": a command to the reader */
    readonly readers: ReadonlySet<string>;
    /** stems that head a document's title before a preposition ("Brief aan de Kamer") */
    readonly titles: ReadonlySet<string>;
  };
}

function sequenceIndex(entries: Iterable<{ words: readonly string[]; value: string }>): SequenceIndex {
  const index = new Map<string, { words: readonly string[]; value: string }[]>();
  for (const e of entries) {
    const list = index.get(e.words[0]!) ?? [];
    list.push(e);
    // longest first, so "tweede kamer" wins over "kamer"… and "kamer" alone still matches
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(e.words[0]!, list);
  }
  return index;
}

const words = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const plain = (seqs: readonly (readonly string[])[]) =>
  sequenceIndex(seqs.map((w) => ({ words: w, value: '' })));

/** The ask lexicon, compiled on first use. */
export const askLexicon = defineLexicon(source, AsksSchema, (data): AskLexicon => {
  const forms = new Map<string, { verb: RequestVerb; split: boolean }[]>();
  const addForm = (form: string, verb: RequestVerb, split: boolean) => {
    const list = forms.get(form) ?? [];
    list.push({ verb, split });
    forms.set(form, list);
  };
  for (const r of data.requests) {
    const verb: RequestVerb = {
      lemma: r.lemma,
      particle: r.particle ?? null,
      with: words(r.with),
      after: r.after ?? null,
      firmness: r.firmness,
      needs: new Set(r.needs),
      noun: r.noun,
    };
    for (const f of r.forms) addForm(f, verb, false);
    for (const f of r.split) addForm(f, verb, true);
  }
  const notStems = words(data.imperatives['not-stems']);
  const extra = new Set(data.imperatives.extra);
  const stems: WordTest = { has: (w) => (verbStems.has(w) || extra.has(w)) && !notStems.has(w) };
  return {
    forms,
    requestNouns: new Map(Object.entries(data['request-nouns'])),
    requestLabels: words(data['request-labels']),
    own: words(data.own),
    nounBefore: words(data['noun-before']),
    posing: words(data.posing),
    addressees: sequenceIndex(
      Object.entries(data.addressees).flatMap(([value, seqs]) => seqs.map((w) => ({ words: w, value }))),
    ),
    others: withCompounds(words(data.others), data.addressees),
    firstPerson: words(data['first-person']),
    askers: words(data.askers),
    otherVoices: words(data['other-voices']),
    pastForms: words(data['past-forms']),
    pastTimes: words(data['past-times']),
    granted: words(data.granted),
    replies: {
      subjects: words(data.replies.subjects),
      prefixes: words(data.replies.prefixes),
      separators: words(data.replies.separators),
      wrote: words(data.replies.wrote),
    },
    perfectAuxiliaries: words(data['perfect-auxiliaries']),
    governingNames: words(data['governing-names']),
    strongPast: words(data['strong-past']),
    verbPrefixes: [...words(data['verb-prefixes'])],
    prepositions: words(data.prepositions),
    adverbs: words(data.adverbs),
    conjunctions: words(data.conjunctions),
    subordinators: words(data.subordinators),
    advisers: plain(data.advisers),
    voices: { apart: words(data.voices.apart), heads: data.voices.heads, groups: data.voices.groups },
    thingSubjects: words(data['thing-subjects']),
    auxiliaries: words(data.auxiliaries),
    modals: new Map(Object.entries(data.modals)),
    prohibitions: words(data.prohibitions),
    inForce: words(data['in-force']),
    withTe: words(data['with-te']),
    counterfactual: words(data.counterfactual),
    wellAdvised: { verbs: words(data['well-advised'].verbs), words: words(data['well-advised'].words) },
    pastModals: words(data['past-modals']),
    followUp: { verbs: words(data['follow-up'].verbs), reasons: words(data['follow-up'].reasons) },
    states: { verbs: words(data.states.verbs), ends: words(data.states.ends) },
    ruleSources: words(data['rule-sources']),
    legalSources: words(data['legal-sources']),
    ruleOpeners: words(data['rule-openers']),
    estimates: words(data.estimates),
    attributions: words(data.attributions),
    conditions: {
      markers: words(data.conditions.markers),
      only: words(data.conditions.only),
      if: words(data.conditions.if),
      consent: words(data.conditions.consent),
      writer: plain(data.conditions.writer),
      fronted: plain(data.conditions.fronted),
    },
    findings: words(data.findings),
    statements: words(data.statements),
    importance: words(data.importance),
    wishes: { words: words(data.wishes.words), framing: words(data.wishes.framing) },
    aboutTime: { words: words(data['about-time'].words), after: words(data['about-time'].after) },
    recommendations: plain(data.recommendations),
    opinions: words(data.opinions),
    needs: plain(data.needs),
    politeQuestions: plain(data['polite-questions']),
    requestingQuestions: plain(data['requesting-questions']),
    willing: words(data.willing),
    stateNames: words(data['state-names']),
    announcements: words(data.announcements),
    topicAnnouncements: {
      indefinite: words(data['topic-announcements'].indefinite),
      nouns: words(data['topic-announcements'].nouns),
    },
    times: words(data.times),
    wondering: {
      verbs: words(data.wondering.verbs),
      reflexives: words(data.wondering.reflexives),
      whether: words(data.wondering.whether),
    },
    repeated: words(data.repeated),
    vetoes: plain(data.vetoes),
    raised: words(data.raised),
    selfHelp: {
      openers: words(data['self-help'].openers),
      modals: words(data['self-help'].modals),
      doing: words(data['self-help'].doing),
      ends: words(data['self-help'].ends),
      readers: words(data['self-help'].readers),
    },
    leadIns: {
      nouns: words(data['lead-ins'].nouns),
      verbs: words(data['lead-ins'].verbs),
      objects: words(data['lead-ins'].objects),
      handOver: words(data['lead-ins']['hand-over']),
      questions: plain(data['lead-ins'].questions),
      needs: plain(data['lead-ins'].needs),
      counts: words(data['lead-ins'].counts),
    },
    imperatives: {
      stems,
      infinitives,
      ambiguous: ambiguousStems,
      procedural: words(data.imperatives.procedural),
      proceduralUnless: words(data.imperatives['procedural-unless']),
      withParticle: new Map(Object.entries(data.imperatives['with-particle']).map(([k, v]) => [k, words(v)])),
      degree: words(data.imperatives.degree),
      quantities: words(data.imperatives.quantities),
      subjects: words(data.imperatives.subjects),
      objects: words(data.imperatives.objects),
      notAfter: words(data.imperatives['not-after']),
      readers: words(data.imperatives.readers),
      titles: words(data.imperatives.titles),
    },
  };
});

/**
 * Whether a word is a finite verb by its form: an auxiliary, a stem with -t ("wijzigt", "wilt"), or a stem that is
 * no noun as well ("wijzig"; not "werk").
 */
export function isFiniteVerb(word: string): boolean {
  const { auxiliaries, imperatives } = askLexicon();
  const { stems, ambiguous } = imperatives;
  if (auxiliaries.has(word)) return true;
  if (word.endsWith('t') && stems.has(word.slice(0, -1))) return true;
  return stems.has(word) && !ambiguous.has(word);
}

/** A past-tense ending after a stem: "stelde", "maakten". */
const PAST = /(?:de|te)n?$/u;
const DEVOICED: Record<string, string> = { v: 'f', z: 's' };

/** The singular of a strong past plural: "liepen" → "liep", "gaven" → "gaf", "bleven" → "bleef". */
function strongSingulars(word: string): string[] {
  if (!word.endsWith('en') || word.length < 5) return [];
  const stem = word.slice(0, -2);
  const last = stem.charAt(stem.length - 1);
  const hard = stem.slice(0, -1) + (DEVOICED[last] ?? last);
  // an open syllable's long vowel is written double when closed: "ble-ven" → "bleef"
  const vowel = hard.charAt(hard.length - 2);
  return [stem, hard, `${hard.slice(0, -1)}${vowel}${hard.slice(-1)}`];
}

/** Whether a word is the simple past of a strong or irregular verb, with or without a prefix ("besloot"). */
export function isStrongPast(word: string): boolean {
  const { strongPast, verbPrefixes } = askLexicon();
  const known = (w: string) => strongPast.has(w) || strongSingulars(w).some((s) => strongPast.has(s));
  return known(word) || verbPrefixes.some((p) => word.startsWith(p) && known(word.slice(p.length)));
}

/**
 * Whether a word is some verb form that makes a clause: finite by isFiniteVerb, an infinitive or present plural
 * ("investeren"), the -t form of an infinitive in -n ("slaat", "gaat", "doet"), or a past tense ("stelde",
 * "maakten", "liep"). Participles ("opgestelde") are not: alone they make none.
 */
export function isClauseVerb(word: string): boolean {
  const { stems, infinitives } = askLexicon().imperatives;
  if (isFiniteVerb(word) || infinitives.has(word) || isStrongPast(word)) return true;
  if (word.endsWith('t') && infinitives.has(`${word.slice(0, -1)}n`)) return true;
  const past = PAST.exec(word);
  return past !== null && stems.has(word.slice(0, past.index));
}

/** Whether `word` is one of `heads` or a compound ending in one ("jongerenraad", "natuurorganisaties"). */
/** A head shorter than this forms no compound that names others ("hen", "ons", "zich"). */
const MIN_COMPOUND_HEAD = 5;

/**
 * The others with their compounds: "buurgemeenten", "lidbedrijven", "zorgondernemers"; not a compound whose first
 * part names an addressee ("kamerleden", "commissieleden", "overheidsorganisaties", "rijksinstellingen").
 */
function withCompounds(others: ReadonlySet<string>, addressees: Record<string, string[][]>): WordTest {
  const heads = [...others].filter((w) => w.length >= MIN_COMPOUND_HEAD);
  const governing = new Set(
    Object.values(addressees).flatMap((seqs) => seqs.filter((w) => w.length === 1).flat()),
  );
  const compound = (word: string): boolean => {
    const head = heads.find((h) => word.length > h.length + 2 && word.endsWith(h));
    if (!head) return false;
    const part = word.slice(0, -head.length).replace(/-$/u, '');
    return !governing.has(part) && !(part.endsWith('s') && governing.has(part.slice(0, -1)));
  };
  return { has: (word) => others.has(word) || compound(word) };
}

export const endsInHead = (word: string, heads: readonly string[]): boolean =>
  heads.some((h) => word === h || (word.length > h.length + 2 && word.endsWith(h)));
