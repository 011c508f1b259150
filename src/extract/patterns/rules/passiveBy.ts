// Passives: "Y was denied / dismissed / rejected / ruled out / condemned by X". The subject is
// the content; the speaker follows "by".
import type { AttributionRule, CueContext } from '../context.ts';
import type { Attribution } from '../frame.ts';
import { mentionAfter } from '../speaker.ts';
import { CUE_GATE } from '../cues.ts';

export const passiveBy: AttributionRule = {
  name: 'passive-by',
  description: '"Y was denied / dismissed / condemned by X": the subject is the content, the speaker follows "by"',
  examples: [
    {
      text: 'The report was dismissed by Germany as speculation.',
      expected: { speaker: 'Germany', content: 'The report', stance: 'denies' },
    },
  ],
  needs: CUE_GATE.passive,
  apply: (ctx) => passive(ctx),
};

function passive(ctx: CueContext): Attribution | null {
  const { v, cue } = ctx;
  if (!cue.passive) return null;
  let by = -1;
  for (let k = cue.last + 1; k <= v.last && k <= cue.last + 8; k++) {
    if (v.lower(k) === 'by') {
      by = k;
      break;
    }
    if (v.value(k) === ',' || v.value(k) === '.') break;
  }
  if (by < 0) return null;
  const who = mentionAfter(v, by, 4);
  if (!who) return null;
  let start = ctx.start;
  for (let k = cue.first - 1; k > ctx.start; k--) {
    if (v.value(k) === ';' || (v.value(k) === ',' && /^(but|and|while)$/.test(v.lower(k + 1)))) {
      start = k + 1;
      break;
    }
  }
  while (start < cue.first && /^(but|and|while|however|,)$/.test(v.lower(start))) start++;
  const content = v.trim(start, cue.first - 1);
  if (!content) return null;
  const targets = cue.sense.stance === 'accuses' ? v.mentionsIn(content.first, content.last).map((m) => m.actor) : [];
  return {
    speaker: who.actor,
    speakerAt: who.first,
    stance: cue.sense.stance,
    cue: { first: cue.first, last: cue.last },
    content,
    targets,
    aboutExtra: [],
    quoted: false,
    coordinated: false,
    pattern: 'passive',
  };
}
