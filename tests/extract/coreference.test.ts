// Who speaks when the speaker is not named in the sentence: pronouns after several actors of
// different kinds, definite descriptions, surnames, persons introduced by an apposition, generic
// group speakers and bodies named after a state. Invented multi-sentence wire-copy snippets
// (not taken from any gold article). A speaker matches when the expected name is part of its
// label or an alias; `notSpeaker` must not be part of the speaker's label.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/index.ts';
import { speakerNames } from './speakerNames.ts';

type Expected = [speaker: string, content: string, notSpeaker?: string];
type Row = [name: string, text: string, expected: Expected[]];

const ROWS: Row[] = [
  [
    '"she" skips a ministry for the person',
    'Foreign Minister Ana Duarte met officials from the Interior Ministry on Monday. She said the border would reopen.',
    [['Ana Duarte', 'the border would reopen', 'Interior Ministry']],
  ],
  [
    '"he" after "<name> <post> <person>" is the person, not the name whose post it is',
    'Karl Okafor won the primary on Tuesday. Okafor campaign adviser Tomas Berg said the count was fair. “We are ready for the fall,” he added.',
    [
      ['Tomas Berg', 'the count was fair'],
      ['Tomas Berg', 'We are ready for the fall', 'Okafor'],
    ],
  ],
  [
    '"he" after a quotation takes up a lone surname that spoke the one before',
    'Mayor Karl Brenner opened the fair on Monday. “We show our anger,” said Harvey, who backed Brenner in the spring. “We are alive,” he said.',
    [
      ['Harvey', 'We show our anger'],
      ['Harvey', 'We are alive', 'Brenner'],
    ],
  ],
  [
    '"he" after "<description>, <name>," is the named person, not the description',
    "Okafor's attorney, Alan Garten, said Tomas Berg was looking for publicity. He said Berg was bound by a contract.",
    [
      ['Alan Garten', 'Tomas Berg was looking for publicity'],
      ['Alan Garten', 'Berg was bound by a contract', 'attorney'],
    ],
  ],
  [
    '", while <name> said" opens a statement of its own, not part of the one before',
    'Karl Okafor suggested that a candidate who dodges questions cannot lead, while Lind said that the stakes were too high.',
    [
      ['Karl Okafor', 'a candidate who dodges questions cannot lead'],
      ['Lind', 'the stakes were too high', 'Okafor'],
    ],
  ],
  [
    '"he" after a quotation takes up a lone name that spoke the sentence before, though it only ever opens sentences',
    'Mayor Karl Brenner picked the home side. Vasko openly admitted that his pick was political. “With an eye to the vote,” he said.',
    [
      ['Vasko', 'his pick was political'],
      ['Vasko', 'With an eye to the vote', 'Brenner'],
    ],
  ],
  [
    '"he" after "<name>, <description> and <description>," is the person, not the second description',
    '"On paper, the tax is a great idea," said Jon Halvorsen, a former adviser to the governor and a former director of the budget office. But "it is a poor use of capital," he added.',
    [['Jon Halvorsen', 'it is a poor use of capital', 'director']],
  ],
  [
    '"he" skips a state and a company',
    'Pedro Alves, a farmer, sued Brazil and Norvik Energy over the spill. He said the water was still unsafe.',
    [['Pedro Alves', 'the water was still unsafe']],
  ],
  [
    '"it" skips a person for the organisation',
    'Amnesty International hired Joseph Mbeki, a former judge, to lead the audit. It said the audit would take a year.',
    [['Amnesty International', 'the audit would take a year', 'Joseph Mbeki']],
  ],
  [
    '"they" prefers a plural group named as subject',
    'Rebels attacked the convoy near Idlib, Colonel Samir Haddad told reporters. They said the convoy carried weapons.',
    [['rebels', 'the convoy carried weapons', 'Samir Haddad']],
  ],
  [
    '"the ministry" after a person and a state',
    "Israel's foreign ministry summoned the envoy. Minister Dov Levin called it a grave step. The ministry said talks were over.",
    [['foreign ministry', 'talks were over', 'Dov Levin']],
  ],
  [
    '"the agency" picks the agency, not the person after it',
    'The International Atomic Energy Agency sent inspectors, led by Ingrid Holm, to the site. The agency said no material was missing.',
    [['International Atomic Energy Agency', 'no material was missing']],
  ],
  [
    '"the company" prefers the subject over an object',
    'Norvik Energy bought Delmar Chemicals last year. The company said profits rose.',
    [['Norvik Energy', 'profits rose']],
  ],
  [
    '"the commission" after two organisations',
    'The Electoral Commission of Zambia met the Law Association of Zambia on Friday. The commission said the count was fair.',
    [['Electoral Commission of Zambia', 'the count was fair']],
  ],
  [
    '"the spokesman" picks the person with that title',
    'Army spokesman Brig. Gen. Omar Nasser visited Hama. The spokesman said the road was open.',
    [['Omar Nasser', 'the road was open']],
  ],
  [
    '"the minister" picks the minister',
    'Foreign Minister Ana Duarte met Pedro Alves, a farmer. The minister said aid would follow.',
    [['Ana Duarte', 'aid would follow', 'Pedro Alves']],
  ],
  [
    '"the minister" after an apposition picks its person, not the one named last',
    'Ana Duarte, the foreign minister, met Pedro Alves, a farmer. The minister said aid would follow.',
    [['Ana Duarte', 'aid would follow', 'Pedro Alves']],
  ],
  [
    '"the embassy" after a state named in between',
    'The Russian embassy in London rejected the report. Britain expelled two diplomats on Monday. The embassy said the move was hostile.',
    [['Russian embassy', 'the move was hostile', 'Britain']],
  ],
  [
    '"the party" skips the person named after it',
    'The Labour Party accused the government of lying. Prime Minister John Hale denied it. The party said the vote would go ahead.',
    [['Labour Party', 'the vote would go ahead', 'John Hale']],
  ],
  [
    '"the official" is the unnamed official, not the colonel',
    'A senior US official said the strike was legal. Colonel Samir Haddad disputed that. The official said more strikes were possible.',
    [['senior US official', 'more strikes were possible', 'Samir Haddad']],
  ],
  [
    'a surname after "Foreign Minister Ana Duarte"',
    'Foreign Minister Ana Duarte flew to Luanda. Duarte said the deal was close.',
    [['Ana Duarte', 'the deal was close']],
  ],
  [
    'a surname after "Ana Duarte, the foreign minister,"',
    'Ana Duarte, the foreign minister, flew to Luanda. Duarte said the deal was close.',
    [['Ana Duarte', 'the deal was close']],
  ],
  [
    'an apposition introduces the speaker',
    'Angela Smith, a lawyer for the family, said the police had ignored the evidence.',
    [['Angela Smith', 'the police had ignored the evidence']],
  ],
  [
    'later "Smith said" and "the lawyer said"',
    'Angela Smith, a lawyer for the family, said the police had ignored the evidence. Smith said an appeal was planned. The lawyer said the family was grieving.',
    [
      ['Angela Smith', 'an appeal was planned'],
      ['Angela Smith', 'the family was grieving'],
    ],
  ],
  [
    '"officials said" does not swallow a named actor',
    "Kenya's electoral commission announced the results. Officials said turnout was low.",
    [['officials', 'turnout was low', 'commission']],
  ],
  [
    '"officials familiar with the talks said" keeps the officials as speakers',
    'Foreign Minister Ana Duarte met her Iranian counterpart. Officials familiar with the talks said no deal was near.',
    [['officials', 'no deal was near', 'Ana Duarte']],
  ],
  [
    '"Senior Israeli officials said" opening a sentence',
    'Israel struck Gaza overnight. Senior Israeli officials said the strikes would continue.',
    [['Israeli officials', 'the strikes would continue']],
  ],
  [
    '"diplomats said" is a group of its own',
    'Ana Duarte, the foreign minister, left the summit early. Diplomats said the talks had stalled.',
    [['diplomats', 'the talks had stalled', 'Ana Duarte']],
  ],
  [
    '"the Russian embassy" is not Russia itself',
    'The Russian embassy in London said the claims were absurd.',
    [['Russian embassy', 'the claims were absurd']],
  ],
  [
    '"Kenya\'s electoral commission" is not Kenya itself',
    "Kenya's electoral commission said the vote was credible.",
    [['electoral commission', 'the vote was credible']],
  ],
  [
    'a demonym outlet is not the state',
    'Norwegian financial daily Finansbladet said the bank had lost 2 billion crowns.',
    [['Finansbladet', 'the bank had lost 2 billion crowns', 'Norway']],
  ],
  [
    'a demonym company is not the state',
    'The plant closed in May, German carmaker Volkwerk said.',
    [['Volkwerk', 'The plant closed in May', 'Germany']],
  ],
  [
    'a demonym before a capitalised name is an organisation, not a person',
    'The Syrian Civil Defence said 30 people died.',
    [['Syrian Civil Defence', '30 people died']],
  ],
  [
    '"officials in <capital>" are the officials, not the state',
    'Electoral officials in Nairobi said turnout was 60 percent.',
    [['officials', 'turnout was 60 percent', 'Kenya']],
  ],
  [
    'a quote, then "the prime minister said"',
    'Mr. Hale told parliament the deal was dead. "It is over," the prime minister said.',
    [['Hale', 'It is over']],
  ],
  [
    '"the foreign minister" after an apposition picks its person',
    'Ana Duarte, the foreign minister, met Pedro Alves, a farmer. The foreign minister said aid would follow.',
    [['Ana Duarte', 'aid would follow', 'Pedro Alves']],
  ],
  [
    '"its spokesman" is the organisation, not the person named after it',
    'Norvik Energy shut the plant, engineer Tom Reese said. Its spokesman said repairs would take a week.',
    [['Norvik Energy', 'repairs would take a week', 'Tom Reese']],
  ],
  [
    '"his lawyer" speaks for the person, not as the ministry',
    'The Justice Ministry charged Joseph Mbeki on Monday. His lawyer said the charges were false.',
    [["Joseph Mbeki's lawyer", 'the charges were false', 'Justice Ministry']],
  ],
  [
    '"it" after a company named by its plural head word',
    'Delmar Chemicals denied wrongdoing. It said the river was clean.',
    [['Delmar Chemicals', 'the river was clean']],
  ],
  [
    '"the company" opening a sentence takes up the subject, not the object',
    'Delmar Chemicals sued Halvern Pharma on Monday. The company said the patent was stolen.',
    [['Delmar Chemicals', 'the patent was stolen', 'Halvern']],
  ],
  [
    '"the mayor" finds the person given that post at the end of a sentence',
    '"We are ready," said Angela Smith, the mayor of Lagos. Police chief Tom Reese disagreed. The mayor said the city would cope.',
    [['Angela Smith', 'the city would cope', 'Tom Reese']],
  ],
  [
    'a quote, then "the governor said" after a titled person',
    'Governor Ana Duarte met Pedro Alves, a farmer. "Help is coming," the governor said.',
    [['Ana Duarte', 'Help is coming', 'Pedro Alves']],
  ],
  [
    'a quote, then "he said" in the next sentence',
    'Colonel Samir Haddad inspected the checkpoint. "We will not withdraw," he said.',
    [['Samir Haddad', 'We will not withdraw']],
  ],
  [
    'a quote after "said X", then "he added"',
    '"We will fight on," said Colonel Samir Haddad. "Nothing has changed," he added.',
    [
      ['Samir Haddad', 'We will fight on'],
      ['Samir Haddad', 'Nothing has changed'],
    ],
  ],
  [
    'a quote, then "she added" after a ministry',
    'Foreign Minister Ana Duarte spoke after the Interior Ministry briefing. "The border stays shut," she added.',
    [['Ana Duarte', 'The border stays shut', 'Interior Ministry']],
  ],
];

describe('extract: coreference of speakers', () => {
  it.each(ROWS)('%s', (_case, text, expected) => {
    const file = extractArticles([{ id: 'doc', text }]);
    const got = file.statements.map((s) => ({ names: speakerNames(file, s.speaker), content: s.content.text }));
    for (const [speaker, content, notSpeaker] of expected) {
      const match = got.find((g) => g.content === content);
      expect(match, `"${content}" in ${JSON.stringify(got.map((g) => [g.names[0], g.content]))}`).toBeDefined();
      expect(
        match?.names.some((n) => n.includes(speaker.toLowerCase())),
        `speaker of "${content}": ${match?.names.join(' | ')}`,
      ).toBe(true);
      if (notSpeaker) expect(match?.names[0]).not.toContain(notSpeaker.toLowerCase());
    }
  });
});
