// Links between a document's statements and actors: `about` (the actors the content
// mentions, plus targets and antecedents), and `responds` for denials and rejections: an
// anaphoric content ("the charge", "that claim", "the developments") answers the statements
// it points back to; a denial with its own content answers the accusation against the
// denier's side; a rejection answers the recent statement whose words it takes up.
import type { Mention } from '../types.ts';
import type { Attribution } from '../patterns/frame.ts';
import type { TokenTable } from '../nlp/tokens.ts';
import type { ActorRegistry } from '../actors/registry.ts';
import { ACCUSATION_ANAPHORS, ANAPHORIC_CLAIM_NOUNS, PLURAL_ANAPHORS } from '../lexicon/nouns.ts';
import { PRONOUNS } from '../lexicon/grammar.ts';
import { isLocalActorId } from '../../model/keys.ts';

export interface DocStatement extends Attribution {
  id: string;
  sentence: number;
  about: string[];
  responds: string[];
  implicit?: boolean;
}

/** How many sentences back a response may reach. */
const RESPONSE_WINDOW = 8;
const PLURAL_RUN = 3;

/** Mentions sorted by first token, for range look-ups by binary search. */
export function mentionsInRange(sorted: readonly Mention[], first: number, last: number): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Mention).first < first) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < sorted.length && (sorted[k] as Mention).first <= last; k++) {
    const m = sorted[k] as Mention;
    if (m.last <= last) out.push(m);
  }
  return out;
}

/** A pronoun kept as written (actors/mentions/pronoun/unresolvedPronoun.ts): the document's own actor, it@d1, or the bare pronoun where the registry reads no named document. */
const unplaced = (id: string): boolean => isLocalActorId(id) || PRONOUNS.has(id);

/** What the statement is about: the actors its content names (not weakly, not a pronoun kept as written), and its targets; a pronoun kept as written is no target either. */
export function linkAbout(st: DocStatement, sortedMentions: readonly Mention[]): void {
  if (st.targets.some(unplaced)) st.targets = st.targets.filter((id) => !unplaced(id));
  const ids = new Set<string>();
  for (const m of mentionsInRange(sortedMentions, st.content.first, st.content.last))
    if (m.via !== 'weak' && !(m.via === 'pronoun' && unplaced(m.actor))) ids.add(m.actor);
  for (const id of st.targets) ids.add(id);
  for (const id of st.aboutExtra) ids.add(id);
  st.about = [...ids];
}

/** The actor and everything it is a member of or has as members among the given ids. */
export function sideOf(registry: ActorRegistry, id: string): Set<string> {
  const side = new Set<string>([id]);
  let parent = registry.get(id)?.memberOf;
  while (parent && !side.has(parent)) {
    side.add(parent);
    parent = registry.get(parent)?.memberOf;
  }
  return side;
}

/** `statements` in document order (by sentence): a response looks back over the last RESPONSE_WINDOW sentences only. */
export function linkResponds(t: TokenTable, statements: readonly DocStatement[], registry: ActorRegistry): void {
  statements.forEach((st, index) => {
    if (st.stance !== 'denies' && st.stance !== 'rejects') return;
    const side = sideOf(registry, st.speaker);
    // the other side's statements within the window, the most recent first
    const earlier: DocStatement[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const e = statements[j] as DocStatement;
      if (st.sentence - e.sentence > RESPONSE_WINDOW) break;
      if (!side.has(e.speaker) && !sideOf(registry, e.speaker).has(st.speaker)) earlier.push(e);
    }
    if (!earlier.length) return;
    const against = (e: DocStatement): boolean =>
      e.stance === 'accuses' && e.targets.some((id) => side.has(id) || sideOf(registry, id).has(st.speaker));
    const anaphor = anaphoricNoun(t, st);
    if (anaphor) {
      if (ACCUSATION_ANAPHORS.has(anaphor)) {
        const hit = earlier.find(against) ?? earlier.find((e) => e.stance === 'accuses');
        if (hit) st.responds = [hit.id];
        return;
      }
      if (PLURAL_ANAPHORS.has(anaphor)) {
        const run: string[] = [];
        for (const e of earlier) {
          if (run.length >= PLURAL_RUN || st.sentence - e.sentence > RESPONSE_WINDOW / 2) break;
          run.push(e.id);
        }
        st.responds = run.reverse();
        return;
      }
      st.responds = [(earlier[0] as DocStatement).id];
      return;
    }
    if (st.stance === 'denies') {
      const hit = earlier.find(against);
      if (hit) {
        st.responds = [hit.id];
        return;
      }
    }
    const words = stems(t, st);
    let best: DocStatement | undefined;
    let bestScore = 0;
    for (const e of earlier) {
      const score = overlap(words, stems(t, e));
      if (score > bestScore) [best, bestScore] = [e, score];
    }
    if (best) st.responds = [best.id];
  });
}

/** "the charge", "that claim", "these reports": the noun, when the whole content is such an anaphor. */
function anaphoricNoun(t: TokenTable, st: DocStatement): string | undefined {
  const { first, last } = st.content;
  if (last - first > 3) return undefined;
  if (!/^(the|that|this|these|those|such|any|all|its|their|his|her|a|an)$/.test(t.lower[first] as string))
    return undefined;
  const noun = t.lower[last] as string;
  return ANAPHORIC_CLAIM_NOUNS.has(noun) ? noun : undefined;
}

const STOP = new Set([
  'the',
  'and',
  'that',
  'this',
  'with',
  'from',
  'have',
  'been',
  'were',
  'will',
  'would',
  'their',
  'there',
  'which',
  'about',
  'other',
  'after',
  'before',
  'should',
  'could',
  'they',
  'them',
  'into',
  'also',
  'more',
  'than',
  'then',
  'only',
  'said',
  'says',
  'what',
  'when',
  'where',
  'while',
  'alone',
  'let',
]);

function stems(t: TokenTable, st: DocStatement): Set<string> {
  const out = new Set<string>();
  for (let k = st.content.first; k <= st.content.last; k++) {
    const lower = t.lower[k] as string;
    if (lower.length < 4 || STOP.has(lower) || !/^\p{L}/u.test(lower)) continue;
    out.add(lower.slice(0, 5));
  }
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
