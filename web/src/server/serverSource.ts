// A graph from `claimgraph serve` (`?server=<address>`), grown as the user follows it and never
// loaded whole: each node opened adds what is linked to it (an actor: the statements by or
// about it; a claim: what it answers and what answers it), and the address lists the nodes
// opened (`&open=actor:lavrov,claim:d1/s9`), so that a link replays them in order and reopens
// the same graph.
import { InputError } from '../../../src/errors.ts';
import type { GraphSource } from '../source/types.ts';
import type { ClaimData } from '../viewer/graphData.ts';
import { GrowingGraph } from './growingGraph.ts';
import { ServerApi } from './serverApi.ts';

const MODULE = 'claimgraph/web/server';
/** Nodes a link may ask to open (each is one request). */
export const MAX_OPENED = 50;

/** What a key opens: actors and claims; documents and actor-network edges open nothing. */
export const opensOnServer = (key: string): boolean => key.startsWith('actor:') || key.startsWith('claim:');

const encodeOpened = (keys: readonly string[]): string =>
  keys.map((key) => key.replace(/[%,]/g, (c) => encodeURIComponent(c))).join(',');
const decodeOpened = (text: string): string[] =>
  text
    .split(',')
    .map((item) => {
      try {
        return decodeURIComponent(item.trim());
      } catch {
        return item.trim();
      }
    })
    .filter(opensOnServer);

export class ServerSource implements GraphSource {
  private readonly client: ServerApi | Error;
  private readonly growing = new GrowingGraph();
  private readonly opened: string[] = [];
  private readonly requested: string[];

  constructor(
    readonly param: string,
    open = '',
  ) {
    try {
      this.client = new ServerApi(param);
    } catch (error) {
      // A bad address: said when the graph is loaded, like any other source's failure.
      this.client = error as Error;
    }
    this.requested = decodeOpened(open).slice(0, MAX_OPENED);
  }

  get api(): ServerApi {
    if (this.client instanceof Error) throw this.client;
    return this.client;
  }

  /** The address given is not one (the graph is then not this server's). */
  get badAddress(): boolean {
    return this.client instanceof Error;
  }

  get name(): string {
    return this.client instanceof Error ? this.param : this.client.shown;
  }

  get query(): Record<string, string> {
    return { server: this.param, ...(this.opened.length ? { open: encodeOpened(this.opened) } : {}) };
  }

  /** How many statements are loaded. */
  get statements(): number {
    return this.growing.size;
  }

  hasOpened(key: string): boolean {
    return this.opened.includes(key);
  }

  /** Replays the nodes the address opened; with none, an empty graph to search from. */
  async load(onProgress: (done: number, total: number) => void): Promise<ClaimData> {
    let done = 0;
    if (this.client instanceof Error) throw this.client;
    for (const key of this.requested) {
      onProgress(done++, this.requested.length);
      await this.fetch(key);
    }
    return this.growing.build();
  }

  /** Everything loaded so far. */
  current(): ClaimData {
    return this.growing.build();
  }

  /** Adds what is linked to `key`; the new graph, or null when nothing new came (or it was opened before). */
  async open(key: string): Promise<ClaimData | null> {
    if (!opensOnServer(key) || this.hasOpened(key)) return null;
    if (this.opened.length >= MAX_OPENED * 4)
      throw new InputError(
        MODULE,
        `${this.name}: ${this.opened.length} nodes opened already; open a new view to go on`,
      );
    const added = await this.fetch(key);
    return added > 0 ? this.growing.build() : null;
  }

  private async fetch(key: string): Promise<number> {
    const file = key.startsWith('actor:') ? await this.api.neighbourhood(key) : await this.api.claim(key);
    const added = this.growing.add(file);
    this.opened.push(key);
    return added;
  }
}
