// The demonym rules, in the order they are tried on what follows a demonym ("Syrian …").
import type { RuleTable } from '../../../rules/rule.ts';
import type { Found } from '../../found.ts';
import type { MentionQuery } from '../query.ts';
import { demonymBody } from './body.ts';
import { demonymGovernment } from './government.ts';
import { demonymGroup } from './group.ts';
import { demonymIntroducedName } from './introducedName.ts';
import { demonymOrganisation } from './organisation.ts';
import { demonymPeople } from './people.ts';
import { demonymPerson } from './person.ts';

export const DEMONYM_RULES: RuleTable<MentionQuery, Found, string> = {
  name: 'demonym',
  rules: [
    demonymBody,
    demonymGovernment,
    demonymPerson,
    demonymGroup,
    demonymOrganisation,
    demonymIntroducedName,
    demonymPeople,
  ],
};
