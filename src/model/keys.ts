// Node and edge keys. Keys are derived from ids so that the same statement always lands
// on the same key: merges, exports and URLs (the viewer's shareable state) rely on that.

export const docKey = (docId: string): string => `doc:${docId}`;
export const actorKey = (actorId: string): string => `actor:${actorId}`;
export const claimKey = (docId: string, statementId: string): string => `claim:${docId}/${statementId}`;

/**
 * A statement's id inside its document. Statement ids are unique per document; a statements@1
 * file, where they must be unique per file, writes an id that several documents use qualified
 * with its document (`d1/s1`, as toStatements and corpus assembly do). Either way the claim is
 * `claim:d1/s1`, so keys survive graph → statements → graph.
 */
export function localStatementId(docId: string, statementId: string): string {
  return statementId.startsWith(`${docId}/`) ? statementId.slice(docId.length + 1) : statementId;
}

/**
 * An actor only one document speaks of (a pronoun kept as written: "it said …" with no referent
 * found): `it@d1`. Slugs and gazetteer ids never hold `@`, so such an id never meets another
 * document's actor, by id or (corpus/identity) by name.
 */
export const localActorId = (slug: string, docId: string): string => `${slug}@${docId}`;
export const isLocalActorId = (actorId: string): boolean => actorId.includes('@');

const PREFIXES = { 'doc:': 'document', 'actor:': 'actor', 'claim:': 'claim' } as const;

/** The id part of a node key (`actor:lavrov` → `lavrov`), or undefined for a foreign key. */
export function idOf(key: string): string | undefined {
  for (const prefix of Object.keys(PREFIXES)) if (key.startsWith(prefix)) return key.slice(prefix.length);
  return undefined;
}
