// The actors an actor-centred query (statementsBy, statementsAbout, accusationsAgainst) looks
// at: the arguments checked, then the actor, and with `includeMembers` its members,
// transitively along memberOf (Russia with Lavrov).
import { assertGraph, assertNode, booleanOption, readOptions } from './validate.ts';
import { membersOf } from './walk.ts';

/** Throws a QueryError from `module` for a bad graph, actor key or option. */
export function actorScope(module: string, graph: unknown, actorKey: unknown, options: unknown): string[] {
  assertGraph(module, graph);
  assertNode(module, graph, actorKey, 'actor');
  const opts = readOptions(module, options, ['includeMembers']);
  const includeMembers = booleanOption(module, opts, 'includeMembers', false);
  return includeMembers ? [actorKey, ...membersOf(graph, actorKey)] : [actorKey];
}
