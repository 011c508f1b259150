// Names the gazetteer documents as shared ("RSF": Reporters Without Borders or Sudan's Rapid
// Support Forces; "Congo"; "Brussels": Belgium or the EU) are decided by the document, not by
// the order of the gazetteer: a long form defined in the document ("Rapid Support Forces
// (RSF)") wins; otherwise the entry whose other names (and those of its parent and members)
// the document mentions most; otherwise the usual meaning, listed first.
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';

/** How many times the document names this entry other than by the shared name. */
function contextScore(text: string, gazetteer: Gazetteer, entry: GazetteerEntry, shared: string): number {
  const names = new Set<string>();
  const addNames = (e: GazetteerEntry | undefined): void => {
    if (!e) return;
    for (const n of [e.label, ...e.aliases, ...(e.demonyms ?? []), ...(e.capitals ?? []), ...(e.metonyms ?? [])])
      if (n !== shared && n.length > 2) names.add(n);
  };
  addNames(entry);
  if (entry.memberOf) addNames(gazetteer.byId.get(entry.memberOf));
  for (const other of gazetteer.entries) if (other.memberOf === entry.id) addNames(other);
  let score = 0;
  for (const name of names) score += occurrences(text, name);
  return score;
}

function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = text.charCodeAt(at + name.length);
    if (!isLetter(before) && !isLetter(after)) n++;
  }
  return n;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && !Number.isNaN(c));

/** The entry a shared name means in a document of this text. */
export function resolveShared(
  text: string,
  gazetteer: Gazetteer,
  name: string,
  shared: readonly GazetteerEntry[],
): GazetteerEntry {
  let best = shared[0] as GazetteerEntry;
  let bestScore = 0;
  for (const entry of shared) {
    const score = contextScore(text, gazetteer, entry, name);
    if (score > bestScore) [best, bestScore] = [entry, score];
  }
  return best;
}
