// Where a command's corpus comes from: graph files read into memory (the curated graph when none
// is given), or a PostgreSQL store (--store postgres://…, loaded only then, so that commands on
// files never load the database client).
import { loadGraphInputs } from '../io/graphFile.ts';
import { InputError } from '../errors.ts';
import type { ClaimSource } from '../store/source.ts';
import { MemorySource } from '../store/memorySource.ts';

export const STORE_HELP =
  'a claimgraph store instead of files: postgres://user@host:port/database (npm run store:start)';

export async function openSource(options: { graph?: string[]; store?: string }, module: string): Promise<ClaimSource> {
  if (options.store !== undefined) {
    if (options.graph?.length) throw new InputError(module, 'give graph files or --store, not both');
    const { PgStore } = await import('../store/pgStore.ts');
    return PgStore.open(options.store);
  }
  return new MemorySource(
    await loadGraphInputs(options.graph ?? []),
    (options.graph ?? []).join(', ') || 'the curated graph',
  );
}

/** Runs `work` on the source and closes it, whatever happens. */
export async function withSource<T>(
  options: { graph?: string[]; store?: string },
  module: string,
  work: (source: ClaimSource) => Promise<T>,
): Promise<T> {
  const source = await openSource(options, module);
  try {
    return await work(source);
  } finally {
    await source.close();
  }
}
