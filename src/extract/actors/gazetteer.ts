// The gazetteer index: every name of every known actor (aliases, capitals, metonyms,
// demonyms) keyed by its first word, so that a token is matched against the few names that
// can start with it. Matching is case-sensitive: "US" is the United States, "us" is not.
import type { ActorKind } from '../../model/kinds.ts';

export interface GazetteerEntry {
  id: string;
  label: string;
  kind: ActorKind;
  aliases: readonly string[];
  demonyms?: readonly string[];
  capitals?: readonly string[];
  metonyms?: readonly string[];
  memberOf?: string;
}

export type NameRole = 'alias' | 'capital' | 'metonym' | 'demonym';

export interface GazetteerName {
  /** The name as written, without a leading "the". */
  name: string;
  entry: GazetteerEntry;
  role: NameRole;
  /** A name the gazetteer documents as shared ("RSF", "Congo"): every entry it may mean, the usual one first. */
  shared?: readonly GazetteerEntry[];
}

/** A name documented as meaning several entries (the gazetteer files' `ambiguous` lists). */
export interface AmbiguousName {
  name: string;
  ids: readonly string[];
}

export interface Gazetteer {
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** First word of a name → its names, longest first. */
  byFirstWord: ReadonlyMap<string, readonly GazetteerName[]>;
  /** Upper-case initials of long names, for acronyms the gazetteer does not list. */
  entries: readonly GazetteerEntry[];
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

export function firstWord(text: string): string {
  // (most tokens are plain ASCII letters and digits, their own first word: no regex, no new string)
  if (isPlainWord(text)) return text;
  return FIRST_WORD.exec(text)?.[0] ?? text.slice(0, 1);
}

function isPlainWord(text: string): boolean {
  if (!text) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Builds the index; names listed by two entries keep the first (states before organisations),
 * and a name listed in `ambiguous` keeps all its entries so that the document decides.
 */
export function buildGazetteer(
  entries: readonly GazetteerEntry[],
  ambiguous: readonly AmbiguousName[] = [],
): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const lists = new Map<string, GazetteerName[]>();
  const seen = new Set<string>();
  const add = (raw: string, entry: GazetteerEntry, role: NameRole): void => {
    const name = raw
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!name || seen.has(name)) return;
    seen.add(name);
    const key = firstWord(name);
    let list = lists.get(key);
    if (!list) lists.set(key, (list = []));
    list.push({ name, entry, role });
  };
  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    for (const a of [entry.label, ...entry.aliases]) add(a, entry, 'alias');
    for (const m of entry.metonyms ?? []) add(m, entry, 'metonym');
    for (const c of entry.capitals ?? []) add(c, entry, 'capital');
    for (const d of entry.demonyms ?? []) add(d, entry, 'demonym');
  }
  for (const { name, ids } of ambiguous) {
    const shared = ids.map((id) => byId.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
    const known = lists.get(firstWord(name))?.find((n) => n.name === name);
    if (known && shared.length > 1) known.shared = shared;
  }
  for (const list of lists.values()) list.sort((a, b) => b.name.length - a.name.length);
  return { byId, byFirstWord: lists, entries: [...byId.values()] };
}
