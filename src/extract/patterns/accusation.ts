// What the accusation rules share ("X accused Y of Z", "X blamed Z on Y", "X condemned Y", "X
// alleged that Y …"): the accuser, the actors named in the object, where the object ends, and
// "accused each other": one accusation each way.
import type { Cue } from './cues.ts';
import { cueFamily } from './cues.ts';
import type { CueContext } from './context.ts';
import type { Attribution } from './frame.ts';
import { findSubject } from './subject.ts';
import { clauseEnd } from './spans.ts';
import { DASHES, type SentenceView } from './view.ts';
import type { TokenRange } from '../types.ts';
import { perContext } from '../rules/index.ts';

const OBJECT_REACH = 16;

export type AccusationBase = Pick<
  Attribution,
  'speaker' | 'speakerAt' | 'stance' | 'cue' | 'aboutExtra' | 'quoted' | 'coordinated'
>;

/** The accuser of an accusation cue and the fields every accusation statement has, or null (once per cue: four rules ask). */
export const accusationBase: (c: CueContext) => AccusationBase | null = perContext(accuser);

function accuser(c: CueContext): AccusationBase | null {
  const { v, cue } = c;
  if (cueFamily(cue) !== 'accusation') return null;
  const subject = cue.sense.participle ? undefined : findSubject(c, cue);
  const previous = c.earlier[c.earlier.length - 1];
  const speaker =
    subject?.mention.actor ?? (cue.sense.participle ? (previous?.speaker ?? firstActor(v, cue)) : undefined);
  if (!speaker) return null;
  return {
    speaker,
    speakerAt: subject?.mention.first ?? null,
    stance: 'accuses',
    cue: { first: cue.first, last: cue.last },
    aboutExtra: [],
    quoted: false,
    coordinated: subject?.coordinated === true || (cue.sense.participle === true && previous !== undefined),
  };
}

export interface AccusedObject {
  /** Actors named between the cue and the preposition (or the object's end), the speaker left out. */
  targets: string[];
  /** The token of "of" / "for" / "over" / "on" that starts what they are accused of, or -1. */
  prep: number;
}

/** Scans the object of "accused / blamed / condemned": the actors accused and the preposition after them. */
export function accusedObject(v: SentenceView, cue: Cue, speaker: string): AccusedObject {
  const verb = v.lower(cue.verb);
  const preps =
    cue.sense.frame === 'condemn'
      ? ['for', 'over']
      : /^blam/.test(verb)
        ? ['for', 'over', 'on']
        : // only accusing takes "of" ("accused X of Y"); "criticized the party's lack of Y" names no charge
          /^accus/.test(verb)
          ? ['of', 'for', 'over']
          : ['for', 'over'];
  const targets: string[] = [];
  let k = cue.last + 1;
  while (k <= v.last && k <= cue.last + OBJECT_REACH) {
    const value = v.value(k);
    if (DASHES.has(value) || value === '(') {
      k = skipAside(v, k);
      continue;
    }
    if (preps.includes(v.lower(k)) && k > cue.last + 1) return { targets, prep: k };
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
  return { targets, prep: -1 };
}

export function objectRange(v: SentenceView, from: number): TokenRange | null {
  return v.trim(from, clauseEnd(v, from));
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

function firstActor(v: SentenceView, cue: Cue): string | undefined {
  return v.mentions.find((m) => m.last < cue.first && m.via !== 'weak')?.actor;
}
