// "a source said", "the report says", "Several cast members said", "top black lawmakers said",
// "one slide says", '"…," the ad's narrator says', "said the ruling", "according to the poll": an
// unnamed source by its role, body or document (lexicon/sources.ts), only where it stands beside a
// reporting verb, so that a report or a campaign merely mentioned makes no actor. A definite one
// ("The campaign says") takes up the actor whose name holds its noun ("Hanna Lind's campaign")
// when the document has one; otherwise it is an actor of its own, labelled by its words. Tried
// last among the noun rules: the groups, posts and descriptions above keep their own readings.
import { AUXILIARIES, CUES } from '../../../lexicon/cues.ts';
import { POSSESSIVE_MARKS, SUBJECT_PRONOUNS } from '../../../lexicon/grammar.ts';
import {
  ISSUED_PARTICIPLES,
  QUANTITY_NOUNS,
  RESPONDENT_PARTICIPLES,
  SOURCE_NOUN_FIRST_WORDS,
  SOURCE_NOUNS,
  SOURCE_OPENERS,
  STANDALONE_SOURCES,
} from '../../../lexicon/sources.ts';
import { SOURCE_MODIFIERS } from '../../../lexicon/nouns.ts';
import { DAYS } from '../../../lexicon/time.ts';
import { WORD_CLASS } from '../../../lexicon/wordClasses.ts';
import { inClass, type Sentence, type TokenTable } from '../../../nlp/tokens.ts';
import { existing } from '../../found.ts';
import { DESCRIPTIONS, TITLES } from '../../../lexicon/titles.ts';
import { isCapitalised } from '../../names.ts';
import { AFFILIATION_ADJECTIVES } from '../../../lexicon/affiliations.ts';
import { PLACE_NAMES } from '../../../lexicon/places.ts';
import { resolveDescription } from '../../resolve/description/table.ts';
import { MENTION_GATE, type MentionQuery, type MentionRule } from '../query.ts';

/** Words a noun phrase is still going on after: the phrase must open at the rule's token, not inside one. */
const INSIDE_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** Could a source phrase open at token i (an opener, a modifier or the head itself)? The scan's cheap gate. */
export function maySourceOpen(t: TokenTable, i: number): boolean {
  return inClass(t, i, WORD_CLASS.sourceWord) || MODIFIERS.has(t.pos[i] as string);
}

/**
 * Is token i a common word that is capitalised only because it opens the sentence ("Protest groups
 * said", "Labor leaders said", "Voters in Harlow say")? It opens the sentence, the document never
 * writes it capitalised inside a sentence, and no gazetteer name starts there (the query's hit, which
 * the scan looked up once): a modifier or the head of a source phrase, not a name.
 */
export function commonOpener({ doc, i, s, gaz }: MentionQuery): boolean {
  const value = doc.t.value[i] as string;
  return i === s.first && gaz === undefined && isCapitalised(value) && !doc.capitalisedInside(value);
}

/** The classes of a word that may report what a source said (a reporting word, "according"). */
const SOURCE_CUES = WORD_CLASS.cue | WORD_CLASS.according;

/** Can sentence s hold a source phrase at all? Only beside a reporting verb or "according to" (the scan asks once a sentence). */
export function maySentenceHoldSource(t: TokenTable, s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) if (inClass(t, k, SOURCE_CUES)) return true;
  return false;
}

/**
 * Does sentence s hold a word that may head a source phrase (a source noun, the first word of a
 * two-word one, a word that stands alone as a source)? Without one the rule finds no head anywhere
 * in it (the scan's gate, asked once a sentence).
 */
export function maySentenceNameSource(t: TokenTable, s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) if (inClass(t, k, WORD_CLASS.sourceNoun)) return true;
  return false;
}

/** The posts the lexicon writes with "of" ("secretary of state"): a source head followed by the rest of one takes it in. */
const OF_TITLES: ReadonlySet<string> = new Set(TITLES.filter((title) => / of /.test(title)));
/** Parts of speech of a word that may open the sentence before a source phrase without being part of it. */
const SENTENCE_ADVERBIALS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ', 'ADV']);
/** Parts of speech of the modifiers before the head ("top black", "cast", "post-debate", "leaked"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM', 'VERB']);
const MAX_MODIFIERS = 3;
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'of', 'from', 'in', 'with', 'on']);
const COMPLEMENT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PRON']);
const COMPLEMENT_REACH = 6;
/** Words a second source noun joined to the head by "and" may take before it ("and other prominent", "and even some"). */
const COORDINATION_REACH = 3;
const COORDINATION_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'ADV']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Tokens between the head and its cue ("the campaign also says", "the report on Monday said"). */
const CUE_REACH = 4;

/** Is token k a reporting verb used as one (a finite verb, not "saying" on its own)? */
function reportingVerb(t: TokenTable, k: number, aux: boolean): boolean {
  const lower = t.lower[k] as string;
  if (!CUES.has(lower) || (lower.endsWith('ing') && !aux)) return false;
  const pos = t.pos[k];
  // (the tagger reads some third-person forms as plural nouns: "The clip says", and base forms
  // before what they report as nouns: "Advocacy groups note that …", "candidates promise they …")
  return (
    pos === 'VERB' ||
    pos === 'AUX' ||
    (pos === 'NOUN' &&
      (lower.endsWith('s') || t.lower[k + 1] === 'that' || SUBJECT_PRONOUNS.has(t.lower[k + 1] as string)))
  );
}

/** After the head, a short complement of a preposition ("attorneys for the family", "officials at the bank"): its end, else the head. */
function complementEnd(t: TokenTable, head: number, s: Sentence): number {
  if (SOURCE_MODIFIERS.has(`${t.lower[head + 1] ?? ''} ${t.lower[head + 2] ?? ''}`)) return modifierEnd(t, head, s);
  if (!COMPLEMENT_PREPOSITIONS.has(t.lower[head + 1] as string)) return head;
  let k = head + 2;
  while (k <= s.last && k <= head + 1 + COMPLEMENT_REACH && COMPLEMENT_POS.has(t.pos[k] as string)) k++;
  return k > head + 2 ? k - 1 : head;
}

/**
 * "close friends and allies said", "Politicians and even some technologists say": a second source
 * noun joined to the head by "and" or "or", right before the reporting verb; its token, else the head.
 */
function coordinatedHead(t: TokenTable, head: number, s: Sentence): number {
  if (t.lower[head + 1] !== 'and' && t.lower[head + 1] !== 'or') return head;
  for (let k = head + 2; k <= s.last && k <= head + 2 + COORDINATION_REACH; k++) {
    if (SOURCE_NOUNS.has(t.lower[k] as string) && cueAfter(t, k, s)) return k;
    if (!COORDINATION_POS.has(t.pos[k] as string)) return head;
  }
  return head;
}

/** Tokens a modifier of what the source is close to or familiar with may take ("close to the mayor's family"). */
const MODIFIER_REACH = 10;

/** "people familiar with the talks", "a person close to the mayor": the modifier's last token before the verb, else the head. */
function modifierEnd(t: TokenTable, head: number, s: Sentence): number {
  for (let k = head + 3; k <= s.last && k <= head + MODIFIER_REACH; k++) {
    if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return k - 1;
    if (t.pos[k] === 'PUNCT') return head;
  }
  return head;
}

/** Tokens a relative clause after the head may take before the reporting verb ("a farmer who asked not to be named said"). */
const RELATIVE_CLAUSE_REACH = 16;

/**
 * "Another farmer who sells at the market said", "others who oppose the dam say": a relative clause
 * with no comma right after the phrase, whose pronoun is its subject, and a reporting verb within
 * it or right after it, before any punctuation.
 */
function cueAfterRelativeClause(t: TokenTable, end: number, s: Sentence): boolean {
  const relative = t.lower[end + 1];
  if (relative !== 'who' && !(relative === 'that' && (t.pos[end + 2] === 'VERB' || t.pos[end + 2] === 'AUX')))
    return false;
  for (let k = end + 2; k <= s.last && k <= end + 1 + RELATIVE_CLAUSE_REACH; k++) {
    if (t.pos[k] === 'PUNCT') return false;
    if (reportingVerb(t, k, true)) return true;
  }
  return false;
}

/** Tokens the words after a document's participle may take ("posted on the company's website"). */
const ISSUED_REACH = 7;

/**
 * "The ruling released Friday said", "a statement posted on the website says": a document noun, a
 * participle by which it was put out and a short phrase of when or where, then a reporting verb.
 */
function cueAfterIssued(t: TokenTable, head: number, s: Sentence): boolean {
  const source = SOURCE_NOUNS.get(t.lower[head] as string);
  if (!source?.document || !ISSUED_PARTICIPLES.has(t.lower[head + 1] ?? '')) return false;
  for (let k = head + 2; k <= s.last && k <= head + 1 + ISSUED_REACH; k++) {
    if (reportingVerb(t, k, false)) return true;
    if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX' || t.pos[k] === 'PUNCT') return false;
  }
  return false;
}

/** A reporting verb right after the head, past adverbs, auxiliaries and a day ("also says", "has said", "on Friday said"), or past a relative clause or an issuing participle. */
export function cueAfter(t: TokenTable, head: number, s: Sentence): boolean {
  let aux = false;
  const from = complementEnd(t, head, s);
  if (cueAfterRelativeClause(t, from, s) || cueAfterIssued(t, head, s)) return true;
  for (let k = from + 1; k <= s.last && k <= from + CUE_REACH; k++) {
    const lower = t.lower[k] as string;
    if (reportingVerb(t, k, aux)) return true;
    // ("the officer should be charged": a passive's subject is what the verb is about; "the senator is
    // predicting that …", "aides are telling reporters …": a progressive's subject speaks)
    if (PASSIVE_AUXILIARIES.has(lower)) return progressiveAfter(t, k, s);
    if (AUXILIARIES.has(lower) || lower === 'not') aux = true;
    // ("58 percent of commuters polled said": how they were asked)
    else if (t.pos[k] !== 'ADV' && lower !== 'on' && !DAYS.has(lower) && !RESPONDENT_PARTICIPLES.has(lower))
      return false;
  }
  return false;
}

/** A reporting verb in -ing after the form of "be" at k, past adverbs ("is now predicting")? */
function progressiveAfter(t: TokenTable, k: number, s: Sentence): boolean {
  let j = k + 1;
  while (j <= s.last && t.pos[j] === 'ADV') j++;
  const lower = t.lower[j] ?? '';
  return lower.endsWith('ing') && CUES.has(lower);
}

/** A reporting verb set off before the phrase (', said the ruling', '" says the narrator'), or "according to". */
function cueBefore(t: TokenTable, first: number, s: Sentence): boolean {
  if (first - 2 < s.first) return false;
  if (t.lower[first - 1] === 'to' && t.lower[first - 2] === 'according') return true;
  if (!reportingVerb(t, first - 1, false)) return false;
  const mark = t.value[first - 2] as string;
  return mark === ',' || /^["'“”‘’]+$/.test(mark);
}

/** Words a place name may take ("New Hampshire", "West Palm Beach"). */
const PLACE_REACH = 3;

/**
 * Tokens after a phrase's first one that its head may lie at: an opener and "of the" (three), then
 * MAX_MODIFIERS words before the head, each at most a place name long (`sourceHead` walks no further).
 */
const HEAD_REACH = 3 + MAX_MODIFIERS * PLACE_REACH;

/**
 * Does a word that may head a source phrase (`WORD_CLASS.sourceNoun`: a source noun, the first word
 * of a two-word one, a word standing alone as a source) lie at token i or within HEAD_REACH after
 * it? Without one the rule finds no phrase opening at i (the scan's gate, `MENTION_GATE.sourceNoun`).
 */
export function sourceHeadNear(t: TokenTable, i: number, s: Sentence): boolean {
  const end = Math.min(s.last, i + HEAD_REACH);
  for (let k = i; k <= end; k++) if (inClass(t, k, WORD_CLASS.sourceNoun)) return true;
  return false;
}

/**
 * The last token of a capitalised word that only says which side or place the source is of, a party
 * adjective or a known place ("the Republican nominee", "the New Jersey governor", "one Ohio
 * delegate"), starting at k; else -1.
 */
export function sourceAffiliationEnd(t: TokenTable, k: number, s: Sentence): number {
  if (AFFILIATION_ADJECTIVES.has(t.value[k] as string)) return k;
  let words = t.value[k] as string;
  for (let end = k; end <= s.last && end < k + PLACE_REACH; end++) {
    if (end > k) words += ` ${t.value[end] as string}`;
    if (!isCapitalised(t.value[end] as string)) return -1;
    if (PLACE_NAMES.has(words.toLowerCase())) return end;
  }
  return -1;
}

/** The head of a source phrase opening at `from` (after its opener), or -1: modifiers, an owner's "'s", then the noun. */
function sourceHead(t: TokenTable, from: number, s: Sentence, opener: boolean): number {
  let k = from;
  for (let modifiers = 0; k <= s.last && modifiers <= MAX_MODIFIERS; modifiers++, k++) {
    const lower = t.lower[k] as string;
    const side = isCapitalised(t.value[k] as string) ? sourceAffiliationEnd(t, k, s) : -1;
    if (side >= 0) {
      k = side;
      continue;
    }
    // any other capitalised word is a name or its owner ("the Lind campaign"): the name rules' reading
    if (isCapitalised(t.value[k] as string) && (k !== s.first || (t.pos[k] === 'PROPN' && !opener))) return -1;
    const next = t.lower[k + 1] ?? '';
    if (
      SOURCE_NOUN_FIRST_WORDS.has(lower) &&
      SOURCE_NOUNS.has(`${lower} ${next}`) &&
      (CUES.has(t.lower[k + 2] ?? '') || t.pos[k + 2] !== 'NOUN')
    )
      return k + 1;
    if (SOURCE_NOUNS.has(lower) && (CUES.has(next) || (t.pos[k + 1] !== 'NOUN' && !POSSESSIVE_MARKS.has(next))))
      return k;
    // "the ad's narrator": a lower-case owner and its possessive mark
    if (POSSESSIVE_MARKS.has(next) && t.pos[k] === 'NOUN') {
      k++;
      continue;
    }
    if (!MODIFIERS.has(t.pos[k] as string) && !(opener && k === s.first)) return -1;
  }
  return -1;
}

/** The words start..head in lower case, but for the party adjectives and places that keep their capitals ("Ohio governor"). */
function sourceLabel(t: TokenTable, start: number, head: number, s: Sentence): string {
  const words: string[] = [];
  for (let k = start; k <= head; k++) {
    const side = k > start || !SOURCE_OPENERS.has(t.lower[k] as string) ? sourceAffiliationEnd(t, k, s) : -1;
    const last = Math.min(side, head);
    for (; k <= last; k++) words.push(t.value[k] as string);
    if (k <= head) words.push(t.lower[k] as string);
  }
  return words.join(' ');
}

/** Is a token from..before-1 capitalised? */
function capitalisedBetween(t: TokenTable, from: number, before: number): boolean {
  for (let k = from; k < before; k++) if (isCapitalised(t.value[k] as string)) return true;
  return false;
}

/** Does the noun phrase go on before token k (a word of it, or an owner's mark)? */
function phraseGoesOnBefore(t: TokenTable, k: number, s: Sentence): boolean {
  return k > s.first && (INSIDE_PHRASE.has(t.pos[k - 1] as string) || POSSESSIVE_MARKS.has(t.lower[k - 1] as string));
}

/** Are the tokens from..before-1 adjectives only ("the former president"), or none? */
function onlyAdjectives(t: TokenTable, from: number, before: number): boolean {
  for (let k = from; k < before; k++) if (t.pos[k] !== 'ADJ') return false;
  return true;
}

export const nominalSource: MentionRule = {
  name: 'nominal-source',
  description:
    'an unnamed source by its role, body or document beside a reporting verb ("a source said", "the report says")',
  examples: [
    { text: 'The bridge will stay closed until May, a source said.', expected: 'source' },
    { text: 'Another source said the talks had stalled.', expected: 'another source' },
    { text: 'The report says the river is polluted.', expected: 'report' },
    { text: 'One slide says exports doubled in a decade.', expected: 'one slide' },
    { text: 'Several cast members said the show would go on.', expected: 'several cast members' },
    {
      text: '"Who will pay for it?" the ad\'s narrator asks, "You will," the ad\'s narrator says.',
      expected: "ad's narrator",
    },
    { text: 'The dam was never safe, said the study.', expected: 'study' },
    { text: 'Rents rose by a third, according to the survey.', expected: 'survey' },
    {
      text: "Hanna Lind's campaign bought airtime. The campaign says the ad will run nationally.",
      expected: "Hanna Lind's campaign",
    },
    { text: 'The ferry will not sail, attorneys for the operator said.', expected: 'attorneys' },
    { text: 'Asked about the plan, 63 percent said it went too far.', expected: '63 percent' },
    { text: 'The Ohio governor said the state would appeal.', expected: 'Ohio governor' },
    { text: 'One New Jersey delegate said the rules were unfair.', expected: 'one New Jersey delegate' },
    { text: 'The Republican nominee said the plan was a mistake.', expected: 'Republican nominee' },
    { text: 'Democratic voters said the race was close.', expected: 'voters' },
    { text: 'The Ohio senator is now predicting that he will win the state.', expected: 'Ohio senator' },
    { text: 'Some said the rules were unfair.', expected: 'some' },
    { text: 'The vote was close. Another said the count had been fair.', expected: 'another' },
    { text: 'Those close to the mayor said she would not run.', expected: 'those' },
    { text: 'By a wide margin, those surveyed say the port should stay open.', expected: 'those surveyed' },
    { text: 'A person familiar with the talks said a deal was near.', expected: 'person' },
    { text: 'Those were the days, she said.', expected: null },
    { text: 'The report was long and she read the report twice.', expected: null },
    { text: 'The Lind campaign said the ad would run.', expected: null },
    { text: 'Lawyers for the family said the officer should be charged.', expected: null },
    { text: 'Protest groups said the new rules were unfair.', expected: 'protest groups' },
    { text: 'Labor leaders said the deal was a betrayal.', expected: 'labor leaders' },
    { text: 'Voters in Harlow say the opposite about Duarte.', expected: 'voters' },
    { text: 'The toll is high. But supporters of the bridge say it will pay for itself.', expected: 'supporters' },
    { text: 'Just 28 percent of voters said the mayor was honest.', expected: '28 percent' },
    { text: 'Some 56 percent of commuters polled said they would stop using the ferry.', expected: 'some 56 percent' },
    { text: 'A former secretary of state said the talks had failed.', expected: 'former secretary of state' },
    { text: 'Patient advocacy groups note that the clinic closed.', expected: 'patient advocacy groups' },
    { text: 'Grain traders also say the harvest was poor.', expected: 'grain traders' },
    {
      text: 'Local traders and other shop owners said their sales had fallen.',
      expected: 'local traders and other shop owners',
    },
    { text: 'Port and customs spokesmen said the ban would stay.', expected: 'customs spokesmen' },
    { text: 'Companies and individuals complain that taxes are too high.', expected: 'companies and individuals' },
    { text: 'The party speechwriter said the deal was dead.', expected: 'party speechwriter' },
    { text: 'A number of volunteers said the count was fair.', expected: 'volunteers' },
    { text: 'Most of them said the rules were unfair.', expected: 'most' },
    { text: 'Each side said the other had broken the truce.', expected: 'each side' },
    { text: 'The ruling released on Friday said the levy was lawful.', expected: 'ruling' },
    { text: 'A statement posted on the ministry website says the ferry will sail.', expected: 'statement' },
    {
      text: 'Another farmer who sells at the market and who asked not to be named said the depot was closed.',
      expected: 'another farmer',
    },
    { text: 'Others who oppose the dam say the vote will sharpen the choice.', expected: 'others' },
    { text: 'The farmers who sell at the market, we were told, left early.', expected: null },
  ],
  needs: MENTION_GATE.sourceNoun,
  apply: (q) => {
    const { doc, i, s } = q;
    const { t } = doc;
    if (doc.quotes.inside(i)) return null;
    // ("Republican senators said": a party adjective opening the phrase is passed over by its veto)
    const sided =
      i - 1 >= s.first && AFFILIATION_ADJECTIVES.has(t.value[i - 1] as string) && !phraseGoesOnBefore(t, i - 1, s);
    if (
      i > s.first &&
      !sided &&
      (INSIDE_PHRASE.has(t.pos[i - 1] as string) || POSSESSIVE_MARKS.has(t.lower[i - 1] as string))
    )
      return null;
    // ("Lawyers for the family said": the object of a preposition is no subject; "according to" is a cue)
    // ("a number of voters said": the people counted are the subject)
    const object =
      i > s.first &&
      t.pos[i - 1] === 'ADP' &&
      !(t.lower[i - 1] === 'to' && t.lower[i - 2] === 'according') &&
      !(t.lower[i - 1] === 'of' && QUANTITY_NOUNS.has(t.lower[i - 2] ?? ''));
    const lower = t.lower[i] as string;
    // "Some said …", "Another said …", "those close to him said …": the word alone is the source
    const many = STANDALONE_SOURCES.get(lower);
    // "those surveyed say …", "those polled said …": the people asked, named by how they were asked
    if (lower === 'those' && !object && RESPONDENT_PARTICIPLES.has(t.lower[i + 1] ?? '') && cueAfter(t, i + 1, s)) {
      const label = doc.surface(i, i + 1).toLowerCase();
      return { last: i + 1, ref: { label, kind: 'other', surface: label, plural: true }, via: 'group' };
    }
    if (many !== undefined && !object && cueAfter(t, i, s) && (lower !== 'those' || modifierEnd(t, i, s) > i)) {
      const label = lower;
      return { last: i, ref: { label, kind: many ? 'other' : 'person', surface: label, plural: many }, via: 'group' };
    }
    let from = SOURCE_OPENERS.has(lower) ? i + 1 : i;
    // "all the experts", "one of the sources"
    if (from > i && (t.lower[from] === 'the' || (t.lower[from] === 'of' && t.lower[from + 1] === 'the')))
      from += t.lower[from] === 'the' ? 1 : 2;
    const head = sourceHead(t, from, s, from === i && commonOpener(q));
    const joined = head < 0 || object ? head : coordinatedHead(t, head, s);
    if (head < 0 || !((!object && cueAfter(t, joined, s)) || cueBefore(t, i, s))) return null;
    const noun = head > from && SOURCE_NOUNS.has(`${t.lower[head - 1]} ${t.lower[head]}`) ? head - 1 : head;
    const words = doc.surface(noun, head).toLowerCase();
    const source = SOURCE_NOUNS.get(words) ?? SOURCE_NOUNS.get(t.lower[head] as string);
    if (!source) return null;
    // ("the company", "the agency": definite-description decided those, resolved or not)
    if (lower === 'the' && from === noun && DESCRIPTIONS.has(words)) return null;
    // "The campaign says": the actor whose name holds the noun, when the document named one (not
    // "the Republican nominee", "the Ohio governor": which one the side or place leaves open)
    if (lower === 'the' && !source.plural && onlyAdjectives(t, from, noun) && !capitalisedBetween(t, from, noun)) {
      const fired = resolveDescription(doc, words, i, undefined, i === s.first ? doc.previousFirst : undefined);
      if (fired) return { last: head, ref: existing(fired.result), via: 'description', rule: fired.rule };
    }
    // ("But supporters say", "Only 24 percent said": a conjunction or adverb opening the sentence is no part of the label)
    let start = i;
    while (start < noun && SENTENCE_ADVERBIALS.has(t.pos[start] as string)) start++;
    if (/^(the|a|an)$/.test(t.lower[start] as string)) start++;
    // ("the former secretary of state said": a post written with "of" ends after its last word)
    // (a coordination ends at its second noun: "close friends and allies")
    const end =
      joined > head
        ? joined
        : OF_TITLES.has(`${t.lower[head]} ${t.lower[head + 1]} ${t.lower[head + 2]}`)
          ? head + 2
          : head;
    const label = capitalisedBetween(t, from, noun)
      ? sourceLabel(t, start, end, s)
      : doc.surface(start, end).toLowerCase();
    return { last: end, ref: { label, kind: source.kind, surface: label, plural: source.plural }, via: 'group' };
  },
};
