// The vetoes, tried at a capitalised token before any mention rule: the first that applies says
// which tokens start no mention.
import type { RuleTable } from '../../../rules/rule.ts';
import type { MentionQuery } from '../query.ts';
import { affiliationAdjective } from './affiliationAdjective.ts';
import { commaPartyLabel } from './commaPartyLabel.ts';
import { demonymModifier } from './demonymModifier.ts';
import { partyLabel } from './partyLabel.ts';
import { placeModifier } from './placeModifier.ts';
import type { VetoExample } from './query.ts';

export const MENTION_VETOES: RuleTable<MentionQuery, number, VetoExample> = {
  name: 'veto',
  rules: [partyLabel, commaPartyLabel, demonymModifier, affiliationAdjective, placeModifier],
};
