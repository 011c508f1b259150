// The store's tables. Their columns mirror statements@1 (documents, actors, statements with their
// spans, about/targets links), beside what the corpus layer derives as documents arrive:
// each extracted actor id's sums over documents (actor_groups, the input of cross-document
// identity), the canonical actor every extracted id resolved to, each statement's corroboration
// bucket and cluster. Text that orders (ids, dates) is compared byte-wise ("C"); `ord`/`pos`
// columns hold order-preserving byte keys (order.ts) so that SQL sorts as JavaScript does.
//
// Layout for Citus (README, "Beyond one machine"): documents, statements and links carry the
// document id and can be distributed by it (co-located); actors and actor_groups are small and
// read everywhere (reference tables); actor_pairs, derived over all documents, by its first actor.
import { PAIRS_FROM_SCRATCH } from './write/pairs.ts';

/**
 * Which actors statements name together (derived, src/store/write/pairs.ts): for each ordered pair
 * of actors, how many statements name both (as speaker, about or targets); (a, a) counts the
 * statements naming a. An actor's neighbourhood (export.ts) reads the actors it is named with
 * here instead of every statement naming it. Kept by the writer in each batch's transaction.
 */
const ACTOR_PAIRS = `
CREATE TABLE IF NOT EXISTS actor_pairs (
  a text COLLATE "C" NOT NULL,
  b text COLLATE "C" NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (a, b)
);`;

export const SCHEMA_VERSION = '3';

/** What brings a store of an older schema version up to this one (each step one version on). */
export const UPGRADES: Readonly<Record<string, string>> = {
  // version 2: links carry their statement's order key, and an actor's links are indexed in that order (paging)
  '1': `
ALTER TABLE links ADD COLUMN pos bytea;
UPDATE links l SET pos = s.pos FROM statements s WHERE s.doc = l.doc AND s.id = l.statement;
ALTER TABLE links ALTER COLUMN pos SET NOT NULL;
DROP INDEX IF EXISTS links_actor;
CREATE INDEX links_actor ON links (actor, pos) WHERE NOT dup;
UPDATE cg_meta SET value = '2' WHERE key = 'schema';
`,
  // version 3: which actors statements name together (actor_pairs), counted from the statements held
  '2': `
${ACTOR_PAIRS}
TRUNCATE actor_pairs;
INSERT INTO actor_pairs (a, b, n) ${PAIRS_FROM_SCRATCH};
UPDATE cg_meta SET value = '3' WHERE key = 'schema';
`,
};

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS cg_meta (
  key text COLLATE "C" PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  id text COLLATE "C" PRIMARY KEY,
  hash text NOT NULL,
  title text, dateline text, published text, url text, file text, outlet text, note text,
  text text,
  -- the publication date's sort key (what document order sorts by), and the order key of (date, id)
  date_key text COLLATE "C" NOT NULL,
  ord bytea NOT NULL,
  -- the outlet's normalised name, and the actor that publishes the document's claims (derived)
  outlet_key text COLLATE "C",
  outlet_actor text COLLATE "C",
  statements integer NOT NULL,
  gen bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_ord ON documents (ord);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date_key);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet_key);
CREATE INDEX IF NOT EXISTS documents_outlet_actor ON documents (outlet_actor);

-- The actors each document's extraction gave, as extracted: identity's input, kept so that a
-- changed document can be taken out again.
CREATE TABLE IF NOT EXISTS doc_actors (
  doc text COLLATE "C" NOT NULL REFERENCES documents ON DELETE CASCADE,
  idx integer NOT NULL,
  id text COLLATE "C" NOT NULL,
  label text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL,
  member_of text COLLATE "C",
  PRIMARY KEY (doc, idx)
);
CREATE INDEX IF NOT EXISTS doc_actors_id ON doc_actors (id);

CREATE TABLE IF NOT EXISTS statements (
  doc text COLLATE "C" NOT NULL REFERENCES documents ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  ordinal integer NOT NULL,
  pos bytea NOT NULL,
  speaker_raw text COLLATE "C" NOT NULL,
  speaker text COLLATE "C" NOT NULL,
  stance text NOT NULL,
  cue_start integer, cue_end integer, cue_text text,
  content_start integer NOT NULL, content_end integer NOT NULL, content_text text NOT NULL,
  evidence_start integer NOT NULL, evidence_end integer NOT NULL, evidence_text text NOT NULL,
  implicit boolean,
  confidence double precision,
  rules text[],
  note text,
  -- the statements of the same document it answers (local ids)
  responds text[] COLLATE "C" NOT NULL,
  -- corroboration: the content's signature, the bucket it is compared in, its cluster's first statement
  tokens text[] NOT NULL,
  numbers text NOT NULL,
  bucket text COLLATE "C" NOT NULL,
  cluster text COLLATE "C" NOT NULL,
  PRIMARY KEY (doc, id)
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker, pos);
CREATE INDEX IF NOT EXISTS statements_speaker_raw ON statements (speaker_raw);
CREATE INDEX IF NOT EXISTS statements_bucket ON statements (bucket, pos);
CREATE INDEX IF NOT EXISTS statements_cluster ON statements (cluster);
CREATE INDEX IF NOT EXISTS statements_pos ON statements (pos);
CREATE INDEX IF NOT EXISTS statements_id ON statements (id);
CREATE INDEX IF NOT EXISTS statements_words ON statements USING gin (to_tsvector('simple', content_text));
CREATE INDEX IF NOT EXISTS statements_contested ON statements (doc) WHERE cardinality(responds) > 0;

-- about and targets, in statements@1 list order; after identity two extracted ids may be one
-- actor: the later link is then a duplicate (dup) and not part of the statement.
CREATE TABLE IF NOT EXISTS links (
  doc text COLLATE "C" NOT NULL,
  statement text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  idx integer NOT NULL,
  actor_raw text COLLATE "C" NOT NULL,
  actor text COLLATE "C" NOT NULL,
  dup boolean NOT NULL DEFAULT false,
  -- the statement's order key (statements.pos), so that an actor's links are read in document order
  pos bytea NOT NULL,
  PRIMARY KEY (doc, statement, kind, idx),
  FOREIGN KEY (doc, statement) REFERENCES statements ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS links_actor ON links (actor, pos) WHERE NOT dup;
CREATE INDEX IF NOT EXISTS links_actor_raw ON links (actor_raw);

-- One row per extracted actor id: its sums over the documents (src/corpus/identity ActorGroup,
-- with the position of each name's first appearance) and the actor it resolved to.
CREATE TABLE IF NOT EXISTS actor_groups (
  id text COLLATE "C" PRIMARY KEY,
  data jsonb NOT NULL,
  canonical text COLLATE "C" NOT NULL,
  gen bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS actor_groups_gen ON actor_groups (gen);
CREATE INDEX IF NOT EXISTS actor_groups_canonical ON actor_groups (canonical);

-- The corpus's actors (statements@1 actors after identity), with the folded names the resolver
-- matches and the position of their first appearance (graph order).
CREATE TABLE IF NOT EXISTS actors (
  id text COLLATE "C" PRIMARY KEY,
  label text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL,
  member_of text COLLATE "C",
  note text,
  pos bytea NOT NULL,
  label_fold text COLLATE "C" NOT NULL,
  alias_folds text[] COLLATE "C" NOT NULL,
  gen bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_member_of ON actors (member_of);
CREATE INDEX IF NOT EXISTS actors_label_fold ON actors (label_fold);
CREATE INDEX IF NOT EXISTS actors_alias_folds ON actors USING gin (alias_folds);
CREATE INDEX IF NOT EXISTS actors_gen ON actors (gen);

-- Outlets by normalised name: the first document (in publication order) that named each.
CREATE TABLE IF NOT EXISTS outlets (
  key text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  pos bytea NOT NULL,
  docs integer NOT NULL
);
${ACTOR_PAIRS}
`;
