// The name rules, in the order they are tried at a capitalised token: what the gazetteer knows
// first (shared acronyms, titled persons after a state or organisation, a state's possessive
// phrases, branches, bodies, missions, demonym phrases, the government), then titles, territories'
// bodies and names it does not know.
import type { RuleTable } from '../../../rules/rule.ts';
import type { Found } from '../../found.ts';
import type { MentionQuery } from '../query.ts';
import { demonymPhrase } from './demonymPhrase.ts';
import { demonymSurname } from './demonymSurname.ts';
import { embassy } from './embassy.ts';
import { gazetteerName } from './gazetteerName.ts';
import { nameGovernment } from './nameGovernment.ts';
import { namedStateBody } from './namedStateBody.ts';
import { nationalBranch } from './nationalBranch.ts';
import { ownerTitledPerson } from './ownerTitledPerson.ts';
import { possessiveGovernment } from './possessiveGovernment.ts';
import { possessiveIntroducedName } from './possessiveIntroducedName.ts';
import { possessiveStateBody } from './possessiveStateBody.ts';
import { possessiveUnnamedPerson } from './possessiveUnnamedPerson.ts';
import { sharedAcronym } from './sharedAcronym.ts';
import { territoryBodyRule } from './territoryBody.ts';
import { titledPerson } from './titledPerson.ts';
import { unknownName } from './unknownName.ts';

export const NAME_RULES: RuleTable<MentionQuery, Found, string> = {
  name: 'name',
  rules: [
    sharedAcronym,
    ownerTitledPerson,
    possessiveStateBody,
    possessiveIntroducedName,
    possessiveGovernment,
    possessiveUnnamedPerson,
    nationalBranch,
    namedStateBody,
    embassy,
    demonymSurname,
    demonymPhrase,
    nameGovernment,
    gazetteerName,
    titledPerson,
    territoryBodyRule,
    unknownName,
  ],
};
