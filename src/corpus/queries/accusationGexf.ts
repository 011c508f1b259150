// The accusation network as GEXF 1.3, written by graphology-gexf with the project's GEXF
// options and string escape (src/io/gexf), so it opens in Gephi and in the same tools as
// the claim graph; edge weight is the number of accusation statements.
import { write } from 'graphology-gexf';
import { escapeValue, GEXF_META } from '../../io/gexf/index.ts';
import { WRITE_OPTIONS } from '../../io/gexf/write.ts';
import type { AccusationNetwork } from './accusationNetwork.ts';

export function accusationNetworkToGexf(network: AccusationNetwork): string {
  const view = network.copy();
  view.replaceAttributes({
    creator: GEXF_META.creator,
    description:
      'claimgraph accusation network: accuser → accused, weight = accusation statements. Labels are escaped as in claimgraph GEXF (¤XXXX = UTF-16 code unit XXXX).',
  });
  return write(view, {
    ...WRITE_OPTIONS,
    formatNode: (key: string, attrs: { label: string; actorKind: string }) => ({
      label: escapeValue(attrs.label),
      attributes: { actor: escapeValue(key), actorKind: attrs.actorKind },
    }),
    formatEdge: (_key: string, attrs: { statements: number; claims: number; documents: number }) => ({
      kind: 'accuses',
      weight: attrs.statements,
      attributes: { statements: attrs.statements, claims: attrs.claims, documents: attrs.documents },
    }),
  });
}
