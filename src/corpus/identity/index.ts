// Cross-document identity of actors.
export {
  resolveActors,
  MERGE_REASONS,
  type ActorMention,
  type ActorMerge,
  type MergeReason,
  type ResolvedActors,
} from './resolveActors.ts';
