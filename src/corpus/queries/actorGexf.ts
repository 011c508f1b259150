// The actor network as GEXF (1.3 unless asked for 1.2), written by graphology-gexf with the
// project's GEXF settings and string escape (src/io/gexf), so it opens in Gephi, Gephi Lite
// and networkx: one edge per stance and direction, weight = statements, coloured by stance in
// the viewer's palette (as r/g/b channels, which both GEXF versions have).
import { escapeValue, GEXF_META, writeGexf, type GexfOptions } from '../../io/gexf/index.ts';
import { hexToRgb } from '../../io/gexf/viz.ts';
import { ACTOR_KIND_COLORS, STANCE_COLORS } from '../../style/index.ts';
import type { ActorNetwork, ActorNetworkLink, ActorNetworkNode } from './actorNetwork.ts';

export function actorNetworkToGexf(network: ActorNetwork, options: GexfOptions = {}): string {
  const version = options.version ?? '1.3';
  const view = network.copy();
  view.replaceAttributes({
    creator: GEXF_META.creator,
    description:
      'claimgraph actor network: speaker → actor, one edge per stance, weight = statements. Labels are escaped as in claimgraph GEXF (¤XXXX = UTF-16 code unit XXXX).',
  });
  return writeGexf(view, version, {
    formatNode: (key: string, attrs: ActorNetworkNode) => ({
      label: escapeValue(attrs.label),
      attributes: { actor: escapeValue(key), actorKind: attrs.actorKind, made: attrs.made, received: attrs.received },
      viz: {
        color: hexToRgb(ACTOR_KIND_COLORS[attrs.actorKind] ?? ACTOR_KIND_COLORS.other),
        size: 4 + Math.sqrt(attrs.made + attrs.received),
      },
    }),
    formatEdge: (_key: string, attrs: ActorNetworkLink) => ({
      ...(version === '1.2' ? {} : { kind: attrs.stance }),
      label: attrs.stance,
      weight: attrs.statements,
      attributes: { stance: attrs.stance, statements: attrs.statements, documents: attrs.documents },
      viz: { color: hexToRgb(STANCE_COLORS[attrs.stance]) },
    }),
  });
}
