// The PostgreSQL store and the store interface (what the command line and the server ask of a
// corpus, in memory or in the store).
export { PgStore, type StoreOptions, type StoreCounts } from './pgStore.ts';
export { StoreSink } from './sink.ts';
export { MemorySource } from './memorySource.ts';
export type { ClaimSource, MembersOptions } from './source.ts';
export { PAGE_DEFAULT, PAGE_MAX, type Page, type PageOptions } from './page.ts';
export { checkSelection, MAX_EXPORT_DEPTH, type Selection } from './read/export.ts';
export { describeUrl } from './connect.ts';
