// Words that say which side a person or group belongs to without naming an actor of their own:
// party and movement adjectives ("a Republican senator", "Democratic aides", "Labour MPs"), and
// the one-letter party labels of US legislators ("Sen. Ana Ruiz (D-Calif.)").

/** Capitalised adjectives of party or political allegiance; before a lower-case noun they only modify it. */
export const AFFILIATION_ADJECTIVES: ReadonlySet<string> = new Set([
  'Democratic',
  'Republican',
  'GOP',
  'Conservative',
  'Labour',
  'Liberal',
  'Libertarian',
  'Socialist',
  'Tory',
  'Progressive',
  'Centrist',
  'Populist',
  'Nationalist',
]);

/** The party letters of "(D-N.Y.)", "(R-Texas)", "(I-Vt.)". */
export const PARTY_LETTERS: ReadonlySet<string> = new Set(['D', 'R', 'I']);
