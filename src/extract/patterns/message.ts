// A message a speaker issues, named before a colon that opens its words: "X released the following
// statement:", "X made this comment:", "X gave a blunt answer:". The verb and its subject, found
// back from the colon, make the statement; the words after the colon (or a quotation in the next
// sentence) are its content.
import { MESSAGE_NOUNS } from '../lexicon/cues.ts';
import type { SentenceContext } from './context.ts';
import type { Cue } from './cues.ts';
import { findSubject, type SubjectHit } from './subject.ts';

/** Tokens from the message noun back to the verb that issues it ("released a short written statement"). */
const VERB_REACH = 8;

export interface MessageLead {
  /** The verb that issues the message ("released"), the first token of the cue. */
  verb: number;
  subject: SubjectHit;
}

/** "X released the following statement:": the verb and subject of a message noun right before the colon at `colon`. */
export function messageBeforeColon(ctx: SentenceContext, colon: number): MessageLead | undefined {
  const { v } = ctx;
  const noun = colon - 1;
  if (noun <= v.first || !MESSAGE_NOUNS.has(v.lower(noun)) || v.pos(noun) !== 'NOUN') return undefined;
  for (let k = noun - 1; k >= v.first && noun - k <= VERB_REACH; k--) {
    if (v.isQuote(k) || v.value(k) === ':' || v.value(k) === ';') return undefined;
    if (v.pos(k) !== 'VERB') continue;
    const pseudo: Cue = {
      first: k,
      last: k,
      verb: k,
      sense: { stance: 'asserts', frame: 'object' },
      passive: false,
      according: false,
    };
    const subject = findSubject(ctx, pseudo);
    return subject && subject.relative !== 'inside' && subject.mention.via !== 'weak'
      ? { verb: k, subject }
      : undefined;
  }
  return undefined;
}
