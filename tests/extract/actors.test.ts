// Actor recognition on sentences written for this test: who speaks (label, kind, memberOf)
// when names carry ranks, bodies are named after their state, places sit where speakers could,
// bracketed acronyms follow the subject, and shared gazetteer names ("RSF", "Congo") occur.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/index.ts';

type Row = [pattern: string, text: string, speakers: [label: string, kind: string, memberOf: string | null][]];

const ROWS: Row[] = [
  [
    'a middle initial stays in the name, the place it is of stays in the mention',
    'Gov. Terry E. Branstad of Iowa said the vote was fair.',
    [['Terry E. Branstad', 'person', null]],
  ],
  [
    'a place and a title before a name, then the surname alone',
    'Former Ohio Gov. Dale Hanlon spoke on Friday. Hanlon said the plan would pass.',
    [['Dale Hanlon', 'person', null]],
  ],
  [
    'a full name with another given name is another person',
    'Ana Okafor said the bill was dead. Tomas Okafor, her brother, said it would pass.',
    [
      ['Ana Okafor', 'person', null],
      ['Tomas Okafor', 'person', null],
    ],
  ],
  [
    '"Mrs." takes the woman among the bearers of a surname',
    'Tomas Okafor opened the session. Ana Okafor spoke next. Mrs. Okafor said the bill was dead.',
    [['Ana Okafor', 'person', null]],
  ],
  [
    'a region is no referent of "he"',
    'Karl Brenner spoke on Monday. South Carolina voted on Tuesday. "We will win," he said.',
    [['Karl Brenner', 'person', null]],
  ],
  [
    'a name after "the" is no person',
    'Karl Brenner spoke on Monday. The Harlow Response Staff met on Tuesday. "We will win," he said.',
    [['Karl Brenner', 'person', null]],
  ],
  [
    'a name inside a quotation is no referent of the pronoun after it',
    'Karl Brenner spoke first. "Tomas Berg lied to us," he said.',
    [['Karl Brenner', 'person', null]],
  ],
  [
    'a rank after the post stays out of the name',
    'Navy spokesman Captain Ana Reyes said the frigate had returned to port.',
    [['Ana Reyes', 'person', null]],
  ],
  [
    'two-word rank after the post',
    'Army spokesman Brig. Gen. Omar Haddad told reporters the road was open.',
    [['Omar Haddad', 'person', null]],
  ],
  [
    'a body named after its state',
    'The Vietnam Coast Guard said the trawler had been towed away.',
    [['Vietnam Coast Guard', 'military', 'vietnam']],
  ],
  [
    'a person titled by such a body',
    'Vietnam Coast Guard spokesman Tran Van Minh said the trawler had been towed away.',
    [['Tran Van Minh', 'person', 'vietnam-coast-guard']],
  ],
  [
    'a place is not the antecedent of "he"',
    '"We are ready," Luis Ortega told reporters at Fort Bonifacio. He ruled out a retreat.',
    [
      ['Luis Ortega', 'person', null],
      ['Luis Ortega', 'person', null],
    ],
  ],
  [
    'bracketed acronym after the subject',
    'Nordhavn Shipping Company (NSC) denied that it had cancelled sailings.',
    [['Nordhavn Shipping Company', 'company', null]],
  ],
  [
    'a description takes up the subject, not a possessor',
    "Regulators fined meatpacker Delmar Foods on Monday. Greenpeace Brazil, which has tracked the company's supply chain, said the fine was overdue. According to the group, few fines are ever paid.",
    [
      ['Greenpeace', 'ngo', null],
      ['Greenpeace', 'ngo', null],
    ],
  ],
  [
    'a person titled by a description speaks for its referent',
    'Shipping firm Harbour Logistics rejected the offer. A company spokesman, Joost Verbeek, said the talks were over.',
    [
      ['Harbour Logistics', 'company', null],
      ['Joost Verbeek', 'person', 'harbour-logistics'],
    ],
  ],
  [
    'regression: a name before a curly apostrophe (’s) is still matched',
    'Senegal’s foreign ministry ruled out military intervention.',
    [['Senegalese foreign ministry', 'government', 'senegal']],
  ],
  [
    'a sentence-opening pronoun takes the previous subject',
    "Iran's state news agency IRNA said the tests had succeeded, citing Russia and China. It accused Israel of sabotage.",
    [
      ['Iranian state news agency IRNA', 'media', 'iran'],
      ['Iranian state news agency IRNA', 'media', 'iran'],
    ],
  ],
  [
    'an unnamed source with modifiers',
    'A senior official, speaking on condition of anonymity, said the talks had stalled.',
    [['senior official', 'person', null]],
  ],
  [
    'an unnamed source of a state',
    'A senior U.S. official said the talks had stalled.',
    [['senior U.S. official', 'person', 'united-states']],
  ],
  [
    "an organisation's unnamed official",
    "The EU's top diplomat said the bloc would not recognise the vote.",
    [['top diplomat', 'person', 'european-union']],
  ],
  [
    'a lower-case ministry with its complement',
    'The ministry of health said 45 people had died.',
    [['ministry of health', 'government', null]],
  ],
  ['local media as a source', 'According to local media, at least 12 people were killed.', [['media', 'media', null]]],
  [
    'a modified description with no organisation named before',
    '"There is no evidence of fraud," the electoral commission said in a statement.',
    [['electoral commission', 'government', null]],
  ],
  [
    'a group before a short place phrase',
    'Workers at the plant said they had not been paid for three months.',
    [['workers', 'other', null]],
  ],
  [
    'a name particle before a hyphen',
    "Sudan's army chief, General Abdel Fattah al-Burhan, vowed to fight on.",
    [['Abdel Fattah al-Burhan', 'person', null]],
  ],
  [
    'shared acronym: long form in the document',
    'Fighting spread as the Rapid Support Forces (RSF) advanced. The RSF said its fighters held the bridge.',
    [['Rapid Support Forces', 'armed-group', null]],
  ],
  [
    'shared acronym: context names the other meaning',
    'RSF, also known as Reporters Without Borders, said two reporters had been detained.',
    [['Reporters Without Borders', 'ngo', null]],
  ],
  [
    "a territory's ministry is its own, not the home state's",
    "Israel said the strike hit a weapons depot. Gaza's health ministry said 40 people were killed.",
    [
      ['Israel', 'state', null],
      ['Gaza health ministry', 'government', null],
    ],
  ],
  [
    'a territory named before its ministry',
    'The Gaza health ministry said 40 people were killed.',
    [['Gaza health ministry', 'government', null]],
  ],
  [
    "a territory's installed authorities",
    "Ukraine said the bridge was hit. Crimea's Russian-installed authorities said the bridge was closed.",
    [
      ['Ukraine', 'state', null],
      ['Crimea Russian-installed authorities', 'government', null],
    ],
  ],
  [
    'a regional government named by its people',
    'Iraq said the vote was illegal. The Kurdish regional government said the vote would go ahead.',
    [
      ['Iraq', 'state', null],
      ['Kurdish regional government', 'government', null],
    ],
  ],
  [
    "a person's office is an affiliate, not a territory body",
    "Peter Okafor's office said the visit had been postponed.",
    [["Peter Okafor's office", 'other', 'peter-okafor']],
  ],
  [
    "the group's leader speaks for the group named before",
    "The Rapid Support Forces advanced on the city. The group's leader said the fighters would not withdraw.",
    [['Rapid Support Forces', 'armed-group', null]],
  ],
  ['an unnamed leader of a group noun', 'A rebel leader said the town had fallen.', [['rebel leader', 'person', null]]],
];

describe('actors as speakers', () => {
  it.each(ROWS)('%s', (_pattern, text, expected) => {
    const out = extractArticles([{ id: 'doc', text }]);
    const byId = new Map(out.actors.map((a) => [a.id, a]));
    const got = out.statements.map((s) => {
      const a = byId.get(s.speaker);
      return [a?.label, a?.kind, a?.memberOf ?? null];
    });
    expect(got).toEqual(expected);
  });
});
