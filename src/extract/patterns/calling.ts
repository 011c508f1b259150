// What the "call" rules share: "X called the claims baseless", "X called him 'a liar'", ", calling
// it a disgrace", "what X called a witch hunt". Finds the speaker, the object (a pronoun, a name or
// a noun phrase up to its head) and where the complement that names it starts. "called for",
// "called on", "called off", "called back" are other verbs (appeals are not statements).
import type { CueContext } from './context.ts';
import type { SentenceView } from './view.ts';
import type { SubjectHit } from './subject.ts';
import { findSubject, participleSubject } from './subject.ts';
import { mentionBeforeParticiple } from './participle.ts';
import { clauseEnd } from './spans.ts';
import { DAYS, MONTHS, OCCASION_STARTS } from '../lexicon/time.ts';
import { CUES } from '../lexicon/cues.ts';
import { POSSESSIVE_MARKS, RELATIVE_PRONOUNS } from '../lexicon/grammar.ts';
import { perContext } from '../rules/index.ts';

const NOT_NAMING: ReadonlySet<string> = new Set(['for', 'on', 'off', 'up', 'out', 'in', 'back', 'upon', 'to']);
/** Parts of speech a naming complement may open with ("called it baseless", "called him a liar", "called them 'thugs'"). */
const COMPLEMENT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'PART', 'NUM']);
/** Words opening an object before "of" whatever the tagger reads them as ("called half of the voters …"). */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'half',
  'most',
  'all',
  'some',
  'many',
  'much',
  'none',
  'both',
  'each',
]);

/** Demonstratives opening an object ("called that report a lie", "called those claims baseless"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those']);

export interface Calling {
  subject: SubjectHit;
  /** The object's last token ("called [the report]"), or -1 when there is none ("what X called Y"). */
  objectLast: number;
  /** First token of the naming complement, and the last of the clause. */
  complement: number;
  end: number;
}

/** The speaker, object and complement of a "call" cue, or null (once per cue: both call rules ask). */
export const calling: (c: CueContext) => Calling | null = perContext(call);

function call(c: CueContext): Calling | null {
  const { v, cue } = c;
  if (cue.sense.frame !== 'call' || cue.passive || NOT_NAMING.has(v.lower(cue.last + 1))) return null;
  const subject = cue.sense.participle ? participleCaller(c) : findSubject(c, cue);
  if (!subject) return null;
  const end = clauseEnd(v, cue.last + 1, false);
  // "what X called Y": no object, the complement follows the cue
  if (v.lower(subject.mention.first - 1) === 'what') return { subject, objectLast: -1, complement: cue.last + 1, end };
  const objectLast = objectEnd(v, cue.last + 1, end);
  // "which X called 'a disgrace'", "a clip that X called 'distasteful'": the relative pronoun is the
  // object, and a quotation right after the cue what it is called
  if (objectLast < 0)
    return RELATIVE_PRONOUNS.has(v.lower(subject.mention.first - 1)) && v.isQuote(cue.last + 1)
      ? { subject, objectLast: -1, complement: cue.last + 1, end }
      : null;
  // "called the plans to open a plant in Lyon 'a disgrace'": the object runs on to a quoted complement
  const quoted = namesAt(c, objectLast + 1, end) ? -1 : quotedComplement(v, objectLast + 1, end);
  return quoted > 0
    ? { subject, objectLast: quoted - 1, complement: quoted, end }
    : { subject, objectLast, complement: objectLast + 1, end };
}

/** Tokens an object's modifiers may take before a quoted complement, and the most a naming quotation holds. */
const MODIFIER_REACH = 15;
const QUOTED_NAME_LENGTH = 15;

/**
 * Where a quoted naming complement opens after an object's modifiers ("about a judge", "to open a
 * plant in Lyon", "on Sunday"), with its article ('a "new low"'), or -1: the words between may hold
 * no clause of their own (no auxiliary, finite verb, subordinator, pronoun subject or reporting
 * verb), and the quotation is short and not itself inside a phrase ("a meeting of the 'Gang of Six'").
 */
function quotedComplement(v: SentenceView, from: number, end: number): number {
  for (let k = from; k <= end && k - from <= MODIFIER_REACH; k++) {
    const close = v.quotePartner.get(k);
    if (v.isQuote(k) && close !== undefined && close > k) {
      const start = k - 1 > from && v.pos(k - 1) === 'DET' ? k - 1 : k;
      const before = v.pos(start - 1);
      return close - k <= QUOTED_NAME_LENGTH && before !== 'ADP' && before !== 'DET' ? start : -1;
    }
    const pos = v.pos(k);
    const lower = v.lower(k);
    if (pos === 'AUX' || pos === 'SCONJ' || pos === 'PRON' || CUES.has(lower) || RELATIVE_PRONOUNS.has(lower))
      return -1;
    if (v.value(k) === ';' || v.isQuote(k)) return -1;
    if (pos === 'VERB' && !/ing$/.test(lower) && v.lower(k - 1) !== 'to') return -1;
  }
  return -1;
}

/**
 * Who a participle "calling" names for: the main clause's subject after a comma (", calling it a
 * disgrace"), or the name it hangs on ("with Ortiz calling it a disgrace"); else nobody.
 */
function participleCaller(c: CueContext): SubjectHit | undefined {
  const { v, cue } = c;
  if (v.afterComma(cue.first)) return participleSubject(c, cue);
  const name = mentionBeforeParticiple(v, cue);
  return name ? { mention: name, relative: null } : undefined;
}

/** The last token of the object opening at k ("the report", "him", "half of the voters", "the bank's conduct"), or -1. */
function objectEnd(v: SentenceView, k: number, end: number): number {
  const name = v.mentionStartingAt(k);
  if (v.pos(k) === 'PRON' && !name) return k;
  let last = name ? name.last : -1;
  // "the bank's conduct", "half of the voters": the object goes on past a possessive and "of"
  let open = name ? POSSESSIVE_MARKS.has(v.lower(name.last + 1)) : false;
  if (!open && name) return last;
  for (let j = name ? name.last + 2 : k; j <= end; j++) {
    const pos = v.pos(j);
    const lower = v.lower(j);
    if (pos === 'NOUN' || pos === 'PROPN' || (QUANTIFIERS.has(lower) && v.lower(j + 1) === 'of')) {
      last = j;
      open = false;
    } else if (last >= 0 && (lower === 'of' || POSSESSIVE_MARKS.has(lower))) open = true;
    // ("called that report a lie": a demonstrative the tagger reads as a conjunction opens the object)
    else if (j === k && DEMONSTRATIVES.has(lower) && v.pos(j + 1) === 'NOUN') continue;
    else if ((last >= 0 && !open) || !OBJECT_POS.has(pos)) break;
  }
  return last;
}

/** Does a naming complement start at k ("baseless", "a liar", '"thugs"'), not a time or place ("him on Monday")? */
export function namesAt(c: CueContext, k: number, end: number): boolean {
  const { v } = c;
  if (k > end) return false;
  const lower = v.lower(k);
  if (DAYS.has(lower) || MONTHS.has(lower) || OCCASION_STARTS.has(lower)) return false;
  if (v.isQuote(k)) return true;
  if (v.pos(k) === 'ADV') return v.pos(k + 1) === 'ADJ';
  return COMPLEMENT_POS.has(v.pos(k));
}
