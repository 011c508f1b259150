// Corpus queries: corroboration of claims, changes of position, the accusation network.
export { corroboration, corroborations, type Corroboration, type CorroborationsOptions } from './corroboration.ts';
export { positionChanges, type PositionChange, type PositionChangesOptions } from './positionChanges.ts';
export {
  accusationNetwork,
  type AccusationLink,
  type AccusationNetwork,
  type AccusationNetworkOptions,
  type AccuserNode,
} from './accusationNetwork.ts';
export { accusationNetworkToGexf } from './accusationGexf.ts';
export type { ClaimReport } from './reports.ts';
export {
  actorNetwork,
  actorLinkKey,
  parseActorLinkKey,
  countActorLinks,
  prepareActorLinks,
  type PreparedRow,
  networkOf,
  networkSelection,
  rowFilter,
  tallies,
  type LinkTally,
  type NetworkSelection,
  type ActorNetwork,
  type ActorNetworkLink,
  type ActorNetworkNode,
  type ActorNetworkOptions,
  type CountedLink,
  type CountedNetwork,
} from './actorNetwork.ts';
export {
  CANDIDATE_LISTS,
  COUNTERPART_RULES,
  counterparts,
  type CandidateList,
  type CounterpartRule,
} from './counterparts.ts';
export { actorNetworkToGexf } from './actorGexf.ts';
