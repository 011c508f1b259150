// Speakers in the noun phrases wire copy uses for institutions and their people: possessive
// bodies, embassies in a foreign capital, departments, campaigns, spokesmen of a company
// named earlier, appositions that introduce a group. Sentences written for this test (not
// taken from any gold article). A speaker matches when the expected name is part of its label
// or an alias, or of those of the actor it is a member of.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/index.ts';
import { speakerNames } from './speakerNames.ts';

type Expected = [speaker: string, stance: string, content: string, notSpeaker?: string];
type Row = [name: string, text: string, expected: Expected[]];

const ROWS: Row[] = [
  [
    "a state's ministry (possessive)",
    "Hungary's interior ministry denied the allegations.",
    [['interior ministry', 'denies', 'the allegations']],
  ],
  [
    "a state's Ministry of X",
    "Japan's Ministry of Defense said the missile flew for 40 minutes.",
    [['Ministry of Defense', 'asserts', 'the missile flew for 40 minutes']],
  ],
  [
    'an embassy in a foreign capital speaks for its own state',
    'The Chinese embassy in Canberra dismissed the report as a smear.',
    [['Chinese embassy', 'denies', 'the report', 'Australia']],
  ],
  [
    'the embassy of X in Y',
    'The US Embassy in Nairobi said it was monitoring the situation.',
    [['US Embassy', 'asserts', 'it was monitoring the situation', 'Kenya']],
  ],
  [
    'content first, the Department of X said',
    'The drought cost farmers an estimated 2 billion rand, the Department of Agriculture said.',
    [['Department of Agriculture', 'asserts', 'The drought cost farmers an estimated 2 billion rand']],
  ],
  [
    "a title-case headline's verb ends the name before it",
    'Dana Wilk Says She Will Run Again\n\nThe former mayor spoke in Harlow.',
    [['Dana Wilk', 'asserts', 'She Will Run Again', 'Dana Wilk Says']],
  ],
  [
    'a title-case headline: an organisation insists',
    'Lindqvist Foundation Insists Funds Are Safe\n\nThe appeal opened on Monday.',
    [['Lindqvist Foundation', 'asserts', 'Funds Are Safe', 'Lindqvist Foundation Insists']],
  ],
  [
    "a title-case headline: a verb that is also a noun in names ('Rules') does not end the name",
    'Harlow Rules Committee Says It Will Vote Today\n\nThe vote was delayed twice.',
    [['Harlow Rules Committee', 'asserts', 'It Will Vote Today']],
  ],
  [
    'a relative clause holding commas of its own between the speaker and the cue',
    'Ana Duarte, who lost her daughter in the shooting in Aurora, Colorado, in July 2012, said the plan was cruel.',
    [['Ana Duarte', 'asserts', 'the plan was cruel', 'Colorado']],
  ],
  [
    'a participle phrase holding commas of its own between the speaker and the cue',
    'Sen. Karl Brenner, facing a spirited challenge in Iowa, a swing state, said he would welcome the plan.',
    [['Karl Brenner', 'asserts', 'he would welcome the plan', 'Iowa']],
  ],
  [
    'a described name before an adverb and a participle phrase ending in a place',
    'Democratic front-runner Ana Duarte, also campaigning in Wisconsin, said Brenner is responsible and accused him of inciting violence.',
    [
      ['Ana Duarte', 'asserts', 'Brenner is responsible', 'Wisconsin'],
      ['Ana Duarte', 'accuses', 'of inciting violence', 'Wisconsin'],
    ],
  ],
  [
    "a participle's subject is the main clause's, not a name in the lead-in phrase",
    'Before the Paris attacks, Karl Brenner took a softer approach to the war, suggesting the army should stay home.',
    [['Karl Brenner', 'asserts', 'the army should stay home', 'France']],
  ],
  [
    "a participle's subject is not the dateline's place or agency",
    'WASHINGTON (AFP) – Democrat Ana Duarte has taken a swipe at her rival Karl Brenner, saying that bombastic comments do more harm than good.',
    [['Ana Duarte', 'asserts', 'bombastic comments do more harm than good', 'WASHINGTON']],
  ],
  [
    'a surname that is also a demonym, after the full name, is the person',
    'Karl Polish, the club owner, opened the meeting. “The vote was fair,” Polish said.',
    [['Karl Polish', 'asserts', 'The vote was fair', 'Poland']],
  ],
  ["X's campaign is not X", "Okafor's campaign ruled out a runoff.", [["Okafor's campaign", 'rejects', 'a runoff']]],
  [
    'a group introduced by apposition accuses',
    'Greenwatch, the environmental group, accused Delmar Chemicals of poisoning the river.',
    [['Greenwatch', 'accuses', 'of poisoning the river']],
  ],
  [
    'a company spokesman speaks for the company named before',
    'Norvik Energy said on Monday that a storm had caused the outage. A company spokesman said repairs would take a week.',
    [
      ['Norvik Energy', 'asserts', 'a storm had caused the outage'],
      ['Norvik Energy', 'asserts', 'repairs would take a week'],
    ],
  ],
  [
    'the commission after an acronym long form',
    'The Electoral Commission of Zambia (ECZ) announced the results on Friday. The opposition accused the ECZ of rigging the count. The commission rejected the claim.',
    [
      ['opposition', 'accuses', 'of rigging the count'],
      ['Electoral Commission of Zambia', 'denies', 'the claim'],
    ],
  ],
  [
    'passive denial by a force, then its relative clause',
    'The account was denied by UNIFIL, the UN peacekeeping force, which said its patrols had seen nothing.',
    [
      ['UNIFIL', 'denies', 'The account'],
      ['UNIFIL', 'asserts', 'its patrols had seen nothing'],
    ],
  ],
  [
    "a state's news agency accuses",
    "North Korea's state news agency KCNA accused the United States of rehearsing an invasion.",
    [['KCNA', 'accuses', 'of rehearsing an invasion']],
  ],
  [
    'accused X on DAY of Y',
    'The union accused the ministry on Monday of "hiding" the report.',
    [['union', 'accuses', 'of "hiding" the report']],
  ],
  [
    'dismissed X as Y, saying Z',
    'Police chief Ana Mendes dismissed the allegation as "reckless," saying the department had followed procedure.',
    [
      ['Ana Mendes', 'denies', 'the allegation'],
      ['Ana Mendes', 'asserts', 'the department had followed procedure'],
    ],
  ],
  [
    'ruled out X, saying Y',
    'The Zambian government ruled out a recount, saying the law allowed one only on a court order.',
    [
      ['Zambia', 'rejects', 'a recount'],
      ['Zambia', 'asserts', 'the law allowed one only on a court order'],
    ],
  ],
  [
    'dismissed X as Y and said Z',
    'The Chinese embassy in Canberra dismissed the report as a smear and said no evidence had been presented.',
    [
      ['Chinese embassy', 'denies', 'the report'],
      ['Chinese embassy', 'asserts', 'no evidence had been presented'],
    ],
  ],
  [
    'a proposal was rejected by X',
    'A union proposal to extend the talks was rejected by the employers.',
    [['employers', 'rejects', 'A union proposal to extend the talks']],
  ],
  [
    'content first, a name and its post set off before the cue (the content ends before the name)',
    'The budget is too large, Mira Soto, the mayor, said.',
    [['Mira Soto', 'asserts', 'The budget is too large']],
  ],
  [
    'inverted, a place modifier before the titled speaker ("said Harlow-based attorney X")',
    '"It is shortsighted," explained Harlow-based attorney Karl Mertens.',
    [['Karl Mertens', 'asserts', 'It is shortsighted']],
  ],
];

describe('extract: institutional speakers', () => {
  it.each(ROWS)('%s', (_case, text, expected) => {
    const file = extractArticles([{ id: 'doc', text }]);
    const got = file.statements.map((s) => ({
      names: speakerNames(file, s.speaker),
      stance: s.stance,
      content: s.content.text,
    }));
    for (const [speaker, stance, content, notSpeaker] of expected) {
      const match = got.find((g) => g.content === content && g.stance === stance);
      expect(
        match,
        `${stance} "${content}" in ${JSON.stringify(got.map((g) => [g.names[0], g.stance, g.content]))}`,
      ).toBeDefined();
      const wanted = speaker.toLowerCase();
      expect(
        match?.names.some((n) => n.includes(wanted)),
        `speaker of "${content}": ${match?.names.join(' | ')}`,
      ).toBe(true);
      if (notSpeaker) expect(match?.names[0]).not.toBe(notSpeaker.toLowerCase());
    }
  });
});
