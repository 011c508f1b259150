// buildGraph: statements@1 → ClaimGraph. Several statement sets merge into one graph:
// an actor id present in several sets becomes one node with the union of its aliases;
// sets that disagree on an actor's kind or memberOf, or that both carry the same document,
// are a MergeConflictError naming both sources.
import { MultiDirectedGraph } from 'graphology';
import { MergeConflictError, StatementsValidationError } from '../errors.ts';
import { withDictionaryAdjacency } from './adjacency.ts';
import { DOCUMENT_STRING_FIELDS } from './kinds.ts';
import { actorKey, claimKey, docKey, idOf, localStatementId } from './keys.ts';
import type { ActorRecord, DocumentRecord, StatementRecord, StatementsFile } from './schema.ts';
import type { ActorNode, ClaimGraph, ClaimNode, DocumentNode } from './types.ts';
import { validateStatements } from './validate.ts';

/** A statement set with the name used in error messages (a file path, usually). */
export interface NamedStatements {
  source: string;
  data: StatementsFile;
  /** The data is handed over, made fresh for this build: validation may use it without a copy. */
  owned?: boolean;
}

const LABEL_LENGTH = 60;

export function claimLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat;
}

/** An empty claim graph (multi, directed, self-loops allowed) that adds edges fast (adjacency.ts). */
export function createClaimGraph(): ClaimGraph {
  return withDictionaryAdjacency(new MultiDirectedGraph({ allowSelfLoops: true }));
}

/**
 * Builds one graph from one or several statement sets. Each set is validated first
 * (structure and cross-references; spans too where the document text is inline).
 */
export function buildGraph(input: StatementsFile | readonly NamedStatements[]): ClaimGraph {
  const sets: readonly NamedStatements[] = Array.isArray(input)
    ? input
    : [{ source: 'statements', data: input as StatementsFile }];
  const graph = createClaimGraph();
  const builder = new Builder(graph);
  for (const set of sets) {
    const { data, problems } = validateStatements(set.data, { owned: set.owned });
    if (!data) throw new StatementsValidationError(set.source, problems);
    builder.add(set.source, data);
  }
  builder.linkMembers();
  builder.linkClusters();
  return graph;
}

class Builder {
  private readonly actorSource = new Map<string, string>();
  private readonly docSource = new Map<string, string>();
  private readonly memberOf = new Map<string, { parent: string; source: string }>();
  /** Cluster id → the key of its first claim, which the later members `corroborate`. */
  private readonly clusterHead = new Map<string, string>();
  private readonly clusterMembers: [string, string][] = [];

  constructor(private readonly graph: ClaimGraph) {}

  add(source: string, data: StatementsFile): void {
    for (const doc of data.documents) this.addDocument(source, doc);
    for (const actor of data.actors) this.addActor(source, actor);
    const docOf = new Map(data.statements.map((s) => [s.id, s.doc]));
    const outletOf = new Map(data.documents.filter((d) => d.outletActor).map((d) => [d.id, d.outletActor as string]));
    for (const st of data.statements) this.addStatement(st, outletOf.get(st.doc));
    for (const st of data.statements) {
      for (const answered of st.responds) {
        const answeredDoc = docOf.get(answered) as string;
        this.graph.addDirectedEdgeWithKey(
          `responds:${st.doc}/${localStatementId(st.doc, st.id)}→${answered}`,
          claimKey(st.doc, localStatementId(st.doc, st.id)),
          claimKey(answeredDoc, localStatementId(answeredDoc, answered)),
          { kind: 'responds' },
        );
      }
    }
  }

  linkMembers(): void {
    for (const [child, { parent }] of this.memberOf) {
      this.graph.addDirectedEdgeWithKey(`memberOf:${child}`, actorKey(child), actorKey(parent), { kind: 'memberOf' });
    }
  }

  linkClusters(): void {
    for (const [key, cluster] of this.clusterMembers) {
      const head = this.clusterHead.get(cluster) as string;
      if (head !== key)
        this.graph.addDirectedEdgeWithKey(`corroborates:${idOf(key)}`, key, head, { kind: 'corroborates' });
    }
  }

  private addDocument(source: string, doc: DocumentRecord): void {
    const key = docKey(doc.id);
    const earlier = this.docSource.get(doc.id);
    if (earlier !== undefined) {
      throw new MergeConflictError(`document ${JSON.stringify(doc.id)} is in both ${earlier} and ${source}`);
    }
    this.docSource.set(doc.id, source);
    const attrs: DocumentNode = { kind: 'document', label: doc.title ?? doc.id };
    for (const field of DOCUMENT_STRING_FIELDS) {
      const value = doc[field];
      if (value !== undefined) attrs[field] = value;
    }
    this.graph.addNode(key, attrs);
  }

  private addActor(source: string, actor: ActorRecord): void {
    const key = actorKey(actor.id);
    const earlier = this.actorSource.get(actor.id);
    if (earlier === undefined) {
      this.actorSource.set(actor.id, source);
      const attrs: ActorNode = {
        kind: 'actor',
        label: actor.label,
        actorKind: actor.kind,
        aliases: [...actor.aliases],
      };
      if (actor.note !== undefined) attrs.note = actor.note;
      this.graph.addNode(key, attrs);
    } else {
      const node = this.graph.getNodeAttributes(key) as ActorNode;
      if (node.actorKind !== actor.kind) {
        throw new MergeConflictError(
          `actor ${JSON.stringify(actor.id)} is a ${node.actorKind} in ${earlier} but a ${actor.kind} in ${source}`,
        );
      }
      for (const alias of actor.aliases) if (!node.aliases.includes(alias)) node.aliases.push(alias);
    }
    if (actor.memberOf !== undefined) {
      const known = this.memberOf.get(actor.id);
      if (known && known.parent !== actor.memberOf) {
        throw new MergeConflictError(
          `actor ${JSON.stringify(actor.id)} is a member of ${JSON.stringify(known.parent)} in ${known.source} but of ${JSON.stringify(actor.memberOf)} in ${source}`,
        );
      }
      this.memberOf.set(actor.id, { parent: actor.memberOf, source });
    }
  }

  private addStatement(st: StatementRecord, outlet: string | undefined): void {
    const local = localStatementId(st.doc, st.id);
    const key = claimKey(st.doc, local);
    const { graph } = this;
    if (graph.hasNode(key)) {
      // only possible when ids hold "/": document "a/b" with statement "c" and document "a" with "b/c"
      const other = graph.getNodeAttributes(key) as ClaimNode;
      throw new MergeConflictError(
        `statement ${JSON.stringify(local)} of document ${JSON.stringify(st.doc)} and statement ${JSON.stringify(other.statement)} of document ${JSON.stringify(other.doc)} share the node key ${JSON.stringify(key)}; rename one of the ids`,
      );
    }
    graph.addNode(key, {
      kind: 'claim',
      label: claimLabel(st.content.text),
      text: st.content.text,
      doc: st.doc,
      start: st.content.start,
      end: st.content.end,
      statement: local,
      ...(st.cluster !== undefined ? { cluster: st.cluster } : {}),
      ...(st.note !== undefined ? { note: st.note } : {}),
    });
    if (st.cluster !== undefined) {
      if (!this.clusterHead.has(st.cluster)) this.clusterHead.set(st.cluster, key);
      this.clusterMembers.push([key, st.cluster]);
    }
    const id = `${st.doc}/${local}`;
    graph.addDirectedEdgeWithKey(`${st.stance}:${id}`, actorKey(st.speaker), key, {
      kind: st.stance,
      statement: local,
      doc: st.doc,
      cue: st.cue,
      evidence: st.evidence,
      ...(st.implicit !== undefined ? { implicit: st.implicit } : {}),
      ...(st.confidence !== undefined ? { confidence: st.confidence } : {}),
      ...(st.rules !== undefined ? { rules: [...st.rules] } : {}),
    });
    graph.addDirectedEdgeWithKey(`reports:${id}`, docKey(st.doc), key, {
      kind: 'reports',
      doc: st.doc,
      statement: local,
      evidence: st.evidence,
    });
    st.about.forEach((actor, i) =>
      graph.addDirectedEdgeWithKey(`about:${id}#${i}`, key, actorKey(actor), { kind: 'about' }),
    );
    st.targets.forEach((actor, i) =>
      graph.addDirectedEdgeWithKey(`targets:${id}#${i}`, key, actorKey(actor), { kind: 'targets' }),
    );
    if (outlet !== undefined)
      graph.addDirectedEdgeWithKey(`publishes:${id}`, actorKey(outlet), key, { kind: 'publishes' });
  }
}
