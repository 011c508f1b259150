// What the colon rules share: the name a colon follows ('Okafor: "…"', 'Peter Okafor, the union's
// leader: "…"'), never a datelined place ("KABUL:") nor the hearer of a verb ("told Okafor:").
import type { CueContext } from './context.ts';
import type { Mention } from '../types.ts';
import { CUES } from '../lexicon/cues.ts';

/** Tokens an apposition between the name and the colon may take ("Okafor, a union leader in Lyon:"). */
const APPOSITION_REACH = 8;
/** Words before the name that make it a hearer, not a speaker ("told Okafor:", "asked Okafor:", "to Okafor:"). */
const HEARER_AFTER: ReadonlySet<string> = new Set(['to', 'ask', 'asks', 'asked', 'asking', 'with']);

/** The speaker mention a colon cue follows, or undefined. */
export function colonSpeaker(c: CueContext, apposition: boolean): Mention | undefined {
  const { v, cue } = c;
  let m: Mention | undefined;
  // 'Peter Okafor, a union leader in Lagos: "…"': the name before the apposition speaks
  for (let k = cue.first - 1; apposition && k > v.first && cue.first - k <= APPOSITION_REACH; k--) {
    if (v.pos(k) === 'VERB' || v.isQuote(k)) break;
    if (v.value(k) === ',') {
      m = v.mentionEndingAt(k - 1);
      break;
    }
  }
  m ??= v.mentionEndingAt(cue.first - 1);
  if (!m || m.via === 'weak' || m.via === 'pronoun') return undefined;
  const before = v.lower(m.first - 1);
  if (m.first > v.first && (HEARER_AFTER.has(before) || CUES.has(before))) return undefined;
  return datelinePlace(c, m) ? undefined : m;
}

/**
 * A dateline: a place in capitals before the colon ("KABUL:"), which speaks for its state in other
 * uses; one opening the article ("NEW DELHI: …") also when it was only read as a place name (a
 * transcript's "ANA RUIZ:" turns, further down, may be read so too).
 */
export function datelinePlace(c: CueContext, m: Mention): boolean {
  const { v } = c;
  const text = v.t.text.slice(v.t.start[m.first], v.t.end[m.last]);
  if (text !== text.toUpperCase()) return false;
  return c.actorKind(m.actor) === 'state' || (v.index === 0 && m.rule === 'unknown-name/place-name');
}
