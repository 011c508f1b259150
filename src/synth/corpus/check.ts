// checkAnswers: how far the corpus queries, run on a graph ingested from a generated corpus,
// agree with the corpus's known answers. Reports are matched by speaker, stance and the set
// of documents (not by statement ids or spans, which an extractor numbers and cuts its own way).
import type { ClaimGraph } from '../../model/index.ts';
import { idOf } from '../../model/index.ts';
import {
  accusationNetwork,
  corroborations,
  positionChanges,
  type AccusationNetwork,
  type Corroboration,
  type PositionChange,
} from '../../corpus/queries/index.ts';
import type { SynthTruth } from './truth.ts';

export interface AnswerCheck {
  expected: number;
  found: number;
  /** Answers both in the truth and in the graph, exactly. */
  matched: number;
}

export interface AnswersCheck {
  corroboration: AnswerCheck;
  positionChanges: AnswerCheck;
  accusations: AnswerCheck;
}

function compare(expected: readonly string[], found: readonly string[]): AnswerCheck {
  const wanted = new Set(expected);
  return {
    expected: wanted.size,
    found: new Set(found).size,
    matched: new Set(found.filter((k) => wanted.has(k))).size,
  };
}

const id = (key: string): string => idOf(key) ?? key;

export function checkAnswers(graph: ClaimGraph, truth: SynthTruth): AnswersCheck {
  return compareAnswers(
    {
      clusters: corroborations(graph, { minDocuments: 2 }),
      changes: positionChanges(graph),
      network: accusationNetwork(graph),
    },
    truth,
  );
}

/** What the corpus queries answered (in memory or on a store), compared with the truth. */
export interface FoundAnswers {
  clusters: Corroboration[];
  changes: PositionChange[];
  network: AccusationNetwork;
}

export function compareAnswers({ clusters, changes, network }: FoundAnswers, truth: SynthTruth): AnswersCheck {
  return {
    corroboration: compare(
      truth.clusters
        .filter((c) => new Set(c.docs).size > 1)
        .map((c) => `${c.speaker} ${c.stance} ${[...c.docs].sort().join(',')}`),
      clusters.map(
        (c) =>
          `${id(c.speaker)} ${c.stance} ${c.reports
            .map((r) => r.doc)
            .sort()
            .join(',')}`,
      ),
    ),
    positionChanges: compare(
      truth.positionChanges.map((c) => `${c.actor} ${[...c.asserted].sort().join(',')} ${c.denied}`),
      changes.map(
        (c) =>
          `${id(c.actor)} ${c.assertions
            .map((a) => a.doc)
            .sort()
            .join(',')} ${c.denial.doc}`,
      ),
    ),
    accusations: compare(
      truth.accusations.map((a) => `${a.from} ${a.to} ${a.statements} ${a.claims}`),
      network.mapEdges((_e, a, from, to) => `${id(from)} ${id(to)} ${a.statements} ${a.claims}`),
    ),
  };
}
