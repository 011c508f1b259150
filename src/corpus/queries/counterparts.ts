// Who a statement is between: the rules that turn one statement (speaker, stance, targets,
// about, what it answers) into the actors at the other end of the actor network's edges.
// One rule per stance, with the sentence it is written for; the first list of actors a rule
// finds non-empty is used. The speaker itself is never its own counterpart. The lists are named
// (CANDIDATE_LISTS), so that the store can read the same rules in SQL (src/store/read/network.ts).
import type { Stance } from '../../model/index.ts';
import type { ActorRef, StatementRow } from '../../query/index.ts';

/** What a rule may read: the row, and the speaker of any claim it answers. */
export interface CounterpartContext {
  row: StatementRow;
  speakerOf: (claim: string) => ActorRef | undefined;
}

export interface CounterpartRule {
  stance: Stance;
  /** How the edge reads in a legend or a list: "accuses", "asserts about". */
  reads: string;
  example: string;
  /** Lists of candidates, in order of preference. */
  find: readonly CandidateList[];
}

/** Where a rule looks for the other end: the statement's targets, what it is about, the speakers of what it answers. */
export const CANDIDATE_LISTS = {
  targets: ({ row }: CounterpartContext): readonly ActorRef[] => row.targets,
  about: ({ row }: CounterpartContext): readonly ActorRef[] => row.about,
  answered: ({ row, speakerOf }: CounterpartContext): readonly ActorRef[] =>
    row.responds.map(speakerOf).filter((speaker): speaker is ActorRef => speaker !== undefined),
} as const;

export type CandidateList = keyof typeof CANDIDATE_LISTS;

export const COUNTERPART_RULES: readonly CounterpartRule[] = [
  {
    stance: 'accuses',
    reads: 'accuses',
    example: 'Lavrov accused the United States of backtracking → Lavrov accuses United States',
    find: ['targets', 'about'],
  },
  {
    stance: 'denies',
    reads: 'denies',
    example: 'Kerry denied the charge (Lavrov’s accusation) → Kerry denies Lavrov',
    find: ['answered', 'about'],
  },
  {
    stance: 'rejects',
    reads: 'rejects',
    example: 'The rebels rejected the Syrian proposal → the rebels reject Syria',
    find: ['answered', 'about'],
  },
  {
    stance: 'asserts',
    reads: 'asserts about',
    example: 'Russia said the United States had failed → Russia asserts about United States',
    find: ['about'],
  },
];

const RULE_OF = new Map(COUNTERPART_RULES.map((rule) => [rule.stance, rule]));

/** The actors at the other end of a statement's edges, without the speaker, each once. */
export function counterparts(context: CounterpartContext): ActorRef[] {
  const rule = RULE_OF.get(context.row.stance);
  for (const list of rule?.find ?? []) {
    const found = new Map<string, ActorRef>();
    for (const actor of CANDIDATE_LISTS[list](context))
      if (actor.key !== context.row.speaker.key) found.set(actor.key, actor);
    if (found.size) return [...found.values()];
  }
  return [];
}
