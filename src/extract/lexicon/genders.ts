// Grammatical gender evidence for persons, so that "she said" is not given to a man: given
// names usually borne by one sex in English-language news (written from general knowledge;
// names borne by both, such as Jordan, Taylor, Kelly, Jean or Andrea, are left out), honorifics
// and gendered nouns ("Mrs.", "congresswoman", "his wife").

export type Gender = 'male' | 'female';

const words = (list: string): string[] => list.trim().split(/\s+/);

const MALE_NAMES = words(`
  aaron abdullah abdul adam adrian ahmed ahmad al alan albert alberto alejandro alexander alexei alfred ali alistair
  allen alvin amir anders andre andrei andrew andy angelo anthony antonio archie arnold arthur ashton barack barry
  ben benjamin benny bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce
  bryan burt byron calvin carl carlos cecil chad charles charlie chester chuck clarence claude clifford clint clyde
  cody colin craig curtis dale dan daniel danny darrell darren dave david dean dennis derek desmond dick dietrich
  dmitry dmitri don donald doug douglas duane dustin dwight earl ed eddie edgar edmund eduardo edward edwin eli elijah
  elliot elmer emil emmanuel enrique eric erik ernest ethan eugene evan felipe felix fernando francesco francis
  francisco frank franklin fred freddie frederick gabriel gareth gary gavin gene geoffrey george gerald gerhard
  giovanni giuseppe glenn gordon graham grant greg gregory gus hamid harold harry harvey hassan hector henry herbert
  herman howard hugh hugo ian igor isaac ivan jack jacob jake james jamal jared jason javier jay jeb jeff jeffrey
  jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian
  julio justin karl keith ken kenneth kevin khalid kirk kurt lance larry lawrence leon leonard leroy lewis lloyd
  lorenzo louis luis luke malcolm manuel marc marco marcus mario mark martin marvin matt matthew maurice max michael
  miguel mike milton mitch mitchell mohamed mohammad mohammed muhammad mustafa nathan neil nelson nicholas nick
  nicolas nigel noah norman oliver omar oscar otto owen pablo patrick paul pedro pete peter phil philip phillip pierre
  rafael ralph ramon randall randy ray raymond reggie reginald reince ricardo richard rick ricky rob robert roberto
  rod rodney roger roland ron ronald ross roy rudy rupert russell ryan salvador sam samuel saul scott sean sergei
  sergey seth shane shawn sheldon sidney simon stanley stefan stephen steve steven stuart ted terrence theodore thomas
  tim timothy todd tom tommy tony travis trent trevor troy tyler vernon victor vincent vladimir wade walter warren
  wayne wesley willard william willie wolfgang yusuf zachary
`);

const FEMALE_NAMES = words(`
  abigail ada adele adriana agnes aisha alexandra alexis alice alicia alison amanda amber amelia amy ana anastasia
  andrea angela angelina anita ann anna anne annette antonia april audrey barbara beatrice becky belinda bernadette
  beth betsy betty beverly bianca bonnie brenda bridget brittany brooke camila candice cara carla carly carmen carol
  caroline carolyn catherine cathy cecilia celeste charlotte chelsea cheryl christina christine cindy claire clara
  claudia colleen connie cynthia daisy danielle daphne darlene deborah debbie debra deirdre denise diana diane
  donna doris dorothy edith eileen elaine eleanor elena elisa elise elizabeth ella ellen eloise elsa emily emma erica
  erin esther eva evelyn fatima felicity fiona florence frances francesca gabriela gabrielle gail gloria grace
  gretchen gwen hanna hannah harriet hazel heather heidi helen helena hillary holly hope ilhan ingrid irene iris
  isabel isabella ivanka jackie jacqueline jane janet janice jasmine jeanette jeanne jennifer jenny jessica jill joan
  joanna joanne jocelyn josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy
  katie katrina kayla kellyanne kim kirsten kristen kristin laura lauren leah lena lila lillian linda lisa liz
  lois loretta lori louise lucia lucy lydia lynn madeleine madeline maggie mandy marcia margaret margarita maria
  marian marie marilyn marina marjorie marsha martha mary maureen maxine megan melania melanie melinda melissa
  meredith michelle mildred miranda molly monica nadia nancy naomi natalie natasha nicole nina nora olga olivia paige
  pam pamela patricia paula pauline peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda rita
  roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley silvia
  sofia sonia sophia sophie stacy stella stephanie sue susan suzanne sylvia tamara tammy tanya tara teresa theresa
  tiffany tina tracy ursula valerie vanessa vera veronica victoria virginia vivian wanda wendy whitney yolanda
  yvonne zoe
`);

/** Given names, lower case → the sex that usually bears them. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE_NAMES.map((n): [string, Gender] => [n, 'male']),
  ...FEMALE_NAMES.map((n): [string, Gender] => [n, 'female']),
]);

/** Honorifics and gendered titles or nouns before or around a name ("Mrs. Clinton", "Congresswoman Lee"). */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...words(
    'mr mr. sir lord king prince emir sultan sheikh pope father brother uncle son husband spokesman chairman ' +
      'congressman businessman councilman alderman assemblyman anchorman sportsman statesman countryman',
  ).map((w): [string, Gender] => [w, 'male']),
  ...words(
    'mrs mrs. ms ms. miss madam madame dame lady queen princess sister mother aunt daughter wife spokeswoman ' +
      'chairwoman congresswoman businesswoman councilwoman assemblywoman anchorwoman stateswoman actress',
  ).map((w): [string, Gender] => [w, 'female']),
]);

/** The pronouns that say a referent's sex. */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);
