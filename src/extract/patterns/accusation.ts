// Accusations: "X accused Y of Z", "X blamed Y for Z", "X blamed Z on Y", "X criticised Y for Z",
// "X condemned Y", and "X charged/alleged that Y …". The content is what the target is accused
// of, starting at "of"/"for" as the gold does; the targets are the actors accused.
import type { Cue } from './cues.ts';
import type { Attribution } from './frame.ts';
import { beforeAs, findSubject, participleAttached, type ReportingContext } from './reporting.ts';
import { clauseEnd, contentAfter } from './spans.ts';
import { DASHES, type SentenceView } from './view.ts';
import type { TokenRange } from '../types.ts';

const OBJECT_REACH = 16;

export function accusation(ctx: ReportingContext, cue: Cue): Attribution | null {
  const { v } = ctx;
  if (cue.passive) return null;
  if (cue.sense.participle && !participleAttached(ctx, cue)) return null;
  const subject = cue.sense.participle ? undefined : findSubject(ctx, cue);
  const previous = ctx.earlier[ctx.earlier.length - 1];
  const speaker =
    subject?.mention.actor ?? (cue.sense.participle ? (previous?.speaker ?? firstActor(v, cue)) : undefined);
  if (!speaker) return null;
  const speakerAt = subject?.mention.first ?? null;
  const base = {
    speaker,
    speakerAt,
    stance: 'accuses' as const,
    cue: { first: cue.first, last: cue.last },
    aboutExtra: [] as string[],
    quoted: false,
    coordinated: subject?.coordinated === true || (cue.sense.participle === true && previous !== undefined),
  };
  const verb = v.lower(cue.verb);
  if (cue.sense.frame === 'clause') {
    // "charged that …", "alleged that …": the accused is the first actor of the content
    if (/^charg/.test(verb) && v.lower(cue.last + 1) !== 'that') return null;
    const content = contentAfter(v, cue.last, false);
    if (!content) return null;
    const target = v.mentionsIn(content.first, content.last).find((m) => m.actor !== speaker);
    return {
      ...base,
      stance: target ? 'accuses' : 'asserts',
      content,
      targets: target ? [target.actor] : [],
      pattern: 'alleges',
    };
  }
  const preps =
    cue.sense.frame === 'condemn'
      ? ['for', 'over']
      : /^blam/.test(verb)
        ? ['for', 'over', 'on']
        : ['of', 'for', 'over'];
  const targets: string[] = [];
  let k = cue.last + 1;
  let prep = -1;
  while (k <= v.last && k <= cue.last + OBJECT_REACH) {
    const value = v.value(k);
    if (DASHES.has(value) || value === '(') {
      k = skipAside(v, k);
      continue;
    }
    if (preps.includes(v.lower(k)) && k > cue.last + 1) {
      prep = k;
      break;
    }
    if (value === '.' || value === ';' || (value === ',' && targets.length && cue.sense.frame === 'condemn')) break;
    // "condemned the attack and called for restraint": a coordinated verb ends the object
    if ((v.lower(k) === 'and' || v.lower(k) === 'but') && v.pos(k + 1) === 'VERB') break;
    const m = v.mentionStartingAt(k);
    if (m) {
      if (m.actor !== speaker && !targets.includes(m.actor)) targets.push(m.actor);
      k = m.last + 1;
      continue;
    }
    k++;
  }
  if (prep >= 0 && v.lower(prep) === 'on') {
    // "blamed the attack on the rebels": the attack is the content, the rebels the target
    const onTargets = v
      .mentionsIn(prep + 1, clauseEnd(v, prep + 1))
      .map((m) => m.actor)
      .filter((a) => a !== speaker);
    const content = v.trim(cue.last + 1, prep - 1);
    return content ? { ...base, content, targets: onTargets, pattern: 'blame-on' } : null;
  }
  if (prep >= 0) {
    const content = v.trim(prep, clauseEnd(v, prep + 1));
    return content ? { ...base, content, targets, pattern: 'accuse-of' } : null;
  }
  const range = objectRange(v, cue.last + 1);
  if (!range) return null;
  // "condemned the launch as an outrageous act": the object is what is condemned
  const object = beforeAs(v, range);
  const objectTargets = v
    .mentionsIn(object.first, object.last)
    .map((m) => m.actor)
    .filter((a) => a !== speaker);
  return {
    ...base,
    content: object,
    targets: [...new Set(objectTargets)],
    pattern: cue.sense.frame === 'condemn' ? 'condemn' : 'accuse',
  };
}

/**
 * "Kenya and Uganda accused each other of Z": two accusations, each side the other's target.
 * Any other attribution comes back alone.
 */
export function reciprocal(v: SentenceView, a: Attribution): Attribution[] {
  if (a.pattern !== 'accuse-of' || a.speakerAt === null || !a.cue) return [a];
  const each = v.lower(a.cue.last + 1);
  if (!(
    (each === 'each' && v.lower(a.cue.last + 2) === 'other') ||
    (each === 'one' && v.lower(a.cue.last + 2) === 'another')
  ))
    return [a];
  const and = v.lower(a.speakerAt - 1) === 'the' ? a.speakerAt - 2 : a.speakerAt - 1;
  if (v.lower(and) !== 'and') return [a];
  const other = v.mentionEndingAt(and - 1);
  if (!other || other.via === 'weak' || other.actor === a.speaker) return [a];
  return [
    { ...a, speaker: other.actor, speakerAt: other.first, targets: [a.speaker] },
    { ...a, targets: [other.actor] },
  ];
}

/** Skips "-- who Russia maintains backs the rebels --" or "( … )"; returns the token after it. */
function skipAside(v: SentenceView, open: number): number {
  const mark = v.value(open);
  for (let k = open + 1; k <= v.last; k++) {
    const value = v.value(k);
    if ((mark === '(' && value === ')') || (mark !== '(' && DASHES.has(value))) return k + 1;
  }
  return v.last + 1;
}

function objectRange(v: SentenceView, from: number): TokenRange | null {
  return v.trim(from, clauseEnd(v, from));
}

function firstActor(v: SentenceView, cue: Cue): string | undefined {
  return v.mentions.find((m) => m.last < cue.first && m.via !== 'weak')?.actor;
}
