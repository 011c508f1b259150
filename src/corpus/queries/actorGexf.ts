// The actor network as GEXF 1.3, written by graphology-gexf with the project's GEXF options
// and string escape (src/io/gexf), so it opens in Gephi: one edge per stance and direction,
// weight = statements, coloured by stance in the viewer's palette.
import { write } from 'graphology-gexf';
import { escapeValue, GEXF_META } from '../../io/gexf/index.ts';
import { WRITE_OPTIONS } from '../../io/gexf/write.ts';
import { ACTOR_KIND_COLORS, STANCE_COLORS } from '../../style/index.ts';
import type { ActorNetwork, ActorNetworkLink, ActorNetworkNode } from './actorNetwork.ts';

export function actorNetworkToGexf(network: ActorNetwork): string {
  const view = network.copy();
  view.replaceAttributes({
    creator: GEXF_META.creator,
    description:
      'claimgraph actor network: speaker → actor, one edge per stance, weight = statements. Labels are escaped as in claimgraph GEXF (¤XXXX = UTF-16 code unit XXXX).',
  });
  return write(view, {
    ...WRITE_OPTIONS,
    formatNode: (key: string, attrs: ActorNetworkNode) => ({
      label: escapeValue(attrs.label),
      attributes: { actor: escapeValue(key), actorKind: attrs.actorKind, made: attrs.made, received: attrs.received },
      viz: {
        color: ACTOR_KIND_COLORS[attrs.actorKind] ?? ACTOR_KIND_COLORS.other,
        size: 4 + Math.sqrt(attrs.made + attrs.received),
      },
    }),
    formatEdge: (_key: string, attrs: ActorNetworkLink) => ({
      kind: attrs.stance,
      weight: attrs.statements,
      attributes: { stance: attrs.stance, statements: attrs.statements, documents: attrs.documents },
      viz: { color: STANCE_COLORS[attrs.stance] },
    }),
  });
}
