// Reporting verbs: the word forms that can introduce an attributed statement, with the
// stance they carry by default and how their content is found. Stance may still change
// from what the content says (src/extract/stance). Appeals ("urged", "called for",
// "demanded") are deliberately absent: SPEC.md does not count them as statements.
import type { Stance } from '../../model/kinds.ts';
import { DAYS, MONTHS, WHEN } from './time.ts';

/**
 * How a cue takes its content: `clause` (said that …, said …), `object` (announced talks,
 * denied the charge), `accuse` (accused X of …, blamed X for …), `condemn` (condemned X),
 * `tell` (told X that …), `call` (called the claims baseless), `colon` ('X: "Y"', a headline's "X: Y"),
 * `noun` (a statement noun owned by its speaker: "Okafor's claim that …").
 */
export type CueFrame = 'clause' | 'object' | 'accuse' | 'condemn' | 'tell' | 'call' | 'colon' | 'noun';

export interface CueSense {
  stance: Stance;
  frame: CueFrame;
  /** Participles ("saying", "accusing") attach to the subject of the main clause. */
  participle?: boolean;
}

/**
 * A verb's forms: base, third person, past (and past participle), present participle. Regular
 * English spelling rules; irregular or doubled forms are given ("wrote", "admitted").
 */
function inflect(base: string, past?: string | string[], ing?: string): string[] {
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? `${base.slice(0, -1)}ies` : /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  const pasts = past ?? (consonantY ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`);
  const participle = ing ?? (base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`);
  return [base, third, ...(Array.isArray(pasts) ? pasts : [pasts]), participle];
}

/** [verbs, stance, frame]: each verb is its base, or [base, past(s), participle] when irregular. */
type Verb = string | [string, string | string[], string?];
const table: [Verb[], Stance, CueFrame][] = [
  // saying, with a clause or a quotation: "X said (that) Y", '"Y," X added'
  [
    [
      ['say', 'said'],
      'state',
      'add',
      'warn',
      'insist',
      'claim',
      'maintain',
      'reaffirm',
      'assert',
      'argue',
      'stress',
      'confirm',
      'acknowledge',
      ['admit', 'admitted', 'admitting'],
      'declare',
      'report',
      ['write', ['wrote', 'written'], 'writing'],
      'tweet',
      'post',
      ['blog', 'blogged', 'blogging'],
      'explain',
      'note',
      'predict',
      'estimate',
      'vow',
      'pledge',
      'promise',
      'suggest',
      'conclude',
      'recall',
      'reveal',
      'recount',
      'observe',
      'remark',
      'concede',
      'contend',
      'complain',
      'lament',
      'bemoan',
      'boast',
      ['brag', 'bragged', 'bragging'],
      'joke',
      ['quip', 'quipped', 'quipping'],
      'emphasize',
      'emphasise',
      'reiterate',
      'repeat',
      'mention',
      'disclose',
      'hint',
      'speculate',
      'testify',
      'retort',
      'shout',
      'exclaim',
      'whisper',
      'mutter',
      'grumble',
      'proclaim',
      'affirm',
      ['swear', ['swore', 'sworn']],
      'guarantee',
      ['forecast', 'forecast'],
      'reply',
      'respond',
      'answer',
      'caution',
      'opine',
      'muse',
      'theorize',
      'theorise',
      'point',
      ['put', 'put', 'putting'],
      'clarify',
      'interject',
      'counter',
      'scoff',
      'fume',
      'comment',
      ['chime', 'chimed', 'chiming'],
    ],
    'asserts',
    'clause',
  ],
  // saying with an object: "X announced talks", "X described the plan as Y", "X praised Y for Z"
  [
    [
      'announce',
      'describe',
      'tout',
      'praise',
      'hail',
      'laud',
      'commend',
      'applaud',
      'congratulate',
      'welcome',
      'question',
      'echo',
      'extol',
      'characterize',
      'characterise',
    ],
    'asserts',
    'object',
  ],
  // telling someone: "X told Z (that) Y", "X assured voters that Y"
  [[['tell', 'told'], 'assure', 'inform', 'remind', 'notify'], 'asserts', 'tell'],
  [['allege', 'charge'], 'accuses', 'clause'],
  // blaming and attacking someone: "X accused Y of Z", "X slammed Y for Z", "X mocked Y"
  [
    [
      'accuse',
      'blame',
      'criticise',
      'criticize',
      ['slam', 'slammed', 'slamming'],
      'blast',
      'attack',
      'mock',
      'ridicule',
      'lambaste',
      'berate',
      'chide',
      'rebuke',
      'scold',
      'fault',
      'bash',
      'deride',
      'assail',
      'castigate',
      'excoriate',
      'rail',
    ],
    'accuses',
    'accuse',
  ],
  [['condemn', 'denounce', 'decry', 'deplore'], 'accuses', 'condemn'],
  [['deny', 'dispute', 'dismiss', 'refute', ['rebut', 'rebutted', 'rebutting']], 'denies', 'object'],
  [['reject', 'refuse', 'rule'], 'rejects', 'object'],
  [['call'], 'denies', 'call'],
];

const forms = (verb: Verb): string[] => (typeof verb === 'string' ? inflect(verb) : inflect(...verb));

/** Word form (lower case) → sense. */
export const CUES: ReadonlyMap<string, CueSense> = new Map(
  table.flatMap(([verbs, stance, frame]) =>
    verbs
      .flatMap(forms)
      .map((form): [string, CueSense] => [
        form,
        { stance, frame, ...(form.endsWith('ing') ? { participle: true } : {}) },
      ]),
  ),
);

/**
 * Third-person reporting verbs that end a capitalised name in a title-case headline ("Dana Wilk
 * Says She Will Run", "Okafor Warns Of Cuts"): every -s form of a cue except those that are
 * also nouns inside names ("House Rules Committee", "Consumer Reports", "Claims Court").
 */
export const HEADLINE_CUES: ReadonlySet<string> = new Set(
  [...CUES.keys()].filter(
    (form) =>
      /[^s]s$/.test(form) &&
      ![
        'states',
        'points',
        'puts',
        'posts',
        'rules',
        'questions',
        'reports',
        'charges',
        'answers',
        'notes',
        'comments',
        'estimates',
        'forecasts',
        'claims',
        'attacks',
        'pledges',
        'promises',
        'guarantees',
        'remarks',
        'hints',
        'echoes',
        'welcomes',
        'counters',
        'blogs',
        'tweets',
        'replies',
        'vows',
      ].includes(form),
  ),
);

/** Forms whose base is ambiguous with a noun or needs a particle ("rule out"): checked by the cue finder. */
export const NEEDS_PARTICLE: ReadonlyMap<string, string> = new Map([
  ...inflect('rule').map((form): [string, string] => [form, 'out']),
  ...inflect('point').map((form): [string, string] => [form, 'out']),
  ...inflect('rail').map((form): [string, string] => [form, 'against']),
  // "as X put it, …": see PUT_IT_FOLLOWERS
  ...inflect('put', 'put', 'putting').map((form): [string, string] => [form, 'it']),
  ...inflect('chime', 'chimed', 'chiming').map((form): [string, string] => [form, 'in']),
]);

/**
 * "put it" reports words only when it closes the phrase ("as X put it, …", 'X put it: "…"',
 * "…, as X put it."), not "put it on the table" or "put it to a vote".
 */
export const PUT_IT_FOLLOWERS: ReadonlySet<string> = new Set([',', ':', '.', ';', '--', '—', '–']);

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

/**
 * Verbs that lead into a reporting verb without a statement of their own, kept in the cue span:
 * "appeared to suggest", "seemed to concede", "went on to say", "could not resist pointing out",
 * "kept insisting". Each maps to the word the reporting verb takes after it ("to" + base form or
 * an -ing form). Refusals ("refused to say", "declined to comment") are not here: they say nothing.
 */
export const LEAD_IN_VERBS: ReadonlyMap<string, 'to' | 'ing'> = new Map([
  ...[
    ...inflect('appear'),
    ...inflect('seem'),
    ...inflect('continue'),
    ...inflect('proceed'),
    ...inflect('hasten'),
  ].map((form): [string, 'to' | 'ing'] => [form, 'to']),
  // "went on to say": the particle sits between the verb and "to"
  ...['go', 'goes', 'went', 'gone', 'going'].map((form): [string, 'to' | 'ing'] => [form, 'to']),
  ...[...inflect('resist'), 'keep', 'keeps', 'kept', 'keeping'].map((form): [string, 'to' | 'ing'] => [form, 'ing']),
]);

/** Adverbs a reporting verb may take between its auxiliary and itself ("is once again questioning", "has also said"). */
export const MAX_ADVERBS_AFTER_AUXILIARY = 3;

/**
 * Labels before a colon that name a field or a kind of item, not a speaker ("BYLINE: …",
 * "EMAIL: …", "VIDEO: …", "BREAKING: …"); the headline and transcript colon rules skip them, and
 * a headline may open with one before its source ("EXCLUSIVE – Okafor: …").
 */
export const FIELD_LABELS: ReadonlySet<string> = new Set([
  'byline',
  'email',
  'e-mail',
  'note',
  'editor',
  'correction',
  'update',
  'updated',
  'published',
  'video',
  'photo',
  'audio',
  'watch',
  'listen',
  'breaking',
  'exclusive',
  'live',
  'boom',
  'wow',
  'related',
  'contact',
  'tags',
  'source',
  'sources',
  'credit',
  'caption',
]);

/**
 * Messages a speaker issues, after which a participle reports what they say: "issued a statement
 * saying …", "posted a video claiming …", "sent out a series of tweets insisting …".
 */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  [
    'statement',
    'letter',
    'tweet',
    'post',
    'message',
    'email',
    'e-mail',
    'note',
    'memo',
    'video',
    'ad',
    'advertisement',
    'release',
    'column',
    'essay',
    'op-ed',
    'editorial',
    'speech',
    'address',
    'interview',
    'filing',
    'report',
    'text',
    'comment',
    'remark',
    'answer',
    'response',
    'reply',
  ].flatMap((noun) => [noun, `${noun}s`]),
);

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

/**
 * Reporting verbs with a common other sense ("repeated the test", "recalled the product",
 * "posted a loss", "answered the door"): cues only with a clause or quotation beside them.
 */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set(
  ['repeat', 'recall', 'post', 'answer', 'observe', 'muse', 'state', 'comment', 'counter', 'chime'].flatMap((verb) =>
    inflect(verb),
  ),
);

/**
 * Prepositions a reporting gerund hangs on the main clause by: "began by saying …", "after
 * admitting …", "while insisting …", "despite conceding …". The gerund's speaker is then the
 * clause's subject. ("for saying" and "from saying" are left out: "criticised X for saying" is X's.)
 */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set([
  'by',
  'after',
  'before',
  'while',
  'since',
  'upon',
  'when',
  'besides',
  'despite',
]);

/**
 * Statement nouns a named owner's possessive makes a cue, with the word that opens their content:
 * "Okafor's claim that …", "the ministry's announcement that …", "Ortiz's promise to …".
 */
export const OWNED_STATEMENT_NOUNS: ReadonlyMap<string, 'that' | 'to'> = new Map([
  ...[
    'claim',
    'claims',
    'assertion',
    'contention',
    'insistence',
    'suggestion',
    'warning',
    'announcement',
    'admission',
    'argument',
    'statement',
    'allegation',
    'accusation',
    'charge',
    'denial',
  ].map((noun): [string, 'that' | 'to'] => [noun, 'that']),
  ...['promise', 'pledge', 'vow', 'threat'].map((noun): [string, 'that' | 'to'] => [noun, 'to']),
]);

/**
 * Statement nouns whose owner's words are aimed at or are about what a preposition after them names
 * ("Okafor's attacks on Duarte", "her remarks about the port", "his praise for the mayor"): the
 * prepositions each takes and the stance of what its owner said.
 */
export const OWNED_TOPIC_NOUNS: ReadonlyMap<string, { prepositions: ReadonlySet<string>; stance: Stance }> = new Map(
  (
    [
      [['attack'], ['on', 'against'], 'accuses'],
      [['criticism'], ['of'], 'accuses'],
      [['accusation', 'allegation', 'charge'], ['against'], 'accuses'],
      [['comment', 'remark', 'statement'], ['on', 'about'], 'asserts'],
      [['claim'], ['about', 'of'], 'asserts'],
      [['warning'], ['about', 'of', 'against'], 'asserts'],
      [['praise'], ['for', 'of'], 'asserts'],
    ] as [string[], string[], Stance][]
  ).flatMap(([nouns, prepositions, stance]) =>
    nouns.flatMap((noun) =>
      [noun, `${noun}s`].map((form) => [form, { prepositions: new Set(prepositions), stance }] as const),
    ),
  ),
);

/** The token of the preposition right after an owned topic noun at `noun` ("attacks on"), else -1. */
export function ownedTopicAt(lower: (k: number) => string, noun: number, last: number): number {
  const topic = OWNED_TOPIC_NOUNS.get(lower(noun));
  return topic && noun + 1 < last && topic.prepositions.has(lower(noun + 1)) ? noun + 1 : -1;
}

/** Adjectives an owned statement noun may take after its owner ("his repeated claim", "Okafor's stern warning"). */
export const OWNED_MODIFIER_REACH = 2;

/** Tokens a phrase of time may take between an owned statement noun and its opener ("his claim in November that"). */
const OWNED_TIME_REACH = 3;
const OWNED_TIME_WORDS: ReadonlySet<string> = new Set([
  ...DAYS,
  ...MONTHS,
  ...WHEN,
  'on',
  'in',
  'last',
  'this',
  'week',
  'month',
  'year',
]);

/**
 * The token of the word opening an owned statement's content ("that", or the noun's own opener:
 * "promise to"), right after the noun at `noun` or past a short phrase of time ("his claim on
 * Monday that"); else -1.
 */
export function ownedOpenerAt(lower: (k: number) => string, noun: number, last: number): number {
  const opener = OWNED_STATEMENT_NOUNS.get(lower(noun));
  if (opener === undefined) return -1;
  for (let k = noun + 1; k < last && k <= noun + 1 + OWNED_TIME_REACH; k++) {
    if (lower(k) === 'that' || lower(k) === opener) return k;
    if (!OWNED_TIME_WORDS.has(lower(k))) return -1;
  }
  return -1;
}

/** An adjective before an owned statement noun, or a participle the tagger read as a verb ("repeated", "stated"). */
export function isOwnedModifier(pos: string, lower: string): boolean {
  return pos === 'ADJ' || (pos === 'VERB' && lower.endsWith('ed'));
}

/**
 * Words a reporting verb may take as its whole content, answering a question put before ("Asked if
 * the plan was legal, 46 percent said yes", "half said so", "Okafor said no"), and the phrase that
 * repeats an earlier answer ("26 percent said the same").
 */
export const SHORT_ANSWERS: ReadonlySet<string> = new Set(['yes', 'no', 'so']);
export const SAME_ANSWER: readonly [string, string] = ['the', 'same'];
