// The unknown-name rules, in the order they are tried on a capitalised name the gazetteer does
// not know (the name rule `unknown-name` and the demonym rule `organisation` ask them).
import type { RuleTable } from '../../../rules/rule.ts';
import type { Found } from '../../found.ts';
import { coordinatedPersons } from './coordinatedPersons.ts';
import { knownAcronym } from './knownAcronym.ts';
import { knownSurname } from './knownSurname.ts';
import { nameThenDescriptor } from './nameThenDescriptor.ts';
import { demonymOrganisation } from './demonymOrganisation.ts';
import { givenNameRun } from './givenNameRun.ts';
import { notAPerson } from './notAPerson.ts';
import { organisationHead } from './organisationHead.ts';
import { otherName } from './otherName.ts';
import { personName } from './personName.ts';
import { placeName } from './placeName.ts';
import type { UnknownNameQuery } from './query.ts';
import { singleWord } from './singleWord.ts';
import { surnameAlone } from './surnameAlone.ts';

export const UNKNOWN_NAME_RULES: RuleTable<UnknownNameQuery, Found, string> = {
  name: 'unknown-name',
  rules: [
    knownAcronym,
    coordinatedPersons,
    placeName,
    knownSurname,
    nameThenDescriptor,
    organisationHead,
    surnameAlone,
    singleWord,
    demonymOrganisation,
    notAPerson,
    personName,
    givenNameRun,
    otherName,
  ],
};
