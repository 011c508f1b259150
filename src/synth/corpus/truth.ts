// The answers a generated corpus must give, computed from the generator's own record of
// which article reported which fact, independently of the graph and the corpus queries.
import type { Stance } from '../../model/index.ts';
import type { Report, SynthArticle } from './generate.ts';

export interface TruthCluster {
  fact: string;
  speaker: string;
  stance: Stance;
  content: string;
  /** Statement ids and document ids of the reports, in publication order (then id). */
  statements: string[];
  docs: string[];
  first: { doc: string; published: string };
}

export interface TruthPositionChange {
  actor: string;
  content: string;
  /** The documents that report the assertion, and the one that reports the later denial. */
  asserted: string[];
  denied: string;
}

export interface TruthAccusation {
  from: string;
  to: string;
  /** Accusation statements (every report counts) and distinct accusations (facts). */
  statements: number;
  claims: number;
}

export interface SynthTruth {
  clusters: TruthCluster[];
  positionChanges: TruthPositionChange[];
  accusations: TruthAccusation[];
}

export function summariseTruth(reports: readonly Report[], articles: readonly SynthArticle[]): SynthTruth {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const byFact = new Map<string, Report[]>();
  for (const report of reports) {
    const list = byFact.get(report.fact.id) ?? [];
    list.push(report);
    byFact.set(report.fact.id, list);
  }
  const clusters: TruthCluster[] = [];
  for (const list of byFact.values()) {
    const { fact } = list[0] as Report;
    const ordered = [...list].sort((a, b) => order(published, a.doc, b.doc));
    const first = (ordered[0] as Report).doc;
    clusters.push({
      fact: fact.id,
      speaker: fact.speaker.id,
      stance: fact.stance,
      content: fact.content,
      statements: ordered.map((r) => r.statement),
      docs: ordered.map((r) => r.doc),
      first: { doc: first, published: published.get(first) as string },
    });
  }
  const positionChanges: TruthPositionChange[] = [];
  for (const list of byFact.values()) {
    const { fact } = list[0] as Report;
    if (fact.type !== 'retraction') continue;
    const pledge = clusters.find(
      (c) => c.speaker === fact.speaker.id && c.stance === 'asserts' && c.content === fact.content,
    );
    if (pledge)
      positionChanges.push({
        actor: fact.speaker.id,
        content: fact.content,
        asserted: pledge.docs,
        denied: (list[0] as Report).doc,
      });
  }
  const accusations = new Map<string, TruthAccusation>();
  for (const cluster of clusters) {
    if (cluster.stance !== 'accuses') continue;
    const fact = (byFact.get(cluster.fact) as Report[])[0]?.fact;
    for (const to of fact?.targets ?? []) {
      const key = `${cluster.speaker}→${to}`;
      const entry = accusations.get(key) ?? { from: cluster.speaker, to, statements: 0, claims: 0 };
      entry.statements += cluster.statements.length;
      entry.claims += 1;
      accusations.set(key, entry);
    }
  }
  return {
    clusters,
    positionChanges,
    accusations: [...accusations.values()].sort(
      (a, b) => b.statements - a.statements || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
  };
}

function order(published: ReadonlyMap<string, string>, a: string, b: string): number {
  const pa = published.get(a) as string;
  const pb = published.get(b) as string;
  return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
