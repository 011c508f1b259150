// Noun lists that decide stance and links: what counts as a claim (rejecting it denies it),
// a proposal (rejecting it refuses it), an anaphoric reference to an earlier claim, a word
// of falsehood, and a charge of wrongdoing.

/** Rejecting/dismissing one of these says it is false: stance `denies`. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'account',
  'accounts', 'report', 'reports', 'reporting', 'assertion', 'assertions', 'suggestion', 'suggestions',
  'characterisation', 'characterization', 'description', 'version', 'story', 'stories', 'narrative', 'findings',
  'assessment', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'notion', 'developments', 'development',
  'figures', 'figure', 'statement', 'statements', 'remarks', 'comments', 'conclusion', 'conclusions', 'theory',
  'accusation', 'insinuation', 'insinuations', 'portrayal', 'interpretation', 'reports', 'criticism', 'criticisms',
  'testimony', 'evidence', 'idea', 'view', 'analysis', 'estimate', 'estimates', 'data', 'study', 'research',
  'explanation', 'explanations', 'justification', 'denial', 'denials', 'argument', 'arguments', 'excuse', 'excuses',
  'assurance', 'assurances', 'verdict', 'tally', 'count', 'results', 'result', 'figures',
]);

/** Rejecting one of these refuses it: stance `rejects`. */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'offer', 'offers', 'proposal', 'proposals', 'plan', 'plans', 'call', 'calls', 'demand',
  'demands', 'request', 'requests', 'deal', 'deals', 'ceasefire', 'truce', 'resolution', 'agreement', 'invitation',
  'ultimatum', 'bid', 'terms', 'conditions', 'appeal', 'appeals', 'negotiations', 'compromise', 'settlement',
  'initiative', 'motion', 'bill', 'amendment', 'pay', 'contract', 'merger', 'takeover', 'sanctions', 'measures',
  'request', 'suggestion',
]);

/** Words that, following a demonstrative or article, point back to an earlier claim. */
export const ANAPHORIC_CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'account',
  'accounts', 'report', 'reports', 'developments', 'description', 'characterisation', 'characterization',
  'version', 'story', 'suggestion', 'assertion', 'remarks', 'comments', 'statement', 'criticism', 'figures',
  'findings', 'portrayal', 'narrative', 'insinuation', 'insinuations',
]);

/** Singular anaphors answer one statement; plurals answer the run of recent ones. */
export const PLURAL_ANAPHORS: ReadonlySet<string> = new Set([
  'charges', 'accusations', 'allegations', 'claims', 'accounts', 'reports', 'developments', 'remarks', 'comments',
  'figures', 'findings', 'insinuations',
]);

/** Anaphors that refer to accusations in particular. */
export const ACCUSATION_ANAPHORS: ReadonlySet<string> = new Set([
  'charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'criticism', 'insinuation', 'insinuations',
]);

/** Words calling something false: "the report was baseless" in said-content denies the report. */
export const FALSITY: ReadonlySet<string> = new Set([
  'false', 'untrue', 'baseless', 'groundless', 'unfounded', 'fabricated', 'fabrication', 'fabrications',
  'nonsense', 'lie', 'lies', 'fake', 'absurd', 'ridiculous', 'inaccurate', 'incorrect', 'wrong', 'misleading',
  'bogus', 'fiction', 'fictitious', 'propaganda', 'disinformation', 'misinformation', 'slander', 'smear',
  'defamatory', 'erroneous', 'distorted', 'distortion', 'invented', 'made-up', 'hoax', 'rubbish',
]);

/** Wrongdoing: content that charges a named actor with one of these is an accusation. */
export const WRONGDOING: ReadonlySet<string> = new Set([
  'lie', 'lied', 'lies', 'lying', 'crime', 'crimes', 'criminal', 'murder', 'murdered', 'massacre', 'massacred',
  'atrocity', 'atrocities', 'genocide', 'violated', 'violating', 'violates', 'violation', 'violations', 'breach',
  'breached', 'breaching', 'breaches', 'illegal', 'illegally', 'unlawful', 'unlawfully', 'aggression',
  'terrorism', 'terrorist', 'sabotage', 'sabotaged', 'sabotaging', 'deceived', 'deceiving', 'deception',
  'cheated', 'cheating', 'corrupt', 'corruption', 'bribery', 'bribes', 'fraud', 'fraudulent', 'stole', 'stolen',
  'stealing', 'tortured', 'torture', 'abuses', 'abused', 'hypocrisy', 'hypocritical', 'backtracking', 'reneged',
  'betrayed', 'betrayal', 'covered', 'cover-up', 'manipulated', 'manipulating', 'meddling', 'interfering',
  'interference', 'provocation', 'provocations', 'provocative', 'blackmail', 'extortion', 'bad faith', 'smuggling',
  'colluded', 'collusion', 'falsified', 'rigged', 'rigging', 'looted', 'looting', 'annexed', 'obstructed', 'obstructing', 'stalling', 'stalled',
  'negligence', 'negligent', 'misconduct', 'wrongdoing', 'harassment', 'discrimination', 'persecution',
  'deliberately', 'intentionally', 'hiding', 'hid', 'concealing', 'concealed', 'starve', 'starving', 'shield', 'shields',
  'misled', 'misleading', 'bullying', 'intimidating', 'intimidation', 'threatening', 'provoking', 'exploiting', 'exploited',
  'endangering', 'endangered', 'recklessly', 'reckless', 'abusing', 'inflated', 'overcharged', 'embezzled',
  'embezzlement', 'laundered', 'laundering', 'bribed', 'extorted', 'smuggled', 'hidden', 'conceal', 'hide', 'mislead',
]);

/**
 * Verbs of a sanction: content whose verb is one of these, with a named actor as its object, charges
 * that actor ("Ibama has fined meatpacker X for …, the agency said" accuses X).
 */
export const SANCTIONS: ReadonlySet<string> = new Set([
  'fined', 'sued', 'sanctioned', 'penalised', 'penalized', 'prosecuted', 'indicted', 'convicted', 'charged',
  'punished', 'censured', 'reprimanded', 'suspended', 'banned', 'expelled', 'blacklisted',
]);

/** Groups of people that speak as one (subjects of "said"): kind and grammatical number. */
export const GROUP_NOUNS: ReadonlyMap<string, { kind: 'armed-group' | 'government' | 'military' | 'other' | 'political-group' | 'media' | 'ngo'; plural: boolean }> = new Map([
  ['rebels', { kind: 'armed-group', plural: true }],
  ['insurgents', { kind: 'armed-group', plural: true }],
  ['militants', { kind: 'armed-group', plural: true }],
  ['fighters', { kind: 'armed-group', plural: true }],
  ['jihadists', { kind: 'armed-group', plural: true }],
  ['separatists', { kind: 'armed-group', plural: true }],
  ['militia', { kind: 'armed-group', plural: false }],
  ['militias', { kind: 'armed-group', plural: true }],
  ['opposition', { kind: 'political-group', plural: false }],
  ['protesters', { kind: 'other', plural: true }],
  ['demonstrators', { kind: 'other', plural: true }],
  ['activists', { kind: 'other', plural: true }],
  ['officials', { kind: 'government', plural: true }],
  ['authorities', { kind: 'government', plural: true }],
  ['police', { kind: 'government', plural: true }],
  ['prosecutors', { kind: 'government', plural: true }],
  ['investigators', { kind: 'government', plural: true }],
  ['lawmakers', { kind: 'government', plural: true }],
  ['legislators', { kind: 'government', plural: true }],
  ['diplomats', { kind: 'government', plural: true }],
  ['troops', { kind: 'military', plural: true }],
  ['soldiers', { kind: 'military', plural: true }],
  ['witnesses', { kind: 'other', plural: true }],
  ['residents', { kind: 'other', plural: true }],
  ['analysts', { kind: 'other', plural: true }],
  ['experts', { kind: 'other', plural: true }],
  ['doctors', { kind: 'other', plural: true }],
  ['medics', { kind: 'other', plural: true }],
  ['scientists', { kind: 'other', plural: true }],
  ['researchers', { kind: 'other', plural: true }],
  ['critics', { kind: 'other', plural: true }],
  ['campaigners', { kind: 'other', plural: true }],
  ['workers', { kind: 'other', plural: true }],
  ['employers', { kind: 'other', plural: true }],
  ['lawyers', { kind: 'other', plural: true }],
  ['unions', { kind: 'other', plural: true }],
  ['employees', { kind: 'other', plural: true }],
  ['unions', { kind: 'other', plural: true }],
  ['sources', { kind: 'other', plural: true }],
  ['observers', { kind: 'other', plural: true }],
  ['monitors', { kind: 'ngo', plural: true }],
  ['journalists', { kind: 'media', plural: true }],
  ['media', { kind: 'media', plural: true }],
]);

/** Bodies that a state (or its demonym) owns: "<Syrian> army", "<Russian> state media", "government forces". */
export const STATE_BODIES: ReadonlyMap<string, 'government' | 'military' | 'media'> = new Map([
  ['army', 'military'],
  ['military', 'military'],
  ['armed forces', 'military'],
  ['forces', 'military'],
  ['government forces', 'military'],
  ['security forces', 'military'],
  ['air force', 'military'],
  ['navy', 'military'],
  ['defence ministry', 'government'],
  ['defense ministry', 'government'],
  ['foreign ministry', 'government'],
  ['interior ministry', 'government'],
  ['health ministry', 'government'],
  ['finance ministry', 'government'],
  ['justice ministry', 'government'],
  ['ministry', 'government'],
  ['embassy', 'government'],
  ['presidency', 'government'],
  ['cabinet', 'government'],
  ['parliament', 'government'],
  ['state media', 'media'],
  ['state television', 'media'],
  ['state tv', 'media'],
  ['state news agency', 'media'],
  ['state broadcaster', 'media'],
  ['state-run media', 'media'],
  ['state-run television', 'media'],
  ['state-run news agency', 'media'],
]);

/** "<demonym> government", "the government": the state itself speaks (the model keeps one node per state). */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'leadership']);

/** First words of place names ("Camp Aguinaldo", "Port Sudan", "Mount Sinjar"): such names are places, not actors. */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(['camp', 'fort', 'mount', 'lake', 'cape', 'port', 'gulf', 'strait', 'isla', 'lac']);

/** Last words of place names ("Gaza Strip", "Kherson Province", "Second Thomas Shoal"). */
export const PLACE_LAST_WORDS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'river', 'island', 'islands', 'peninsula', 'valley', 'desert', 'bay', 'street', 'square', 'avenue',
  'road', 'airport', 'airbase', 'province', 'district', 'region', 'county', 'village', 'town', 'strip', 'heights',
  'shoal', 'reef', 'canal', 'crossing', 'mountains', 'highway', 'plateau', 'oblast', 'governorate', 'camp',
]);

/** What a named person or organisation has that speaks for it ("Okafor's campaign", "Greenpeace's lawyers"), and its kind. */
export const AFFILIATES: ReadonlyMap<string, 'political-group' | 'other' | 'person'> = new Map([
  ['campaign', 'political-group'], ['camp', 'political-group'], ['party', 'political-group'], ['team', 'other'],
  ['office', 'other'], ['family', 'other'], ['lawyers', 'other'], ['lawyer', 'person'], ['attorneys', 'other'],
  ['attorney', 'person'], ['representatives', 'other'], ['supporters', 'other'], ['allies', 'other'],
]);
