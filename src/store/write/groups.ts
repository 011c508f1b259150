// The sums per extracted actor id that cross-document identity decides from (src/corpus/identity
// ActorGroup), kept with the order key of each name's first appearance, so that the groups can be
// rebuilt in the order a whole-corpus run would meet them, whatever order documents arrived in.
// Each writer keeps them in memory (a mirror) and reads from the store only the rows another
// writer changed since (their `gen`).
import type { ActorGroup } from '../../corpus/identity/index.ts';
import type { ActorKind, ActorRecord } from '../../model/index.ts';
import { compareKeys, itemKey } from '../order.ts';

type Counted = [name: string, count: number, pos: string];

/** One actor_groups row's data. */
export interface StoredGroup {
  docs: number;
  /** Order key of the first mention. */
  pos: string;
  labels: Counted[];
  kinds: Counted[];
  /** [alias, first document, order key]. */
  aliases: [string, string, string][];
  memberOf: Counted[];
}

export const emptyGroup = (): StoredGroup => ({ docs: 0, pos: '', labels: [], kinds: [], aliases: [], memberOf: [] });

const earlier = (a: string, b: string): boolean => b === '' || a < b;

function count(list: Counted[], name: string, pos: string, by: number): void {
  const found = list.find((item) => item[0] === name);
  if (found) {
    found[1] += by;
    if (earlier(pos, found[2])) found[2] = pos;
  } else list.push([name, by, pos]);
}

/** Adds one document's mention of the actor (`index` in the document's actor list). */
export function addMention(group: StoredGroup, docId: string, docKey: string, index: number, actor: ActorRecord): void {
  const pos = itemKey(docKey, index);
  group.docs++;
  if (earlier(pos, group.pos)) group.pos = pos;
  count(group.labels, actor.label, pos, 1);
  count(group.kinds, actor.kind, pos, 1);
  if (actor.memberOf) count(group.memberOf, actor.memberOf, pos, 1);
  [actor.label, ...actor.aliases].forEach((alias, j) => {
    const at = itemKey(docKey, index, j);
    const found = group.aliases.find((item) => item[0] === alias);
    if (!found) group.aliases.push([alias, docId, at]);
    else if (at < found[2]) [found[1], found[2]] = [docId, at];
  });
}

const byPos = <T extends readonly unknown[]>(list: readonly T[], at: number): T[] =>
  [...list].sort((a, b) =>
    (a[at] as string) < (b[at] as string) ? -1 : (a[at] as string) > (b[at] as string) ? 1 : 0,
  );

/** The groups as identity reads them: mentioned ones only, each map in order of first appearance. */
export function actorGroups(stored: ReadonlyMap<string, StoredGroup>): Map<string, ActorGroup> {
  const live = [...stored].filter(([, g]) => g.docs > 0).sort(([, a], [, b]) => compareKeys(a.pos, b.pos));
  const groups = new Map<string, ActorGroup>();
  for (const [id, g] of live) {
    groups.set(id, {
      id,
      docs: g.docs,
      labels: new Map(
        byPos(g.labels, 2)
          .filter((l) => l[1] > 0)
          .map(([name, n]) => [name, n]),
      ),
      kinds: new Map(
        byPos(g.kinds, 2)
          .filter((k) => k[1] > 0)
          .map(([kind, n]) => [kind as ActorKind, n]),
      ),
      aliases: new Map(byPos(g.aliases, 2).map(([alias, doc]) => [alias, doc])),
      memberOf: new Map(
        byPos(g.memberOf, 2)
          .filter((m) => m[1] > 0)
          .map(([parent, n]) => [parent, n]),
      ),
    });
  }
  return groups;
}
