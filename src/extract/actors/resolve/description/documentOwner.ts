// "the report" → the agency that issued it: a definite document (lexicon/sources.ts) speaks for the
// actor the document gave it to when the noun came up before: "the agency said in a report" (the
// subject before it in its sentence), "the agency's report" (its possessor), "a report by the agency"
// (after by or from). A document nobody was given is left to the other rules.
import type { Rule } from '../../../rules/rule.ts';
import { POSSESSIVE_MARKS } from '../../../lexicon/grammar.ts';
import { CUES } from '../../../lexicon/cues.ts';
import { ISSUING_VERBS, SOURCE_NOUNS } from '../../../lexicon/sources.ts';
import type { Actor } from '../../registry.ts';
import type { DocMention } from '../candidates.ts';
import type { DescriptionQuery } from './query.ts';

/** How far back (in tokens) the earlier mention of the document may be. */
const REACH = 600;
/** Tokens between the subject that issued the document and the document ("said in a confidential report"). */
const SUBJECT_REACH = 8;
const BY: ReadonlySet<string> = new Set(['by', 'from']);

/** The mention covering token k, if any (the mentions are in document order). */
function mentionAt(mentions: readonly DocMention[], k: number): DocMention | undefined {
  for (let j = mentions.length - 1; j >= 0; j--) {
    const m = mentions[j] as DocMention;
    if (m.last < k) return undefined;
    if (m.first <= k) return m;
  }
  return undefined;
}

/** Who the document at token `at` (its head noun) belongs to, read from the words around it. */
function ownerAround(q: DescriptionQuery, at: number): Actor | undefined {
  const { t, mentions, registry } = q.ctx;
  let k = at - 1;
  while (k > 0 && (t.pos[k] === 'ADJ' || t.pos[k] === 'NOUN')) k--;
  const possessor = POSSESSIVE_MARKS.has(t.lower[k] as string) ? mentionAt(mentions, k - 1) : undefined;
  if (possessor) return registry.get(possessor.actor);
  if (BY.has(t.lower[at + 1] as string)) {
    const by = mentionAt(mentions, at + 2) ?? mentionAt(mentions, at + 3);
    if (by && by.first <= at + 3) return registry.get(by.actor);
  }
  for (let j = mentions.length - 1; j >= 0; j--) {
    const m = mentions[j] as DocMention;
    if (m.first >= at) continue;
    if (at - m.last > SUBJECT_REACH) break;
    const between = t.lower.slice(m.last + 1, at);
    if (between.includes('.') || between.includes(';')) break;
    // the subject put the document out ("said in a report", "released a study"), not merely read it
    if (!between.some((w) => CUES.has(w as string) || ISSUING_VERBS.has(w as string))) continue;
    if ((m.role === 'subject' || m.role === 'speaker') && m.via !== 'pronoun' && !m.quoted)
      return registry.get(m.actor);
  }
  return undefined;
}

export const documentOwner: Rule<DescriptionQuery, Actor, string> = {
  name: 'document-owner',
  description: 'a definite document takes up the actor it was given to earlier ("said in a report", "its report")',
  examples: [
    {
      text: 'The Norland Energy Agency said in a confidential report that stocks had fallen. The report said prices would rise.',
      expected: 'Norland Energy Agency',
    },
    {
      text: "Karl Brenner read the Norland Energy Agency's annual report. The report says prices will rise.",
      expected: 'Norland Energy Agency',
    },
    { text: 'Karl Brenner spoke first. The report says prices will rise.', expected: null },
    { text: 'Karl Brenner read a report on Monday. The report says prices will rise.', expected: null },
  ],
  apply: (q) => {
    const source = SOURCE_NOUNS.get(q.noun);
    if (!source?.document) return null;
    const { t } = q.ctx;
    for (let k = q.at - 1; k >= 0 && q.at - k <= REACH; k--) {
      if (t.lower[k] !== q.noun) continue;
      const owner = ownerAround(q, k);
      if (owner) return owner;
    }
    return null;
  },
};
