// The engine that finds a document's actor mentions, sentence by sentence in document order. At
// each token it asks one rule table (pronoun mentions at a pronoun; noun rules at a lower-case
// word; name rules at a capitalised one, noun rules first when it opens the sentence, where a
// capital says nothing), then the extension rules on what was found. Rules only read the
// document context and say what they found; the engine makes the actors and records what the
// document learnt (aliases, surnames, bodies, acronyms, posts, sex), so each rule stays pure.
import { inClass, type Sentence, type TokenTable } from '../nlp/tokens.ts';
import type { Mention } from '../types.ts';
import { WORD_CLASS } from '../lexicon/wordClasses.ts';
import { firstRule, mayFire, type Fired } from '../rules/rule.ts';
import { DocContext } from './document.ts';
import { appositionPost } from './extend/apposition.ts';
import { bracketedAcronymAfter } from './extend/bracketedAcronym.ts';
import type { Hit } from './extend/query.ts';
import { EXTENSION_RULES } from './extend/table.ts';
import type { ActorRef, Found } from './found.ts';
import { genderEvidence } from './gender.ts';
import { MENTION_VETOES } from './mentions/veto/table.ts';
import { NAME_RULES } from './mentions/name/table.ts';
import { NOUN_RULES } from './mentions/noun/table.ts';
import {
  commonOpener,
  maySentenceHoldSource,
  maySentenceNameSource,
  maySourceOpen,
  sourceHeadNear,
} from './mentions/noun/nominalSource.ts';
import { mayOpenShare } from './mentions/noun/respondentShare.ts';
import { PRONOUN_MENTION_RULES } from './mentions/pronoun/table.ts';
import { gazetteerFlags, mentionFlags, type MentionQuery } from './mentions/query.ts';
import { isCapitalised, letters } from './names.ts';
import type { Actor, ActorRegistry } from './registry.ts';
import type { DocMention } from './resolve/candidates.ts';
import { mentionRole, possessesPost } from './roles.ts';

/** The actors of one document as they are mentioned; `scan` must see the sentences in order. */
export class DocActors {
  readonly doc: DocContext;
  /** The sentence being scanned may hold an unnamed source: a reporting verb and a word that may head one (then each token looks for one within reach). */
  private sentenceNamesSource = false;

  constructor(t: TokenTable, registry: ActorRegistry) {
    this.doc = new DocContext(t, registry);
  }

  /** The document's mentions in the order found. */
  get mentions(): readonly DocMention[] {
    return this.doc.mentions;
  }

  /** A statement's speaker (its mention starts at token `at`): the likeliest referent of a later "he" or "she". */
  noteSpeaker(at: number | null, actorId: string): void {
    this.doc.noteSpeaker(at, actorId);
  }

  /** A statement's content: the mentions inside it are no likely referents of a later pronoun outside it. */
  noteContent(first: number, last: number): void {
    this.doc.noteContent(first, last);
  }

  /** Finds the mentions of one sentence and records them. */
  scan(s: Sentence): Mention[] {
    const { doc } = this;
    const { t } = doc;
    doc.beginSentence(s);
    const found: Mention[] = [];
    const sources = maySentenceHoldSource(t, s);
    this.sentenceNamesSource = sources && maySentenceNameSource(t, s);
    let i = s.first;
    while (i <= s.last) {
      const fired = this.at(i, s, sources);
      if (fired === null || typeof fired === 'number') {
        i = fired === null ? i + 1 : fired + 1;
        continue;
      }
      let hit = this.commit(fired.result);
      let rule = fired.result.rule ?? fired.rule;
      for (const extension of EXTENSION_RULES.rules) {
        const longer = extension.apply({ doc, s, first: i, hit });
        if (!longer) continue;
        const next = this.commit(longer);
        if (next.actor !== hit.actor) rule = `${EXTENSION_RULES.name}/${extension.name}`;
        hit = next;
      }
      const post = hit.via === 'pronoun' || hit.via === 'description' ? undefined : appositionPost(doc, hit, s);
      if (post) doc.notePost(hit.actor, post);
      const mention: DocMention = {
        first: i,
        last: hit.last,
        actor: hit.actor.id,
        via: hit.via,
        rule,
        sentence: doc.sentenceIndex,
        quoted: doc.quotes.inside(i),
        role:
          this.isApposition(i, hit) || this.continuesApposition(i, hit, s)
            ? 'apposition'
            : mentionRole(t, i, hit.last, s.first),
      };
      if (hit.actor.kind === 'person' && hit.via !== 'pronoun' && hit.via !== 'weak') {
        this.markPostOwner(i, s);
        this.markNamedDescription(i, mention);
      }
      found.push(mention);
      doc.recordMention(mention, hit.actor);
      if (hit.actor.kind === 'person') {
        const evidence = genderEvidence(t, i, hit.last, hit.actor.label);
        if (evidence) doc.noteGender(hit.actor, evidence.gender, evidence.strong);
      }
      const acronym = bracketedAcronymAfter(doc, hit, s);
      if (acronym >= 0) {
        const value = t.value[acronym] as string;
        doc.registry.alias(hit.actor, value);
        doc.recordAcronym(letters(value), hit.actor);
        const bracketed: DocMention = {
          ...mention,
          first: acronym,
          last: acronym,
          via: 'name',
          rule: 'bracketed-acronym',
          role: 'subject',
        };
        found.push(bracketed);
        doc.recordMention(bracketed, hit.actor);
      }
      i = acronym >= 0 ? acronym + 2 : hit.last + 1;
    }
    return found;
  }

  /**
   * The rule table to ask at token i, and what it found; a number is the last token a veto covers.
   * `sources`: the sentence holds a reporting verb, so an unnamed source may open anywhere in it.
   */
  private at(i: number, s: Sentence, sources: boolean): Fired<Found> | number | null {
    const { doc } = this;
    const { t } = doc;
    const lower = t.lower[i] as string;
    const capital = isCapitalised(t.value[i] as string);
    const det = lower === 'the' || lower === 'a' || lower === 'an';
    const head = det ? i + 1 : i;
    const nounGate =
      head <= s.last &&
      (inClass(t, head, WORD_CLASS.nounStart) ||
        inClass(t, head + 1, WORD_CLASS.descriptor) ||
        inClass(t, head + 2, WORD_CLASS.descriptor));
    const q = capital ? this.query(i, s, nounGate, true) : undefined;
    const veto = q ? firstRule(MENTION_VETOES, q, q.flags) : null;
    if (veto) return veto.result;
    if (inClass(t, i, WORD_CLASS.pronoun)) return firstRule(PRONOUN_MENTION_RULES, this.query(i, s, false));
    const nouns =
      head <= s.last &&
      (nounGate ||
        lower === 'a' ||
        lower === 'an' ||
        (sources && (maySourceOpen(t, i) || (q !== undefined && commonOpener(q)))));
    if (!q) {
      if (!nouns) return null;
      // (most words here open no noun mention: no rule of the table could fire on these flags, so no query is built)
      const flags = this.flags(i, s, nounGate, false, false);
      return mayFire(NOUN_RULES, flags) ? firstRule(NOUN_RULES, this.query(i, s, nounGate, false, flags), flags) : null;
    }
    if (i === s.first) return (nouns ? firstRule(NOUN_RULES, q, q.flags) : null) ?? firstRule(NAME_RULES, q, q.flags);
    return (
      firstRule(NAME_RULES, q, q.flags) ?? (t.pos[i] === 'PROPN' || !nouns ? null : firstRule(NOUN_RULES, q, q.flags))
    );
  }

  /** The gate flags at token i (`MENTION_GATE`). */
  private flags(i: number, s: Sentence, nounGate: boolean, gazetteer: boolean, possessive: boolean, name = 0): number {
    const { t } = this.doc;
    return mentionFlags(
      t.lower[i] as string,
      i === s.first,
      nounGate,
      gazetteer,
      possessive,
      this.sentenceNamesSource && sourceHeadNear(t, i, s),
      mayOpenShare(t, i, s),
      name,
    );
  }

  /**
   * The query the rule tables are asked at token i: the gazetteer name there (with `names`), what
   * follows it, its possessive, and the gate flags (`known`, or those of the token). Public for
   * the gate tests, which ask each rule the query the scan builds with every flag set.
   */
  query(i: number, s: Sentence, nounGate: boolean, names = false, known?: number): MentionQuery {
    const { doc } = this;
    const { t } = doc;
    const lower = t.lower[i] as string;
    const det = lower === 'the' || lower === 'a' || lower === 'an';
    const gaz = names ? doc.gazetteerAt(i, s.last) : undefined;
    const shared = gaz?.name.shared;
    const entry = shared ? doc.sharedMeaning(gaz.name.name, shared) : gaz?.name.entry;
    const after = gaz ? gaz.last + 1 : i + 1;
    const owned = gaz && after <= s.last && /^['’]s$/.test(t.value[after] as string) ? after + 1 : after;
    const flags =
      known ?? this.flags(i, s, nounGate, gaz !== undefined, owned > after, gazetteerFlags(gaz, entry, owned > after));
    return { doc, i, s, gaz, entry, after, owned, det, head: det ? i + 1 : i, nounGate, flags };
  }

  /** Makes the actor a rule found and records what the document learnt from it. */
  private commit(found: Found): Hit {
    const actor = this.materialise(found.ref);
    for (const alias of found.aliases ?? []) this.doc.registry.alias(actor, alias);
    if (found.fullName) this.doc.recordSurname(actor, found.fullName[0], found.fullName[1], found.via === 'title');
    return { last: found.last, actor, via: found.via };
  }

  private materialise(ref: ActorRef): Actor {
    const { registry } = this.doc;
    if ('actor' in ref) {
      if (ref.surface !== undefined) registry.alias(ref.actor, ref.surface);
      return ref.actor;
    }
    if ('entry' in ref) return registry.known(ref.entry, ref.surface);
    const memberOf = ref.memberOf ? this.materialise(ref.memberOf).id : undefined;
    const actor = registry.named(ref.label, ref.kind, ref.surface, {
      ...(memberOf !== undefined ? { memberOf } : {}),
      ...(ref.plural !== undefined ? { plural: ref.plural } : {}),
      ...(ref.local ? { local: true } : {}),
    });
    if (ref.bodyKey !== undefined) this.doc.recordBody(ref.bodyKey, actor);
    return actor;
  }

  /** "Okafor adviser Jason Miller" (the person's mention starts at token i): the name before says whose post it is, a possessor. */
  private markPostOwner(i: number, s: Sentence): void {
    const before = this.doc.mentions[this.doc.mentions.length - 1];
    if (!before || before.first < s.first || (before.role !== 'subject' && before.role !== 'object')) return;
    if (possessesPost(this.doc.t, before.last, i)) before.role = 'possessor';
  }

  /**
   * "Okafor's attorney, Alan Garten, said …": a person's name right after an unnamed person's
   * description and a comma names the person described; the description only says who the person is
   * (an apposition, as "Alan Garten, Okafor's attorney," would be), so the name stands in its role.
   */
  private markNamedDescription(i: number, mention: DocMention): void {
    const { doc } = this;
    const before = doc.mentions[doc.mentions.length - 1];
    if (!before || before.last !== i - 2 || doc.t.value[i - 1] !== ',' || before.sentence !== mention.sentence) return;
    if (before.via === 'pronoun' || before.via === 'weak' || before.role === 'apposition') return;
    const described = doc.registry.get(before.actor);
    // (a description ends in a common noun: "Okafor's attorney", "the former director"; a name does not)
    if (described?.kind !== 'person' || isCapitalised(described.label.slice(described.label.lastIndexOf(' ') + 1)))
      return;
    mention.role = before.role === 'possessor' ? 'subject' : before.role;
    before.role = 'apposition';
  }

  /**
   * "Jon Vik, a former adviser to the mayor and a former director of the port,": a description joined
   * by "and" to an apposition of the same sentence, no verb between, describes the same person.
   */
  private continuesApposition(i: number, hit: Hit, s: Sentence): boolean {
    const { doc } = this;
    const { t } = doc;
    if ((hit.via !== 'group' && hit.via !== 'description') || t.lower[i - 1] !== 'and') return false;
    for (let k = doc.mentions.length - 1; k >= 0; k--) {
      const m = doc.mentions[k] as DocMention;
      if (m.first < s.first) return false;
      if (m.role !== 'apposition') continue;
      for (let j = m.last + 1; j < i; j++)
        if (t.pos[j] === 'VERB' || t.pos[j] === 'AUX' || t.value[j] === ';') return false;
      return true;
    }
    return false;
  }

  /** "Ana Duarte, a lawyer for the family": an unnamed person or description right after a person's name and a comma. */
  private isApposition(i: number, hit: Hit): boolean {
    const { doc } = this;
    if ((hit.via !== 'group' && hit.via !== 'description') || doc.t.value[i - 1] !== ',') return false;
    const before = doc.mentions[doc.mentions.length - 1];
    return before !== undefined && before.last === i - 2 && doc.registry.get(before.actor)?.kind === 'person';
  }
}
