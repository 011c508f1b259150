// What ingest's first pass read, for the second: each article id, where it was first read (for
// a duplicate's report, or an article gone when read again) and whether it is to be extracted
// (new or changed). One entry per article of the corpus, kept compactly (IdTable and typed
// arrays, about 30 bytes an article with a short id): as Maps of id → `file:line` strings the
// same cost some 200 bytes an article, 60 MiB of a 300,000-article ingest.
import { IntList } from '../cluster/index.ts';
import { IdTable } from './idTable.ts';
import { placeName } from './sources.ts';

export class ArticlesRead {
  private readonly ids = new IdTable();
  /** The files articles were read from. */
  private readonly files = new IdTable();
  /** Per entry (the ids' numbering): its file, its line (-1 for a whole file), 1 while it is to be extracted. */
  private readonly fileOf = new IntList();
  private readonly lineOf = new IntList();
  private readonly toExtract = new IntList();
  private pendingCount = 0;

  /** Where `id` was first read, or undefined when it was not. */
  whereRead(id: string): string | undefined {
    const entry = this.ids.find(id);
    return entry === -1 ? undefined : this.where(entry);
  }

  /** Records the first reading of `id` (the caller checks whereRead first). */
  add(id: string, file: string, line?: number): void {
    const entry = this.ids.add(id);
    if (entry < this.fileOf.length) return;
    this.fileOf.push(this.files.add(file));
    this.lineOf.push(line ?? -1);
    this.toExtract.push(0);
  }

  /** Marks the article `id` (added before) as one to extract. */
  markPending(id: string): void {
    const entry = this.ids.find(id);
    if (entry === -1 || this.toExtract.at(entry)) return;
    this.toExtract.set(entry, 1);
    this.pendingCount++;
  }

  /** Whether `id` is to be extracted; it then no longer is (a later article of the same id is not sent again). */
  takePending(id: string): boolean {
    const entry = this.ids.find(id);
    if (entry === -1 || !this.toExtract.at(entry)) return false;
    this.toExtract.set(entry, 0);
    this.pendingCount--;
    return true;
  }

  /** The articles to extract, as a set of ids (has and size only). */
  get pending(): { has(id: string): boolean; readonly size: number } {
    return {
      has: (id) => {
        const entry = this.ids.find(id);
        return entry !== -1 && this.toExtract.at(entry) === 1;
      },
      size: this.pendingCount,
    };
  }

  /** The articles still to extract, with where they were read. */
  *stillPending(): Generator<{ id: string; where: string }> {
    for (let entry = 0; entry < this.ids.size; entry++)
      if (this.toExtract.at(entry)) yield { id: this.ids.id(entry), where: this.where(entry) };
  }

  private where(entry: number): string {
    const line = this.lineOf.at(entry);
    return placeName(this.files.id(this.fileOf.at(entry)), line === -1 ? undefined : line);
  }
}
