// The viewer's client of `claimgraph serve` (src/server): the server's search, an actor's
// neighbourhood, and a claim with its response chain, each one request with a time limit. Every
// answer is checked before use (statements@1 validated, search hits shaped) and every failure
// is one line (the caller names the server): not reachable (or not letting this page read it: CORS), an
// HTTP error with the server's own message, an answer that is not the API's.
import { InputError } from '../../../src/errors.ts';
import { validateStatements, type StatementsFile } from '../../../src/model/index.ts';
import { graphUrl } from '../source/fetchGraph.ts';

const MODULE = 'claimgraph/web/server';
const TIMEOUT_MS = 30_000;
/** Statements asked for around an actor (the server caps them at 500). */
export const NEIGHBOURHOOD_LIMIT = 200;

export interface ServerHit {
  key: string;
  kind: 'actor' | 'claim';
  label: string;
}

/** The server's base address (`http://host:8787/`) from what the user gave, with or without `/api`. */
export function serverBase(param: string, page: string): URL {
  const url = graphUrl(param, page);
  url.search = '';
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/api$/, '')}/`;
  return url;
}

const isHit = (value: unknown): value is ServerHit => {
  const hit = value as Partial<ServerHit> | null;
  return (
    typeof hit === 'object' &&
    hit !== null &&
    typeof hit.key === 'string' &&
    typeof hit.label === 'string' &&
    (hit.kind === 'actor' || hit.kind === 'claim')
  );
};

export class ServerApi {
  readonly base: URL;

  constructor(param: string, page: string = location.href) {
    this.base = serverBase(param, page);
  }

  /** The server as people read it: host and path. */
  get shown(): string {
    return `${this.base.host}${this.base.pathname.replace(/\/$/, '')}`;
  }

  /** Actors by name, then claims by words. */
  async search(text: string, signal?: AbortSignal): Promise<ServerHit[]> {
    const body = await this.get(`api/search?q=${encodeURIComponent(text.slice(0, 200))}&limit=8`, signal);
    if (!Array.isArray(body) || !body.every(isHit)) throw this.notApi('search');
    return body;
  }

  /** The statements by or about an actor (its neighbourhood, one step out), as statements@1. */
  neighbourhood(actorKey: string): Promise<StatementsFile> {
    const id = actorKey.replace(/^actor:/, '');
    return this.statements(`api/actors/${encodeURIComponent(id)}?depth=1&limit=${NEIGHBOURHOOD_LIMIT}`);
  }

  /** A claim, what it answers and what answers it (its response chain), as statements@1. */
  claim(claimKey: string): Promise<StatementsFile> {
    return this.statements(`api/claims/${encodeURIComponent(claimKey.replace(/^claim:/, ''))}/statements`);
  }

  private async statements(path: string): Promise<StatementsFile> {
    const { data, problems } = validateStatements(await this.get(path));
    if (!data) throw this.notApi(`statements (${problems[0] ?? 'not statements@1'})`);
    return data;
  }

  private notApi(what: string): InputError {
    return new InputError(
      MODULE,
      `the answer is not claimgraph serve's ${what}: is ${this.shown} the address of claimgraph serve?`,
      this.shown,
    );
  }

  private async get(path: string, signal?: AbortSignal): Promise<unknown> {
    const url = new URL(path, this.base);
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timeout.aborted) throw new InputError(MODULE, `no answer within ${TIMEOUT_MS / 1000} s`, this.shown);
      throw new InputError(
        MODULE,
        `could not reach claimgraph serve (not running, a wrong address, or not allowing pages from ${location.origin}: serve --allow-origin ${location.origin})`,
        this.shown,
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw this.notApi(response.ok ? 'JSON' : `answer (HTTP ${response.status})`);
    }
    if (!response.ok) {
      const message = (body as { error?: unknown } | null)?.error;
      throw new InputError(
        MODULE,
        typeof message === 'string'
          ? message.replace(/^claimgraph\/[\w/-]+: /, '')
          : `the server answered HTTP ${response.status}`,
        this.shown,
      );
    }
    return body;
  }
}
