// The attribution rule tables, in the order the engine tries them. For each cue of a sentence
// (src/extract/patterns/sentence.ts) a veto may say it makes no statement; otherwise the first
// attribution rule that applies gives the statement, recorded on it as `attribution/<rule>`.
// Across sentences, the continuation rules extend or carry over a statement into the next
// sentence, the preceding-quote rule gives a bare quotation the speaker of the sentence after, and
// the following-quote rule gives a quotation the speaker of a sentence before ending "X said:".
// Adding a construction: a file in rules/ with the rule and its example sentences, and one line
// here (order matters: a more specific rule goes before a more general one).
import type { RuleTable } from '../rules/index.ts';
import type {
  AttributionTable,
  ContinuationContext,
  CueContext,
  Expected,
  ExtensionContext,
  FollowingQuoteContext,
  PrecedingQuoteContext,
} from './context.ts';
import type { Attribution } from './frame.ts';
import { accordingToAfter, accordingToFirst } from './rules/accordingTo.ts';
import { accusesOf } from './rules/accusesOf.ts';
import { alleges } from './rules/alleges.ts';
import { asClause } from './rules/asClause.ts';
import { blamesOn } from './rules/blamesOn.ts';
import { callsFalse } from './rules/callsFalse.ts';
import { callsSomething } from './rules/callsSomething.ts';
import { colonQuote } from './rules/colonQuote.ts';
import { headlineColon } from './rules/headlineColon.ts';
import { headlineName } from './rules/headlineName.ts';
import { condemns } from './rules/condemns.ts';
import { contentAfter } from './rules/contentAfter.ts';
import { contentFirst } from './rules/contentFirst.ts';
import { contentFirstAside } from './rules/contentFirstAside.ts';
import { inverted } from './rules/inverted.ts';
import { messageAfterColon } from './rules/messageAfterColon.ts';
import { messageColon } from './rules/messageColon.ts';
import { objectOnly } from './rules/objectOnly.ts';
import { otherSenseWithoutClause } from './rules/otherSenseWithoutClause.ts';
import { ownedStatement } from './rules/ownedStatement.ts';
import { ownedTopic } from './rules/ownedTopic.ts';
import { quoteFirst } from './rules/quoteFirst.ts';
import { saidFirst } from './rules/saidFirst.ts';
import { shortAnswer } from './rules/shortAnswer.ts';
import { figuresContinued } from './rules/figuresContinued.ts';
import { frontedParticipleRule } from './rules/frontedParticiple.ts';
import { quoteAhead } from './rules/quoteAhead.ts';
import { quoteAfterColon } from './rules/quoteAfterColon.ts';
import { quoteContinued } from './rules/quoteContinued.ts';
import { quoteRunsOn } from './rules/quoteRunsOn.ts';
import { participleOfName } from './rules/participleOfName.ts';
import { participleUnattached } from './rules/participleUnattached.ts';
import { passiveBy } from './rules/passiveBy.ts';
import { refusedToComment } from './rules/refusedToComment.ts';
import { transcriptTurn } from './rules/transcriptTurn.ts';
import { turnRunsOn } from './rules/turnRunsOn.ts';

/** Cues that make no statement: tried first; one that applies skips the cue. */
export const VETOES: RuleTable<CueContext, true, Expected> = {
  name: 'veto',
  rules: [participleUnattached, refusedToComment, otherSenseWithoutClause],
};

/** One statement per cue: the first rule that applies. */
export const ATTRIBUTION: AttributionTable = {
  name: 'attribution',
  rules: [
    accordingToFirst,
    accordingToAfter,
    passiveBy,
    callsFalse,
    callsSomething,
    colonQuote,
    messageColon,
    ownedStatement,
    ownedTopic,
    headlineColon,
    headlineName,
    transcriptTurn,
    alleges,
    blamesOn,
    accusesOf,
    condemns,
    inverted,
    saidFirst,
    frontedParticipleRule,
    asClause,
    participleOfName,
    shortAnswer,
    quoteFirst,
    contentFirstAside,
    contentAfter,
    contentFirst,
    objectOnly,
  ],
};

/** A statement of the sentence before runs into this one: the first rule that applies extends its content. */
export const EXTENSION: RuleTable<ExtensionContext, number, Expected> = {
  name: 'attribution',
  rules: [quoteRunsOn, quoteContinued, turnRunsOn],
};

/** A sentence without a cue after a statement of the sentence before: a new statement with no cue. */
export const CONTINUATION: RuleTable<ContinuationContext, Attribution, Expected> = {
  name: 'attribution',
  rules: [figuresContinued],
};

/** A bare quotation before a sentence whose speaker takes it up. */
export const PRECEDING_QUOTE: RuleTable<PrecedingQuoteContext, Attribution, Expected> = {
  name: 'attribution',
  rules: [quoteAhead],
};

/** A quotation opening the sentence after one that ends "<speaker> <reporting verb>:". */
export const FOLLOWING_QUOTE: RuleTable<FollowingQuoteContext, Attribution, Expected> = {
  name: 'attribution',
  rules: [quoteAfterColon, messageAfterColon],
};
