// "Okafor's attacks on Duarte", "her remarks about the port", "his praise for the mayor": a
// statement noun owned by a name or a possessive pronoun, with a preposition naming what the words
// were aimed at or about; that phrase is the content (lexicon OWNED_TOPIC_NOUNS).
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily, statementOwner } from '../cues.ts';
import type { SentenceView } from '../view.ts';
import { dropTrailingJoiners } from '../spans.ts';
import { ownedTopicAt } from '../../lexicon/cues.ts';

/** Marks that end the phrase a preposition opens (a hyphen inside a word does not: "so-called"). */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', '.', '?', '!', '--', '—', '–']);

/**
 * The last token of the phrase opening at `from`: before a break, an auxiliary or a finite verb
 * ("his attacks on Duarte were unfair"); a gerund and a verb after "to" are part of it ("his remarks
 * about building a wall to keep them out").
 */
function phraseEnd(v: SentenceView, from: number): number {
  for (let k = from; k <= v.last; k++) {
    const value = v.value(k);
    if (v.insideQuote(k) && !v.isQuote(k)) continue;
    if (PHRASE_BREAKS.has(value) || v.pos(k) === 'AUX') return k - 1;
    if (v.pos(k) === 'VERB' && !v.lower(k).endsWith('ing') && v.lower(k - 1) !== 'to' && k > from) return k - 1;
  }
  return v.last;
}

export const ownedTopic: AttributionRule = {
  name: 'owned-topic',
  description: 'a statement noun owned by a name or a possessive pronoun, about a topic: "X\'s attacks on Y"',
  examples: [
    {
      text: "Marek Halloran's attacks on the harbour board drew a rebuke from the mayor.",
      expected: { speaker: 'Halloran', content: 'the harbour board', cue: 'attacks', stance: 'accuses' },
    },
    {
      text: 'Lena Ortiz toured the docks. Her remarks about the closure of the shipyard were brief.',
      expected: { speaker: 'Ortiz', content: 'the closure of the shipyard', cue: 'remarks', stance: 'asserts' },
    },
    {
      text: "Ana Duarte's repeated criticism of the ferry operator, first voiced in May, has not changed.",
      expected: { speaker: 'Duarte', content: 'the ferry operator', cue: 'criticism', stance: 'accuses' },
    },
    {
      text: 'Peter Okafor spoke for an hour. He repeated his comments on raising the port tax to pay for dredging.',
      expected: { speaker: 'Okafor', content: 'raising the port tax to pay for dredging', cue: 'comments' },
    },
    { text: 'The attacks on the convoy were condemned.', expected: null },
    { text: "The mayor's comments were brief.", expected: null },
  ],
  needs: CUE_GATE.noun,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'noun') return null;
    const prep = ownedTopicAt((k) => v.lower(k), cue.last, v.last);
    if (prep < 0) return null;
    // "X's attacks": a name before the possessive mark; "his attacks": the pronoun, resolved as "he" would be
    const owner = statementOwner(v, cue.first);
    if (!owner) return null;
    // ("his comments about the judge and said …": a conjunction left before the verb goes)
    const phrase = v.trim(prep + 1, phraseEnd(v, prep + 1));
    const content = phrase && dropTrailingJoiners(v, phrase);
    if (!content) return null;
    const targets = v
      .mentionsIn(content.first, content.last)
      .map((m) => m.actor)
      .filter((a) => a !== owner.actor);
    return {
      speaker: owner.actor,
      speakerAt: owner.first,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content,
      targets: cue.sense.stance === 'accuses' ? [...new Set(targets)] : [],
      aboutExtra: [],
      pattern: 'object',
      quoted: false,
      coordinated: false,
    };
  },
};
