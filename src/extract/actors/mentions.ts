// Finding actor mentions, sentence by sentence, in document order: gazetteer names (shared ones
// decided by the document, ./ambiguity.ts) and demonym phrases ("Syrian army", "Russian Foreign
// Minister Sergey Lavrov"), titled persons, groups ("rebels", "officials"), affiliates ("Okafor's
// campaign"), possessive pronouns ("its spokesman", "his lawyer"), and pronouns and definite
// descriptions resolved to a compatible actor (./coref.ts).
// Its bases: ./nameMatcher.ts (gazetteer matching), ./stateBodies.ts (a state's bodies),
// ./unknownNames.ts (names the gazetteer does not know, acronyms, surnames), ./people.ts (titled
// persons, unnamed sources, affiliates).
import type { Sentence, TokenTable } from '../nlp/tokens.ts';
import type { Mention } from '../types.ts';
import type { ActorKind } from '../../model/kinds.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { Actor, ActorRegistry } from './registry.ts';
import { isAcronym, isCapitalised, isNameToken, letters, matchCapitalisedRun, matchTitle } from './names.ts';
import { DESCRIPTIONS, DESCRIPTORS, ORG_HEADS, TITLES } from '../lexicon/titles.ts';
import { GOVERNMENT_WORDS, GROUP_NOUNS, STATE_BODIES } from '../lexicon/nouns.ts';
import { Coref } from './coref.ts';
import { firstRule, type Fired } from '../rules/rule.ts';
import { PRONOUN_RULES } from './resolve/pronoun/table.ts';
import type { DocMention, ResolveContext } from './resolve/candidates.ts';
import { QuoteTracker } from './quotes.ts';
import { mentionRole } from './roles.ts';
import { genderEvidence } from './gender.ts';
import { resolveShared } from './ambiguity.ts';
import type { Hit } from './nameMatcher.ts';
import { SEATS } from './stateBodies.ts';
import { People, PERSON_NOUNS, POSSESSIVE_MARKS } from './people.ts';

/** First words that can start a lower-case mention: a cheap gate before any phrase matching (most tokens are none of these). */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...[...STATE_BODIES.keys(), ...TITLES].map((phrase) => phrase.split(/[\s-]/)[0] as string),
  ...GROUP_NOUNS.keys(),
  ...[...GROUP_NOUNS.keys()].map((noun) => noun.replace(/s$/, '')),
  ...DESCRIPTORS.keys(),
  ...DESCRIPTIONS.keys(),
  ...GOVERNMENT_WORDS,
]);

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);
/** Possessive pronouns and the pronoun whose referent they take ("its spokesman" → what "it" would be). */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);
/** "It looks like", "it is clear": "it" with no referent. */
const EXPLETIVE_AFTER: ReadonlySet<string> = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'looks',
  'seems',
  'appears',
  'remains',
  'would',
  'may',
  'might',
  'could',
  'will',
]);

/** The actors of one document as they are mentioned; `scan` must see the sentences in order. */
export class DocActors extends People {
  readonly coref: Coref;
  private readonly stateCounts = new Map<string, number>();
  /** First tokens of the sentence being scanned and of the one before (for sentence-opening pronouns). */
  private currentFirst: number | undefined;
  private previousFirst: number | undefined;
  /** What each shared gazetteer name ("RSF", "Congo") means in this document. */
  private readonly shared = new Map<string, GazetteerEntry>();
  private readonly quotes: QuoteTracker;
  private readonly resolveContext: ResolveContext;
  private sentenceIndex = -1;

  constructor(t: TokenTable, registry: ActorRegistry) {
    super(t, registry);
    this.coref = new Coref(t, registry, this.mentions);
    this.quotes = new QuoteTracker(t);
    this.resolveContext = { t, registry, mentions: this.mentions, genders: this.genders, posts: this.coref.posts };
  }

  /** Finds the mentions of one sentence and records them. */
  scan(s: Sentence): Mention[] {
    const found: Mention[] = [];
    this.previousFirst = this.currentFirst;
    this.currentFirst = s.first;
    this.sentenceIndex++;
    this.quotes.scan(s);
    let i = s.first;
    while (i <= s.last) {
      const hit = this.at(i, s);
      if (hit) {
        const seated = this.seatAfter(hit, s);
        if (seated > hit.last) this.registry.alias(hit.actor, this.surface(i, seated));
        hit.last = seated;
        if (hit.via === 'group') hit.last = this.modifierAfter(hit, s);
        else hit.last = this.homeAfter(hit, s);
        const affiliate = this.affiliateAfter(i, hit, s);
        if (affiliate) Object.assign(hit, affiliate);
        const post = hit.via === 'pronoun' || hit.via === 'description' ? undefined : this.appositionPost(hit, s);
        if (post) this.coref.notePost(hit.actor.id, post);
        const mention: DocMention = {
          first: i,
          last: hit.last,
          actor: hit.actor.id,
          via: hit.via,
          rule: hit.rule ?? hit.via,
          sentence: this.sentenceIndex,
          quoted: this.quotes.inside(i),
          role: this.isApposition(i, hit) ? 'apposition' : mentionRole(this.t, i, hit.last, s.first),
        };
        found.push(mention);
        this.mentions.push(mention);
        if (hit.actor.kind === 'person') this.noteGender(hit.actor, i, hit.last);
        if (hit.actor.kind === 'state' && hit.via !== 'pronoun' && hit.via !== 'description') {
          this.stateCounts.set(hit.actor.id, (this.stateCounts.get(hit.actor.id) ?? 0) + 1);
        }
        const acronym = this.acronymAfter(hit, s);
        if (acronym) {
          const bracketed: DocMention = { ...mention, ...acronym, rule: 'bracketed-acronym', role: 'subject' };
          found.push(bracketed);
          this.mentions.push(bracketed);
        }
        i = acronym ? acronym.last + 2 : hit.last + 1;
      } else i++;
    }
    return found;
  }

  /** "Ana Duarte, a lawyer for the family": an unnamed person or description right after a person's name and a comma. */
  private isApposition(i: number, hit: Hit): boolean {
    if (hit.via !== 'group' && hit.via !== 'description') return false;
    if (this.t.value[i - 1] !== ',') return false;
    const before = this.mentions[this.mentions.length - 1];
    return before !== undefined && before.last === i - 2 && this.registry.get(before.actor)?.kind === 'person';
  }

  /** Records the sex a person mention gives its actor: an honorific or gendered title decides, a given name only when nothing did. */
  private noteGender(actor: Actor, first: number, last: number): void {
    const evidence = genderEvidence(this.t, first, last, actor.label);
    if (!evidence) return;
    if (evidence.strong || !this.genders.has(actor.id)) this.genders.set(actor.id, evidence.gender);
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

  /** Has the document named an organisation (not a state, person or place) so far? */
  private organisationNamed(): boolean {
    for (const m of this.mentions) {
      if (m.via === 'weak' || m.via === 'pronoun') continue;
      const kind = this.registry.get(m.actor)?.kind;
      if (kind && kind !== 'person' && kind !== 'state' && kind !== 'other') return true;
    }
    return false;
  }

  /** The state the document is mostly about (most mentioned so far). */
  homeState(): Actor | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [id, n] of this.stateCounts) if (n > count) [best, count] = [id, n];
    return best === undefined ? undefined : this.registry.get(best);
  }

  private at(i: number, s: Sentence): Hit | undefined {
    const { t } = this;
    const lower = t.lower[i] as string;
    if (PRONOUNS.has(lower)) {
      if (lower === 'it' && EXPLETIVE_AFTER.has(t.lower[i + 1] ?? '')) return undefined;
      const fired = this.pronoun(lower, i, s);
      return fired ? { last: i, actor: fired.result, via: 'pronoun', rule: fired.rule } : undefined;
    }
    const possessor = POSSESSIVE_PRONOUNS.get(lower);
    if (possessor) {
      const owner = this.pronoun(possessor, i, s);
      return owner ? this.possessedBy(owner.result, i, s) : undefined;
    }
    const value = t.value[i] as string;
    if (!isCapitalised(value)) return this.common(i, s);
    // "Senior Israeli officials said": an opening word (not an article) before a demonym is no name of its
    // own; the demonym phrase that follows is the mention
    if (
      i === s.first &&
      t.pos[i] !== 'DET' &&
      !this.gazetteerAt(i, s.last) &&
      this.gazetteerAt(i + 1, s.last)?.name.role === 'demonym'
    )
      return undefined;
    // sentence-initial "State media said", "Rebels said", "The agency said": common nouns first
    if (i === s.first) return this.common(i, s) ?? this.named(i, s);
    return this.named(i, s) ?? (t.pos[i] === 'PROPN' ? undefined : this.common(i, s));
  }

  private pronoun(word: string, i: number, s: Sentence): Fired<Actor> | null {
    const query = {
      ctx: this.resolveContext,
      word,
      at: i,
      quoted: this.quotes.inside(i),
      ...(i === s.first && this.previousFirst !== undefined ? { previousFirst: this.previousFirst } : {}),
    };
    return firstRule(PRONOUN_RULES, query);
  }

  /** Mentions that start with a capitalised word. */
  private named(i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    const gaz = this.gazetteerAt(i, s.last);
    if (gaz?.name.shared) {
      const local = this.acronyms.get(letters(gaz.name.name));
      if (local && isAcronym(gaz.name.name))
        return { last: gaz.last, actor: registry.get(local) as Actor, via: 'name' };
      gaz.name = { ...gaz.name, entry: this.sharedMeaning(gaz.name.name, gaz.name.shared) };
    }
    if (gaz) {
      const after = gaz.last + 1;
      const possessive = after <= s.last && /^['’]s$/.test(t.value[after] as string) ? after + 1 : after;
      const person = this.titled(possessive, s, gaz.name.entry, i);
      if (person) return person;
      if (possessive > after && gaz.name.entry.kind === 'state') {
        // "Israel's foreign ministry", "Brazil's environmental agency Ibama"
        const body = this.stateBody(possessive, s.last);
        if (body)
          return {
            last: body.last,
            actor: this.bodyActor(registry.known(gaz.name.entry), body.kind, i, body.last, possessive),
            via: 'body',
          };
        const described = this.described(possessive, s, gaz.name.entry, i);
        if (described) return described;
        // "Sudan's army-led government", "Iran's new government": the state itself
        const gov = this.governmentWord(this.pastModifiers(possessive, s.last), s.last);
        if (gov >= 0) return { last: gov, actor: registry.known(gaz.name.entry, this.surface(i, gov)), via: 'name' };
      }
      if (possessive > after) {
        // "the EU's top diplomat", "Hamas's chief negotiator" (unnamed): a person speaking for it
        const unnamed = this.unnamedPerson(possessive - 1, s, gaz.name.entry);
        if (unnamed) return { ...unnamed, last: unnamed.last };
      }
      if (gaz.name.entry.kind !== 'state' && gaz.name.role === 'alias') {
        // "Greenpeace Brazil": a national branch named after the organisation
        const branch = this.gazetteerAt(gaz.last + 1, s.last);
        if (branch && branch.name.entry.kind === 'state' && branch.name.role === 'alias') {
          const actor = registry.known(gaz.name.entry, this.surface(i, branch.last));
          return { last: branch.last, actor, via: 'name' };
        }
      }
      if (gaz.name.entry.kind === 'state' && gaz.name.role === 'alias' && possessive === after) {
        const body = this.namedBody(gaz.name.entry, i, after, s);
        if (body) return body;
        // "the United States embassy (in Pristina)": a state's mission abroad
        if (after <= s.last && SEATS.has(t.lower[after] as string)) {
          return {
            last: after,
            actor: this.bodyActor(registry.known(gaz.name.entry), 'government', i, after, after),
            via: 'body',
          };
        }
      }
      if (gaz.name.role === 'demonym') {
        const phrase = this.demonymPhrase(gaz.name.entry, i, after, s);
        if (phrase) return phrase;
      } else {
        const gov = this.governmentWord(after, s.last);
        if (gov >= 0) {
          const actor = registry.known(gaz.name.entry, this.surface(i, gov));
          return { last: gov, actor, via: 'name' };
        }
      }
      const actor = registry.known(gaz.name.entry, gaz.name.role === 'demonym' ? undefined : this.surface(i, gaz.last));
      return { last: gaz.last, actor, via: gaz.name.role === 'demonym' ? 'demonym' : 'name' };
    }
    const person = this.titled(i, s, undefined, i);
    if (person) return person;
    return this.territoryBody(i, s) ?? this.unknownName(i, s);
  }

  private sharedMeaning(name: string, shared: readonly GazetteerEntry[]): GazetteerEntry {
    let entry = this.shared.get(name);
    if (!entry) {
      entry = resolveShared(this.t.text, this.registry.gazetteer, name, shared);
      this.shared.set(name, entry);
    }
    return entry;
  }

  /** "China Coast Guard", "US Army", "Kenya Revenue Authority": a state's body named after it; a titled person may follow ("China Coast Guard spokesman Liu Dejun"). */
  private namedBody(state: GazetteerEntry, first: number, i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    if (i > s.last || !isNameToken(t, i, s.first) || this.gazetteerAt(i, s.last)) return undefined;
    const end = matchCapitalisedRun(t, i, s.last, s.first);
    if (end < 0 || end - i > 3) return undefined;
    const kind = ORG_HEADS.get(t.lower[end] as string);
    if (kind !== 'government' && kind !== 'military') return undefined;
    const label = this.surface(first, end);
    const actor = registry.named(label, kind, label, { memberOf: registry.known(state).id });
    return this.titled(end + 1, s, actor, first) ?? { last: end, actor, via: 'name' };
  }

  /** After a demonym: a state body ("Syrian army"), the government ("Syrian government"), a group ("Syrian rebels") or an organisation name. */
  private demonymPhrase(state: GazetteerEntry, first: number, i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    const body = this.stateBody(i, s.last);
    if (body) {
      const parent = registry.known(state);
      return { last: body.last, actor: this.bodyActor(parent, body.kind, first, body.last), via: 'body' };
    }
    const gov = this.governmentWord(i, s.last);
    if (gov >= 0) return { last: gov, actor: registry.known(state, this.surface(first, gov)), via: 'name' };
    const single = i <= s.last ? PERSON_NOUNS.get(t.lower[i] as string) : undefined;
    if (single) {
      // "A British diplomat said": an unnamed person speaking for the state
      const label = this.surface(first, i);
      const actor = registry.named(label, 'person', label, { memberOf: registry.known(state).id });
      return { last: i, actor, via: 'group' };
    }
    const group = i <= s.last ? GROUP_NOUNS.get(t.lower[i] as string) : undefined;
    if (group) {
      const label = this.surface(first, i);
      const memberOf = group.kind === 'government' || group.kind === 'military' ? registry.known(state).id : undefined;
      const actor = registry.named(label, group.kind, label, {
        plural: group.plural,
        ...(memberOf ? { memberOf } : {}),
      });
      return { last: i, actor, via: 'group' };
    }
    if (i <= s.last && isNameToken(t, i, s.first)) return this.unknownName(first, s, true);
    // "Swedish business daily Dagens Industri": the outlet or company named, never the state of its demonym
    return this.described(i, s, undefined, first);
  }

  /** Mentions starting with a lower-case word: groups, state bodies without a demonym, definite descriptions. */
  private common(i: number, s: Sentence): Hit | undefined {
    const { t } = this;
    const lower = t.lower[i] as string;
    const det = lower === 'the' || lower === 'a' || lower === 'an';
    const head = det ? i + 1 : i;
    if (head > s.last) return undefined;
    // "a senior official" (a description's own spokesman, "a company spokesman", is resolved below first)
    if ((lower === 'a' || lower === 'an') && !DESCRIPTIONS.has(t.lower[head] as string)) {
      const unnamed = this.unnamedPerson(i, s);
      if (unnamed) return unnamed;
    }
    if (
      !TRIGGERS.has(t.lower[head] as string) &&
      !DESCRIPTORS.has(t.lower[head + 1] ?? '') &&
      !DESCRIPTORS.has(t.lower[head + 2] ?? '')
    )
      return undefined;
    const body = this.stateBody(head, s.last);
    if (body && (det || body.last > head || t.lower[head] === 'state')) {
      const description = t.lower[body.last] as string;
      const earlier = this.coref.description(description, i, body.kind);
      if (earlier) return { last: body.last, actor: earlier, via: 'description' };
      const home = this.whoseState(i) ?? this.homeState();
      if (home) return { last: body.last, actor: this.bodyActor(home, body.kind, head, body.last), via: 'body' };
      // no state named yet: the body stands alone ("state media")
      const surface = this.surface(head, body.last);
      return { last: body.last, actor: this.registry.named(surface.toLowerCase(), body.kind, surface), via: 'body' };
    }
    const headLower = t.lower[head] as string;
    const titled = this.titled(head, s, undefined, i);
    if (titled) return titled;
    // "a company spokesman, Joost Verbeek", "the agency's head of safeguards, Ingrid Holm": the person speaks for the actor described
    if (det && DESCRIPTIONS.has(headLower) && head < s.last) {
      const post = POSSESSIVE_MARKS.has(t.lower[head + 1] as string) ? head + 2 : head + 1;
      if (post <= s.last && matchTitle(t, post, s.last) >= 0) {
        const owner = this.coref.description(headLower, i);
        const person = this.titled(post, s, owner, i);
        if (person) return person;
        // "a company spokesman said", unnamed: the company speaks (and "the spokesman" later finds it by this alias)
        if (
          owner &&
          post <= s.last &&
          PERSON_NOUNS.has(t.lower[post] as string) &&
          !isNameToken(t, post + 1, s.first)
        ) {
          this.registry.alias(owner, this.surface(i, post));
          return { last: post, actor: owner, via: 'description' };
        }
      }
    }
    const described = this.described(head, s, undefined, i);
    if (described) return described;
    if (det && GOVERNMENT_WORDS.has(headLower)) {
      const actor = this.coref.government(i) ?? this.homeState();
      if (actor) return { last: head, actor, via: 'description' };
    }
    // "rebel groups", "rebel fighters": the noun-adjunct form of a group noun
    if (
      head < s.last &&
      GROUP_NOUNS.has(`${headLower}s`) &&
      /^(groups|fighters|forces|commanders)$/.test(t.lower[head + 1] as string)
    ) {
      return this.group(`${headLower}s`, i, head + 1);
    }
    if (GROUP_NOUNS.has(headLower)) return this.group(headLower, i, head);
    if (det && lower === 'the' && DESCRIPTIONS.has(headLower) && t.pos[head + 1] !== 'NOUN') {
      const actor = this.coref.description(headLower, i, undefined, i === s.first ? this.previousFirst : undefined);
      if (actor) return { last: head, actor, via: 'description' };
      // "The union said …" with no organisation named before (a lead written around its source): the union
      // itself; when organisations were named, the description means one of them, and none fits
      const kind = (DESCRIPTIONS.get(headLower) as readonly ActorKind[])[0] as ActorKind;
      if (kind === 'person' || kind === 'state' || isCapitalised(t.value[head] as string) || this.organisationNamed())
        return undefined;
      return { last: head, actor: this.registry.named(headLower, kind, this.surface(i, head)), via: 'name' };
    }
    // "the prime minister said", "the mayor said": a post taken up by its last word, like "the minister"
    // (a post no description lists only finds a person who holds it by title or apposition)
    const post = lower === 'the' ? matchTitle(t, head, s.last) : -1;
    if (post >= head && !isNameToken(t, post + 1, s.first)) {
      const word = t.lower[post] as string;
      const actor = DESCRIPTIONS.get(word)?.includes('person')
        ? this.coref.description(word, i)
        : this.coref.holding(word, i);
      if (actor) return { last: post, actor, via: 'description' };
    }
    // "a government spokesman" with no government to speak for: the unnamed source itself
    return lower === 'a' || lower === 'an' ? this.unnamedPerson(i, s) : undefined;
  }

  /** A group noun: the group mentioned before under the same noun ("the rebels" → "Syrian rebels"), else a new one. */
  private group(noun: string, first: number, last: number): Hit {
    const earlier = this.coref.groupByNoun(noun, first);
    if (earlier) {
      this.registry.alias(earlier, this.surface(first, last));
      return { last, actor: earlier, via: 'group' };
    }
    const info = GROUP_NOUNS.get(noun) as { kind: ActorKind; plural: boolean };
    const surface = this.surface(first, last);
    const actor = this.registry.named(noun, info.kind, surface, { plural: info.plural });
    return { last, actor, via: 'group' };
  }
}
