/**
 * Asks: arrow lines, list items under a request lead-in or phrased as requests, and sentences in which someone
 * asks parliament or government to act (recognise-ask.ts). Each ask says who must act, who asks when it is not
 * the writer, how firmly and whether it was asked before. A sentence that makes the same request as an arrow ask
 * in its theme `restates` it, so a brief can show the request once.
 */
import { positionIn, type LetterFile } from '../../core/letter-file.js';
import type { Ask, Reference } from '../../model/schema.js';
import { contentWords } from '../../text/content-words.js';
import { foldSpace } from '../../text/fold-space.js';
import { isClosing } from '../../text/structure-words.js';
import { joinLineHyphens } from '../../text/join-line-hyphens.js';
import { unitSentences, type TextUnit } from '../text-units.js';
import {
  anotherParty,
  isPronoun,
  quotedAlone,
  quoteSpeaker,
  speakerBefore,
  readOpening,
} from './another-party.js';
import { isReply, opensEarlierMessage } from './earlier-message.js';
import { normaliseAddressee } from './normalise-addressee.js';
import { requestCells } from './request-column.js';
import { selfHelpQuestion } from './self-help-question.js';
import {
  grantsPrevious,
  isAdviser,
  isOtherVoice,
  isProcedural,
  openingPhrase,
  recogniseAsk,
  recogniseLeadIn,
  type AskSignal,
} from './recognise-ask.js';
import { onFirstUse } from '../../text/on-first-use.js';

/** How far into the text a body's name makes the text one about that body. */
const OPENING = 300;

/** How far into the text the sender is named: its title and lede, past a web page's header lines. */
const LEDE = 500;

/** Share of the shorter request's content words that must recur for a sentence to restate an arrow ask. */
const RESTATES = 0.5;

const endsWithColon = (text: string): boolean => /:[\s*_"'”]*$/u.test(text);

/** A paragraph's number in a numbered letter: "4.3 ", "2.1.1 " before a capital. */
const PARAGRAPH_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]{1,4}(?=\p{Lu})/u;

/** An arrow line or an item under a lead-in asks as firmly as a plain request, of the letter's addressee. */
const IMPLICIT: AskSignal = {
  kind: 'imperative',
  phrase: '',
  firmness: 'request',
  addressee: null,
  requester: null,
  repeated: false,
};

/**
 * All asks in document order, ids numbered per theme. `addressees`: the letter's own (the salutation's);
 * `references`: the letter's, for the bodies its opening names.
 */
export function extractAsks(
  units: TextUnit[],
  file: LetterFile,
  addressees: readonly string[],
  references: readonly Reference[],
): Ask[] {
  const asks: Ask[] = [];
  const counters = new Map<string, number>();
  const letterAddressee = addressees.map(normaliseAddressee).find((a) => a !== null) ?? null;
  // an advisory body's advice is its own, unless the text is about that body: it opens with its name, before
  // the advice (`at`)
  const lede = file.source.slice(0, LEDE).toLowerCase();
  const opening = lede.slice(0, OPENING);
  // whose demands a text reports: the words it opens with, past the page furniture set aside
  const ledeOpening = readOpening(shownOpening(file.visible), references);
  // … and what another party demands is theirs
  const mine = (s: AskSignal | null, at: number): AskSignal | null =>
    s?.requester &&
    ((isAdviser(s.requester) && !opening.slice(0, at).includes(withoutArticle(s.requester))) ||
      anotherParty(s.requester, ledeOpening))
      ? null
      : s;
  // a text addressed to no one: a command that speaks to "u" or "je" calls on its readers ("Vraag de kandidaten in
  // uw regio …", "Nodig de Kamerleden uit uw provincie uit …")
  const forReaders = (s: AskSignal | null, text: string): AskSignal | null =>
    s && letterAddressee === null && commandFirst(s, text) && SECOND_PERSON().test(text) ? null : s;
  // after "Wat kunt u doen?", up to the next heading, a request that names no body of government calls on readers.
  // A letter to government asks its addressee "Wat kunt u doen?", and after "Wat kunnen wij zelf doen?" its
  // requests of "u" are still the addressee's.
  let selfHelp = false;
  const startsSelfHelp = (text: string): boolean => {
    const asked = selfHelpQuestion(text);
    return asked === 'own' || (asked === 'reader' && letterAddressee === null);
  };
  const forGovernment = (s: AskSignal | null): AskSignal | null =>
    s &&
    selfHelp &&
    !s.requester &&
    (s.addressee === null || (s.addressee === 'u' && letterAddressee === null))
      ? null
      : s;
  const add = (
    unit: TextUnit,
    start: number,
    end: number,
    marker: Ask['marker'],
    phrase: string,
    s: AskSignal,
  ) => {
    const n = (counters.get(unit.themeId) ?? 0) + 1;
    counters.set(unit.themeId, n);
    // "u" and an implicit addressee are the letter's; a reported ask keeps only what its text names
    const addressee =
      s.addressee === 'u' || (s.addressee === null && !s.requester) ? letterAddressee : s.addressee;
    asks.push({
      id: `${unit.themeId}/ask-${n}`,
      text: file.source.slice(start, end),
      // as a reader sees it: a word hyphenated at a line end is one word ("rege-\nling")
      plain: foldSpace(joinLineHyphens(file.visible.slice(start, end)).text),
      marker,
      themeId: unit.themeId,
      position: positionIn(file, start, end),
      phrase,
      restates: null,
      addressee,
      requester: s.requester,
      firmness: s.firmness,
      repeated: s.repeated,
    });
  };
  // the lead-in ("Wij vragen u:", "Onze oproepen") that makes the list items after it asks
  let introduced: AskSignal | null = null;
  // after "Met vriendelijke groet,": the signature's name and role lines ask nothing
  let signing = false;
  const reply = isReply(file.source);
  for (const unit of units) {
    const text = file.visible.slice(unit.start, unit.end);
    // an e-mail reply's quoted earlier message closes the writer's text
    if (reply && opensEarlierMessage(text)) break;
    signing = unit.kind !== 'title' && (isClosing(text) || (signing && signatureShaped(text)));
    if (signing) continue;
    if (unit.kind === 'title') {
      selfHelp = startsSelfHelp(text);
      introduced = mine(recogniseLeadIn(text), unit.start);
      continue;
    }
    if (unit.kind === 'item' && unit.item) {
      // one item is one run of prose: a blank line inside it comes from a joined page break
      const view = file.visible.slice(unit.start, unit.end).replace(/\n/g, ' ');
      const read = forGovernment(forReaders(mine(recogniseAsk(view, 'item'), unit.start), view));
      // a command that names no one asks whom its lead-in asks ("Wij vragen de minister:" / "- Verplicht …")
      const own =
        read?.kind === 'imperative' && read.addressee === null && introduced
          ? { ...read, addressee: introduced.addressee }
          : read;
      if (unit.item.arrow && !isProcedural(view)) {
        add(unit, unit.start, unit.end, 'arrow', `arrow ${unit.item.arrow}`, own ?? introduced ?? IMPLICIT);
        continue;
      }
      if (own || forGovernment(introduced)) {
        const signal = own ?? { ...introduced!, kind: 'imperative', phrase: 'introduced as a request' };
        add(unit, unit.start, unit.end, 'bullet', signal.phrase, signal);
        continue;
      }
    }
    // a table's column headed "Ons verzoek": each of its cells is an ask, whatever its grammar (its bars are
    // markup, blank in the visible text)
    const cells =
      unit.block?.type === 'table' ? requestCells(file.source.slice(unit.start, unit.end), unit.start) : [];
    for (const { start, end } of cells) {
      const read = mine(recogniseAsk(foldSpace(file.visible.slice(start, end)), 'item'), start);
      add(unit, start, end, 'bullet', read?.phrase ?? 'in a column of requests', read ?? IMPLICIT);
    }
    // cells and sentences both run in document order: one pass over each keeps a table of thousands of rows linear
    let cell = 0;
    const inCell = (offset: number): boolean => {
      while (cell < cells.length && cells[cell]!.end <= offset) cell++;
      return cell < cells.length && offset >= cells[cell]!.start;
    };
    const sentences = unitSentences(unit).filter((s) => !inCell(s.position.start.offset));
    let previous: AskSignal | null = null;
    let before = '';
    for (const s of sentences) {
      if (endsWithColon(s.plain)) continue;
      if (startsSelfHelp(s.plain)) selfHelp = true;
      // "4.3 Ons verzoek is om …": a numbered paragraph's number is no part of its first sentence
      const number = PARAGRAPH_NUMBER.exec(
        file.visible.slice(s.position.start.offset, s.position.end.offset),
      );
      const start = s.position.start.offset + (number?.[0].length ?? 0);
      const plain = number ? foldSpace(file.visible.slice(start, s.position.end.offset)) : s.plain;
      let found = forGovernment(forReaders(mine(recogniseAsk(plain, 'sentence', previous), start), plain));
      // "X en Y zijn tegen. Zij willen dat …": a pronoun speaks for whom the sentence before opens with
      const referent = found?.requester && isPronoun(found.requester) ? openingPhrase(before) : null;
      if (referent && (anotherParty(referent, ledeOpening) || isOtherVoice(referent))) found = null;
      // '"…", zei PvdA-woordvoerder X. "De minister moet …"': a quotation that goes on after its speaker is named
      // is still the speaker's; "'Wij willen dat …,' zegt NVP-voorzitter X": its "wij" is the speaker's
      const speaker = !found
        ? null
        : quotedAlone(plain)
          ? speakerBefore(before)
          : found.kind === 'direct' && found.requester === null
            ? quoteSpeaker(plain)
            : null;
      if (speaker && (anotherParty(speaker, ledeOpening) || isOtherVoice(speaker))) found = null;
      // "Wij hebben de minister vorig jaar gevraagd … Dat verzoek is gehonoreerd.": settled since
      if (previous && !found && grantsPrevious(plain)) {
        const settled = asks.pop()!;
        counters.set(settled.themeId, counters.get(settled.themeId)! - 1);
      }
      if (found) add(unit, start, s.position.end.offset, 'sentence', found.phrase, found);
      previous = found;
      before = plain;
    }
    if (unit.kind === 'paragraph') {
      const last = sentences[sentences.length - 1];
      introduced = last ? mine(recogniseLeadIn(last.plain), last.position.start.offset) : null;
    }
  }
  linkRestatements(asks);
  return asks;
}

/** The longest line of a signature ("secretaris Landelijk Overleg Ringstations"). */
const SIGNATURE_LINE = 80;

/** Name, role and contact lines: short, none ending a sentence ("Jaap Hoekstra" / "secretaris …" / "tel. …"). */
const signatureShaped = (text: string): boolean =>
  text.split('\n').every((line) => line.trim().length <= SIGNATURE_LINE && !/[.!?]["'”’)]*\s*$/u.test(line));

/**
 * The first `LEDE` characters a reader sees: set-aside lines are blank in `visible`. Folding a prefix gives a prefix
 * of the folded whole, so a short prefix that folds to `LEDE` characters says the same as the 40-fold one.
 */
function shownOpening(visible: string): string {
  for (let n = LEDE * 2; ; n *= 4) {
    const folded = foldSpace(visible.slice(0, Math.min(n, LEDE * 40)));
    if (folded.length >= LEDE || n >= LEDE * 40) return folded.slice(0, LEDE);
  }
}

/** A command, or a verb in first place read as one ("Vraag de kandidaten …"). */
const commandFirst = (s: AskSignal, text: string): boolean =>
  s.kind === 'imperative' || (!/\s/u.test(s.phrase) && text.trimStart().startsWith(`${s.phrase} `));

const SECOND_PERSON = onFirstUse(() => /(?<![\p{L}])(?:u|uw|je|jouw|jij|jullie)(?![\p{L}])/iu);

const withoutArticle = (name: string): string => name.toLowerCase().replace(/^(?:de|het)\s+/u, '');

function linkRestatements(asks: Ask[]): void {
  // arrows of each theme, with an index from content word to arrow, so a sentence is only compared with
  // the arrows it shares a word with (a letter of thousands of asks stays linear)
  interface ThemeArrows {
    arrows: { id: string; size: number }[];
    byWord: Map<string, number[]>;
  }
  const themes = new Map<string, ThemeArrows>();
  for (const arrow of asks) {
    if (arrow.marker !== 'arrow') continue;
    let theme = themes.get(arrow.themeId);
    if (!theme) themes.set(arrow.themeId, (theme = { arrows: [], byWord: new Map() }));
    const words = new Set(contentWords(arrow.plain));
    for (const w of words) {
      const list = theme.byWord.get(w);
      if (list) list.push(theme.arrows.length);
      else theme.byWord.set(w, [theme.arrows.length]);
    }
    theme.arrows.push({ id: arrow.id, size: words.size });
  }
  for (const ask of asks) {
    if (ask.marker !== 'sentence') continue;
    const theme = themes.get(ask.themeId);
    const words = new Set(contentWords(ask.plain));
    const shared = new Map<number, number>();
    for (const w of words)
      for (const i of theme?.byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: { id: string; score: number } | null = null;
    // in letter order, so the first of equally close arrows wins
    for (const i of [...shared.keys()].sort((a, b) => a - b)) {
      const arrow = theme!.arrows[i]!;
      const count = shared.get(i)!;
      const score = count / Math.min(words.size, arrow.size);
      if (count >= 2 && score >= RESTATES && (!best || score > best.score)) best = { id: arrow.id, score };
    }
    ask.restates = best?.id ?? null;
  }
}
