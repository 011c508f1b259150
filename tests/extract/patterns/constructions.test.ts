// Attribution patterns, one row per pattern family, on sentences written for this test
// (not taken from any gold article): speaker (label), stance, cue and content text.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../../src/extract/index.ts';

type Row = [
  pattern: string,
  text: string,
  expected: [speaker: string, stance: string, cue: string | null, content: string][],
];

const ROWS: Row[] = [
  [
    "X who <clause> said Y: the speaker is the relative clause's antecedent, not the noun it ends with",
    'A city official who spoke on condition of anonymity to discuss the plan said the talks had stalled.',
    [['city official', 'asserts', 'said', 'the talks had stalled']],
  ],
  [
    'another N who … and who … said Y',
    'Another farmer who sells at the market and who asked not to be named said the depot was closed.',
    [['another farmer', 'asserts', 'said', 'the depot was closed']],
  ],
  [
    'X at the time said Y: a short aside between the name and its verb',
    'Peter Okafor at the time said he had asked his staff to look into the fees.',
    [['Peter Okafor', 'asserts', 'said', 'he had asked his staff to look into the fees']],
  ],
  [
    'Experts on X said Y',
    'Experts on trade said the tariffs would hurt farmers.',
    [['experts', 'asserts', 'said', 'the tariffs would hurt farmers']],
  ],
  [
    "X's top advisers said Y",
    "Hanna Lind's top advisers said Sunday that the campaign would not concede.",
    [["Hanna Lind's top advisers", 'asserts', 'said', 'the campaign would not concede']],
  ],
  [
    'X said that Y',
    'The Kenyan government said that the dam would open in May.',
    [['Kenya', 'asserts', 'said', 'the dam would open in May']],
  ],
  [
    'X said Y',
    'Maria Jansen said the ferry service would resume on Friday.',
    [['Maria Jansen', 'asserts', 'said', 'the ferry service would resume on Friday']],
  ],
  [
    'X said on DAY that Y',
    'State media said on Monday that the bridge had been repaired.',
    [['state media', 'asserts', 'said', 'the bridge had been repaired']],
  ],
  [
    'Y, X said',
    'Flights will resume next week, the Civil Aviation Authority said.',
    [['Civil Aviation Authority', 'asserts', 'said', 'Flights will resume next week']],
  ],
  [
    'A promised B, X said: X reports the whole clause, A\'s promise included (one statement, not A\'s "B, X said")',
    'Tomas Berg electrified the crowds with promises to cut taxes if elected, Karl Brenner said.',
    [['Karl Brenner', 'asserts', 'said', 'Tomas Berg electrified the crowds with promises to cut taxes if elected']],
  ],
  [
    "A met B and said C, X said: the report closing the sentence is X's",
    'Lena Ortiz met the union and said the depot would stay open, officials familiar with the meeting said.',
    [['officials', 'asserts', 'said', 'Lena Ortiz met the union and said the depot would stay open']],
  ],
  [
    'A pledged to "B," X reported: X reports the quotation',
    'Ana Duarte met farmers and pledged to “protect every farm in the valley,” the Harlow Gazette reported.',
    [['Harlow Gazette', 'asserts', 'reported', 'protect every farm in the valley']],
  ],
  [
    'A echo B, "C," as X put it: the as-clause stays in A\'s content',
    'Several senators echo her concerns about a "lawful source of income," as a Harlow Security memo put it.',
    [
      [
        'several senators',
        'asserts',
        'echo',
        'her concerns about a "lawful source of income," as a Harlow Security memo put it',
      ],
    ],
  ],
  [
    'While X said that A, Z said B: two statements, the first ending at the main clause',
    'While Karl Brenner has said that he makes recommendations on cases, Ana Duarte said he does not make them publicly.',
    [
      ['Karl Brenner', 'asserts', 'has said', 'he makes recommendations on cases'],
      ['Ana Duarte', 'asserts', 'said', 'he does not make them publicly'],
    ],
  ],
  [
    'Despite what X wrote A, Z said B',
    'Despite what Karl Brenner wrote about the plan, Ana Duarte said it would pass.',
    [
      ['Karl Brenner', 'asserts', 'wrote', 'about the plan'],
      ['Ana Duarte', 'asserts', 'said', 'it would pass'],
    ],
  ],
  [
    'Once X had said A, the Z said B',
    'Once Karl Brenner had said the plan was dead, the ministry said it would pass.',
    [
      ['Karl Brenner', 'asserts', 'had said', 'the plan was dead'],
      ['ministry', 'asserts', 'said', 'it would pass'],
    ],
  ],
  [
    '"Y1. Y2," X said <circumstance>: the quotation, not the circumstance',
    '“We lost the vote. There it is,” Karl Brenner said to laughs.',
    [['Karl Brenner', 'asserts', 'said', 'We lost the vote. There it is']],
  ],
  [
    '"Y1. Y2," X said, <participle>: the quotation, not the participle phrase',
    '“We lost the vote. We won it back,” Ana Duarte said, clutching the lectern.',
    [['Ana Duarte', 'asserts', 'said', 'We lost the vote. We won it back']],
  ],
  [
    'a headline "X praises Y" (the tagger reads the verb as a noun)',
    'Okafor praises Lind after talks on trade\n\nPeter Okafor met Hanna Lind in Lagos on Monday.',
    [['Okafor', 'asserts', 'praises', 'Lind after talks on trade']],
  ],
  [
    'when X <did something> and said Y: the subject of the clause after "when"',
    'The hall cheered when Karl Brenner thanked the crowd and said the port would reopen.',
    [['Karl Brenner', 'asserts', 'said', 'the port would reopen']],
  ],
  [
    'X (party) on DAY <did something> and on DAY announced that Y: past the bracket and the days',
    'Sen. Ana Ruiz (R-Ohio) on Wednesday met the mayors and on Thursday announced that the fund would grow.',
    [['Ana Ruiz', 'asserts', 'announced', 'the fund would grow']],
  ],
  [
    '"Y," said X',
    '"We have no choice," said Maria Jansen.',
    [['Maria Jansen', 'asserts', 'said', 'We have no choice']],
  ],
  [
    '"Y," X told Z',
    '"The talks are over," Peter Okafor told reporters.',
    [['Peter Okafor', 'asserts', 'told', 'The talks are over']],
  ],
  [
    'According to X, Y',
    'According to Amnesty International, 40 people were detained.',
    [['Amnesty International', 'asserts', 'According to', '40 people were detained']],
  ],
  [
    'Y -- according to X',
    'More than 300 homes were flooded -- according to the Red Cross.',
    [['International Committee of the Red Cross', 'asserts', 'according to', 'More than 300 homes were flooded']],
  ],
  [
    'X told reporters that Y',
    'Foreign Minister Ana Duarte told reporters that the border would stay closed.',
    [['Ana Duarte', 'asserts', 'told', 'the border would stay closed']],
  ],
  [
    'X …, saying Y',
    'Peter Okafor left the meeting early, saying the proposal was unacceptable.',
    [['Peter Okafor', 'asserts', 'saying', 'the proposal was unacceptable']],
  ],
  [
    'a X statement said',
    '"The plant is safe," a Japanese foreign ministry statement said.',
    [['Japanese foreign ministry', 'asserts', 'said', 'The plant is safe']],
  ],
  [
    'who X maintains Y',
    'The envoy met Sweden -- which Norway maintains supplies the rebels -- on Monday.',
    [['Norway', 'asserts', 'maintains', 'supplies the rebels']],
  ],
  [
    'X, which said Y',
    'The agency was joined by Oxfam, which said the camps were overcrowded.',
    [['Oxfam', 'asserts', 'said', 'the camps were overcrowded']],
  ],
  [
    'passive denied by X',
    'The report was dismissed by Germany as speculation.',
    [['Germany', 'denies', 'was dismissed', 'The report']],
  ],
  [
    'X accused Y of Z',
    'France accused Italy of breaking the agreement.',
    [['France', 'accuses', 'accused', 'of breaking the agreement']],
  ],
  [
    'X blamed Y for Z',
    'Greece has blamed Turkey for the collapse of the talks.',
    [['Greece', 'accuses', 'has blamed', 'for the collapse of the talks']],
  ],
  ['X condemned Y', 'Canada condemned the attack by Iran.', [['Canada', 'accuses', 'condemned', 'the attack by Iran']]],
  [
    'X denied that Y',
    'Poland denied that its troops had crossed the border.',
    [['Poland', 'denies', 'denied', 'its troops had crossed the border']],
  ],
  ['X disputed Y', 'Chile disputed the figures.', [['Chile', 'denies', 'disputed', 'the figures']]],
  ['X rejected claim → denies', 'Peru rejected the allegations.', [['Peru', 'denies', 'rejected', 'the allegations']]],
  [
    'X rejected proposal → rejects',
    'Peru has rejected the offer of talks.',
    [['Peru', 'rejects', 'has rejected', 'the offer of talks']],
  ],
  ['X ruled out Y', 'Spain ruled out new elections.', [['Spain', 'rejects', 'ruled out', 'new elections']]],
  [
    'two statements in one sentence',
    'Egypt accused Sudan of stalling and blamed Ethiopia for the delay.',
    [
      ['Egypt', 'accuses', 'accused', 'of stalling'],
      ['Egypt', 'accuses', 'blamed', 'for the delay'],
    ],
  ],
  [
    'said-content naming a wrongdoer → accuses',
    'Ukraine said Russia had violated the ceasefire.',
    [['Ukraine', 'accuses', 'said', 'Russia had violated the ceasefire']],
  ],
  [
    'said-content calling a claim false → denies',
    'Austria said the report was false.',
    [['Austria', 'denies', 'said', 'the report was false']],
  ],
  ['appeals are not statements', 'Norway urged both sides to return to talks.', []],
  [
    'a spokesman for X said',
    'A spokesman for Amnesty International said the prisoners had been moved.',
    [['Amnesty International', 'asserts', 'said', 'the prisoners had been moved']],
  ],
  [
    "X's spokesperson said",
    "Kenya's foreign ministry spokesperson said the talks would resume in June.",
    [['Kenyan foreign ministry', 'asserts', 'said', 'the talks would resume in June']],
  ],
  [
    'X said in a statement that Y',
    'Oxfam said in a statement that the warehouses were empty.',
    [['Oxfam', 'asserts', 'said', 'the warehouses were empty']],
  ],
  [
    'X wrote on a platform that Y',
    'Peter Okafor wrote on X that the vote had been postponed.',
    [['Peter Okafor', 'asserts', 'wrote', 'the vote had been postponed']],
  ],
  [
    'X insisted Y',
    'Maria Jansen insisted the plan was legal.',
    [['Maria Jansen', 'asserts', 'insisted', 'the plan was legal']],
  ],
  [
    'X has repeatedly denied Y (the adverb after the auxiliary stays in the cue)',
    'Poland has repeatedly denied the allegations.',
    [['Poland', 'denies', 'has repeatedly denied', 'the allegations']],
  ],
  [
    'future tense, content first',
    'The strike will continue until Friday, Peter Okafor said.',
    [['Peter Okafor', 'asserts', 'said', 'The strike will continue until Friday']],
  ],
  [
    'X alleged that Y (wink tags "alleged" as an adjective)',
    'Greenpeace alleged that Shell had concealed the spill.',
    [['Greenpeace', 'accuses', 'alleged', 'Shell had concealed the spill']],
  ],
  [
    'X called the claims baseless → denies',
    'Hungary called the claims baseless.',
    [['Hungary', 'denies', 'called', 'the claims']],
  ],
  [
    'X called the report "false" → denies',
    'Chile called the report "false and defamatory."',
    [['Chile', 'denies', 'called', 'the report']],
  ],
  ['called for is an appeal', 'Norway called for calm.', []],
  [
    'an evaluation without falsity asserts the naming',
    'Chile called the decision a mistake.',
    [['Chile', 'asserts', 'called', 'the decision a mistake']],
  ],
  [
    "X rejected the company's criticism → denies (claim noun past the possessor)",
    "Chile rejected the company's criticism.",
    [['Chile', 'denies', 'rejected', "the company's criticism"]],
  ],
  [
    "X rejected the union's demand → rejects",
    "Peru rejected the union's demand for a pay rise.",
    [['Peru', 'rejects', 'rejected', "the union's demand for a pay rise"]],
  ],
  [
    'content first, the main verb sanctions a named actor → accuses',
    'The Environmental Protection Agency has fined Delmar Chemicals for dumping solvents, the agency said.',
    [
      [
        'Environmental Protection Agency',
        'accuses',
        'said',
        'The Environmental Protection Agency has fined Delmar Chemicals for dumping solvents',
      ],
    ],
  ],
  [
    'said-content charging deceit → accuses',
    'Canada said Iran was hiding weapons in aid convoys.',
    [['Canada', 'accuses', 'said', 'Iran was hiding weapons in aid convoys']],
  ],
  [
    '"an accusation X has denied"',
    'Kenya accused Uganda of sheltering rebels, a charge that Uganda rejects.',
    [
      ['Kenya', 'accuses', 'accused', 'of sheltering rebels'],
      ['Uganda', 'denies', 'rejects', 'a charge'],
    ],
  ],
  [
    'according to X after a dash takes the dashed clause',
    'Sandvik said the ruling came too late -- the firm cut 40 jobs last year, according to the newspaper Aftenposten.',
    [
      ['Sandvik', 'asserts', 'said', 'the ruling came too late'],
      ['Aftenposten', 'asserts', 'according to', 'the firm cut 40 jobs last year'],
    ],
  ],
  [
    'X, which said Y, rejected Z',
    'Halvern, which said it would appeal, rejected the findings.',
    [
      ['Halvern', 'asserts', 'said', 'it would appeal'],
      ['Halvern', 'denies', 'rejected', 'the findings'],
    ],
  ],
  [
    'Y, X said, <participle>',
    'One of them struck the boat twice, Maria Jansen said, cracking its hull.',
    [['Maria Jansen', 'asserts', 'said', 'One of them struck the boat twice']],
  ],
  [
    '"Y," X, <apposition>, told Z',
    '"We cannot verify it," the agency\'s head of safeguards, Ingrid Holm, told the board.',
    [['Ingrid Holm', 'asserts', 'told', 'We cannot verify it']],
  ],
  [
    'X said Y, a claim Z denied: two statements, the claim cut off',
    'Kenya said the border was closed, a claim Uganda has repeatedly denied.',
    [
      ['Kenya', 'asserts', 'said', 'the border was closed'],
      ['Uganda', 'denies', 'has repeatedly denied', 'a claim'],
    ],
  ],
  [
    'X is once again <verb>ing Y: adverbs between the auxiliary and the verb',
    'Marta Kowalski is once again questioning the count in the northern districts.',
    [['Marta Kowalski', 'asserts', 'is once again questioning', 'the count in the northern districts']],
  ],
  [
    'X is promising Y: a progressive the tagger reads as an adjective',
    'Marta Kowalski is promising cheaper trains and longer opening hours.',
    [['Marta Kowalski', 'asserts', 'is promising', 'cheaper trains and longer opening hours']],
  ],
  [
    'X appeared to suggest that Y: a lead-in verb joins the cue',
    'Marta Kowalski appeared to suggest that the count had been rushed.',
    [['Marta Kowalski', 'asserts', 'appeared to suggest', 'the count had been rushed']],
  ],
  [
    'X went on to say that Y',
    'Marta Kowalski went on to say that the bridge would reopen in spring.',
    [['Marta Kowalski', 'asserts', 'went on to say', 'the bridge would reopen in spring']],
  ],
  [
    'X could not resist pointing out that Y',
    'Marta Kowalski could not resist pointing out that the budget had doubled.',
    [['Marta Kowalski', 'asserts', 'could not resist pointing out', 'the budget had doubled']],
  ],
  [
    'X …, promising to Y: a participle the tagger reads as an adjective',
    'Marta Kowalski opened the new depot, promising to hire two hundred drivers.',
    [['Marta Kowalski', 'asserts', 'promising', 'to hire two hundred drivers']],
  ],
  [
    'X <verb>ed A, even suggesting B: an adverb before the participle',
    'Marta Kowalski complained about the timetable, even suggesting it had been changed on purpose.',
    [
      ['Marta Kowalski', 'asserts', 'complained', 'about the timetable'],
      ['Marta Kowalski', 'asserts', 'suggesting', 'it had been changed on purpose'],
    ],
  ],
  [
    'X said A, when Y said B: a reporting clause set off by a comma and a subordinator is a statement of its own',
    'Marta Kowalski said the bridge would reopen in May, when Tomas Berg said it would stay shut.',
    [
      ['Marta Kowalski', 'asserts', 'said', 'the bridge would reopen in May, when Tomas Berg said it would stay shut'],
      ['Tomas Berg', 'asserts', 'said', 'it would stay shut'],
    ],
  ],
  [
    'N say A, and more than M said B: a share after "and" and its lead words speaks for itself',
    'The Harlow Herald asked 900 voters about the port. Six in 10 say the port should stay open, and more than 4 in 10 said the fees were too high.',
    [
      ['six in 10', 'asserts', 'say', 'the port should stay open, and more than 4 in 10 said the fees were too high'],
      ['4 in 10', 'asserts', 'said', 'the fees were too high'],
    ],
  ],
  [
    'a title-case headline ending "…, Name Says." (the verb is not part of the name)',
    'Harbour Fees Will Rise Next Year, Marta Kowalski Says.\n\nThe port authority met on Monday.',
    [['Marta Kowalski', 'asserts', 'Says', 'Harbour Fees Will Rise Next Year']],
  ],
  [
    'a title-case headline "Name Calls X \'Y\'"',
    'Marta Kowalski Calls Port Plan ‘A Disgrace’\n\nThe port authority met on Monday.',
    [['Marta Kowalski', 'asserts', 'Calls', 'Port Plan ‘A Disgrace']],
  ],
  [
    'a share of the people asked, then "say" (which the tagger reads as a noun)',
    'The Harlow Herald asked 900 voters about the port. Nearly a third say the port should close. Six in 10 say Marta Kowalski is right.',
    [
      ['a third', 'asserts', 'say', 'the port should close'],
      ['six in 10', 'asserts', 'say', 'Marta Kowalski is right'],
    ],
  ],
  [
    "X added: ''A. B.'' (two apostrophes as quotation marks, running over sentences)",
    "Marta Kowalski added: ''Of course. The drivers deserve it.''",
    [['Marta Kowalski', 'asserts', 'added', "''Of course. The drivers deserve it.''"]],
  ],
  [
    '"A, \'B,\'" X said: a quotation nested at the end of another closes before it',
    '"Voters tell me, \'We are tired of waiting,\'" Marta Kowalski said.',
    [['Marta Kowalski', 'asserts', 'said', "Voters tell me, 'We are tired of waiting"]],
  ],
  [
    "a quotation left open at its paragraph end stops where the next paragraph's quotation has its own tag",
    '“We will rebuild,” Marta Kowalski said. “Every street of it.\n“It will take years,” added Tomas Berg.',
    [
      ['Marta Kowalski', 'asserts', 'said', '“We will rebuild,” Marta Kowalski said. “Every street of it'],
      ['Tomas Berg', 'asserts', 'added', 'It will take years'],
    ],
  ],
  [
    'X <adverb> <verb>ed …, and said Y: the coordinated subject past an adverb',
    'Marta Kowalski generally backed the union during her time at the plant, and said the strike would go on.',
    [['Marta Kowalski', 'asserts', 'said', 'the strike would go on']],
  ],
  [
    '"Y," X, <apposition>, <apposition ending in a participle\'s object>, said: the name before the appositions',
    '"It is an invasion," Marta Kowalski, the attorney general, one of the officials suing the agency, said on Monday.',
    [['Marta Kowalski', 'asserts', 'said', 'It is an invasion']],
  ],
  [
    '"Y," said <party adjective> <description> X: the name past the description',
    '"It is over," said Republican party boss Marta Kowalski.',
    [['Marta Kowalski', 'asserts', 'said', 'It is over']],
  ],
  [
    'X (R-OH), said, "Y": a bracket between the name and its comma',
    'After the vote, Gov. Marta Kowalski (R-OH), said, "We will win."',
    [['Marta Kowalski', 'asserts', 'said', 'We will win']],
  ],
  [
    'X, in a statement released by Z on Thursday, said Y: an aside opening with a preposition',
    'Marta Kowalski, in a statement released by the council on Thursday, said the strike would go on.',
    [['Marta Kowalski', 'asserts', 'said', 'the strike would go on']],
  ],
  [
    '"Y," X told a <place> <noun>: a hearer named by a place and a noun',
    '"We will win," Marta Kowalski told a Nairobi rally, saying the plan was sound.',
    [
      ['Marta Kowalski', 'asserts', 'told', 'We will win'],
      ['Marta Kowalski', 'asserts', 'saying', 'the plan was sound'],
    ],
  ],
  [
    'X called half of Y "Z": the object goes on past "of"',
    'Marta Kowalski called half of the council members "cowards."',
    [['Marta Kowalski', 'asserts', 'called', 'half of the council members "cowards']],
  ],
  [
    'Though X called Y\'s Z "W," …: a quoted complement ends the content',
    'Though Marta Kowalski called the mayor\'s plan "reckless," she voted for it.',
    [['Marta Kowalski', 'asserts', 'called', 'the mayor\'s plan "reckless']],
  ],
  [
    'X issued a statement saying Y: a participle after a message noun',
    'Marta Kowalski issued a statement on Monday saying the depot would stay open.',
    [['Marta Kowalski', 'asserts', 'saying', 'the depot would stay open']],
  ],
  [
    'Y, X announced Monday: an object verb followed by a time takes the content before it',
    'The depot will stay open, Marta Kowalski announced Monday.',
    [['Marta Kowalski', 'asserts', 'announced', 'The depot will stay open']],
  ],
  [
    'X this month announced Y: a time phrase between subject and cue',
    'Marta Kowalski this month announced that the depot would close.',
    [['Marta Kowalski', 'asserts', 'announced', 'the depot would close']],
  ],
  [
    'In P, X urged A and criticized B: the coordinated subject after a lead-in phrase',
    "In her speech, Marta Kowalski thanked the drivers and criticized the council's lack of planning.",
    [['Marta Kowalski', 'accuses', 'criticized', "the council's lack of planning"]],
  ],
  [
    'X did A, while Y, <apposition>, did B and said C: the coordinated subject of the nearer clause',
    'Governor Karl Brenner on Monday signed an order to block the plan, while Tomas Berg, the former Harlow governor, proposed a new tax and said the port should close.',
    [['Tomas Berg', 'asserts', 'said', 'the port should close']],
  ],
  [
    'Z, who sent a letter saying Y: the participle hangs on the relative clause, whose subject is Z',
    'Port workers went on strike in Harlow. They were backed by Mayor Karl Brenner, who sent the council a letter saying the depot must stay open.',
    [['Karl Brenner', 'asserts', 'saying', 'the depot must stay open']],
  ],
  [
    'X and Y all said that Z: a quantifier floating between the subject and the cue',
    'Senators Karl Brenner and Ana Duarte all said that the port would close.',
    [['Ana Duarte', 'asserts', 'said', 'the port would close']],
  ],
  [
    'the results are promising: an adjective, no cue',
    'Marta Kowalski visited the depot. The first results are promising.',
    [],
  ],
  [
    'X said on DAY Y (no "that")',
    'The ministry said on Monday it would appeal the ruling.',
    [['ministry', 'asserts', 'said', 'it would appeal the ruling']],
  ],
  [
    'a group for someone said',
    'Lawyers for the family said the officer should be charged.',
    [['lawyers', 'asserts', 'said', 'the officer should be charged']],
  ],
  [
    '"Y," a government spokesman told Z (no government named)',
    '"We reject these accusations," a government spokesman told Reuters.',
    [['government spokesman', 'asserts', 'told', 'We reject these accusations']],
  ],
  [
    'X <verb>ed … and accused Y of Z: the clause subject accuses',
    "Pakistan summoned India's envoy and accused New Delhi of backing militants.",
    [['Pakistan', 'accuses', 'accused', 'of backing militants']],
  ],
  [
    'X declined to comment but said Y',
    'Airbus declined to comment but said it was cooperating with the authorities.',
    [['Airbus', 'asserts', 'said', 'it was cooperating with the authorities']],
  ],
  [
    'X claimed Y (an object, no clause)',
    'Rebels claimed responsibility for the attack.',
    [['rebels', 'asserts', 'claimed', 'responsibility for the attack']],
  ],
  [
    'X rejected Y, which …: the relative clause is not the object',
    "Ethiopia's government has rejected the findings of the UN report, which called for sanctions.",
    [['Ethiopia', 'denies', 'has rejected', 'the findings of the UN report']],
  ],
  [
    'X condemned Y and <verb>: the coordinated verb ends the object',
    "Turkey's foreign ministry condemned the attack and called for restraint.",
    [['Turkish foreign ministry', 'accuses', 'condemned', 'the attack']],
  ],
  [
    'X denied Y, <participle>: the participle clause is not the object',
    'Moscow has denied the allegations, calling them "Russophobic nonsense".',
    [
      ['Russia', 'denies', 'has denied', 'the allegations'],
      ['Russia', 'asserts', 'calling', 'them "Russophobic nonsense'],
    ],
  ],
  [
    "a state's <noun> ministry",
    "Germany's economy ministry said growth would slow to 0.2% this year.",
    [['German economy ministry', 'asserts', 'said', 'growth would slow to 0.2% this year']],
  ],
  [
    'X (ACRONYM) denied that Y: the nested refusal stays inside',
    'Nordhavn Shipping Company (NSC) denied that it had refused mediation.',
    [['Nordhavn Shipping Company', 'denies', 'denied', 'it had refused mediation']],
  ],
  [
    'a lone quotation, then "<speaker> added."',
    'Foreign Minister Ana Duarte visited the camp.\n\n"The border stays closed." The minister added.',
    [['Ana Duarte', 'asserts', 'added', 'The border stays closed']],
  ],
  [
    'a lone quotation, then "<speaker> added that Y": both hers',
    'Foreign Minister Ana Duarte visited the camp.\n\n"The border stays closed." She added that talks would resume.',
    [
      ['Ana Duarte', 'asserts', 'added', 'The border stays closed'],
      ['Ana Duarte', 'asserts', 'added', 'talks would resume'],
    ],
  ],
  [
    'a lone quotation, then a new clause of another speaker: the quotation stays unattributed',
    'Ana Duarte visited the camp. "The border stays closed." Peter Okafor said the talks had failed.',
    [['Peter Okafor', 'asserts', 'said', 'the talks had failed']],
  ],
  [
    'a quotation with no speaker in reach gives nothing',
    '"The border stays closed." The river rose by two metres overnight.',
    [],
  ],
  [
    'a pronoun after the quotation takes the person named in the paragraph before',
    'Maria Jansen, the mayor, toured the flooded streets.\n\n"We will rebuild," she said.',
    [['Maria Jansen', 'asserts', 'said', 'We will rebuild']],
  ],
  [
    'X is quoted as saying Y',
    'Peter Okafor is quoted as saying the strike would continue.',
    [['Peter Okafor', 'asserts', 'is quoted as saying', 'the strike would continue']],
  ],
  [
    'X was quoted by Z as saying Y',
    'Maria Jansen was quoted by Reuters as saying the dam was safe.',
    [['Maria Jansen', 'asserts', 'was quoted by Reuters as saying', 'the dam was safe']],
  ],
  [
    'X said in <a circumstance> that Y',
    'Peter Okafor said in a televised address that the strike would continue.',
    [['Peter Okafor', 'asserts', 'said', 'the strike would continue']],
  ],
  [
    'X said at <a place> that Y',
    'Maria Jansen said at a news conference in Lagos that the dam was safe.',
    [['Maria Jansen', 'asserts', 'said', 'the dam was safe']],
  ],
  [
    'X refused to <do> Y → rejects',
    'Uganda refused to withdraw its troops from the border.',
    [['Uganda', 'rejects', 'refused', 'to withdraw its troops from the border']],
  ],
  ['X refused to comment: no statement', 'Uganda refused to comment.', []],
  ['X asked why Y: a question asserts nothing', 'Peter Okafor asked why the talks had failed.', []],
  ['X threatened to Y: a threat, like an appeal, is no statement', 'Kenya threatened to close the border.', []],
  [
    "said-content calling a named actor's act a violation → accuses",
    "Japan said North Korea's launch was a clear violation of UN resolutions.",
    [['Japan', 'accuses', 'said', "North Korea's launch was a clear violation of UN resolutions"]],
  ],
  [
    'said-content calling an act a violation with no actor named stays asserted',
    'Japan said the launch was a clear violation of UN resolutions.',
    [['Japan', 'asserts', 'said', 'the launch was a clear violation of UN resolutions']],
  ],
  [
    'said-content that a named actor lied → accuses',
    'Peter Okafor said Maria Jansen had lied.',
    [['Peter Okafor', 'accuses', 'said', 'Maria Jansen had lied']],
  ],
  ['demands are not statements', 'Kenya demanded the release of the prisoners.', []],
  ['appeals are not statements', 'The Red Cross appealed for calm.', []],
  [
    'A and B accused each other of Z: two accusations',
    'Kenya and Uganda accused each other of breaking the truce.',
    [
      ['Kenya', 'accuses', 'accused', 'of breaking the truce'],
      ['Uganda', 'accuses', 'accused', 'of breaking the truce'],
    ],
  ],
  [
    'A and the B accused one another of Z',
    'Sudan said the camp was shelled. Sudan and the Rapid Support Forces have accused one another of shelling the camp.',
    [
      ['Sudan', 'asserts', 'said', 'the camp was shelled'],
      ['Sudan', 'accuses', 'have accused', 'of shelling the camp'],
      ['Rapid Support Forces', 'accuses', 'have accused', 'of shelling the camp'],
    ],
  ],
  [
    'X urged Z, warning that Y: the appeal is none, the warning asserts',
    'Foreign Minister Ana Duarte urged both sides to return to talks, warning that the truce could collapse.',
    [['Ana Duarte', 'asserts', 'warning', 'the truce could collapse']],
  ],
  [
    'X …, dismissing A and saying B: coordinated participles are cut apart',
    'Peter Okafor went further, dismissing the claims and saying Uganda was hiding weapons in aid convoys.',
    [
      ['Peter Okafor', 'denies', 'dismissing', 'the claims'],
      ['Peter Okafor', 'accuses', 'saying', 'Uganda was hiding weapons in aid convoys'],
    ],
  ],
  [
    "X's management rejected Y: the organisation itself",
    'Nordhavn Shipping Company (NSC) said it would appeal. NSC’s management, for its part, has rejected the union’s demand for a pay rise.',
    [
      ['Nordhavn Shipping Company', 'asserts', 'said', 'it would appeal'],
      ['Nordhavn Shipping Company', 'rejects', 'has rejected', 'the union’s demand for a pay rise'],
    ],
  ],
  [
    'X, whose spokesperson said Y',
    'The charge was rejected by the European Commission, whose spokesperson said the inquiry had begun in 2024.',
    [
      ['European Commission', 'denies', 'was rejected', 'The charge'],
      ['European Commission', 'asserts', 'said', 'the inquiry had begun in 2024'],
    ],
  ],
  [
    "X, whose <body> said Y: the body is X's, not the home state's",
    'Ukraine thanked Japan, whose foreign ministry said the aid would arrive in May.',
    [['Japanese foreign ministry', 'asserts', 'said', 'the aid would arrive in May']],
  ],
  [
    'X, whose <members> did Z, said Y: the relative clause is skipped',
    'Greenpeace, whose activists boarded the ship, said the cargo was illegal.',
    [['Greenpeace', 'asserts', 'said', 'the cargo was illegal']],
  ],
  [
    'X denied Y, whose <members> said Z: the relative clause is a statement of its own',
    'Uganda denied the report by Amnesty International, whose researchers said prisoners had been tortured.',
    [
      ['Uganda', 'denies', 'denied', 'the report by Amnesty International'],
      ['Amnesty International', 'asserts', 'said', 'prisoners had been tortured'],
    ],
  ],
  [
    "X said Y, a claim that …: the writer's aside is not content",
    "Russia's defence ministry said its forces had downed 30 drones, a claim that could not be independently verified.",
    [['Russian Defence Ministry', 'asserts', 'said', 'its forces had downed 30 drones']],
  ],
  [
    '"Y," X said in a statement, adding that Z: two statements',
    '"We have nothing to hide," the ministry said in a statement, adding that inspectors were welcome.',
    [
      ['ministry', 'asserts', 'said', 'We have nothing to hide'],
      ['ministry', 'asserts', 'adding', 'inspectors were welcome'],
    ],
  ],
  [
    "an act of the previous sentence's subject called a violation → accuses that subject",
    'North Korea fired a missile on Sunday. Japan said the launch was a clear violation of UN resolutions.',
    [['Japan', 'accuses', 'said', 'the launch was a clear violation of UN resolutions']],
  ],
  [
    'an act with no agent before called a crime stays asserted',
    'The storm hit the coast. Kenya said the damage was a crime.',
    [['Kenya', 'asserts', 'said', 'the damage was a crime']],
  ],
  [
    'X said Y, which Z denied: Z denies Y',
    'Kenya said the border was closed, which Uganda has repeatedly denied.',
    [
      ['Kenya', 'asserts', 'said', 'the border was closed'],
      ['Uganda', 'denies', 'has repeatedly denied', 'the border was closed'],
    ],
  ],
  [
    'X said Y, which <did something>: the relative stays in the content',
    'Kenya said the border was closed, which made trade impossible.',
    [['Kenya', 'asserts', 'said', 'the border was closed, which made trade impossible']],
  ],
  ['narrator voice is not a statement', 'The river rose by two metres overnight.', []],
];

describe('attribution patterns', () => {
  it.each(ROWS)('%s', (_pattern, text, expected) => {
    const out = extractArticles([{ id: 'doc', text }]);
    const label = new Map(out.actors.map((a) => [a.id, a.label]));
    const got = out.statements.map((s) => [label.get(s.speaker), s.stance, s.cue?.text ?? null, s.content.text]);
    expect(got).toEqual(expected);
  });
});

describe('the subject past an apposition holding a statement (patterns/subject.ts)', () => {
  it("X, a farmer who told reporters A, said B: B is X's, not the last name inside A", () => {
    const text = 'Karl Brenner, a farmer who told reporters he was a devout Lutheran, said the plan would fail.';
    const out = extractArticles([{ id: 'doc', text }]);
    const label = new Map(out.actors.map((a) => [a.id, a.label]));
    const said = out.statements.find((s) => s.cue?.text === 'said');
    expect(said?.content.text).toBe('the plan would fail');
    expect(label.get(said?.speaker ?? '')).toBe('Karl Brenner');
  });
});

describe('a report closing a sentence (patterns/trailingReport.ts)', () => {
  it("a quotation closing before a pronoun is the pronoun's own words, not a report of the sentence", () => {
    const text = 'Karl Okafor asserted that Norland had lost its way: “Norland is no longer Norland,” he claimed.';
    const out = extractArticles([{ id: 'doc', text }]);
    const label = new Map(out.actors.map((a) => [a.id, a.label]));
    expect(out.statements.length).toBeGreaterThan(0);
    expect(out.statements.map((s) => label.get(s.speaker))).toEqual(out.statements.map(() => 'Karl Okafor'));
  });
});

describe('carried-over attribution', () => {
  it('a figure report after "according to X" is implicit, with no cue', () => {
    const text = 'At least 12 people died in the floods, according to the Red Cross. Another 40 were injured.';
    const out = extractArticles([{ id: 'doc', text }]);
    const last = out.statements.at(-1);
    expect(last).toMatchObject({
      stance: 'asserts',
      cue: null,
      implicit: true,
      content: { text: 'Another 40 were injured' },
    });
  });

  it('a quotation spanning two sentences is one content', () => {
    const text = '"The dam is safe. There is no risk," Maria Jansen said.';
    const out = extractArticles([{ id: 'doc', text }]);
    expect(out.statements.map((s) => [s.content.text, s.evidence.text])).toEqual([
      ['The dam is safe. There is no risk', text],
    ]);
  });
});

describe('said-content that contradicts the other side', () => {
  type Case = [name: string, text: string, stances: string[]];
  const CASES: Case[] = [
    [
      'a negated past state after an accusation against the speaker denies',
      'Kenya accused Uganda of shelling the camp. Uganda said its troops had been nowhere near the camp.',
      ['accuses', 'denies'],
    ],
    [
      'a negated claim of the other side, in its words, denies',
      'The Dockers Union said it had made a formal request for mediation. Harbour Logistics said the union had never made a formal request for mediation.',
      ['asserts', 'denies'],
    ],
    [
      'a refusal of a future course stays asserted',
      'Kenya accused Uganda of shelling the camp. Uganda said it would not attend the talks.',
      ['accuses', 'asserts'],
    ],
    [
      'a negation with no earlier claim to answer stays asserted',
      'Uganda said its troops had not crossed the river.',
      ['asserts'],
    ],
  ];
  it.each(CASES)('%s', (_name, text, stances) => {
    const out = extractArticles([{ id: 'doc', text }]);
    expect(out.statements.map((s) => s.stance)).toEqual(stances);
    const last = out.statements.at(-1);
    if (last?.stance === 'denies') expect(last.responds).toEqual([out.statements[0]?.id]);
  });
});
