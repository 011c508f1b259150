// The subject of a cue inside one sentence: the mention before it (src/extract/patterns/speaker.ts),
// else the subject of a verb the cue is coordinated with ("… and blamed", "…, but have said");
// for a participle (", saying …") the subject of the main clause.
import type { Cue } from './cues.ts';
import type { SentenceContext } from './context.ts';
import { subjectBefore, type Subject } from './speaker.ts';
import { DASHES } from './view.ts';

export type SubjectHit = Subject & { coordinated?: boolean };

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

/**
 * Does a participle cue hang on the main clause: after a comma or a dash (", saying …"), or
 * coordinated with a participle statement before it ("dismissing X and saying Y")?
 */
export function participleAttached(ctx: SentenceContext, cue: Cue): boolean {
  const { v } = ctx;
  if (v.afterComma(cue.first) || DASHES.has(v.value(cue.first - 1))) return true;
  const previous = ctx.earlier[ctx.earlier.length - 1];
  return v.lower(cue.first - 1) === 'and' && previous?.cue != null && /ing$/.test(v.lower(previous.cue.last));
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
  const first = ctx.v.mentions.find(
    (m) =>
      m.last < cue.first &&
      m.via !== 'weak' &&
      !/^(in|of|for|from|to|with|by|at|on|about|against)$/.test(ctx.v.lower(m.first - 1)),
  );
  return first ? { mention: first, relative: null } : undefined;
}
