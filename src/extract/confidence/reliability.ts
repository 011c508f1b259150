// How often each rule is right when it fires, as data: the confidence of a statement is the
// product of its rules' reliabilities (./confidence.ts). The figures are set from what each rule
// reads, not fitted on any corpus: a rule that sees the cue, the content and the speaker side by
// side ('"Y," X said') is near certain; one that infers across sentences (a lone quotation taken
// up by the next speaker, a pronoun's referent, a definite description) much less so. Speaker
// rules are keyed by `<family>/<rule>` and, for a rule not listed, by `<family>`: a new speaker
// rule inherits its family's figure. Checked, never tuned, against real news
// (`node bin/reliability.mjs`, README "Confidence"); statements above 0.9 must be right at least
// nine times in ten there.

/** Attribution rules (`attribution/<name>`) that find a statement. */
export const ATTRIBUTION_RELIABILITY: Readonly<Record<string, number>> = {
  // quotation, cue and speaker side by side: '"Y," X said' · '"Y," said X'
  'quote-first': 0.97,
  inverted: 0.97,
  // 'Said X: "Y"': cue, speaker and quotation side by side
  'said-first': 0.95,
  // a reporting verb with its clause: 'X said (that) Y' (the clause's end is a judgement)
  'content-after': 0.95,
  'according-to-first': 0.93,
  'according-to-after': 0.93,
  // verbs that name what the speaker does: 'X accused Y of Z', 'X condemned Y', 'X called Y Z'
  'accuses-of': 0.92,
  condemns: 0.92,
  'calls-something': 0.9,
  'calls-false': 0.9,
  'blames-on': 0.9,
  alleges: 0.9,
  // unquoted content before its cue: 'Y, X said' (where Y starts is a judgement)
  'content-first': 0.9,
  'content-first-aside': 0.85,
  'passive-by': 0.85,
  'colon-quote': 0.85,
  // a transcript's 'NAME: …' paragraph; '<speaker> said:' with the quotation in the next sentence
  'transcript-turn': 0.85,
  'quote-after-colon': 0.85,
  // a statement noun owned by a name ("X's claim that Y"): where the content ends is a guess
  'owned-statement': 0.8,
  'owned-topic': 0.8,
  // a message named before a colon ('X released the following statement:'), its words after it
  'message-colon': 0.85,
  'message-after-colon': 0.8,
  // a verb whose object is the content ('X rejected the offer'), a headline's 'X: Y'
  'object-only': 0.75,
  // an answer word or "the same" as the whole content ('Asked if Y, X said yes'): the answer is
  // certain, what it answers is left to the reader
  'short-answer': 0.85,
  // 'As X said, Y': the clause's comma ends the cue's phrase, all after it is the content
  'as-clause': 0.9,
  // a participle opening the sentence, its speaker the main clause's subject after the comma
  'fronted-participle': 0.85,
  // a participle on a name in object position ('footage of X saying Y'): the name may be only its topic
  'participle-of-name': 0.8,
  'headline-colon': 0.75,
  // a headline's 'Surname: Y' or 'Poll: Y', read from the form alone
  'headline-name': 0.75,
  // across sentences: a lone quotation taken up by the next sentence's speaker, figures carried on
  'quote-ahead': 0.7,
  'figures-continued': 0.6,
};

/** Attribution rules that run a statement on into a later sentence: each use multiplies its confidence. */
export const EXTENSION_RELIABILITY: Readonly<Record<string, number>> = {
  'quote-continued': 0.98,
  'quote-runs-on': 0.97,
  'turn-runs-on': 0.97,
};

/** Speaker rules (`speaker/<family>/<rule>`), by rule, else by family. */
export const SPEAKER_RELIABILITY: Readonly<Record<string, number>> = {
  // a person's name at the cue ('Smith said', 'Foreign Minister Anna Berg said')
  'name/titled-person': 0.97,
  'name/owner-titled-person': 0.97,
  'unknown-name/person-name': 0.97,
  'unknown-name/surname-alone': 0.97,
  'unknown-name/known-surname': 0.95,
  // a demonym standing alone that the document gave a person as a surname ('Karl Polish … Polish said')
  'name/demonym-surname': 0.95,
  'noun/titled-person': 0.97,
  // a listed name: often a state or an organisation standing for someone unnamed
  name: 0.92,
  // a capitalised name of unknown kind: a person, an organisation or a place
  'unknown-name': 0.9,
  'unknown-name/place-name': 0.5,
  'unknown-name/not-a-person': 0.6,
  // an unnamed source as written ('officials said', 'a company spokesman said')
  noun: 0.9,
  demonym: 0.85,
  // the subject of a verb coordinated with the cue ('X denied the charge and said …')
  'coordinated-subject': 0.85,
  extension: 0.85,
  // resolved across sentences: a definite description, a pronoun. A sentence-opening pronoun
  // mostly continues the previous subject; elsewhere, in passages where speakers alternate or a
  // quotation is about someone else, the latest subject is often not the speaker.
  description: 0.6,
  'pronoun/opening-subject': 0.7,
  // a pronoun tagging a quotation that opens its sentence, taken as the sentence before's subject
  'pronoun/quote-tag': 0.7,
  pronoun: 0.5,
  'pronoun-mention': 0.5,
};

/** Stance refinements (`stance/<rule>`): a second inference on top of the attribution. */
export const STANCE_RELIABILITY = 0.95;

/** A rule no table lists (a new rule before its figure is set): counted as a guess. */
export const UNLISTED_RELIABILITY = 0.5;
