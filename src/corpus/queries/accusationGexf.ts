// The accusation network as GEXF (1.3 unless asked for 1.2), written by graphology-gexf with
// the project's GEXF settings and string escape (src/io/gexf), so it opens in Gephi, Gephi
// Lite and networkx like the claim graph; edge weight is the number of accusation statements.
import { escapeValue, GEXF_META, writeGexf, type GexfOptions } from '../../io/gexf/index.ts';
import type { AccusationNetwork } from './accusationNetwork.ts';

export function accusationNetworkToGexf(network: AccusationNetwork, options: GexfOptions = {}): string {
  const version = options.version ?? '1.3';
  const view = network.copy();
  view.replaceAttributes({
    creator: GEXF_META.creator,
    description:
      'claimgraph accusation network: accuser → accused, weight = accusation statements. Labels are escaped as in claimgraph GEXF (¤XXXX = UTF-16 code unit XXXX).',
  });
  return writeGexf(view, version, {
    formatNode: (key: string, attrs: { label: string; actorKind: string }) => ({
      label: escapeValue(attrs.label),
      attributes: { actor: escapeValue(key), actorKind: attrs.actorKind },
    }),
    formatEdge: (_key: string, attrs: { statements: number; claims: number; documents: number }) => ({
      ...(version === '1.2' ? {} : { kind: 'accuses' }),
      label: 'accuses',
      weight: attrs.statements,
      attributes: { statements: attrs.statements, claims: attrs.claims, documents: attrs.documents },
    }),
  });
}
