// What the viewer has loaded from a server so far: the union of the statements@1 answers it
// asked for (neighbourhoods, response chains), kept as records and built into one claim graph
// after each answer. A statement seen again keeps its first record, with every answer it was
// seen to respond to: a neighbourhood leaves out answers to statements outside it, a response
// chain carries them, and an answer is drawn once both ends are loaded.
import type { ActorRecord, DocumentRecord, StatementRecord, StatementsFile } from '../../../src/model/index.ts';
import { STATEMENTS_FORMAT, buildGraph } from '../../../src/model/index.ts';
import { ClaimData } from '../viewer/graphData.ts';

export class GrowingGraph {
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly actors = new Map<string, ActorRecord>();
  private readonly statements = new Map<string, StatementRecord>();
  private readonly responds = new Map<string, Set<string>>();

  get size(): number {
    return this.statements.size;
  }

  /** Adds an answer; returns how many statements were new. */
  add(file: StatementsFile): number {
    for (const doc of file.documents) {
      const known = this.documents.get(doc.id);
      if (!known || (known.text === undefined && doc.text !== undefined)) this.documents.set(doc.id, doc);
    }
    for (const actor of file.actors) {
      const known = this.actors.get(actor.id);
      if (!known) this.actors.set(actor.id, actor);
      else if (known.memberOf === undefined && actor.memberOf !== undefined)
        this.actors.set(actor.id, { ...known, memberOf: actor.memberOf });
    }
    let added = 0;
    for (const statement of file.statements) {
      if (!this.statements.has(statement.id)) {
        this.statements.set(statement.id, statement);
        added++;
      }
      const answers = this.responds.get(statement.id) ?? new Set<string>();
      for (const id of statement.responds) answers.add(id);
      this.responds.set(statement.id, answers);
    }
    return added;
  }

  /** Everything loaded, as one statements@1 (answers kept where both ends are loaded). */
  toStatements(): StatementsFile {
    const actors = [...this.actors.values()].map((actor) =>
      actor.memberOf !== undefined && !this.actors.has(actor.memberOf)
        ? (({ memberOf: _dropped, ...rest }) => rest)(actor)
        : actor,
    );
    return {
      format: STATEMENTS_FORMAT,
      documents: [...this.documents.values()],
      actors,
      statements: [...this.statements.values()].map((statement) => ({
        ...statement,
        responds: [...(this.responds.get(statement.id) ?? [])].filter((id) => this.statements.has(id)),
      })),
    };
  }

  /** The claim graph of everything loaded. */
  build(): ClaimData {
    return new ClaimData(buildGraph(this.toStatements()));
  }
}
