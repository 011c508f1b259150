// "According to X, Y" and "Y, according to X" / "Y -- according to X": the speaker is the
// actor named after "according to" (possibly "a statement from X", "figures from X"); the
// content is the rest of the sentence on the other side.
import type { Cue } from './cues.ts';
import type { Attribution } from './frame.ts';
import type { ReportingContext } from './reporting.ts';
import { mentionAfter } from './speaker.ts';
import { DASHES } from './view.ts';

/** Dashes that set off a clause (a hyphen joins words). */
const SPACED_DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);

export function according(ctx: ReportingContext, cue: Cue): Attribution | null {
  const { v } = ctx;
  const who = mentionAfter(v, cue.last, 8);
  if (!who) return null;
  const base = {
    speaker: who.actor,
    speakerAt: who.first,
    stance: 'asserts' as const,
    cue: { first: cue.first, last: cue.last },
    targets: [] as string[],
    aboutExtra: [] as string[],
    quoted: false,
    coordinated: false,
    pattern: 'according-to',
  };
  let lead = cue.first - 1;
  while (lead >= ctx.start && (v.pos(lead) === 'ADV' || v.pos(lead) === 'CCONJ' || v.value(lead) === ',')) lead--;
  if (lead < ctx.start) {
    // "According to X, Y": content after the comma that closes the attribution
    for (let k = who.last + 1; k <= v.last; k++) {
      if (v.value(k) === ',' || v.value(k) === ':' || DASHES.has(v.value(k))) {
        const content = v.trim(k + 1, v.last);
        return content ? { ...base, content } : null;
      }
    }
    return null;
  }
  // "… too late for his firm -- it laid off 140 staff, according to X": the report starts after the dash
  let from = ctx.start;
  for (let k = lead - 1; k > ctx.start; k--) {
    if ((v.value(k) === ';' || SPACED_DASHES.has(v.value(k))) && !v.insideQuote(k)) {
      from = k + 1;
      break;
    }
  }
  const content = v.trim(from, cue.first - 1);
  return content ? { ...base, content } : null;
}
