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
  // a dateline names a place in capitals ("NEW DELHI:"), which speaks for its state in other uses
  const text = v.t.text.slice(v.t.start[m.first], v.t.end[m.last]);
  if (text === text.toUpperCase() && c.actorKind(m.actor) === 'state') return undefined;
  return m;
}
