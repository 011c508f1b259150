// The query server: an HTTP JSON API over a store (fastify). Every parameter is checked against
// a JSON schema before a handler runs (unknown, malformed or too long values are a 400 naming the
// parameter), results and walks are capped (LIMITS), and the store reads them with parameterised
// SQL only: no value from a request is ever part of a query's text. Browsers on other sites may
// read it only from the origins allowed (CORS; by default the viewer on this machine).
//   GET /api/search?q=&limit=                 actors whose name contains q, claims whose words do
//   GET /api/actors/:actor?depth=&limit=      an actor and its neighbourhood, as statements@1
//   GET /api/actors/:actor/triples?role=&limit=&after=     the actor's triples, a page at a time
//   GET /api/actors/:actor/statements?members=&limit=&after=  the statements it made, a page at a time
//   GET /api/actors/:actor/reach?depth=&edges=&direction=&limit=&after=  the nodes within some steps, a page at a time
//   GET /api/claims/:claim                    a claim's provenance and response chain
//   GET /api/claims/:claim/statements         the claim and its response chain, as statements@1
//   GET /api/path?from=&to=&edges=&directed=  a shortest path between two actors
//   GET /api/network?from=&to=&stances=&min=  the actor network of a range of days
import type { FastifyInstance } from 'fastify';
import { ClaimGraphError, QueryError } from '../errors.ts';
import { EDGE_KINDS, STANCES, type EdgeKind, type Stance } from '../model/kinds.ts';
import type { PgStore } from '../store/pgStore.ts';
import { DIRECTIONS, TRIPLE_ROLES, type Direction, type TripleRole } from '../query/index.ts';

export const LIMITS = {
  /** Results of a search, statements of a neighbourhood. */
  search: 50,
  statements: 500,
  /** Items on a page of triples or statements (whole documents: a page may hold a few more). */
  page: 500,
  /** Steps out from an actor. */
  depth: 2,
  /** Days in a network's range, and its edges. */
  days: 366,
  edges: 2000,
  /** Claims listed per link of a network (the count is whole). */
  claimsPerLink: 50,
  /** Length of any text parameter. */
  text: 200,
} as const;

const text = { type: 'string', minLength: 1, maxLength: LIMITS.text } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const list = (items: readonly string[]) =>
  ({ type: 'string', maxLength: LIMITS.text, pattern: `^(${items.join('|')})(,(${items.join('|')}))*$` }) as const;

/** Pages served from this machine (the viewer's `npm start`, a preview) on any port. */
export const LOOPBACK_ORIGINS = [/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/];

export interface ServerOptions {
  /** Origins whose pages may read the API (CORS): exact origins, patterns, or true for any. */
  allowOrigins?: true | readonly (string | RegExp)[];
}

export async function createServer(store: PgStore, options: ServerOptions = {}): Promise<FastifyInstance> {
  const { default: Fastify } = await import('fastify');
  const { default: cors } = await import('@fastify/cors');
  const app = Fastify({
    logger: false,
    bodyLimit: 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  const allowed = options.allowOrigins ?? LOOPBACK_ORIGINS;
  await app.register(cors, { origin: allowed === true ? '*' : [...allowed], methods: ['GET', 'HEAD'] });

  app.setErrorHandler((error, _request, reply) => {
    const fastifyError = error as { validation?: unknown; statusCode?: number; message: string };
    if (fastifyError.validation) return reply.status(400).send({ error: `bad request: ${fastifyError.message}` });
    if (error instanceof QueryError) return reply.status(404).send({ error: error.message });
    if (error instanceof ClaimGraphError) return reply.status(503).send({ error: error.message });
    return reply.status(fastifyError.statusCode ?? 500).send({ error: fastifyError.message });
  });

  app.get(
    '/api/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: { q: text, limit: { type: 'integer', minimum: 1, maximum: LIMITS.search } },
        },
      },
    },
    async (request) => {
      const { q, limit } = request.query as { q: string; limit?: number };
      return store.search(q, limit ?? 20);
    },
  );

  app.get(
    '/api/actors/:actor',
    {
      schema: {
        params: { type: 'object', properties: { actor: text } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            depth: { type: 'integer', minimum: 1, maximum: LIMITS.depth },
            limit: { type: 'integer', minimum: 1, maximum: LIMITS.statements },
          },
        },
      },
    },
    async (request, reply) => {
      const { actor } = request.params as { actor: string };
      const { depth, limit } = request.query as { depth?: number; limit?: number };
      const key = await store.resolveActor(actor);
      let body = '';
      for await (const chunk of store.exportStatements({
        actor: key.slice('actor:'.length),
        depth: depth ?? 1,
        limit: limit ?? 200,
      }))
        body += chunk;
      return reply.type('application/json').send(body);
    },
  );

  const pageQuery = (extra: Record<string, unknown>) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      ...extra,
      limit: { type: 'integer', minimum: 1, maximum: LIMITS.page },
      after: { type: 'string', maxLength: LIMITS.text, pattern: '^([0-9a-f]{2})*$' },
    },
  });

  app.get(
    '/api/actors/:actor/triples',
    {
      schema: {
        params: { type: 'object', properties: { actor: text } },
        querystring: pageQuery({ role: { type: 'string', enum: [...TRIPLE_ROLES] } }),
      },
    },
    async (request) => {
      const { actor } = request.params as { actor: string };
      const { role, limit, after } = request.query as { role?: TripleRole; limit?: number; after?: string };
      return store.triplesPage(await store.resolveActor(actor), {
        ...(role ? { role } : {}),
        limit: limit ?? 100,
        ...(after ? { after } : {}),
      });
    },
  );

  app.get(
    '/api/actors/:actor/statements',
    {
      schema: {
        params: { type: 'object', properties: { actor: text } },
        querystring: pageQuery({ members: { type: 'boolean' } }),
      },
    },
    async (request) => {
      const { actor } = request.params as { actor: string };
      const { members, limit, after } = request.query as { members?: boolean; limit?: number; after?: string };
      return store.statementsByPage(await store.resolveActor(actor), {
        includeMembers: members ?? false,
        limit: limit ?? 100,
        ...(after ? { after } : {}),
      });
    },
  );

  app.get(
    '/api/actors/:actor/reach',
    {
      schema: {
        params: { type: 'object', properties: { actor: text } },
        querystring: pageQuery({
          depth: { type: 'integer', minimum: 0, maximum: LIMITS.depth },
          edges: list(EDGE_KINDS),
          direction: { type: 'string', enum: [...DIRECTIONS] },
        }),
      },
    },
    async (request) => {
      const { actor } = request.params as { actor: string };
      const { depth, edges, direction, limit, after } = request.query as {
        depth?: number;
        edges?: string;
        direction?: Direction;
        limit?: number;
        after?: string;
      };
      return store.reachPage(await store.resolveActor(actor), {
        ...(depth !== undefined ? { depth } : {}),
        ...(edges ? { edgeKinds: edges.split(',') as EdgeKind[] } : {}),
        ...(direction ? { direction } : {}),
        limit: limit ?? 100,
        ...(after ? { after } : {}),
      });
    },
  );

  app.get(
    '/api/claims/:claim',
    { schema: { params: { type: 'object', properties: { claim: text } } } },
    async (request) => {
      const { claim } = request.params as { claim: string };
      const key = await store.resolveClaim(claim);
      return { provenance: await store.provenance(key), chain: await store.responseChain(key, { depth: 8 }) };
    },
  );

  app.get(
    '/api/claims/:claim/statements',
    { schema: { params: { type: 'object', properties: { claim: text } } } },
    async (request, reply) => {
      const { claim } = request.params as { claim: string };
      const key = await store.resolveClaim(claim);
      const chain = await store.responseChain(key, { depth: 8 });
      const statements = [
        chain.claim,
        ...chain.answers.map((a) => a.statement),
        ...chain.answeredBy.map((a) => a.statement),
      ]
        .slice(0, LIMITS.statements)
        .map((ref) => ({ doc: ref.doc, id: ref.statement }));
      let body = '';
      for await (const chunk of store.exportStatements({ statements })) body += chunk;
      return reply.type('application/json').send(body);
    },
  );

  app.get(
    '/api/path',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: { from: text, to: text, edges: list(EDGE_KINDS), directed: { type: 'boolean' } },
        },
      },
    },
    async (request) => {
      const { from, to, edges, directed } = request.query as {
        from: string;
        to: string;
        edges?: string;
        directed?: boolean;
      };
      const [source, target] = [await store.resolveActor(from), await store.resolveActor(to)];
      return {
        path: await store.shortestPath(source, target, {
          ...(edges ? { edgeKinds: edges.split(',') as EdgeKind[] } : {}),
          directed: directed ?? false,
        }),
      };
    },
  );

  app.get(
    '/api/network',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          additionalProperties: false,
          properties: {
            from: day,
            to: day,
            stances: list(STANCES),
            min: { type: 'integer', minimum: 1, maximum: 1_000_000 },
          },
        },
      },
    },
    async (request, reply) => {
      const { from, to, stances, min } = request.query as { from: string; to: string; stances?: string; min?: number };
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (!(days >= 0 && days < LIMITS.days))
        return reply.status(400).send({
          error: `bad request: the range ${from} – ${to} must run forward and span under ${LIMITS.days} days`,
        });
      const network = await store.actorNetwork({
        from,
        to,
        ...(stances ? { stances: stances.split(',') as Stance[] } : {}),
        minStatements: min ?? 1,
      });
      const edges = network.mapEdges((key, a, source, target) => ({
        key,
        source,
        target,
        ...a,
        claims: a.claims.slice(0, LIMITS.claimsPerLink),
      }));
      edges.sort((a, b) => b.statements - a.statements || (a.key < b.key ? -1 : 1));
      return {
        actors: network.mapNodes((key, a) => ({ key, ...a })),
        links: edges.slice(0, LIMITS.edges),
        truncated: edges.length > LIMITS.edges,
      };
    },
  );

  return app;
}
