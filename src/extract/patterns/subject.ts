// The subject of a cue inside one sentence: the mention before it (src/extract/patterns/speaker.ts),
// else the subject of a verb the cue is coordinated with ("… and blamed", "…, but have said");
// for a participle (", saying …") the subject of the main clause.
import type { Mention } from '../types.ts';
import type { Cue } from './cues.ts';
import type { SentenceContext } from './context.ts';
import { subjectBefore, type Subject } from './speaker.ts';
import { DASHES, type SentenceView } from './view.ts';
import { MESSAGE_NOUNS } from '../lexicon/cues.ts';
import { DAYS, WHEN } from '../lexicon/time.ts';
import { CLAUSE_OPENERS, OPENING_SUBORDINATORS, RELATIVE_PRONOUNS } from '../lexicon/grammar.ts';

export type SubjectHit = Subject & { coordinated?: boolean };

/** Tokens a long apposition between a subject and its cue may take ("X, a lawyer who … for decades, said"). */
const APPOSITION_REACH = 40;
/** Words an apposition describing a person or body opens with. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words of a description before a name ("Democratic front-runner", "the former senator"). */
const DESCRIPTION_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Prepositions that make a name a place or an object inside the apposition ("a lawyer in Allentown, Pa."). */
const INSIDE_PHRASE: ReadonlySet<string> = new Set(['in', 'of', 'at', 'from', 'for', 'with', 'on', 'by', 'to']);

/**
 * "Shane Shook, a security expert who has helped investigate the breaches, said …", "Cecelia Ruiz,
 * 67, a retired nurse in Allentown, Pa., said …", "Ana Duarte, who lost her son in Aurora, Colo.,
 * said …": the name before a long apposition that ends with
 * the comma before the cue (the speaker rules only pass over short ones).
 */
function appositionSubject(ctx: SentenceContext, cue: Cue, floor: number): SubjectHit | undefined {
  const { v } = ctx;
  let k = cue.first - 1;
  while (k > floor && v.pos(k) === 'ADV') k--;
  if (v.value(k) !== ',') return undefined;
  for (let j = k - 1; j > floor && k - j <= APPOSITION_REACH; j--) {
    const value = v.value(j);
    if (v.isQuote(j) || value === ';' || value === ':') return undefined;
    if (value !== ',') continue;
    // (an aside opening with a preposition: "X, in a statement released by the campaign on Thursday, said";
    // a relative clause or a participle holding commas of its own: "X, who lost a son in Aurora, Colo.,
    // in 2012, said", "X, facing a challenge in Iowa, a swing state, said")
    if (!APPOSITION_OPENERS.has(v.pos(j + 1)) && v.pos(j + 1) !== 'ADP' && !clauseOpener(v, j + 1)) continue;
    const m = v.mentionEndingAt(j - 1);
    // (a name not yet confirmed is a weak mention: two capitalised words still make one)
    if (!m || m.first < floor || m.via === 'pronoun' || (m.via === 'weak' && m.first === m.last)) continue;
    if (INSIDE_PHRASE.has(v.lower(m.first - 1))) continue;
    // the name opens the clause (sentence start, a lead-in comma, a conjunction, the quotation it tags),
    // past a description before it ("Democratic front-runner Ana Duarte, also campaigning in …, said")
    let before = m.first - 1;
    while (
      before >= floor &&
      (descriptionWord(v, before) || (v.value(before) === '-' && descriptionWord(v, before - 1)))
    )
      before--;
    if (
      before < floor ||
      v.value(before) === ',' ||
      v.isQuote(before) ||
      v.pos(before) === 'CCONJ' ||
      v.pos(before) === 'SCONJ'
    )
      return { mention: m, relative: null };
    return undefined;
  }
  return undefined;
}

/** A word of a description before a name (not punctuation). */
function descriptionWord(v: SentenceView, k: number): boolean {
  return DESCRIPTION_WORDS.has(v.pos(k)) && /\p{L}/u.test(v.value(k));
}

/** Does a relative clause ("who …", "whose …") or a participle ("facing …", "backed by …") open at token k? */
function clauseOpener(v: SentenceView, k: number): boolean {
  // ("X, also campaigning in Wisconsin, said": an adverb before the participle)
  if (v.pos(k) === 'ADV' && v.pos(k + 1) === 'VERB') k++;
  const lower = v.lower(k);
  return (RELATIVE_PRONOUNS.has(lower) && lower !== 'that') || (v.pos(k) === 'VERB' && /(ing|ed)$/.test(lower));
}

/** The token before the mention starting at `first`, past its articles and adjectives ("at the Harlow College"). */
function beforeArticles(v: SentenceView, first: number, floor: number): number {
  let k = first - 1;
  while (k > floor && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ')) k--;
  return k;
}

/** Does a preposition stand before the mention starting at `first`, past its articles and adjectives ("at the Harlow College")? */
function afterPreposition(v: SentenceView, first: number, floor: number): boolean {
  const k = beforeArticles(v, first, floor);
  return k >= floor && INSIDE_PHRASE.has(v.lower(k));
}

/** Does a preposition stand before the mention starting at `first`, past its articles and adjectives ("before the Paris attacks")? */
function afterAnyPreposition(v: SentenceView, first: number, floor: number): boolean {
  const k = beforeArticles(v, first, floor);
  return (
    k >= floor &&
    (v.pos(k) === 'ADP' || INSIDE_PHRASE.has(v.lower(k)) || v.lower(k) === 'about' || v.lower(k) === 'against')
  );
}

/** Is a verb at token k, or after one adverb there ("Okafor generally supported …")? */
function verbAfter(v: SentenceView, k: number): boolean {
  const at = v.pos(k) === 'ADV' ? k + 1 : k;
  return v.pos(at) === 'VERB' || v.pos(at) === 'AUX';
}

/**
 * Does the clause open at the subject starting at `first` (past its article): the sentence start, a
 * lead-in phrase's comma ("In her speech, X urged … and criticized …"), or a conjunction ("when X …")?
 */
function opensClause(ctx: SentenceContext, first: number): boolean {
  const { v } = ctx;
  const at = first - 1 >= ctx.start && /^(the|a|an)$/.test(v.lower(first - 1)) ? first - 1 : first;
  return at <= ctx.start + 3 || v.value(at - 1) === ',' || CLAUSE_OPENERS.has(v.lower(at - 1));
}

/** Tokens a bracket after the subject may take ("X (R-Iowa) said"). */
const BRACKET_REACH = 8;

/** The token after an aside standing right after the subject: a bracket ("(left)"), a day ("on Wednesday"); else `at`. */
function pastAside(v: SentenceView, at: number): number {
  let k = at;
  if (v.value(k) === '(') {
    for (let j = k + 1; j <= v.last && j - k <= BRACKET_REACH; j++)
      if (v.value(j) === ')') {
        k = j + 1;
        break;
      }
  }
  if (v.lower(k) === 'on' && DAYS.has(v.lower(k + 1))) k += 2;
  return k;
}

/** The token before "on <day>" ending at k ("and on Monday announced"), else k. */
function pastDay(v: SentenceView, k: number, floor: number): number {
  if (k - 1 < floor || !DAYS.has(v.lower(k)) || v.lower(k - 1) !== 'on') return k;
  let j = k - 2;
  while (j >= floor && v.pos(j) === 'ADV') j--;
  return j;
}

/** Does a participle stand before the mention starting at `first`, past its articles ("one of the states suing the EPA")? */
function afterParticiple(v: SentenceView, first: number, floor: number): boolean {
  const k = beforeArticles(v, first, floor);
  return k >= floor && v.pos(k) === 'VERB' && /(ing|ed)$/.test(v.lower(k));
}

/** Tokens an apposition after a subordinate clause's subject may take ("while X, the former governor, proposed"). */
const SUBORDINATE_APPOSITION_REACH = 12;

/**
 * "X signed the order, while Y, the former governor, proposed a tax and said …": the verb after "and"
 * goes with the subject of the subordinate clause it closes, not with the sentence's subject. The
 * last named mention in tokens [from, and) that opens a clause after a subordinator and stands before
 * its verb (past an apposition set off by commas), with no comma between that verb and the "and"; a
 * pronoun there is left alone ("X started it when he brought up Y and later said": X's either way).
 */
function subordinateSubject(ctx: SentenceContext, from: number, and: number): Mention | undefined {
  const { v } = ctx;
  for (let j = ctx.v.mentions.length - 1; j >= 0; j--) {
    const m = ctx.v.mentions[j] as Mention;
    if (m.last >= and || m.via === 'weak' || m.via === 'pronoun' || v.insideQuote(m.first)) continue;
    if (m.first < from) return undefined;
    const at = /^(the|a|an)$/.test(v.lower(m.first - 1)) ? m.first - 1 : m.first;
    if (!CLAUSE_OPENERS.has(v.lower(at - 1))) continue;
    let verb = pastAside(v, m.last + 1);
    if (v.value(verb) === ',') {
      let close = verb + 1;
      while (close < and && close - verb <= SUBORDINATE_APPOSITION_REACH && v.value(close) !== ',') close++;
      verb = close + 1;
    }
    if (verb >= and || !verbAfter(v, verb)) return undefined;
    for (let k = verb; k < and; k++) if (v.value(k) === ',' && !v.insideQuote(k)) return undefined;
    return m;
  }
  return undefined;
}

/**
 * "When asked whom she supported, Ms. Lind smiled and said …": a subordinate clause opening the
 * sentence and set off by a comma has a subject of its own; the verbs joined by "and" after it belong
 * to the main clause, which begins after the last comma before the "and". Else the sentence's start.
 */
function mainClauseStart(ctx: SentenceContext, and: number): number {
  const { v } = ctx;
  const opener = /^(and|but)$/.test(v.lower(ctx.start)) ? ctx.start + 1 : ctx.start;
  if (!OPENING_SUBORDINATORS.has(v.lower(opener))) return ctx.start;
  for (let k = and - 1; k > opener; k--) if (v.value(k) === ',' && !v.insideQuote(k)) return k + 1;
  return ctx.start;
}

/** The subject before the cue, else the subject of a coordinated verb ("… and blamed", "…, but have said"). */
export function findSubject(ctx: SentenceContext, cue: Cue): SubjectHit | undefined {
  const { v } = ctx;
  const previous = ctx.earlier[ctx.earlier.length - 1];
  const floor = previous?.cue ? previous.cue.last + 1 : v.first;
  const direct = subjectBefore(v, cue.first, floor);
  const insidePrevious =
    direct &&
    previous &&
    direct.mention.first >= previous.content.first &&
    direct.mention.last <= previous.content.last;
  if (previous && (insidePrevious || (!direct && v.value(cue.first - 1) === ','))) {
    // "Halvern, which said it would appeal to the court, rejected …": the subject is found past the
    // relative clause holding the earlier statement, not inside that statement's content
    const wide = subjectBefore(v, cue.first, v.first);
    if (wide && wide.mention.last < previous.content.first) return wide;
    // ("X, a farmer who described himself as a devout Lutheran, said …": the name before the apposition
    // whose relative clause held the earlier statement)
    const apposed = insidePrevious ? appositionSubject(ctx, cue, v.first) : undefined;
    if (apposed && apposed.mention.last < previous.content.first) return apposed;
  }
  // a weak guess right before the cue may be a place closing a long apposition ("…, a nurse in Allentown, Pa., said"),
  // and a name after a preposition or a participle the object inside one ("…, a professor at Harlow College, said",
  // "…, one of the states suing the agency, said")
  if (
    !direct ||
    direct.mention.via === 'weak' ||
    afterPreposition(v, direct.mention.first, floor) ||
    afterParticiple(v, direct.mention.first, floor)
  ) {
    const apposed = appositionSubject(ctx, cue, floor);
    if (apposed && (!direct || apposed.mention.last < direct.mention.first)) return apposed;
  }
  if (direct) return direct;
  let k = cue.first - 1;
  while (k >= floor && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k--;
  if (!previous) {
    // "Pakistan summoned the envoy and accused New Delhi of …": the clause's subject, before its first verb
    // ("… and on Monday announced …": a day between the conjunction and the verb)
    const and = pastDay(v, k, floor);
    if (and < floor || !/^(and|but)$/.test(v.lower(and))) return undefined;
    const clauseSubject = (from: number, opening: number): Mention | undefined =>
      ctx.v.mentions.find(
        (m) =>
          m.first >= from &&
          (m.via !== 'weak' || m.first === opening) &&
          m.last < and &&
          verbAfter(v, pastAside(v, m.last + 1)),
      );
    const main = mainClauseStart(ctx, and);
    const inMain = main > ctx.start ? clauseSubject(main, main) : undefined;
    const subject = inMain && opensClause(ctx, inMain.first) ? inMain : clauseSubject(v.first, ctx.start);
    const nearer = subject && subordinateSubject(ctx, subject.last + 1, and);
    if (nearer) return { mention: nearer, relative: null, coordinated: true };
    return subject && opensClause(ctx, subject.first)
      ? { mention: subject, relative: null, coordinated: true }
      : undefined;
  }
  if (k >= floor && /^(and|but|while|yet)$/.test(v.lower(k))) {
    return {
      mention: {
        first: previous.speakerAt ?? v.first,
        last: previous.speakerAt ?? v.first,
        actor: previous.speaker,
        via: 'name',
      },
      relative: null,
      coordinated: true,
    };
  }
  return undefined;
}

/**
 * Does a participle cue hang on the main clause: after a comma or a dash (", saying …"), or
 * coordinated with a participle statement before it ("dismissing X and saying Y")?
 */
export function participleAttached(ctx: SentenceContext, cue: Cue): boolean {
  const { v } = ctx;
  // (", even suggesting …", "— again saying …": adverbs between the comma and the participle)
  let at = cue.first;
  while (at - 1 > v.first && at > cue.first - 2 && v.pos(at - 1) === 'ADV') at--;
  if (v.afterComma(at) || DASHES.has(v.value(at - 1))) return true;
  if (afterMessage(v, cue.first)) return true;
  const previous = ctx.earlier[ctx.earlier.length - 1];
  return v.lower(cue.first - 1) === 'and' && previous?.cue != null && /ing$/.test(v.lower(previous.cue.last));
}

/** Tokens of time ("early Friday", "on Monday") a participle may stand apart from the message it reports. */
const MESSAGE_REACH = 4;

/** "issued a statement saying …", "posted tweets early Friday claiming …": a participle right after a message noun. */
function afterMessage(v: SentenceView, at: number): boolean {
  for (let k = at - 1; k > v.first && at - k <= MESSAGE_REACH; k--) {
    if (MESSAGE_NOUNS.has(v.lower(k))) return k < at - 1 ? true : v.pos(k) === 'NOUN';
    const lower = v.lower(k);
    if (!(DAYS.has(lower) || WHEN.has(lower) || lower === 'on' || lower === 'early' || lower === 'late')) return false;
  }
  return false;
}

export function participleSubject(ctx: SentenceContext, cue: Cue): SubjectHit | undefined {
  const previous = ctx.earlier[ctx.earlier.length - 1];
  if (previous)
    return {
      mention: {
        first: previous.speakerAt ?? ctx.v.first,
        last: previous.speakerAt ?? ctx.v.first,
        actor: previous.speaker,
        via: 'name',
      },
      relative: null,
      coordinated: true,
    };
  // (past a dateline and a lead-in phrase: "Before the Paris attacks, X took …, suggesting …" is X's;
  // a dateline is only guessed, so a name inside one is kept when no other qualifies)
  const subject = (from: number) =>
    ctx.v.mentions.find(
      (m) =>
        m.first >= from && m.last < cue.first && m.via !== 'weak' && !afterAnyPreposition(ctx.v, m.first, ctx.v.first),
    );
  const first = subject(ctx.start) ?? subject(ctx.v.first);
  const antecedent = first && relativeBefore(ctx.v, first.last + 1, cue.first);
  if (antecedent) return { mention: antecedent, relative: null };
  return first ? { mention: first, relative: null } : undefined;
}

/**
 * "They were backed by Berg and Lind, who sent Vik a letter saying …": a participle after a "who"
 * clause (tokens [from, before)) hangs on that clause, whose subject is the name "who" follows.
 */
function relativeBefore(v: SentenceView, from: number, before: number): Mention | undefined {
  for (let k = before - 1; k > from; k--) {
    if (v.lower(k) !== 'who' || v.insideQuote(k)) continue;
    const end = v.value(k - 1) === ',' ? k - 2 : k - 1;
    const antecedent = v.mentionEndingAt(end);
    return antecedent && antecedent.via !== 'weak' && antecedent.via !== 'pronoun' ? antecedent : undefined;
  }
  return undefined;
}
