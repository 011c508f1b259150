// Shared by the speaker tests: the names a statement's speaker goes by (label and aliases),
// followed by those of the organisations it belongs to (memberOf, a few hops), lower-cased,
// so a row can say "spoken by the Chinese embassy" whatever label the extractor chose.
import type { ActorRecord, StatementsFile } from '../../src/model/index.ts';

export function speakerNames(file: StatementsFile, id: string): string[] {
  const byId = new Map<string, ActorRecord>(file.actors.map((a) => [a.id, a]));
  const out: string[] = [];
  for (
    let actor = byId.get(id), hops = 0;
    actor && hops < 4;
    actor = actor.memberOf ? byId.get(actor.memberOf) : undefined, hops++
  ) {
    out.push(actor.label, ...actor.aliases);
  }
  return out.map((n) => n.toLowerCase());
}
