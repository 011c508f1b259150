// The noun rules, in the order they are tried at a lower-case token (or a capitalised one opening a
// sentence: "State media said", "Rebels said"): unnamed sources, state bodies, titled persons,
// descriptions' spokesmen, introduced names, the government, groups, definite descriptions and posts,
// then any unnamed source beside a reporting verb (nominal-source), then a share of the people asked
// (respondent-share).
import type { RuleTable } from '../../../rules/rule.ts';
import type { Found } from '../../found.ts';
import type { MentionQuery } from '../query.ts';
import { definiteDescription } from './definiteDescription.ts';
import { describedUnnamedPerson } from './describedUnnamedPerson.ts';
import { descriptionSpokesman } from './descriptionSpokesman.ts';
import { groupModifier } from './groupModifier.ts';
import { groupNoun } from './groupNoun.ts';
import { introducedName } from './introducedName.ts';
import { nominalSource } from './nominalSource.ts';
import { postDescription } from './postDescription.ts';
import { respondentShare } from './respondentShare.ts';
import { stateBodyRule } from './stateBody.ts';
import { theGovernment } from './theGovernment.ts';
import { titledPost } from './titledPost.ts';
import { unnamedPersonRule } from './unnamedPerson.ts';

export const NOUN_RULES: RuleTable<MentionQuery, Found, string> = {
  name: 'noun',
  rules: [
    unnamedPersonRule,
    stateBodyRule,
    titledPost,
    descriptionSpokesman,
    introducedName,
    theGovernment,
    groupModifier,
    groupNoun,
    definiteDescription,
    postDescription,
    describedUnnamedPerson,
    nominalSource,
    respondentShare,
  ],
};
