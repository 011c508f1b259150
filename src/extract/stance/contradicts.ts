// Said-content that contradicts an earlier claim denies it (SPEC.md §1: "content that says an
// earlier claim in the document is false is denies, even after 'said'"). Two signs, both needed:
// the content negates a past or present state of affairs ("had never made a request", "had been
// nowhere near the camp", "did not fire"), not a future course ("would not attend": a refusal of
// sorts, left as asserted); and it answers a recent statement by the other side, either an
// accusation against the speaker's side or a claim whose words it takes up.
import type { TokenTable } from '../nlp/tokens.ts';
import type { ActorRegistry } from '../actors/registry.ts';
import { sideOf, type DocStatement } from '../links/links.ts';

/** How many sentences back the contradicted statement may be. */
const WINDOW = 6;
/** Content words two statements must share for one to take up the other's claim. */
const SHARED_WORDS = 3;

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'nowhere', 'no', 'nothing']);
/** Auxiliaries of a state or a past event (not modals of the future). */
const STATE_AUX: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'did',
  'is',
  'are',
  'been',
  "'s",
  '’s',
]);
const STOP: ReadonlySet<string> = new Set([
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
  'never',
  'only',
  'they',
  'them',
  'into',
  'said',
]);

export function markContradictions(t: TokenTable, statements: readonly DocStatement[], registry: ActorRegistry): void {
  statements.forEach((st, index) => {
    // a direct quotation is the speaker's own case, seldom a point-by-point rebuttal
    if (st.stance !== 'asserts' || st.implicit || st.quoted || !negatesState(t, st)) return;
    const side = sideOf(registry, st.speaker);
    const words = contentWords(t, st);
    for (let j = index - 1; j >= 0; j--) {
      const e = statements[j] as DocStatement;
      if (st.sentence - e.sentence > WINDOW) return;
      if (side.has(e.speaker) || sideOf(registry, e.speaker).has(st.speaker)) continue;
      const against =
        e.stance === 'accuses' && e.targets.some((id) => side.has(id) || sideOf(registry, id).has(st.speaker));
      if (against || shared(words, contentWords(t, e)) >= SHARED_WORDS) {
        st.stance = 'denies';
        st.rules = [...(st.rules ?? []), 'stance/contradicts-earlier'];
        return;
      }
    }
  });
}

function negatesState(t: TokenTable, st: DocStatement): boolean {
  for (let k = st.content.first + 1; k <= st.content.last; k++) {
    if (!NEGATIONS.has(t.lower[k] as string)) continue;
    // the auxiliary before the negation, past a quotation mark or one adverb ('had “never', 'had also not')
    let j = k - 1;
    if (j > st.content.first && (t.pos[j] === 'PUNCT' || t.pos[j] === 'ADV')) j--;
    if (STATE_AUX.has(t.lower[j] as string)) return true;
  }
  return false;
}

function contentWords(t: TokenTable, st: DocStatement): Set<string> {
  const out = new Set<string>();
  for (let k = st.content.first; k <= st.content.last; k++) {
    const lower = t.lower[k] as string;
    if (lower.length >= 4 && !STOP.has(lower) && /^\p{L}/u.test(lower)) out.add(lower.slice(0, 5));
  }
  return out;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
