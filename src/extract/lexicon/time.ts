// Words of time that may follow a cue as its circumstance ("said Monday", "told reporters
// yesterday", "said last March"), not as the start of its content.
export const DAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Adverbs of time a cue may take before its content ("said earlier that …"). */
export const WHEN: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later']);

/** Words that open a phrase of time or occasion after a cue ("said last week", "said this month", "said again"). */
export const OCCASION_STARTS: ReadonlySet<string> = new Set([
  ...WHEN,
  'last',
  'this',
  'again',
  'recently',
  'afterward',
  'afterwards',
  'then',
  'once',
  'twice',
  'repeatedly',
  'publicly',
  'privately',
  'late',
  'early',
]);
