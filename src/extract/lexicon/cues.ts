// Reporting verbs: the word forms that can introduce an attributed statement, with the
// stance they carry by default and how their content is found. Stance may still change
// from what the content says (src/extract/stance). Appeals ("urged", "called for",
// "demanded") are deliberately absent: SPEC.md does not count them as statements.
import type { Stance } from '../../model/kinds.ts';

/**
 * How a cue takes its content: `clause` (said that …, said …), `object` (announced talks,
 * denied the charge), `accuse` (accused X of …, blamed X for …), `condemn` (condemned X),
 * `tell` (told X that …), `call` (called the claims baseless).
 */
export type CueFrame = 'clause' | 'object' | 'accuse' | 'condemn' | 'tell' | 'call';

export interface CueSense {
  stance: Stance;
  frame: CueFrame;
  /** Participles ("saying", "accusing") attach to the subject of the main clause. */
  participle?: boolean;
}

const table: [string[], Stance, CueFrame][] = [
  [['say', 'says', 'said', 'saying'], 'asserts', 'clause'],
  [['state', 'states', 'stated', 'stating'], 'asserts', 'clause'],
  [['add', 'adds', 'added', 'adding'], 'asserts', 'clause'],
  [['warn', 'warns', 'warned', 'warning'], 'asserts', 'clause'],
  [['insist', 'insists', 'insisted', 'insisting'], 'asserts', 'clause'],
  [['claim', 'claims', 'claimed', 'claiming'], 'asserts', 'clause'],
  [['maintain', 'maintains', 'maintained', 'maintaining'], 'asserts', 'clause'],
  [['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'], 'asserts', 'clause'],
  [['assert', 'asserts', 'asserted', 'asserting'], 'asserts', 'clause'],
  [['argue', 'argues', 'argued', 'arguing'], 'asserts', 'clause'],
  [['stress', 'stresses', 'stressed', 'stressing'], 'asserts', 'clause'],
  [['confirm', 'confirms', 'confirmed', 'confirming'], 'asserts', 'clause'],
  [['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], 'asserts', 'clause'],
  [['admit', 'admits', 'admitted', 'admitting'], 'asserts', 'clause'],
  [['declare', 'declares', 'declared', 'declaring'], 'asserts', 'clause'],
  [['report', 'reports', 'reported', 'reporting'], 'asserts', 'clause'],
  [['write', 'writes', 'wrote', 'writing'], 'asserts', 'clause'],
  [['tweet', 'tweets', 'tweeted', 'tweeting'], 'asserts', 'clause'],
  [['explain', 'explains', 'explained', 'explaining'], 'asserts', 'clause'],
  [['note', 'notes', 'noted', 'noting'], 'asserts', 'clause'],
  [['predict', 'predicts', 'predicted', 'predicting'], 'asserts', 'clause'],
  [['estimate', 'estimates', 'estimated', 'estimating'], 'asserts', 'clause'],
  [['vow', 'vows', 'vowed', 'vowing'], 'asserts', 'clause'],
  [['pledge', 'pledges', 'pledged', 'pledging'], 'asserts', 'clause'],
  [['promise', 'promises', 'promised', 'promising'], 'asserts', 'clause'],
  [['announce', 'announces', 'announced', 'announcing'], 'asserts', 'object'],
  [['tell', 'tells', 'told', 'telling'], 'asserts', 'tell'],
  [['allege', 'alleges', 'alleged', 'alleging'], 'accuses', 'clause'],
  [['charge', 'charges', 'charged', 'charging'], 'accuses', 'clause'],
  [['accuse', 'accuses', 'accused', 'accusing'], 'accuses', 'accuse'],
  [['blame', 'blames', 'blamed', 'blaming'], 'accuses', 'accuse'],
  [
    ['criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing'],
    'accuses',
    'accuse',
  ],
  [['condemn', 'condemns', 'condemned', 'condemning'], 'accuses', 'condemn'],
  [['denounce', 'denounces', 'denounced', 'denouncing'], 'accuses', 'condemn'],
  [['deny', 'denies', 'denied', 'denying'], 'denies', 'object'],
  [['dispute', 'disputes', 'disputed', 'disputing'], 'denies', 'object'],
  [['dismiss', 'dismisses', 'dismissed', 'dismissing'], 'denies', 'object'],
  [['refute', 'refutes', 'refuted', 'refuting'], 'denies', 'object'],
  [['reject', 'rejects', 'rejected', 'rejecting'], 'rejects', 'object'],
  [['refuse', 'refuses', 'refused', 'refusing'], 'rejects', 'object'],
  [['rule', 'rules', 'ruled', 'ruling'], 'rejects', 'object'],
  [['call', 'calls', 'called', 'calling'], 'denies', 'call'],
];

/** Word form (lower case) → sense. */
export const CUES: ReadonlyMap<string, CueSense> = new Map(
  table.flatMap(([forms, stance, frame]) =>
    forms.map((form): [string, CueSense] => [
      form,
      { stance, frame, ...(form.endsWith('ing') ? { participle: true } : {}) },
    ]),
  ),
);

/** Forms whose base is ambiguous with a noun or needs a particle ("rule out"): checked by the cue finder. */
export const NEEDS_PARTICLE: ReadonlyMap<string, string> = new Map([
  ['rule', 'out'],
  ['rules', 'out'],
  ['ruled', 'out'],
  ['ruling', 'out'],
]);

/** Auxiliaries and modals that belong to the cue span ("has said", "have rejected", "had announced"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'having',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'can',
  'could',
  'must',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "'s",
  "'ve",
  "'d",
  '’s',
  '’ve',
  '’d',
]);

/** Nouns naming a written or spoken statement: "a ministry statement said", "a statement from X said". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'communique',
  'communiqué',
  'report',
  'letter',
  'release',
  'post',
  'tweet',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'official',
  'officials',
  'source',
  'sources',
  'representative',
  'representatives',
  'document',
  'memo',
  'filing',
  'announcement',
  'notice',
  'bulletin',
  'account',
]);

/** Verbs after "refused to" / "declined to" that withhold a statement rather than refuse a demand. */
export const SILENCE_VERBS: ReadonlySet<string> = new Set([
  'comment',
  'say',
  'speculate',
  'elaborate',
  'confirm',
  'discuss',
  'disclose',
  'reveal',
  'name',
  'identify',
  'answer',
  'respond',
  'give',
  'provide',
  'specify',
  'detail',
  'be',
]);
