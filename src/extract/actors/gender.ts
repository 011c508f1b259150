// The sex a person mention says: an honorific or gendered title inside or right before it
// ("Mrs. Okafor", "Congresswoman Lee", strong evidence), else the given name its label opens
// with ("Ana Duarte", weak: a name borne mostly, not only, by one sex).
import type { TokenTable } from '../nlp/tokens.ts';
import { GENDERED_WORDS, GIVEN_NAME_GENDER, type Gender } from '../lexicon/genders.ts';

export interface GenderEvidence {
  gender: Gender;
  strong: boolean;
}

export function genderEvidence(t: TokenTable, first: number, last: number, label: string): GenderEvidence | undefined {
  for (let k = Math.max(0, first - 1); k <= last; k++) {
    const gender = GENDERED_WORDS.get(t.lower[k] as string);
    if (gender) return { gender, strong: true };
  }
  const given = label.slice(0, label.search(/[\s.]|$/)).toLowerCase();
  const gender = GIVEN_NAME_GENDER.get(given);
  return gender ? { gender, strong: false } : undefined;
}
