// "the army", "the foreign ministry", "state media": a state body without its state's name. It
// is the body of that kind named before, else the body of the state named in "X, whose …" or of the
// state the document is mostly about, else (no state named yet) a body of its own.
import { existing } from '../../found.ts';
import { bodyRef, stateBody } from '../../match/stateBodies.ts';
import { resolveDescription } from '../../resolve/description/table.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const stateBodyRule: MentionRule = {
  name: 'state-body',
  description: "a state body without its state's name: the one named before, else the home state's",
  examples: [
    { text: 'The Kenyan army entered the town. The army said it had met no resistance.', expected: 'Kenyan army' },
    {
      text: 'Kenya held talks on Monday. The foreign ministry said they had failed.',
      expected: 'Kenyan foreign ministry',
    },
    { text: 'State media said the talks had failed.', expected: 'state media' },
    { text: 'The storm said nothing.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, det, head, nounGate }) => {
    if (!nounGate) return null;
    const { t } = doc;
    const body = stateBody(doc, head, s.last);
    if (!body || !(det || body.last > head || t.lower[head] === 'state')) return null;
    const earlier = resolveDescription(doc, t.lower[body.last] as string, i, body.kind);
    if (earlier) return { last: body.last, ref: existing(earlier.result), via: 'description', rule: earlier.rule };
    const home = doc.whoseState(i) ?? doc.homeState();
    if (home) return { last: body.last, ref: bodyRef(doc, existing(home), body.kind, head, body.last), via: 'body' };
    const surface = doc.surface(head, body.last);
    return { last: body.last, ref: { label: surface.toLowerCase(), kind: body.kind, surface }, via: 'body' };
  },
};
