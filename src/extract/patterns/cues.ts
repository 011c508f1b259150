// Finding cue words in a sentence: reporting verbs (with their auxiliaries, "has said",
// "have rejected"), "rule out", "according to", and colons (which a name may use as a cue). A cheap first test (`hasCue`) lets the
// pipeline skip the many sentences with no cue at all before any other work.
import { WORD_CLASS } from '../lexicon/wordClasses.ts';
import {
  AUXILIARIES,
  CUES,
  HEADLINE_CUES,
  LEAD_IN_VERBS,
  MAX_ADVERBS_AFTER_AUXILIARY,
  NEEDS_PARTICLE,
  OWNED_STATEMENT_NOUNS,
  OWNED_MODIFIER_REACH,
  OWNED_TOPIC_NOUNS,
  ownedTopicAt,
  isOwnedModifier,
  ownedOpenerAt,
  PUT_IT_FOLLOWERS,
  type CueSense,
} from '../lexicon/cues.ts';
import { POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/grammar.ts';
import { inClass, type TokenTable } from '../nlp/tokens.ts';
import { afterGerundPreposition, coordinatedParticiple } from './participle.ts';
import type { Mention } from '../types.ts';
import type { SentenceView } from './view.ts';

export interface Cue {
  /** First token of the cue span (auxiliaries included) and its last (particle included). */
  first: number;
  last: number;
  /** The verb itself. */
  verb: number;
  sense: CueSense;
  /** "was denied by": the subject is the content, the speaker follows "by". */
  passive: boolean;
  according: boolean;
}

/** Tokens an outlet may take between "quoted by" and "as saying". */
const QUOTED_BY_REACH = 5;
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const PERFECT: ReadonlySet<string> = new Set(['have', 'has', 'had']);
const ACCORDING: CueSense = { stance: 'asserts', frame: 'clause' };
const COLON: CueSense = { stance: 'asserts', frame: 'colon' };
const OWNED: CueSense = { stance: 'asserts', frame: 'noun' };
const OWNED_ACCUSING: CueSense = { stance: 'accuses', frame: 'noun' };

/** Which rules may take a cue: each family's rules leave the other families' cues alone. */
export type CueFamily = 'according' | 'passive' | 'call' | 'accusation' | 'colon' | 'noun' | 'reporting';

export function cueFamily(cue: Cue): CueFamily {
  if (cue.according) return 'according';
  if (cue.passive) return 'passive';
  const { frame, stance } = cue.sense;
  if (frame === 'call') return 'call';
  if (frame === 'colon') return 'colon';
  if (frame === 'noun') return 'noun';
  if (frame === 'accuse' || frame === 'condemn' || (frame === 'clause' && stance === 'accuses')) return 'accusation';
  return 'reporting';
}

/**
 * The gate of the cue tables (vetoes, attribution rules): what the engine reads once of a cue, which
 * a rule may declare it needs (`needs`); a rule of one family is never tried on another's cues.
 */
export const CUE_GATE = {
  according: 1 << 0,
  passive: 1 << 1,
  call: 1 << 2,
  accusation: 1 << 3,
  colon: 1 << 4,
  noun: 1 << 5,
  reporting: 1 << 6,
  /** The cue is a participle (", saying …"), or it is not. */
  participle: 1 << 7,
  notParticiple: 1 << 8,
  /** Its verb takes a clause ("said that"), or it does not. */
  clause: 1 << 9,
  notClause: 1 << 10,
  /** Its verb takes a clause or a hearer and a clause ("told reporters that"). */
  clauseOrTell: 1 << 11,
  /** Its verb does not take an object alone ("denied the report"). */
  notObject: 1 << 12,
} as const;

/** The gate flags of a cue. */
export function cueFlags(cue: Cue): number {
  const { frame, participle } = cue.sense;
  return (
    CUE_GATE[cueFamily(cue)] |
    (participle ? CUE_GATE.participle : CUE_GATE.notParticiple) |
    (frame === 'clause' ? CUE_GATE.clause : CUE_GATE.notClause) |
    (frame === 'clause' || frame === 'tell' ? CUE_GATE.clauseOrTell : 0) |
    (frame === 'object' ? 0 : CUE_GATE.notObject)
  );
}

/** The classes of a word that may make a cue (a reporting word, "according", a colon, an owned statement noun). */
const CUE_WORDS = WORD_CLASS.cue | WORD_CLASS.according | WORD_CLASS.colon | WORD_CLASS.ownedStatementNoun;

export function hasCue(t: TokenTable, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (inClass(t, i, CUE_WORDS)) return true;
  }
  return false;
}

/**
 * The owner's possessive mark ("Okafor's") or possessive pronoun ("his") before the statement noun
 * at token i, past a few adjectives ("his repeated claim"); else -1.
 */
export function statementOwnerMark(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k > v.first && i - 1 - k < OWNED_MODIFIER_REACH && isOwnedModifier(v.pos(k), v.lower(k))) k--;
  if (k < v.first) return -1;
  return POSSESSIVE_MARKS.has(v.value(k)) || POSSESSIVE_PRONOUNS.has(v.lower(k)) ? k : -1;
}

/**
 * Who owns the statement noun at token i: the name before the possessive mark ("Okafor's claim") or
 * the possessive pronoun, resolved as "he" would be ("his claim"); undefined for none or a weak mention.
 */
export function statementOwner(v: SentenceView, i: number): Mention | undefined {
  const mark = statementOwnerMark(v, i);
  if (mark < 0) return undefined;
  const pronoun = !POSSESSIVE_MARKS.has(v.value(mark));
  const owner = v.mentionEndingAt(pronoun ? mark : mark - 1);
  if (!owner || owner.via === 'weak' || (owner.via === 'pronoun') !== pronoun) return undefined;
  return owner;
}

export function findCues(v: SentenceView): Cue[] {
  const cues: Cue[] = [];
  for (let i = v.first; i <= v.last; i++) {
    const lower = v.lower(i);
    if (lower === 'according' && v.lower(i + 1) === 'to' && i + 1 <= v.last) {
      cues.push({ first: i, last: i + 1, verb: i, sense: ACCORDING, passive: false, according: true });
      i++;
      continue;
    }
    // a colon right after a name ('Okafor: "…"', a headline's "Okafor: Y"): the colon rules decide
    if (lower === ':') {
      if (i > v.first && !v.insideQuote(i))
        cues.push({ first: i, last: i, verb: i, sense: COLON, passive: false, according: false });
      continue;
    }
    // "Okafor's claim that …", "his claim that …": a statement noun owned by a name or a possessive
    // pronoun, before what opens its content
    const opener = OWNED_STATEMENT_NOUNS.get(lower);
    if (
      opener &&
      statementOwnerMark(v, i) >= 0 &&
      ownedOpenerAt((k) => v.lower(k), i, v.last) >= 0 &&
      !v.insideQuote(i)
    ) {
      cues.push({ first: i, last: i, verb: i, sense: OWNED, passive: false, according: false });
      continue;
    }
    // "Okafor's attacks on …", "her remarks about …": what the preposition names is the content
    const topic = OWNED_TOPIC_NOUNS.get(lower);
    if (
      topic &&
      statementOwnerMark(v, i) >= 0 &&
      ownedTopicAt((k) => v.lower(k), i, v.last) >= 0 &&
      !v.insideQuote(i)
    ) {
      const sense = topic.stance === 'accuses' ? OWNED_ACCUSING : OWNED;
      cues.push({ first: i, last: i, verb: i, sense, passive: false, according: false });
      continue;
    }
    let sense = CUES.get(lower);
    if (!sense) continue;
    // "X is quoted as saying Y": the whole phrase is the cue, and X its subject
    const quoted = sense.participle === true && v.lower(i - 1) === 'as' ? quotedBefore(v, i - 2) : -1;
    const quotedAs = quoted >= 0;
    if (quotedAs) sense = { stance: sense.stance, frame: sense.frame };
    const pos = v.pos(i);
    // wink tags some reporting verbs as adjectives ("Greenpeace alleged that …"): right after the subject or before "that" they are verbs
    // (or after a perfect's "have": "Students have alleged they …")
    const verbLike =
      pos === 'ADJ' &&
      /ed$/.test(lower) &&
      (v.mentionEndingAt(i - 1) !== undefined || v.lower(i + 1) === 'that' || PERFECT.has(v.lower(i - 1)));
    // (", warning that …", ", promising to …", "and warning that …", "by warning that …": a participle the tagger read as a noun or an adjective)
    const participleLike =
      (pos === 'NOUN' || pos === 'ADJ') &&
      sense.participle === true &&
      (v.afterComma(i) || afterGerundPreposition(v, i) || coordinatedParticiple(v, i)) &&
      (v.lower(i + 1) === 'that' || (pos === 'ADJ' && v.lower(i + 1) === 'to'));
    if (
      pos !== 'VERB' &&
      pos !== 'AUX' &&
      !verbLike &&
      !participleLike &&
      !progressiveLike(v, i, sense) &&
      !pluralSubjectVerb(v, i) &&
      !shareSubjectVerb(v, i) &&
      !headlineVerb(v, i) &&
      !(pos === 'NOUN' && /s$/.test(lower) && strongMentionEndingAt(v, i - 1))
    )
      continue;
    if (v.insideQuote(i)) continue;
    let last = i;
    const particle = NEEDS_PARTICLE.get(lower);
    if (particle) {
      if (v.lower(i + 1) !== particle) continue;
      // ("put it to a vote" is no report: "put it" must close its phrase)
      if (particle === 'it' && !PUT_IT_FOLLOWERS.has(v.value(i + 2)) && !v.isQuote(i + 2)) continue;
      last = i + 1;
    }
    // "the alleged attack", "a claimed victory": adjectival participles are not cues
    if (/ed$/.test(lower) && /^(the|a|an|its|their|his|her)$/.test(v.lower(i - 1))) continue;
    const first = auxiliariesBefore(v, leadInBefore(v, quotedAs ? quoted : i, lower));
    let passive = false;
    for (let k = first; k < i; k++) if (BE.has(v.lower(k)) && !quotedAs) passive = true;
    if (passive && !/(ed|ied)$/.test(lower) && lower !== 'ruled') passive = false;
    // "is said to", "were told to": hearsay and orders, not statements of a speaker
    if (passive && v.lower(last + 1) === 'to') continue;
    // "is telling", "was saying": with an auxiliary the -ing form is a finite verb, not a participle
    if (sense.participle && first < i && !quotedAs) sense = { stance: sense.stance, frame: sense.frame };
    cues.push({ first, last, verb: i, sense, passive, according: false });
  }
  return cues;
}

const isAuxiliary = (v: SentenceView, k: number): boolean =>
  AUXILIARIES.has(v.lower(k)) || v.lower(k) === 'not' || v.lower(k) === "n't";

/**
 * The first token of the auxiliaries before `verb` ("has said", "could not have said"), with
 * the adverbs an auxiliary leaves before the verb ("is once again questioning", "has also said");
 * adverbs with no auxiliary before them stay out of the cue.
 */
function auxiliariesBefore(v: SentenceView, verb: number): number {
  let first = verb;
  let adverbs = 0;
  for (let k = verb - 1; k >= v.first; k--) {
    if (isAuxiliary(v, k)) {
      first = k;
      adverbs = 0;
    } else if (v.pos(k) === 'ADV' && !v.isQuote(k) && adverbs < MAX_ADVERBS_AFTER_AUXILIARY) adverbs++;
    else break;
  }
  return first;
}

/** "appeared to suggest", "went on to say", "could not resist pointing out": the lead-in verb's token, else `verb`. */
function leadInBefore(v: SentenceView, verb: number, lower: string): number {
  if (/ing$/.test(lower)) return LEAD_IN_VERBS.get(v.lower(verb - 1)) === 'ing' ? verb - 1 : verb;
  if (v.lower(verb - 1) !== 'to') return verb;
  const k = v.lower(verb - 2) === 'on' ? verb - 3 : verb - 2;
  if (
    LEAD_IN_VERBS.get(v.lower(k)) !== 'to' ||
    (v.lower(k + 1) === 'on') !== /^(go|goes|went|gone|going)$/.test(v.lower(k))
  )
    return verb;
  return k;
}

/**
 * "is promising lower taxes", "are warning that …": a progressive reporting verb the tagger read
 * as an adjective, recognised by the form of "be" before it and an object or clause after it
 * ("the results are promising." stays an adjective).
 */
function progressiveLike(v: SentenceView, i: number, sense: CueSense): boolean {
  if (v.pos(i) !== 'ADJ' || sense.participle !== true) return false;
  let k = i - 1;
  while (k > v.first && v.pos(k) === 'ADV') k--;
  if (!BE.has(v.lower(k))) return false;
  const next = v.lower(i + 1);
  return next === 'that' || next === 'to' || /^(DET|NUM|PRON|NOUN|ADJ)$/.test(v.pos(i + 1)) || v.isQuote(i + 1);
}

/**
 * "Critics charge that …", "experts note they …", "Six in 10 say he …": a base-form reporting verb
 * the tagger read as a noun, after a plural noun, a name or a number and before "that" or a
 * subject pronoun ("a campaign promise that …", "the claim that …" stay nouns).
 */
function pluralSubjectVerb(v: SentenceView, i: number): boolean {
  if (v.pos(i) !== 'NOUN' || /s$/.test(v.lower(i)) || i <= v.first) return false;
  const next = v.lower(i + 1);
  if (next !== 'that' && !SUBJECT_PRONOUNS.has(next)) return false;
  const before = v.pos(i - 1);
  return (before === 'NOUN' && /[^s]s$/.test(v.lower(i - 1))) || before === 'PROPN' || before === 'NUM';
}

/** The speaker rule that reads a share of the people asked ("about four in 10", "a third") before its reporting verb. */
const RESPONDENT_SHARE = 'noun/respondent-share';

/**
 * "Nearly a third say they …", "Six in 10 say Ruiz …": a base-form reporting verb the tagger read as
 * a noun right after a share of the people asked (a share is a subject only before such a verb).
 */
function shareSubjectVerb(v: SentenceView, i: number): boolean {
  return v.pos(i) === 'NOUN' && !/s$/.test(v.lower(i)) && v.mentionEndingAt(i - 1)?.rule === RESPONDENT_SHARE;
}

/**
 * "Okafor praises Lind after talks", "Ruiz slams plan": in the article's first line, its headline,
 * a third-person reporting verb the tagger read as a noun or adjective right after a name, even one
 * the article has not confirmed yet (headlines drop the articles a tagger leans on). Forms that are
 * also nouns ("reports", "claims") are left out.
 */
function headlineVerb(v: SentenceView, i: number): boolean {
  return v.index === 0 && HEADLINE_CUES.has(v.lower(i)) && v.mentionEndingAt(i - 1) !== undefined;
}

/** "quoted" ending at `k` or before "by <outlet>" ("was quoted by Reuters as saying"): its token, or -1. */
function quotedBefore(v: SentenceView, k: number): number {
  for (let q = k; q >= v.first && k - q <= QUOTED_BY_REACH; q--) {
    if (v.lower(q) === 'quoted') return q === k || v.lower(q + 1) === 'by' ? q : -1;
  }
  return -1;
}

/** A mention ending at token i that is not a weak guess ("Russia denies", not "Similar recalls"). */
function strongMentionEndingAt(v: SentenceView, i: number): boolean {
  const m = v.mentionEndingAt(i);
  return m !== undefined && m.via !== 'weak';
}
