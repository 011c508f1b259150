// "According to X, Y" and "Y, according to X" / "Y -- according to X": the speaker is the actor
// named after "according to" (possibly "a statement from X", "figures from X"); the content is
// the rest of the sentence on the other side.
import type { AttributionRule, CueContext } from '../context.ts';
import type { Attribution } from '../frame.ts';
import { mentionAfter } from '../speaker.ts';
import { DASHES } from '../view.ts';
import type { Mention } from '../../types.ts';
import { CUE_GATE } from '../cues.ts';

/** Dashes that set off a clause (a hyphen joins words). */
const SPACED_DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);
/** How far after "according to" its speaker may be named ("according to a statement from X"). */
const SOURCE_REACH = 8;

/** The source of "according to" and the token before the cue that still belongs to the content side, or null. */
function source(c: CueContext): { who: Mention; lead: number } | null {
  const { v, cue } = c;
  if (!cue.according) return null;
  const who = mentionAfter(v, cue.last, SOURCE_REACH);
  if (!who) return null;
  let lead = cue.first - 1;
  while (lead >= c.start && (v.pos(lead) === 'ADV' || v.pos(lead) === 'CCONJ' || v.value(lead) === ',')) lead--;
  // "In addition, according to X, Y", "But in March, according to X, Y": a lead-in with no verb is no content
  if (lead >= c.start && v.value(cue.first - 1) === ',' && !hasVerb(c, c.start, lead)) lead = c.start - 1;
  return { who, lead };
}

/** Does tokens first..last hold a verb (a clause that could be the content)? */
function hasVerb({ v }: CueContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') return true;
  return false;
}

function statement(c: CueContext, who: Mention, content: Attribution['content']): Attribution {
  return {
    speaker: who.actor,
    speakerAt: who.first,
    stance: 'asserts',
    cue: { first: c.cue.first, last: c.cue.last },
    content,
    targets: [],
    aboutExtra: [],
    quoted: false,
    coordinated: false,
    pattern: 'according-to',
  };
}

export const accordingToFirst: AttributionRule = {
  name: 'according-to-first',
  description: '"According to X, Y": the content follows the comma that closes the source',
  examples: [
    {
      text: 'According to Amnesty International, 40 people were detained.',
      expected: { speaker: 'Amnesty International', content: '40 people were detained', cue: 'According to' },
    },
    {
      text: 'In addition, according to Amnesty International, 12 journalists were held.',
      expected: { speaker: 'Amnesty International', content: '12 journalists were held' },
    },
  ],
  needs: CUE_GATE.according,
  apply: (c) => {
    const found = source(c);
    if (!found || found.lead >= c.start) return null;
    const { v } = c;
    for (let k = found.who.last + 1; k <= v.last; k++) {
      if (v.value(k) === ',' || v.value(k) === ':' || DASHES.has(v.value(k))) {
        const content = v.trim(k + 1, v.last);
        return content ? statement(c, found.who, content) : null;
      }
    }
    return null;
  },
};

export const accordingToAfter: AttributionRule = {
  name: 'according-to-after',
  description: '"Y, according to X": the content is the clause before (after a dash or semicolon that sets it off)',
  examples: [
    {
      text: 'More than 300 homes were flooded -- according to the Red Cross.',
      expected: { speaker: 'Red Cross', content: 'More than 300 homes were flooded' },
    },
    {
      text: 'The order came too late for the mill -- it laid off 140 workers, according to the union.',
      expected: { speaker: 'union', content: 'it laid off 140 workers' },
    },
  ],
  needs: CUE_GATE.according,
  apply: (c) => {
    const found = source(c);
    if (!found || found.lead < c.start) return null;
    const { v } = c;
    let from = c.start;
    for (let k = found.lead - 1; k > c.start; k--) {
      if ((v.value(k) === ';' || SPACED_DASHES.has(v.value(k))) && !v.insideQuote(k)) {
        from = k + 1;
        break;
      }
    }
    const content = v.trim(from, c.cue.first - 1);
    return content ? statement(c, found.who, content) : null;
  },
};
