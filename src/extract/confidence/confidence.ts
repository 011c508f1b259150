// The confidence of an extracted statement (`statements[].confidence`, in [0, 1]): the product of
// the reliabilities of the rules that produced it (./reliability.ts), the attribution rule's
// times the speaker rule's times one factor per extension or stance rule, rounded to two places.
import {
  ATTRIBUTION_RELIABILITY,
  EXTENSION_RELIABILITY,
  SPEAKER_RELIABILITY,
  STANCE_RELIABILITY,
  UNLISTED_RELIABILITY,
} from './reliability.ts';

/** A speaker rule's figure: the rule's own, else its family's (the part before the first `/`). */
export function speakerReliability(name: string): number {
  const family = name.split('/')[0] as string;
  return SPEAKER_RELIABILITY[name] ?? SPEAKER_RELIABILITY[family] ?? UNLISTED_RELIABILITY;
}

/** Figures already looked up, by rule name (a pure function of the constant tables: never stale). */
const known = new Map<string, number>();

/** The figure of one recorded rule (`attribution/…`, `speaker/…`, `stance/…`). */
export function ruleReliability(rule: string): number {
  let figure = known.get(rule);
  if (figure === undefined) known.set(rule, (figure = lookUp(rule)));
  return figure;
}

function lookUp(rule: string): number {
  const slash = rule.indexOf('/');
  const family = rule.slice(0, slash);
  const name = rule.slice(slash + 1);
  if (family === 'attribution')
    return ATTRIBUTION_RELIABILITY[name] ?? EXTENSION_RELIABILITY[name] ?? UNLISTED_RELIABILITY;
  if (family === 'speaker') return speakerReliability(name);
  if (family === 'stance') return STANCE_RELIABILITY;
  return UNLISTED_RELIABILITY;
}

/** The statement's confidence from its rules; a statement without rules is a guess. */
export function confidenceOf(rules: readonly string[]): number {
  if (rules.length === 0) return UNLISTED_RELIABILITY;
  let product = 1;
  for (const rule of rules) product *= ruleReliability(rule);
  return Math.round(product * 100) / 100;
}
