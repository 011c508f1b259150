// Argument checks shared by the queries. Each check takes the calling query's module
// name, so that the QueryError says which query refused which value.
import isGraph from 'graphology-utils/is-graph.js';
import { QueryError } from '../errors.ts';
import { EDGE_KINDS, type EdgeKind, type NodeKind } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { show } from '../model/validate.ts';

export function assertGraph(module: string, graph: unknown): asserts graph is ClaimGraph {
  if (!isGraph(graph)) throw new QueryError(module, `expected a graphology graph, got ${describeValue(graph)}`, graph);
}

/** Checks that `key` names a node of the given kind; the message names the key and the kind found. */
export function assertNode(module: string, graph: ClaimGraph, key: unknown, kind: NodeKind): asserts key is string {
  if (typeof key !== 'string') throw new QueryError(module, `expected a node key, got ${describeValue(key)}`, key);
  if (!graph.hasNode(key)) throw new QueryError(module, `unknown node ${show(key)}`, key);
  const found = graph.getNodeAttribute(key, 'kind');
  if (found !== kind)
    throw new QueryError(module, `expected ${article(kind)} ${kind} node, got ${found} ${show(key)}`, key);
}

/**
 * The options object of a query: undefined is no options; anything but a plain object,
 * and any option the query does not know (a typo), is refused.
 */
export function readOptions(module: string, options: unknown, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new QueryError(module, `expected an options object, got ${describeValue(options)}`, options);
  }
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) {
      const expected = known.length ? `known options: ${known.join(', ')}` : 'it takes no options';
      throw new QueryError(module, `unknown option ${show(name)} (${expected})`, name);
    }
  }
  return options as Record<string, unknown>;
}

export function booleanOption(
  module: string,
  options: Record<string, unknown>,
  name: string,
  fallback: boolean,
): boolean {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new QueryError(module, `option ${name}: expected true or false, got ${describeValue(value)}`, value);
  return value;
}

/** A depth: a non-negative integer, or Infinity for no limit. */
export function depthOption(module: string, options: Record<string, unknown>, name: string, fallback: number): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value === Infinity || (Number.isInteger(value) && value >= 0))) {
    const shown = typeof value === 'number' ? String(value) : describeValue(value);
    throw new QueryError(module, `bad depth ${shown}: expected a whole number ≥ 0 or Infinity`, value);
  }
  return value;
}

export function choiceOption<T extends string>(
  module: string,
  options: Record<string, unknown>,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = options[name];
  if (value === undefined) return fallback;
  if (!(choices as readonly unknown[]).includes(value)) {
    throw new QueryError(
      module,
      `option ${name}: bad value ${describeValue(value)} (expected one of ${choices.join(', ')})`,
      value,
    );
  }
  return value as T;
}

/** A non-empty list of values from `allowed`, without repeats; `noun` names one value in messages. */
export function listOption<T extends string>(
  module: string,
  options: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
  fallback: readonly T[],
  noun: string,
): T[] {
  const value = options[name];
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length === 0) {
    throw new QueryError(
      module,
      `option ${name}: expected a non-empty list of ${noun}s, got ${describeValue(value)}`,
      value,
    );
  }
  for (const item of value) {
    if (!(allowed as readonly unknown[]).includes(item)) {
      throw new QueryError(module, `unknown ${noun} ${describeValue(item)} (expected ${allowed.join(', ')})`, item);
    }
  }
  return [...new Set(value as T[])];
}

/** A non-empty list of edge kinds (EDGE_KINDS). */
export function edgeKindsOption(
  module: string,
  options: Record<string, unknown>,
  name: string,
  fallback: readonly EdgeKind[] = EDGE_KINDS,
): EdgeKind[] {
  return listOption(module, options, name, EDGE_KINDS, fallback, 'edge kind');
}

/** A value as error messages show it: strings quoted, objects shown short, graphs named. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array ${show(value)}`;
  if (typeof value === 'object') return isGraph(value) ? 'a graph' : `an object ${show(value)}`;
  if (typeof value === 'string') return show(value);
  return `${typeof value} ${String(value)}`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
