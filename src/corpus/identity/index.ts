// Cross-document identity of actors.
export {
  ActorResolver,
  resolveActors,
  MERGE_REASONS,
  type ActorMention,
  type ActorMerge,
  type MergeReason,
  type ResolvedActors,
} from './resolveActors.ts';
