// When is a system speaker the annotated source? The name rules of the reference attribution
// scorer (../shared/tools/score-attributions.mjs, rule (b)): names are normalised (lower case,
// ’s dropped, punctuation to spaces, articles and honorifics/titles dropped); two names meet
// when equal, when one holds the other as whole words, or when the gold name's last word is
// capitalised in the text and equals the system name's last word ('Donald J. Trump' ~ 'Donald
// Trump'). A gold name that is only pronouns meets nothing but itself.

const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr sen senator rep representative gov governor president pres secretary sec gen general rev prof professor judge justice lt col capt sgt vice former the a an'.split(
    ' ',
  ),
);
const PRONOUNS: ReadonlySet<string> = new Set(
  'he she they it we i you who which that his her their its them him us our my me this these those'.split(' '),
);

/** A name as the scorer compares it. */
export function normSpeakerName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !TITLES.has(w))
    .join(' ');
}

/** A gold name, normalised, and whether its last word is capitalised in the text. */
export interface GoldName {
  n: string;
  cap: boolean;
}

export function goldNames(raw: readonly string[]): GoldName[] {
  return raw.map((r) => {
    const words = r.trim().split(/\s+/);
    const last = words[words.length - 1] ?? '';
    return { n: normSpeakerName(r), cap: /^\p{Lu}/u.test(last) };
  });
}

const lastWord = (s: string): string | undefined => s.split(' ').pop();

/** Does the normalised gold name `g` meet the normalised system name `p`? */
export function nameMeets(g: string, gCapitalised: boolean, p: string): boolean {
  if (!g || !p) return false;
  if (g === p) return true;
  if (g.split(' ').every((w) => PRONOUNS.has(w))) return false;
  if (` ${g} `.includes(` ${p} `) || ` ${p} `.includes(` ${g} `)) return true;
  return gCapitalised && lastWord(g) === lastWord(p);
}

/** Does any gold name meet any of the system speaker's normalised names? */
export const speakerRight = (gold: readonly GoldName[], system: readonly string[]): boolean =>
  gold.some((g) => system.some((p) => nameMeets(g.n, g.cap, p)));
