// Normal forms for comparing text across documents: names (for actor identity) and claim
// contents (for corroboration). Contents keep their numbers, separately, because two death
// tolls that differ only in the figure are two claims, not one.

const STOPWORDS = new Set(
  'a an the of for to in on at by that and or with from as its it their his her they them this these those was were is are be been being had has have would will shall could can may might which who whom than then there'.split(
    ' ',
  ),
);

/** Lower case, no diacritics, no punctuation, no leading article: "the U.N." → "un". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface ContentSignature {
  /** Content words (light plural stemming) and numbers. */
  tokens: ReadonlySet<string>;
  /** The numbers alone, sorted and joined: equal signatures need equal figures. */
  numbers: string;
}

export function contentSignature(text: string): ContentSignature {
  const flat = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  const tokens = new Set<string>();
  const numbers: string[] = [];
  for (const word of flat.split(/[^\p{L}\p{N}.]+/u)) {
    const token = word.replace(/^\.+|\.+$/g, '');
    if (!token || STOPWORDS.has(token)) continue;
    if (/^\d+(\.\d+)?$/.test(token)) {
      numbers.push(token);
      tokens.add(token);
    } else
      tokens.add(
        token.length > 3 && token.endsWith('s') && !token.endsWith('ss')
          ? token.slice(0, -1)
          : token.replace(/\./g, ''),
      );
  }
  return { tokens, numbers: [...new Set(numbers)].sort().join(' ') };
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const token of small) if (large.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Whether two contents say the same thing: the same figures and enough shared words. */
export function sameContent(a: ContentSignature, b: ContentSignature, threshold: number): boolean {
  return a.numbers === b.numbers && jaccard(a.tokens, b.tokens) >= threshold;
}

/** A slug usable as an actor id: "Agence France-Presse" → "agence-france-presse". */
export function slug(name: string): string {
  return normaliseName(name).replace(/ /g, '-') || 'unnamed';
}
