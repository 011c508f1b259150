// The filters as a test on one statement row, shared by the actor network, the statement
// table and the timeline, so that all three always show the same statements as the claim
// graph: a stance, the speaker's actor kind, a document, "contested only" and the date range.
import { ACTOR_KINDS, STANCES } from '../../../src/model/index.ts';
import type { StatementRow } from '../../../src/query/index.ts';
import type { GraphIndex } from '../reducers/graphIndex.ts';
import { inDateRange } from '../reducers/visibility.ts';
import type { Filters } from '../state/types.ts';

export type RowTest = (row: StatementRow) => boolean;

/** The test for `filters`; `ignoreDates` leaves the date range out (the timeline draws every day). */
export function rowFilter(index: GraphIndex, filters: Filters, options: { ignoreDates?: boolean } = {}): RowTest {
  const stances = filters.stances.length === STANCES.length ? null : new Set(filters.stances);
  const kinds = filters.actorKinds.length === ACTOR_KINDS.length ? null : new Set<string>(filters.actorKinds);
  const docs = filters.docs.length ? new Set(filters.docs) : null;
  const dates = !options.ignoreDates && (filters.from !== null || filters.to !== null);
  return (row) =>
    (stances === null || stances.has(row.stance)) &&
    (kinds === null || kinds.has(index.actorKindOf.get(row.speaker.key) ?? 'other')) &&
    (docs === null || docs.has(row.doc)) &&
    (!filters.contestedOnly || index.contested.has(row.claim)) &&
    (!dates || inDateRange(filters, row.date?.day));
}
