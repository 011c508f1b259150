// Reporting verbs with a clause or an object: "X said (that) Y", "X told reporters that Y",
// "Y, X said", '"Y," said X', '"Y," X told Z', 'X said: "Y"', "X announced Y", "X denied (that) Y",
// "X disputed / dismissed / rejected Y", "X ruled out Y", "who X maintains Y", "X, which said Y",
// and participles (", saying Y", ", telling Z that Y").
import type { Cue } from './cues.ts';
import type { Attribution } from './frame.ts';
import type { Subject } from './speaker.ts';
import { mentionAfter, subjectBefore } from './speaker.ts';
import { boundaryBefore, contentAfter, hasClauseAfter } from './spans.ts';
import { DASHES, type SentenceView } from './view.ts';
import type { TokenRange } from '../types.ts';
import { CLAIM_NOUNS, PROPOSAL_NOUNS } from '../lexicon/nouns.ts';

/** Verbs after "refused to" that withhold a statement rather than refuse a demand. */
const SILENCE: ReadonlySet<string> = new Set([
  'comment',
  'say',
  'speculate',
  'elaborate',
  'confirm',
  'discuss',
  'disclose',
  'reveal',
  'name',
  'identify',
  'answer',
  'respond',
  'give',
  'provide',
  'specify',
  'detail',
  'be',
]);

/** Tokens a phrase of circumstance may take after a cue ("in a statement on Tuesday"). */
const CIRCUMSTANCE_REACH = 6;

export interface ReportingContext {
  v: SentenceView;
  /** First content token allowed at the sentence start (after a dateline). */
  start: number;
  /** Statements already found in this sentence, in order. */
  earlier: readonly Attribution[];
  /** An opening quote left open in an earlier sentence of the paragraph: [sentence index, token]. */
  openQuote: () => [number, number] | undefined;
}

export function reporting(ctx: ReportingContext, cue: Cue): Attribution | null {
  const { v } = ctx;
  const tell = cue.sense.frame === 'tell';
  const object = cue.sense.frame === 'object';
  if (cue.sense.participle && !participleAttached(ctx, cue)) return null;
  // "refused to withdraw" refuses a demand (SPEC.md: rejects); "refused to comment" says nothing
  if (/^refus/.test(v.lower(cue.verb)) && v.lower(cue.last + 1) === 'to' && SILENCE.has(v.lower(cue.last + 2)))
    return null;
  const base = {
    stance: cue.sense.stance,
    cue: { first: cue.first, last: cue.last },
    targets: [] as string[],
    aboutExtra: [] as string[],
    coordinated: false,
  };

  // inverted: '"Y," said Lavrov' / 'Y, said the ministry'
  const beforeCue = v.value(cue.first - 1);
  // ('", Ingrid Holm, told the board": "told" takes its hearer after it, the speaker is the apposition before)
  const tellAfterSubject = tell && beforeCue === ',' && v.mentionEndingAt(cue.first - 2) !== undefined;
  if (!object && !cue.sense.participle && !tellAfterSubject && (beforeCue === ',' || v.isQuote(cue.first - 1))) {
    const after = mentionAfter(v, cue.last, 3);
    if (after && !hasClauseAfter(v, after.last)) {
      const content = contentBefore(ctx, cue.first);
      if (content)
        return {
          ...base,
          speaker: after.actor,
          speakerAt: after.first,
          ...content,
          pattern: 'inverted',
          quoted: content.quoted,
        };
    }
  }

  const subject = cue.sense.participle ? participleSubject(ctx, cue) : findSubject(ctx, cue);
  if (!subject) return null;
  const speaker = subject.mention.actor;
  const speakerAt = subject.mention.first;
  const coordinated = subject.coordinated === true;

  // "Y, he said, cracking its hull": a participle after the cue adds to it; the content came first
  const comma = pastCircumstance(v, cue.last + 1);
  if (
    !object &&
    !cue.sense.participle &&
    v.value(comma) === ',' &&
    v.pos(comma + 1) === 'VERB' &&
    /ing$/.test(v.lower(comma + 1))
  ) {
    const first = contentBefore(ctx, speakerAt);
    if (first)
      return { ...base, speaker, speakerAt, ...first, pattern: 'content-first', quoted: first.quoted, coordinated };
  }
  if (object || subject.relative === 'inside' || hasClauseAfter(v, cue.last) || cue.sense.participle) {
    let content =
      contentAfter(v, cue.last, tell) ??
      (object ? (claimBefore(v, speakerAt) ?? relativeAntecedent(ctx, speakerAt)) : null);
    if (!content) return null;
    if (object && cue.sense.stance !== 'asserts') content = beforeParticiple(v, beforeAs(v, content));
    if (subject.relative === 'inside') content = endAtDelimiter(v, content, true);
    else if (subject.relative === 'antecedent') content = endAtDelimiter(v, content, false);
    if (!content) return null;
    const quoted = v.isQuote(content.first - 1) && v.quotePartner.get(content.first - 1) === content.last + 1;
    const aboutExtra = subject.relative === 'inside' ? antecedentOf(v, subject.mention.first) : [];
    return {
      ...base,
      speaker,
      speakerAt,
      content,
      aboutExtra,
      pattern: object ? 'object' : tell ? 'tell' : 'clause',
      quoted,
      coordinated,
    };
  }
  // content first: "Y, X has said." / '"Y," X told reporters.'
  const content = contentBefore(ctx, speakerAt);
  if (!content) {
    // "Rebels claimed responsibility for the attack": no clause either side, the object is the content
    const objectFirst = v.pos(cue.last + 1);
    if (objectFirst !== 'DET' && objectFirst !== 'NOUN' && objectFirst !== 'ADJ' && objectFirst !== 'NUM') return null;
    const object = v.trim(cue.last + 1, v.last);
    return object
      ? {
          ...base,
          speaker,
          speakerAt,
          content: beforeParticiple(v, object),
          aboutExtra: [],
          pattern: 'object',
          quoted: false,
          coordinated,
        }
      : null;
  }
  return { ...base, speaker, speakerAt, ...content, pattern: 'content-first', quoted: content.quoted, coordinated };
}

type SubjectHit = Subject & { coordinated?: boolean };

/** The subject before the cue, else the subject of a coordinated verb ("… and blamed", "…, but have said"). */
export function findSubject(ctx: ReportingContext, cue: Cue): SubjectHit | undefined {
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
  }
  if (direct) return direct;
  let k = cue.first - 1;
  while (k >= floor && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k--;
  if (!previous) {
    // "Pakistan summoned the envoy and accused New Delhi of …": the clause's subject, before its first verb
    if (k < floor || !/^(and|but)$/.test(v.lower(k))) return undefined;
    const subject = ctx.v.mentions.find(
      (m) =>
        (m.via !== 'weak' || m.first === ctx.start) &&
        m.last < k &&
        (v.pos(m.last + 1) === 'VERB' || v.pos(m.last + 1) === 'AUX'),
    );
    return subject && subject.first <= ctx.start + 3
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

/** ", saying …": the subject of the main clause (the last speaker in the sentence, else its first actor). */
/** Past a short phrase of circumstance at k ("in a statement", "on Tuesday"): the token after it, else k. */
function pastCircumstance(v: SentenceView, k: number): number {
  if (v.pos(k) !== 'ADP') return k;
  for (let j = k + 1; j <= v.last && j <= k + CIRCUMSTANCE_REACH; j++) {
    if (v.value(j) === ',') return j;
    if (v.pos(j) === 'AUX' || v.lower(j) === 'that' || v.isQuote(j)) return k;
  }
  return k;
}

/**
 * Does a participle cue hang on the main clause: after a comma or a dash (", saying …"), or
 * coordinated with a participle statement before it ("dismissing X and saying Y")?
 */
export function participleAttached(ctx: ReportingContext, cue: Cue): boolean {
  const { v } = ctx;
  if (v.afterComma(cue.first) || DASHES.has(v.value(cue.first - 1))) return true;
  const previous = ctx.earlier[ctx.earlier.length - 1];
  return v.lower(cue.first - 1) === 'and' && previous?.cue != null && /ing$/.test(v.lower(previous.cue.last));
}

export function participleSubject(ctx: ReportingContext, cue: Cue): SubjectHit | undefined {
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
  const first = ctx.v.mentions.find(
    (m) =>
      m.last < cue.first &&
      m.via !== 'weak' &&
      !/^(in|of|for|from|to|with|by|at|on|about|against)$/.test(ctx.v.lower(m.first - 1)),
  );
  return first ? { mention: first, relative: null } : undefined;
}

/** The content before the speaker phrase starting at `speakerFirst`, possibly a quotation opened sentences earlier. */
export function contentBefore(
  ctx: ReportingContext,
  speakerFirst: number,
): { content: TokenRange; firstSentence?: number; quoted: boolean } | null {
  const { v } = ctx;
  const mark = boundaryBefore(v, speakerFirst);
  if (mark < 0) return null;
  let end = mark - 1;
  let closing = v.isQuote(mark) ? mark : -1;
  if (closing < 0 && v.isQuote(end)) closing = end;
  while (end >= v.first && (v.value(end) === ',' || v.isQuote(end))) {
    if (v.isQuote(end) && closing < 0) closing = end;
    end--;
  }
  if (closing >= 0) {
    const open = v.quotePartner.get(closing);
    if (open !== undefined && open < closing) {
      const content = v.trim(open + 1, end);
      return content ? { content, quoted: true } : null;
    }
    const earlier = ctx.openQuote();
    if (earlier) {
      const [sentence, token] = earlier;
      const content = end >= token + 1 ? { first: token + 1, last: end } : null;
      return content ? { content, firstSentence: sentence, quoted: true } : null;
    }
  }
  const content = v.trim(ctx.start, end);
  return content ? { content, quoted: false } : null;
}

/**
 * "denied the allegations, calling them nonsense", "rejected the findings of the report, which accused …":
 * a participle or relative clause after a comma is not part of the object.
 */
function beforeParticiple(v: SentenceView, content: TokenRange): TokenRange {
  for (let k = content.first + 1; k < content.last; k++) {
    if (v.value(k) !== ',' || v.insideQuote(k)) continue;
    const next = v.lower(k + 1);
    if ((v.pos(k + 1) === 'VERB' && /ing$/.test(next)) || next === 'which' || next === 'who' || next === 'whose')
      return v.trim(content.first, k - 1) ?? content;
  }
  return content;
}

/** "…, an accusation the IAEA has repeatedly denied": the claim noun phrase the object relative clause hangs on. */
function claimBefore(v: SentenceView, speakerFirst: number): TokenRange | null {
  let k = speakerFirst - 1;
  if (v.lower(k) === 'the') k--;
  if (v.lower(k) === 'that' || v.lower(k) === 'which') k--;
  const noun = v.lower(k);
  if (!CLAIM_NOUNS.has(noun) && !PROPOSAL_NOUNS.has(noun)) return null;
  let first = k;
  while (first - 1 >= v.first && first > k - 3 && (v.pos(first - 1) === 'ADJ' || v.pos(first - 1) === 'DET')) first--;
  return { first, last: k };
}

/** "X said Y, which Z denied": the earlier statement's content before ", which" is what Z denies. */
function relativeAntecedent(ctx: ReportingContext, speakerFirst: number): TokenRange | null {
  const { v } = ctx;
  let k = speakerFirst - 1;
  if (v.lower(k) === 'the') k--;
  if (v.lower(k) !== 'which' || v.value(k - 1) !== ',') return null;
  const comma = k - 1;
  const earlier = ctx.earlier.find((e) => e.content.first < comma && e.content.last >= comma);
  return earlier ? v.trim(earlier.content.first, comma - 1) : null;
}

/** "dismissed the report as politically motivated", "rejected the claim as absurd": the object ends at "as". */
export function beforeAs(v: SentenceView, content: TokenRange): TokenRange {
  for (let k = content.first + 1; k <= content.last; k++) {
    if (v.lower(k) === 'as' && (v.pos(k - 1) === 'NOUN' || v.pos(k - 1) === 'PROPN'))
      return v.trim(content.first, k - 1) ?? content;
    if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') break;
  }
  return content;
}

/** Relative clauses end at the delimiter that closes them: "-- who Russia maintains backs the rebels --". */
function endAtDelimiter(v: SentenceView, content: TokenRange, inside: boolean): TokenRange | null {
  for (let k = content.first; k <= content.last; k++) {
    const value = v.value(k);
    if (
      DASHES.has(value) ||
      value === ')' ||
      (value === ',' && (inside || v.pos(k + 1) === 'AUX' || v.pos(k + 1) === 'VERB'))
    ) {
      return v.trim(content.first, k - 1);
    }
  }
  return content;
}

/** The antecedent of "who …": the mention before the relative pronoun (and its dash or comma). */
function antecedentOf(v: SentenceView, speakerFirst: number): string[] {
  let k = speakerFirst - 2;
  if (v.value(k) === ',' || DASHES.has(v.value(k))) k--;
  const m = v.mentionEndingAt(k);
  return m ? [m.actor] : [];
}
