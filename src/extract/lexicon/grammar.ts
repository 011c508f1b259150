// Function words the actor finder reads: pronouns and what they may stand for, the possessive
// mark, articles, relative pronouns, prepositions of place and the particles inside names.

/** Subject and object pronouns resolved to an actor. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** The first-person subject pronoun, as written ("I"): outside a quotation, the article's writer. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['I']);

/** Possessive pronouns and the pronoun whose referent they take ("its spokesman" → what "it" would be). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/** "It looks like", "it is clear": after these, "it" has no referent. */
export const EXPLETIVE_AFTER: ReadonlySet<string> = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'looks',
  'seems',
  'appears',
  'remains',
  'would',
  'may',
  'might',
  'could',
  'will',
]);

/** The possessive mark as a token ("Berg" "'s"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);

/** A name without its closing possessive mark ("Okafor" of "Okafor's"), or undefined when it has none. */
export function withoutPossessive(name: string): string | undefined {
  for (const mark of POSSESSIVE_MARKS)
    if (name.length > mark.length && name.endsWith(mark)) return name.slice(0, -mark.length);
  return undefined;
}

/**
 * An actor's label, unless it is a possessive ("Okafor's", from a possessive with no noun after it,
 * "than Okafor's") whose plain form ("Okafor") is also one of its names: then that plain form. A
 * name never given plain ("McDonald's") stays as it is.
 */
export function plainLabel(label: string, isName: (name: string) => boolean): string {
  const base = withoutPossessive(label);
  return base !== undefined && isName(base) ? base : label;
}

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Relative pronouns ("Halvern, which said …", "who Russia maintains …"). */
/** Pronouns that open a clause as its subject ("experts say they …", "critics note it …"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Prepositions of place: a name after them ("in Harlow Springs") is where, not who. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'across',
  'near',
  'throughout',
  'outside',
  'inside',
]);

/** Lower-case particles inside personal names ("al-Assad", "bin Salman", "de Mistura", "van Rompuy"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'le',
  'la',
  'du',
]);

/** Words that open a clause of their own before its subject ("when X thanked the crowd and said …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'as',
  'after',
  'before',
  'while',
  'because',
  'since',
  'if',
  'until',
]);

/** Subordinators that open a sentence with a clause the main clause follows ("While X said A, Y said B", "Despite what X wrote, Y said B"). */
export const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'once',
  'when',
  'after',
  'before',
  'since',
  'because',
  'if',
  'even',
  'despite',
]);
