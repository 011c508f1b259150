// Who speaks: the subject before a cue ("Lavrov recently accused", "The rebels, on their
// part, deny", "US Secretary of State, John Kerry, however denied", "a Syrian foreign ministry
// statement said", "Washington -- who Russia maintains"), or the actor after an inverted cue
// ("…," said Lavrov), or the actor after "according to" / "by".
import type { Mention } from '../types.ts';
import type { Attribution } from './frame.ts';
import { STATEMENT_NOUNS } from '../lexicon/cues.ts';
import { AFFILIATION_ADJECTIVES } from '../lexicon/affiliations.ts';
import { PLACE_MODIFIER_SUFFIXES } from '../lexicon/nouns.ts';
import { DASHES, type SentenceView } from './view.ts';
import { ISSUED_PARTICIPLES, RESPONDENT_PARTICIPLES } from '../lexicon/sources.ts';

const SKIPPABLE: ReadonlySet<string> = new Set([
  // ("58 percent of voters polled said", "… overall said": how the people were asked)
  ...RESPONDENT_PARTICIPLES,
  'overall',
  // ("Brenner and Duarte all said", "both warned": a quantifier floating after the subject)
  'all',
  'both',
  'each',
  'also',
  'recently',
  'however',
  'thus',
  'far',
  'so',
  'still',
  'repeatedly',
  'previously',
  'earlier',
  'later',
  'again',
  'then',
  'now',
  'already',
  'reportedly',
  'officially',
  'publicly',
  'privately',
  'firmly',
  'flatly',
  'strongly',
  'swiftly',
  'quickly',
  'immediately',
  'separately',
  'further',
  'once',
  'had',
  'has',
  'have',
  'yesterday',
  'today',
  'too',
  'since',
  'long',
  'last',
  'week',
  'month',
  'year',
  'this',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'in',
  'a',
  'the',
  'an',
  'new',
  'joint',
  'written',
  'brief',
  'short',
  'separate',
  'itself',
  'themselves',
  'himself',
  'herself',
]);
const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);
const MAX_GAP = 14;
/** Words of a description before a name an inverted cue's speaker may take beyond its reach. */
const DESCRIPTION_REACH = 3;

export interface Subject {
  mention: Mention;
  /** The subject is the antecedent of a relative pronoun ("X, which said …"), or the speaker sits inside a relative clause ("who X maintains"). */
  relative: 'antecedent' | 'inside' | null;
}

/** The subject mention before token `before`, skipping adverbs, parentheticals and statement nouns. */
export function subjectBefore(v: SentenceView, before: number, floor = v.first): Subject | undefined {
  let k = before - 1;
  let steps = 0;
  while (k >= floor && steps++ < MAX_GAP) {
    const m = v.mentionEndingAt(k);
    if (m && m.first >= floor) {
      const prev = v.lower(m.first - 1);
      // "Amnesty, whose researchers said": a group of the antecedent's people speaks for it
      const owner =
        prev === 'whose' && m.first - 2 >= floor && v.value(m.first - 2) === ','
          ? v.mentionEndingAt(m.first - 3)
          : undefined;
      if (owner && (m.via === 'group' || m.via === 'description')) return { mention: owner, relative: 'antecedent' };
      // "A city official who spoke to discuss the plan said": the mention closes a relative clause of the subject
      const antecedent = restrictiveAntecedent(v, m.first, floor);
      if (antecedent) return { mention: antecedent, relative: null };
      return {
        mention: m,
        relative:
          RELATIVE.has(prev) &&
          m.first - 1 >= floor &&
          v.pos(m.first - 1) !== 'VERB' &&
          prev !== 'that' &&
          prev !== 'whose'
            ? 'inside'
            : null,
      };
    }
    const lower = v.lower(k);
    const pos = v.pos(k);
    // "Maasvlakte Container Terminals (MCT) denied": a bracketed acronym or aside after the subject
    if (lower === ')') {
      const open = bracketStart(v, k, floor);
      if (open < 0) return undefined;
      k = open - 1;
      continue;
    }
    if (RELATIVE.has(lower) && lower !== 'that') {
      let a = k - 1;
      if (v.value(a) === ',' || DASHES.has(v.value(a))) a--;
      const antecedent = v.mentionEndingAt(a) ?? appositionHead(v, a, floor);
      return antecedent ? { mention: antecedent, relative: 'antecedent' } : undefined;
    }
    if (lower === ',' || DASHES.has(lower)) {
      // a relative or participle aside (", which has a treaty with Manila,") is skipped whole;
      // otherwise an apposition ("John Kerry, however denied"): the mention right before the comma
      const aside = asideStart(v, k, floor);
      if (aside >= 0) {
        k = aside - 1;
        continue;
      }
      const before = v.mentionEndingAt(k - 1);
      if (before) return { mention: namedBefore(v, before, floor) ?? before, relative: null };
      // "Gov. Ana Ruiz (R-OH), said": a bracket between the name and its comma
      if (v.value(k - 1) === ')') {
        const open = bracketStart(v, k - 1, floor);
        const bracketed = open > floor ? v.mentionEndingAt(open - 1) : undefined;
        if (bracketed) return { mention: bracketed, relative: null };
      }
      const open = parentheticalStart(v, k, floor);
      if (open < 0) return undefined;
      k = open - 1;
      continue;
    }
    if (
      pos === 'ADV' ||
      pos === 'AUX' ||
      pos === 'PART' ||
      SKIPPABLE.has(lower) ||
      STATEMENT_NOUNS.has(lower) ||
      (pos === 'NUM' && SKIPPABLE.has(v.lower(k + 1)))
    ) {
      k--;
      continue;
    }
    // "Workers at the plant said", "Most of them said": the group before a short place phrase
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') {
      const head = headBeforePlace(v, k, floor, 4);
      if (head) return { mention: head, relative: null };
    }
    // "a Syrian foreign ministry statement": adjectives and nouns of the statement phrase
    if ((pos === 'ADJ' || pos === 'NOUN') && STATEMENT_NOUNS.has(v.lower(k + 1))) {
      k--;
      continue;
    }
    // "The ruling released Friday said", "a statement posted on the website says"
    const issued = issuedDocument(v, k, floor);
    if (issued) return { mention: issued, relative: null };
    // "Another farmer who asked not to be named said"
    const antecedent = restrictiveAntecedent(v, k + 1, floor);
    return antecedent ? { mention: antecedent, relative: null } : undefined;
  }
  return undefined;
}

/** Tokens back from a cue to the participle by which its document subject was put out ("posted on the company's website"). */
const ISSUED_REACH = 8;

/** The document mention before an issuing participle ending the walk back at k ("The ruling [released Friday] said"), or undefined. */
function issuedDocument(v: SentenceView, k: number, floor: number): Mention | undefined {
  for (let j = k; j > floor && k - j < ISSUED_REACH; j--) {
    if (ISSUED_PARTICIPLES.has(v.lower(j))) {
      const m = v.mentionEndingAt(j - 1);
      return m && m.first >= floor && m.via === 'group' ? m : undefined;
    }
    if (v.pos(j) === 'PUNCT' || v.pos(j) === 'AUX' || (v.pos(j) === 'VERB' && j !== k)) return undefined;
  }
  return undefined;
}

/** Tokens a relative clause between a subject and its verb may take ("a resident who asked not to be named said"). */
const RELATIVE_CLAUSE_REACH = 16;

/**
 * "A city official who spoke anonymously to discuss the plan said", "Voters that backed Okafor in
 * the spring say": a relative clause with no comma between the subject and its verb, whose pronoun
 * is the clause's subject (a verb follows it, before the mention at `before`), is part of the
 * subject: the speaker is the mention before "who", not the one the clause ends with.
 */
function restrictiveAntecedent(v: SentenceView, before: number, floor: number): Mention | undefined {
  let verb = false;
  for (let k = before - 1; k > floor && before - k <= RELATIVE_CLAUSE_REACH; k--) {
    const lower = v.lower(k);
    if (v.pos(k) === 'PUNCT' || v.isQuote(k)) return undefined;
    if (lower === 'who' || (lower === 'that' && v.mentionEndingAt(k - 1))) {
      if (!verb) return undefined;
      const antecedent = v.mentionEndingAt(k - 1);
      // (and a further clause of the same subject: "who sells at the market and who asked not to be named")
      if (!antecedent && v.lower(k - 1) === 'and') continue;
      return antecedent && antecedent.first >= floor && antecedent.via !== 'pronoun' ? antecedent : undefined;
    }
    if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') verb = true;
  }
  return undefined;
}

/**
 * "Y, Mira Soto, the mayor, said": a description set off after a name it takes up stands for that
 * name, which then opens the speaker (the content ends before the name, not before the description).
 */
function namedBefore(v: SentenceView, m: Mention, floor: number): Mention | undefined {
  if (m.via !== 'description' || m.first - 2 < floor || v.value(m.first - 1) !== ',') return undefined;
  const name = v.mentionEndingAt(m.first - 2);
  return name && name.actor === m.actor && name.via !== 'pronoun' ? name : undefined;
}

/** ", which has tracked the company since 2019,", ", speaking on condition of anonymity,": start of such an aside ending at `close`, or -1. */
function asideStart(v: SentenceView, close: number, floor: number): number {
  const mark = v.value(close);
  for (let k = close - 1; k >= floor && close - k <= 30; k--) {
    if (v.value(k) !== mark) continue;
    const next = v.lower(k + 1);
    return (RELATIVE.has(next) && next !== 'that') || (/ing$/.test(next) && v.pos(k + 1) === 'VERB') ? k : -1;
  }
  return -1;
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'at',
  'from',
  'near',
  'across',
  'inside',
  'outside',
  'for',
  'on',
  'with',
]);

/** Prepositions of a short aside between any named subject and its verb ("Okafor at the time said", "Lind in an interview said"). */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during']);

/**
 * A group mention right before "at/in/of <the place phrase ending at `at`>" ("Workers at the plant",
 * "Experts on trade"), or any named one before a short aside ("Okafor at the time"), or undefined.
 */
function headBeforePlace(v: SentenceView, at: number, floor: number, reach: number): Mention | undefined {
  for (let k = at - 1; k > floor && at - k <= reach; k--) {
    if (!PLACE_PREPOSITIONS.has(v.lower(k))) {
      if (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NOUN' || v.pos(k) === 'NUM') continue;
      return undefined;
    }
    const group = v.mentionEndingAt(k - 1);
    if (!group || group.first < floor || group.via === 'pronoun') return undefined;
    return group.via === 'group' || ASIDE_PREPOSITIONS.has(v.lower(k)) ? group : undefined;
  }
  return undefined;
}

/** "UNIFIL, the UN peacekeeping force, which said": the named actor before an apposition ending at `end`. */
function appositionHead(v: SentenceView, end: number, floor: number): Mention | undefined {
  for (let k = end; k >= floor && end - k <= 8; k--) {
    if (v.value(k) !== ',') continue;
    return /^(the|a|an)$/.test(v.lower(k + 1)) ? v.mentionEndingAt(k - 1) : undefined;
  }
  return undefined;
}

/** The "(" of a short bracket closed at `close`, or -1. */
function bracketStart(v: SentenceView, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= 8; k--) if (v.value(k) === '(') return k;
  return -1;
}

/** Start of a short comma- or dash-delimited parenthetical ending at `close`, or -1. */
function parentheticalStart(v: SentenceView, close: number, floor: number): number {
  const mark = v.value(close);
  for (let k = close - 1; k >= floor && close - k <= 10; k--) {
    const value = v.value(k);
    if (value === mark || (mark === ',' && value === ',') || (DASHES.has(mark) && DASHES.has(value))) return k;
    // "in turn", "on its part", "for its part" are asides; a longer stretch with a verb is a clause
    if (v.pos(k) === 'VERB' && close - k > 3) return -1;
  }
  return -1;
}

/** The actor right after token `after` ("said Lavrov", "according to the SOHR", "by Russia"), within a few tokens. */
export function mentionAfter(v: SentenceView, after: number, reach = 6): Mention | undefined {
  let limit = after + reach;
  for (let k = after + 1; k <= v.last && k <= limit; k++) {
    const m = v.mentionStartingAt(k);
    if (m) return m;
    const value = v.value(k);
    // ("said Harlow-based lawyer Ana Duarte": a place modifier, however long, takes none of the reach)
    if (DASHES.has(value) && PLACE_MODIFIER_SUFFIXES.has(v.lower(k + 1))) {
      limit = k + 1 + reach;
      k++;
      continue;
    }
    if (value === ',' || value === '.' || value === ';' || DASHES.has(value)) return undefined;
    // ("said Republican party boss Ana Duarte": a party adjective and the words of a description before a
    // name take none of the reach either, up to a few)
    if (
      limit < after + reach + DESCRIPTION_REACH &&
      (AFFILIATION_ADJECTIVES.has(value) || v.pos(k) === 'NOUN' || v.pos(k) === 'ADJ')
    )
      limit++;
  }
  return undefined;
}

/**
 * `speaker/<rule>` for a statement: the rule that found its speaker's mention or chose the referent
 * of its pronoun (`Mention.rule`), or `coordinated-subject` when the speaker was inherited from a
 * coordinated verb.
 */
export function speakerRule(v: SentenceView, a: Attribution): string {
  if (a.coordinated) return 'speaker/coordinated-subject';
  const m =
    a.speakerAt !== null ? v.mentionStartingAt(a.speakerAt) : v.mentions.find((mention) => mention.actor === a.speaker);
  return `speaker/${m?.rule ?? m?.via ?? 'unknown'}`;
}

/** The statement with its speaker rule named (`speakerRule`, and in `rules` right after the attribution rule). */
export function withSpeakerRule(v: SentenceView, a: Attribution): Attribution {
  const rule = a.speakerRule ?? speakerRule(v, a);
  a.speakerRule = rule;
  const rules = a.rules ?? [];
  if (!rules.some((r) => r.startsWith('speaker/'))) rules.splice(Math.min(1, rules.length), 0, rule);
  a.rules = rules;
  return a;
}
