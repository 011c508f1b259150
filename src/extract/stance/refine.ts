// Stance follows what a statement does, not only its verb (SPEC.md §1): rejecting a claim
// denies it, rejecting a proposal refuses it; said-content that calls an earlier claim false
// denies it; said-content that charges a named actor with wrongdoing accuses that actor.
import type { Stance } from '../../model/kinds.ts';
import type { Attribution } from '../patterns/frame.ts';
import type { SentenceView } from '../patterns/view.ts';
import { CLAIM_NOUNS, FALSITY, PROPOSAL_NOUNS, SANCTIONS, WRONGDOING } from '../lexicon/nouns.ts';

const HEAD_REACH = 6;
const WRONGDOING_REACH = 12;
/** How far after a sanction verb its object may start ("fined meatpacker Frigorífico …"). */
const OBJECT_REACH = 4;

/**
 * The head noun of the content's first noun phrase: "any talk of leaving" → "talk"; a possessor
 * or a noun modifier is passed over ("the company's criticism" → "criticism", "the pay offer" → "offer").
 */
export function headNoun(v: SentenceView, a: Attribution): string | undefined {
  for (let k = a.content.first; k <= a.content.last && k < a.content.first + HEAD_REACH; k++) {
    const pos = v.pos(k);
    if (pos === 'NOUN' || (pos === 'PROPN' && POSSESSIVE.has(v.lower(k + 1)))) {
      if (k < a.content.last && POSSESSIVE.has(v.lower(k + 1))) {
        k++;
        continue;
      }
      if (pos === 'NOUN' && k < a.content.last && v.pos(k + 1) === 'NOUN') continue;
      return v.lower(k);
    }
    if (pos === 'VERB' || pos === 'AUX') return undefined;
  }
  return undefined;
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * `priorAgent` gives the actor opening the sentence before, the agent of an act the content
 * may name only by a noun ("North Korea fired a missile. Japan said the launch was a violation").
 */
export function refineStance(
  v: SentenceView,
  a: Attribution,
  speakerSide: ReadonlySet<string>,
  priorAgent: () => string | undefined,
): Attribution {
  if (a.pattern === 'object' || a.pattern === 'passive') {
    const head = headNoun(v, a);
    if (a.stance === 'rejects' && head && CLAIM_NOUNS.has(head) && !PROPOSAL_NOUNS.has(head))
      return restanced(a, 'denies', 'claim-rejected');
    if (a.stance === 'denies' && head && PROPOSAL_NOUNS.has(head) && !CLAIM_NOUNS.has(head))
      return restanced(a, 'rejects', 'proposal-denied');
    if (a.stance === 'rejects' && v.lower(a.content.first - 1) === 'that')
      return restanced(a, 'denies', 'clause-rejected');
    return a;
  }
  if (a.stance !== 'asserts') return a;
  if (callsFalse(v, a)) return restanced(a, 'denies', 'calls-false');
  const charged = chargedActor(v, a, speakerSide);
  if (charged) return restanced(a, 'accuses', 'charges-actor', [charged]);
  const sanctioned = sanctionedActor(v, a, speakerSide);
  if (sanctioned) return restanced(a, 'accuses', 'sanctions-actor', [sanctioned]);
  const agent = actCharged(v, a, speakerSide, priorAgent);
  return agent ? restanced(a, 'accuses', 'act-charged', [agent]) : a;
}

/** The statement with a new stance, the refinement recorded as `stance/<rule>`. */
function restanced(a: Attribution, stance: Stance, rule: string, targets?: string[]): Attribution {
  return { ...a, stance, ...(targets ? { targets } : {}), rules: [...(a.rules ?? []), `stance/${rule}`] };
}

function callsFalse(v: SentenceView, a: Attribution): boolean {
  let falsity = false;
  let claim = false;
  for (let k = a.content.first; k <= a.content.last; k++) {
    const lower = v.lower(k);
    if (FALSITY.has(lower)) falsity = true;
    if (CLAIM_NOUNS.has(lower)) claim = true;
    if ((lower === 'not' || lower === "n't") && v.lower(k + 1) === 'true') falsity = claim = true;
    if (lower === 'no' && v.lower(k + 1) === 'truth') falsity = claim = true;
  }
  return falsity && claim;
}

/** A named actor (not the speaker's side) followed closely by a word of wrongdoing. */
function chargedActor(v: SentenceView, a: Attribution, speakerSide: ReadonlySet<string>): string | undefined {
  for (const m of v.mentionsIn(a.content.first, a.content.last)) {
    if (speakerSide.has(m.actor) || m.via === 'weak') continue;
    for (let k = m.last + 1; k <= a.content.last && k <= m.last + WRONGDOING_REACH; k++) {
      const lower = v.lower(k);
      if (WRONGDOING.has(lower)) return m.actor;
      if (lower === 'bad' && v.lower(k + 1) === 'faith') return m.actor;
      if (lower === 'responsible' && v.lower(k + 1) === 'for') return m.actor;
      if (lower === ',' || lower === ';' || v.mentionStartingAt(k)) break;
    }
  }
  return undefined;
}

/** "X has fined Y for …": a sanction's object, when named and not on the speaker's side. */
function sanctionedActor(v: SentenceView, a: Attribution, speakerSide: ReadonlySet<string>): string | undefined {
  for (let k = a.content.first; k < a.content.last; k++) {
    if (!SANCTIONS.has(v.lower(k)) || v.pos(k) !== 'VERB') continue;
    for (let j = k + 1; j <= a.content.last && j <= k + OBJECT_REACH; j++) {
      const m = v.mentionStartingAt(j);
      if (m) return speakerSide.has(m.actor) || m.via === 'weak' ? undefined : m.actor;
      if (v.pos(j) === 'VERB' || v.pos(j) === 'ADP' || v.value(j) === ',') break;
    }
  }
  return undefined;
}

/**
 * "the launch was a clear violation of UN resolutions", no actor named: a definite act called a
 * wrongdoing charges the actor that opened the sentence before (its agent), unless on the speaker's side.
 */
function actCharged(
  v: SentenceView,
  a: Attribution,
  speakerSide: ReadonlySet<string>,
  priorAgent: () => string | undefined,
): string | undefined {
  if (!/^(the|this|that|such)$/.test(v.lower(a.content.first))) return undefined;
  let k = a.content.first + 1;
  while (k < a.content.last && k <= a.content.first + ACT_NOUN_REACH && (v.pos(k) === 'ADJ' || v.pos(k + 1) === 'NOUN'))
    k++;
  if (v.pos(k) !== 'NOUN' || !BE_LIKE.has(v.lower(k + 1))) return undefined;
  if (v.mentionsIn(a.content.first, k).length > 0) return undefined;
  let wrong = false;
  for (let j = k + 2; j <= a.content.last && !wrong; j++) wrong = WRONGDOING.has(v.lower(j));
  if (!wrong) return undefined;
  const agent = priorAgent();
  return agent && !speakerSide.has(agent) ? agent : undefined;
}

/** Words after the act noun that call it something ("was", "amounts to", "constitutes"). */
const BE_LIKE: ReadonlySet<string> = new Set([
  'was',
  'is',
  'were',
  'are',
  'amounted',
  'amounts',
  'constituted',
  'constitutes',
  'represented',
  'represents',
]);
/** Modifiers an act noun may carry ("the latest missile launch"). */
const ACT_NOUN_REACH = 3;
