// The one context every actor rule reads: a document's tokens, the registry of its actors, the
// mentions found so far (in document order, with sentence, role and quotation) and what the
// document has taught about its actors (persons' sex and surnames, acronyms, the bodies of each
// state, posts given in appositions, how often each state was named). Rules only read it
// (src/extract/actors/mentions, resolve); the engine (./scan.ts) alone writes, through the
// `record…`/`note…` methods below, after a rule has said what it found.
import type { Sentence, TokenTable } from '../nlp/tokens.ts';
import type { Gender } from '../lexicon/genders.ts';
import { firstWord, type GazetteerEntry, type GazetteerName } from './gazetteer.ts';
import { resolveShared } from './ambiguity.ts';
import { isCapitalised } from './names.ts';
import { NAME_SUFFIXES } from '../lexicon/titles.ts';
import { QuoteTracker } from './quotes.ts';
import type { Actor, ActorRegistry } from './registry.ts';
import type { DocMention } from './resolve/candidates.ts';

/** A gazetteer name found at a token: the name and the last token it covers. */
export interface GazetteerHit {
  name: GazetteerName;
  last: number;
}

export class DocContext {
  /** The document's mentions in the order found. */
  readonly mentions: DocMention[] = [];
  /** The sex the document gives its persons (honorifics, given names), by actor id. */
  readonly genders = new Map<string, Gender>();
  /** Posts given to persons in appositions ("Angela Smith, a lawyer for the family,"), by actor id. */
  readonly posts = new Map<string, string>();
  /** Surname → the persons bearing it in this document, in the order they were introduced. */
  private readonly surnames = new Map<string, string[]>();
  /** Acronym letters → actor id, from a long form with its acronym in brackets. */
  private readonly acronyms = new Map<string, string>();
  /** state id / body → actor id of the body ("Syrian army", "Kenyan foreign ministry"). */
  private readonly bodies = new Map<string, string>();
  private readonly stateCounts = new Map<string, number>();
  private organisations = 0;
  /** Sentence being scanned: its index and first token, and the first token of the one before. */
  sentenceIndex = -1;
  sentenceFirst: number | undefined;
  previousFirst: number | undefined;

  // caches: pure functions of the text or of the mentions so far, memoised (they change no answer)
  private readonly shared = new Map<string, GazetteerEntry>();
  private readonly initials = new Map<string, string>();
  private readonly byInitials = new Map<string, string>();
  private initialsIndexed = 0;
  private readonly byLabelEnd = new Map<string, DocMention>();
  private groupsIndexed = 0;
  private readonly capitalisedInsideCache = new Map<string, boolean>();

  /** Which tokens of the sentence being scanned lie inside a quotation. */
  readonly quotes: QuoteTracker;

  constructor(
    readonly t: TokenTable,
    readonly registry: ActorRegistry,
  ) {
    this.quotes = new QuoteTracker(t);
  }

  surface(first: number, last: number): string {
    return this.t.text.slice(this.t.start[first], this.t.end[last]);
  }

  // ---------------------------------------------------------------- reading

  /** The longest gazetteer name starting at token i (case-sensitive, across line breaks and double spaces). */
  gazetteerAt(i: number, last: number): GazetteerHit | undefined {
    const { t } = this;
    const list = this.registry.gazetteer.byFirstWord.get(firstWord(t.value[i] as string));
    if (!list) return undefined;
    const start = t.start[i] as number;
    let plainEnd = -1;
    for (const name of list) {
      if (!t.text.startsWith(name.name, start)) {
        if (!name.name.includes(' ')) continue;
        // where tokens are joined by nothing or one space, the text reads as the name would: no second try
        if (plainEnd < 0) plainEnd = this.plainEnd(i, last);
        if (start + name.name.length <= plainEnd || !this.matchesSpaced(name.name, i, last)) continue;
      }
      const end = start + name.name.length;
      const next = t.text.charCodeAt(end);
      if (end < t.text.length && isWordChar(next)) continue;
      let j = i;
      while (j <= last && (t.end[j] as number) < end) j++;
      if (j <= last && t.end[j] === end) return { name, last: j };
    }
    return undefined;
  }

  /** End offset of the run of tokens from i joined by nothing or by a single space. */
  private plainEnd(i: number, last: number): number {
    const { t } = this;
    let j = i;
    while (j < last) {
      const gap = (t.start[j + 1] as number) - (t.end[j] as number);
      if (gap > 1 || (gap === 1 && t.text.charCodeAt(t.end[j] as number) !== 32)) break;
      j++;
    }
    return t.end[j] as number;
  }

  /** A multi-word name matched across any whitespace (line breaks, double spaces). */
  private matchesSpaced(name: string, i: number, last: number): boolean {
    const { t } = this;
    let j = i;
    // word by word (name[at, wordEnd)), each spelt by tokens written against each other; walked in
    // place: a long list of names sharing a first word ("Republic of …") reaches here for each
    for (let at = 0; at < name.length;) {
      let wordEnd = name.indexOf(' ', at);
      if (wordEnd < 0) wordEnd = name.length;
      while (at < wordEnd) {
        if (j > last) return false;
        const v = t.value[j] as string;
        if (at + v.length > wordEnd || !name.startsWith(v, at)) return false;
        at += v.length;
        j++;
        if (at < wordEnd && t.start[j] !== t.end[j - 1]) return false;
      }
      at = wordEnd + 1;
    }
    return true;
  }

  /** What a shared gazetteer name ("RSF", "Congo") means in this document. */
  sharedMeaning(name: string, shared: readonly GazetteerEntry[]): GazetteerEntry {
    let entry = this.shared.get(name);
    if (!entry) {
      entry = resolveShared(this.t.text, this.registry.gazetteer, name, shared);
      this.shared.set(name, entry);
    }
    return entry;
  }

  /** The first token of the sentence before the one holding token `at` (sentences scanned so far only). */
  firstBefore(at: number): number | undefined {
    const { sentences } = this.t;
    for (let k = this.sentenceIndex; k > 0; k--)
      if ((sentences[k] as Sentence).first <= at) return sentences[k - 1]?.first;
    return undefined;
  }

  /** Is this word written capitalised somewhere other than at a sentence's start ("Okafor" inside a sentence; "Sales" only opening one)? */
  capitalisedInside(word: string): boolean {
    let inside = this.capitalisedInsideCache.get(word);
    if (inside === undefined) {
      const { text } = this.t;
      inside = false;
      for (let at = text.indexOf(word); at >= 0 && !inside; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
        const before = text.slice(Math.max(0, at - 3), at);
        inside = /[\p{Ll},;:\d]\s+$/u.test(before) && (at === 0 || !isWordChar(text.charCodeAt(at - 1)));
      }
      this.capitalisedInsideCache.set(word, inside);
    }
    return inside;
  }

  /** Is this token the surname of a person the document named in full? */
  isSurname(value: string): boolean {
    return this.surnames.has(value);
  }

  /**
   * The person a surname stands for: the first introduced of its bearers whose sex agrees with
   * `gender` ("Mrs. Okafor" is not Mr. Okafor; one known to be of that sex before one whose sex the
   * document has not said) and whose given name is `given` when one is written ("Tomas Okafor" is
   * not Ana Okafor).
   */
  surnameHolder(surname: string, gender?: Gender, given?: string): Actor | undefined {
    let unsure: Actor | undefined;
    for (const id of this.surnames.get(surname) ?? []) {
      const known = this.genders.get(id);
      if (gender && known && known !== gender) continue;
      const actor = this.registry.get(id);
      if (!actor) continue;
      if (given !== undefined && !sameGivenName(actor.label, given)) continue;
      if (!gender || known) return actor;
      unsure ??= actor;
    }
    return unsure;
  }

  /** The actor whose long form was given with this acronym in brackets. */
  bracketedAcronym(letters: string): Actor | undefined {
    const id = this.acronyms.get(letters);
    return id === undefined ? undefined : this.registry.get(id);
  }

  /** An actor mentioned earlier (not from the gazetteer) whose capitalised initials spell the acronym ("SOHR" ← "Syrian Observatory for Human Rights"). */
  acronymOfKnown(acronym: string): Actor | undefined {
    // mentions are only ever appended: index the new ones (a later mention overrides an earlier one)
    for (; this.initialsIndexed < this.mentions.length; this.initialsIndexed++) {
      const actor = this.registry.get((this.mentions[this.initialsIndexed] as DocMention).actor);
      if (!actor || actor.fromGazetteer) continue;
      let initials = this.initials.get(actor.id);
      if (initials === undefined) {
        initials = actor.label
          .split(/[\s-]+/)
          .filter((w) => isCapitalised(w))
          .map((w) => w.charAt(0))
          .join('');
        this.initials.set(actor.id, initials);
      }
      this.byInitials.set(initials, actor.id);
    }
    const id = this.byInitials.get(acronym);
    return id === undefined ? undefined : this.registry.get(id);
  }

  /** The body actor already made for this state and body key. */
  body(key: string): Actor | undefined {
    const id = this.bodies.get(key);
    return id === undefined ? undefined : this.registry.get(id);
  }

  /** The state the document is mostly about (most mentioned so far). */
  homeState(): Actor | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [id, n] of this.stateCounts) if (n > count) [best, count] = [id, n];
    return best === undefined ? undefined : this.registry.get(best);
  }

  /** Has the document named an organisation (not a state, person or place) so far? */
  organisationNamed(): boolean {
    return this.organisations > 0;
  }

  /** "Japan, whose foreign ministry …": the state named right before "whose" at i - 1. */
  whoseState(i: number): Actor | undefined {
    if (this.t.lower[i - 1] !== 'whose' || this.t.value[i - 2] !== ',') return undefined;
    const before = this.mentions[this.mentions.length - 1];
    const actor = before && before.last === i - 3 ? this.registry.get(before.actor) : undefined;
    return actor?.kind === 'state' ? actor : undefined;
  }

  /** "rebels", "the rebels" → the group last named with that noun ("Syrian rebels") before token `at`, however far back. */
  groupByNoun(noun: string, at: number): Actor | undefined {
    // mentions are only ever appended: index the new ones by every word-final part of their label
    for (; this.groupsIndexed < this.mentions.length; this.groupsIndexed++) {
      const m = this.mentions[this.groupsIndexed] as DocMention;
      const label = m.via === 'weak' ? undefined : this.registry.get(m.actor)?.label.toLowerCase();
      if (label === undefined) continue;
      this.byLabelEnd.set(label, m);
      for (let k = label.indexOf(' '); k >= 0; k = label.indexOf(' ', k + 1))
        this.byLabelEnd.set(label.slice(k + 1), m);
    }
    const latest = this.byLabelEnd.get(noun);
    if (!latest) return undefined;
    if (latest.first < at) return this.registry.get(latest.actor);
    // (the latest such mention lies past `at`: look further back)
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k] as DocMention;
      if (m.first >= at || m.via === 'weak') continue;
      const label = this.registry.get(m.actor)?.label.toLowerCase();
      if (label !== undefined && (label === noun || label.endsWith(` ${noun}`))) return this.registry.get(m.actor);
    }
    return undefined;
  }

  // ---------------------------------------------------------------- writing (the engine only)

  /** Starts a sentence (sentences come in document order). */
  beginSentence(s: Sentence): void {
    this.previousFirst = this.sentenceFirst;
    this.sentenceFirst = s.first;
    this.sentenceIndex++;
    this.quotes.scan(s);
  }

  recordMention(m: DocMention, actor: Actor): void {
    this.mentions.push(m);
    if (m.via === 'weak' || m.via === 'pronoun') return;
    if (actor.kind === 'state' && m.via !== 'description')
      this.stateCounts.set(actor.id, (this.stateCounts.get(actor.id) ?? 0) + 1);
    if (actor.kind !== 'person' && actor.kind !== 'state' && actor.kind !== 'other') this.organisations++;
  }

  /**
   * A person named in full (tokens first..last): the last word becomes a surname the document may use
   * alone. A title makes one word enough ("President Okafor … Okafor said"): a title goes with a surname.
   */
  recordSurname(actor: Actor, first: number, last: number, titled = false): void {
    // "Luther Pate IV", "Ana Ruiz Jr.": the surname stands before the generational suffix
    if (last - 1 > first && NAME_SUFFIXES.has(this.t.value[last] as string)) last--;
    if (last < first || (last === first && !titled)) return;
    const surname = this.t.value[last] as string;
    const holders = this.surnames.get(surname);
    if (!holders) this.surnames.set(surname, [actor.id]);
    else if (!holders.includes(actor.id)) holders.push(actor.id);
  }

  recordAcronym(letters: string, actor: Actor): void {
    this.acronyms.set(letters, actor.id);
  }

  recordBody(key: string, actor: Actor): void {
    this.bodies.set(key, actor.id);
  }

  /** The sex a mention gives its person: strong evidence (an honorific) decides, weak (a given name) only when nothing did. */
  noteGender(actor: Actor, gender: Gender, strong: boolean): void {
    if (strong || !this.genders.has(actor.id)) this.genders.set(actor.id, gender);
  }

  /** Remembers the post an apposition gave a person (the last one given wins). */
  notePost(actor: Actor, post: string): void {
    this.posts.set(actor.id, post);
  }

  /**
   * A statement's content (tokens first..last): the persons it names are what was said, seldom the
   * referent of a later "he" or "she" outside it ("Okafor said Berg had lied. He added …" is Okafor).
   */
  noteContent(first: number, last: number): void {
    for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - 60; k--) {
      const m = this.mentions[k] as DocMention;
      if (m.first < first) break;
      if (m.last <= last) m.reported = true;
    }
  }

  /** A statement's speaker: its mention (starting at token `at`) becomes a speaker, the likeliest referent of a later "he" or "she". */
  noteSpeaker(at: number | null, actorId: string): void {
    if (at === null) return;
    for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - 40; k--) {
      const m = this.mentions[k] as DocMention;
      if (m.first === at && m.actor === actorId) {
        m.role = 'speaker';
        return;
      }
    }
  }
}

/** Does a person's label open with this given name, or with its initial ("J. Smith" for "John Smith")? */
function sameGivenName(label: string, given: string): boolean {
  const first = label.slice(0, label.search(/\s|$/));
  if (first === given) return true;
  const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w);
  return (isInitial(first) || isInitial(given)) && first.charAt(0) === given.charAt(0);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (so a name is not matched inside a longer word); curly quotes and dashes are not. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
